import type { Ctx } from '../../platform/context.ts';
import type { Locale } from '../../platform/i18n/messages.ts';
import { formatMoney, parseMoney, type Currency } from '../../platform/money/index.ts';
import type { PriceComponent, Range } from './model.ts';
import type * as store from './store.ts';
import { type PriceView, type OfferView, currentVersion, pricedOfferView } from './views.ts';
import { listOffers, loadOffer } from './browse-catalog.ts';

/** TMF620 productOffering: the catalog's offers in the TM Forum's shape, with their labels. */

// ── TMF620 ────────────────────────────────────────────────────────────────────────────────────

export const TMF620_BASE = '/tmf-api/productCatalogManagement/v4';
const TMF_BASE = TMF620_BASE;
/** TMF630 attribute filters on productOffering lists. */
export const TMF620_FILTERS = [
  'id',
  'name',
  'lifecycleStatus',
  'isSellable',
  'isBundle',
  'version',
  'category.id',
  'productSpecification.id',
];

const COMPONENT_LABEL: Record<PriceComponent, { fr: string; en: string }> = {
  monthly: { fr: 'Abonnement mensuel', en: 'Monthly fee' },
  monthly_minimum: { fr: 'Minimum de facturation mensuel', en: 'Monthly minimum' },
  one_off: { fr: 'Frais uniques', en: 'One-off fee' },
  per_minute: { fr: 'Prix à la minute', en: 'Per minute' },
  per_sms: { fr: 'Prix par SMS', en: 'Per SMS' },
  per_mms: { fr: 'Prix par MMS', en: 'Per MMS' },
  per_mb: { fr: 'Prix au Mo', en: 'Per MB' },
  per_mb_tiers: { fr: 'Paliers au Mo', en: 'Per-MB tiers' },
};

const RANGE_LABEL: Record<Range, { fr: string; en: string }> = {
  unlimited: { fr: 'Forfaits illimités voix/SMS/MMS + data', en: 'Unlimited voice/SMS/MMS + data' },
  travel: { fr: 'Forfaits Travel 5G', en: 'Travel 5G plans' },
  data_only: { fr: 'Forfaits Data Only', en: 'Data-only plans' },
  payg: { fr: 'Compteur', en: 'Pay-as-you-go' },
  data_payg: { fr: 'Compteur Data', en: 'Data pay-as-you-go' },
  m2m: { fr: 'M2M', en: 'M2M' },
};

export interface TmfProductOffering {
  id: string;
  href: string;
  name: string;
  description: string;
  isBundle: boolean;
  isSellable: boolean;
  lifecycleStatus: string;
  statusReason?: string;
  version: string;
  validFor: { startDateTime: string };
  productOfferingPrice: { id: string; href?: string; name?: string; '@referredType'?: string }[];
  productSpecification: { id: string; name?: string; '@referredType'?: string };
  category: { id: string; name?: string; '@referredType'?: string }[];
  '@type': 'ProductOffering';
}

function tmfOf(o: OfferView, version: store.VersionRow, locale: Locale): TmfProductOffering {
  const intl = locale === 'en' ? 'en-GB' : 'fr-FR';
  const toBeSet = locale === 'en' ? 'to be set' : 'à définir';
  const priceName = (p: PriceView) => {
    const label = COMPONENT_LABEL[p.component][locale];
    if (p.amount === null) return `${label} : ${toBeSet}`.replace(' :', locale === 'en' ? ':' : ' :');
    const m = parseMoney(p.amount, p.currency as Currency, p.vatIncluded);
    return `${label}${locale === 'en' ? ':' : ' :'} ${formatMoney(m, intl)} ${locale === 'en' ? 'excl. VAT' : 'HT'}`;
  };
  const facts = [
    o.fiveG ? '5G' : null,
    o.envelopeMb === null ? null : o.envelopeMb === 0 ? (locale === 'en' ? 'no data' : 'sans data') : null,
    o.esimAllowed ? 'eSIM' : null,
  ].filter(Boolean);
  return {
    id: o.id,
    href: `${TMF_BASE}/productOffering/${encodeURIComponent(o.id)}`,
    name: o.name,
    description: `${RANGE_LABEL[o.range][locale]} — ${o.network === 'orange' ? 'Orange' : 'Bouygues Telecom'}${facts.length ? ` (${facts.join(', ')})` : ''}`,
    isBundle: false,
    isSellable: !o.priceToBeSet,
    lifecycleStatus: o.priceToBeSet ? 'In design' : 'Active',
    ...(o.priceToBeSet ? { statusReason: locale === 'en' ? 'Price to be set' : 'Prix à définir' } : {}),
    version: o.catalogVersion,
    validFor: { startDateTime: version.effective_from.toISOString() },
    productOfferingPrice: o.prices.map((p) => ({
      id: `${o.id}.${p.component}`,
      name: priceName(p),
      '@referredType': 'ProductOfferingPrice',
    })),
    productSpecification: {
      id: `mobile-${o.range.replace('_', '-')}`,
      name: RANGE_LABEL[o.range][locale],
      '@referredType': 'ProductSpecification',
    },
    category: [
      {
        id: o.network,
        name: o.network === 'orange' ? 'Orange' : 'Bouygues Telecom',
        '@referredType': 'Category',
      },
      { id: o.range, name: RANGE_LABEL[o.range][locale], '@referredType': 'Category' },
    ],
    '@type': 'ProductOffering',
  };
}

export async function listProductOfferings(
  ctx: Ctx,
  q: { offset: number; limit: number },
): Promise<{ items: TmfProductOffering[]; total: number }> {
  const version = await currentVersion(ctx);
  const page = await listOffers(ctx, { limit: q.limit, offset: q.offset });
  return { items: page.items.map((o) => tmfOf(o, version, ctx.locale)), total: page.total };
}

export async function getProductOffering(ctx: Ctx, code: string): Promise<TmfProductOffering> {
  const version = await currentVersion(ctx);
  const row = await loadOffer(ctx, version, code);
  return tmfOf(await pricedOfferView(ctx, version, row), version, ctx.locale);
}
