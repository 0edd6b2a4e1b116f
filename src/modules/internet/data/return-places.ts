import type { Operator } from '../model.ts';

/**
 * Where a customer returns a box (NET-06, NET-10), as seed 000 gives them: one page of each
 * operator listing its places, HOT's with the instruction to choose only the points with Support.
 * The seed gives no address, so none is held here: the page and the e-mail link to the operator's
 * own list.
 */
export interface ReturnPlace {
  operator: Operator;
  nameFr: string;
  nameEn: string;
  url: string;
  noteFr: string | null;
  noteEn: string | null;
}

export const RETURN_PLACES: readonly ReturnPlace[] = [
  {
    operator: 'hot',
    nameFr: 'Points de vente et de service HOT',
    nameEn: 'HOT sales and service points',
    url: 'https://www.hotmobile.co.il/HOTmobile_fr/Pages/Points-de-vente-et-de-service.aspx',
    noteFr: 'uniquement les points avec Support',
    noteEn: 'only the points with Support',
  },
  {
    operator: 'partner',
    nameFr: 'Centres de service Partner',
    nameEn: 'Partner service centres',
    url: 'https://www.partner.co.il/n/servicecenter/',
    noteFr: null,
    noteEn: null,
  },
];

/** The places of one operator, named in the reader's language. */
export function returnPlacesOf(
  operator: Operator,
  locale: string,
): { name: string; url: string; note: string | null }[] {
  return RETURN_PLACES.filter((p) => p.operator === operator).map((p) => ({
    name: locale === 'en' ? p.nameEn : p.nameFr,
    url: p.url,
    note: locale === 'en' ? p.noteEn : p.noteFr,
  }));
}
