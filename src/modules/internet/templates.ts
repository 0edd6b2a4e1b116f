import { defineTemplate, paragraph } from '../../platform/notify/index.ts';

export interface TerminationMail {
  customerName: string;
  reference: string;
  operatorName: string;
  planName: string;
  /** The effective date, formatted for the locale. */
  effectiveDate: string;
  returnDeadline: string;
  /** The fee if the box is not returned, formatted ("250,00 ₪"). */
  fee: string;
  /** Where the box goes back (data/return-places.ts), in the mail's language. */
  returnPlaces: readonly { name: string; url: string; note: string | null }[];
}

const placeLinks = (d: TerminationMail) =>
  d.returnPlaces.map((p) => ({
    type: 'link' as const,
    label: p.note ? `${p.name} (${p.note})` : p.name,
    url: p.url,
  }));

/**
 * NET-06, CS-08: the termination confirmation gives the date, the steps (return the box and its
 * power cable within 30 days, where) and the fee otherwise.
 */
export const terminationConfirmed = defineTemplate<TerminationMail>({
  name: 'internet.termination_confirmed',
  fr: (d) => ({
    subject: `Confirmation de résiliation — internet ${d.operatorName} (${d.reference})`,
    blocks: [
      paragraph(`Bonjour ${d.customerName},`),
      paragraph(
        `Nous avons bien reçu votre demande de résiliation de votre abonnement internet ${d.planName}.`,
      ),
      { type: 'field', label: 'Date de résiliation', value: d.effectiveDate },
      paragraph(
        `À compter de cette date, vous disposez de 30 jours, jusqu’au ${d.returnDeadline}, pour rendre le boîtier internet avec son câble d’alimentation dans l’un de ces lieux ${d.operatorName} :`,
      ),
      ...placeLinks(d),
      paragraph(`Sans retour du boîtier dans ce délai, ${d.fee} vous seront facturés.`),
    ],
  }),
  en: (d) => ({
    subject: `Termination confirmed — ${d.operatorName} internet (${d.reference})`,
    blocks: [
      paragraph(`Hello ${d.customerName},`),
      paragraph(`We have received your request to terminate your ${d.planName} internet subscription.`),
      { type: 'field', label: 'Termination date', value: d.effectiveDate },
      paragraph(
        `From that date you have 30 days, until ${d.returnDeadline}, to return the internet box with its power cable to one of these ${d.operatorName} places:`,
      ),
      ...placeLinks(d),
      paragraph(`If the box is not returned by then, ${d.fee} will be charged.`),
    ],
  }),
});
