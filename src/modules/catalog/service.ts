import { DateTime } from 'luxon';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { toLocalDate } from '../../platform/calendar/index.ts';
import type { Page } from '../../platform/http/pagination.ts';
import type { Locale } from '../../platform/i18n/messages.ts';
import { formatMoney, money, parseMoney, toDecimal, type Currency } from '../../platform/money/index.ts';
import {
  BLOCKABLE,
  PRICE_COMPONENTS,
  type Blockable,
  type FairUse,
  type FixedIpAccess,
  type Network,
  type OptionDef,
  type PriceComponent,
  type Range,
  type RequestType,
  type RoamingZone,
} from './model.ts';
import {
  blockingCapability,
  checkPriceEffectiveDate,
  fixedIpCredentialsBy,
  isPriceSet,
  partnerPlatformLogin,
  optionAllowed,
  pricesAt,
  rechargeAllowed,
  type PriceCandidate,
} from './rules.ts';
import * as store from './store.ts';
import { publishTmfEvent } from '../../platform/tmf/hub.ts';

export interface PriceView {
  component: PriceComponent;
  amount: string | null;
  tiers: { fromMb: number; perMb: string }[] | null;
  currency: string;
  vatIncluded: boolean;
  toBeSet: boolean;
  effectiveFrom: string;
  effectiveDate: string | null;
  origin: 'catalog' | 'tenant';
}

interface Priced {
  prices: PriceView[];
  upcomingPrices: PriceView[];
  priceToBeSet: boolean;
}

export interface OfferView extends Priced {
  id: string;
  catalogVersion: string;
  network: Network;
  range: Range;
  name: string;
  envelopeMb: number | null;
  blocked: boolean | null;
  fiveG: boolean;
  voice: boolean;
  sms: boolean;
  roaming: boolean;
  numberLength: number;
  numberAssignment: 'random_from_stock' | 'chosen_at_order' | 'given_by_operator';
  sessionLimit: number | null;
  esimAllowed: boolean;
  recharge: 'any' | 'same_volume' | 'none';
  roamingZonesAtOrder: RoamingZone[];
  includes: string[];
}

export interface OptionView extends Priced {
  id: string;
  kind: OptionDef['kind'];
  network: Network;
  name: string;
  group: string | null;
  zone: RoamingZone | null;
  volumeMb: number | null;
  cutoffEuros: number | null;
  partnerOnly: string | null;
  handsetActivated: boolean;
  requiredAtOrder: boolean;
  notes: string[];
  fixedIpAccess: FixedIpAccess | null;
}

export interface BlockingAnswerView {
  what: Blockable;
  canBlock: boolean;
  atOrder: boolean;
  options: string[];
  reason: 'network' | 'no_such_usage' | null;
}

export interface OfferDetail extends OfferView {
  /** CAT-05/CAT-22. */
  fairUse: FairUse | null;
  /** CAT-19: every blockable thing answered by blockingCapability. */
  blocking: {
    answers: BlockingAnswerView[];
    riskyRoamingDestinationsBarred: boolean;
    liftRiskyDestinationsOption: string | null;
  };
  allowedOptions: OptionView[];
  openingHours: store.VersionRow['opening_hours'][Network];
}

async function currentVersion(ctx: Ctx): Promise<store.VersionRow> {
  const v = await store.versionAt(ctx.tx, ctx.now);
  // The catalog is loaded at start (loadCatalog); without it nothing here makes sense.
  if (!v) throw new AppError('service.unavailable');
  return v;
}

function candidateOf(r: store.PriceRow): PriceCandidate & { row: store.PriceRow } {
  return {
    row: r,
    component: r.component,
    amount: r.amount_minor,
    tiers: r.tiers,
    effectiveFrom: r.effective_from,
    origin: r.origin,
    createdAt: r.created_at,
  };
}

function viewOf(r: store.PriceRow, currency: Currency, vatIncluded: boolean): PriceView {
  const dec = (minor: number) => toDecimal(money(minor, currency, vatIncluded));
  return {
    component: r.component,
    amount: r.amount_minor === null ? null : dec(r.amount_minor),
    tiers: r.tiers ? r.tiers.map((t) => ({ fromMb: t.fromMb, perMb: dec(t.perMb) })) : null,
    currency,
    vatIncluded,
    toBeSet: !isPriceSet({ component: r.component, amount: r.amount_minor, tiers: r.tiers }),
    effectiveFrom: r.effective_from.toISOString(),
    effectiveDate: r.effective_date,
    origin: r.origin,
  };
}

/** Current and upcoming prices per item code, from the reference catalog and the tenant's versions. */
async function pricesOf(
  ctx: Ctx,
  version: store.VersionRow,
  itemType: 'offer' | 'option',
  codes: readonly string[],
): Promise<Map<string, Priced>> {
  const rows = await store.priceVersions(ctx.tx, itemType, codes);
  const byItem = new Map<string, ReturnType<typeof candidateOf>[]>();
  for (const r of rows) byItem.set(r.item_code, [...(byItem.get(r.item_code) ?? []), candidateOf(r)]);
  const out = new Map<string, Priced>();
  const view = (r: store.PriceRow) => viewOf(r, version.currency, version.vat_included);
  for (const code of codes) {
    const candidates = byItem.get(code) ?? [];
    const prices = pricesAt(candidates, ctx.now).map((c) => view(c.row));
    const upcomingPrices = candidates
      .filter((c) => c.effectiveFrom.getTime() > ctx.now.getTime())
      .map((c) => view(c.row))
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    const order = (p: PriceView) => PRICE_COMPONENTS.indexOf(p.component);
    prices.sort((a, b) => order(a) - order(b));
    out.set(code, {
      prices,
      upcomingPrices,
      priceToBeSet: prices.length === 0 || prices.some((p) => p.toBeSet),
    });
  }
  return out;
}

const NO_PRICE: Priced = { prices: [], upcomingPrices: [], priceToBeSet: true };

function offerView(r: store.OfferRow, locale: Locale, priced: Priced): OfferView {
  const f = r.facts;
  return {
    id: r.code,
    catalogVersion: r.version_id,
    network: r.network,
    range: r.range,
    name: locale === 'en' ? r.name_en : r.name_fr,
    envelopeMb: f.envelopeMb,
    blocked: f.blocked,
    fiveG: f.fiveG,
    voice: f.voice,
    sms: f.sms,
    roaming: f.roaming,
    numberLength: f.numberLength,
    numberAssignment: f.numberAssignment,
    sessionLimit: f.sessionLimit,
    esimAllowed: f.esimAllowed,
    recharge: f.recharge,
    roamingZonesAtOrder: [...f.roamingZonesAtOrder],
    includes: [...f.includes],
    ...priced,
  };
}

function optionView(r: store.OptionRow, locale: Locale, priced: Priced): OptionView {
  const f = r.facts;
  return {
    id: r.code,
    kind: r.kind,
    network: r.network,
    name: locale === 'en' ? r.name_en : r.name_fr,
    group: f.group,
    zone: f.zone,
    volumeMb: f.volumeMb,
    cutoffEuros: f.cutoffEuros,
    partnerOnly: f.partnerOnly,
    handsetActivated: f.handsetActivated,
    requiredAtOrder: f.requiredAtOrder,
    notes: [...f.notes],
    fixedIpAccess: f.fixedIpAccess ?? null,
    ...priced,
  };
}

export async function listOffers(ctx: Ctx, f: store.OfferFilter): Promise<Page<OfferView>> {
  const version = await currentVersion(ctx);
  const { rows, total } = await store.listOffers(ctx.tx, version.id, f, ctx.locale);
  const prices = await pricesOf(
    ctx,
    version,
    'offer',
    rows.map((r) => r.code),
  );
  return {
    items: rows.map((r) => offerView(r, ctx.locale, prices.get(r.code) ?? NO_PRICE)),
    total,
    limit: f.limit,
    offset: f.offset,
  };
}

async function loadOffer(ctx: Ctx, version: store.VersionRow, code: string): Promise<store.OfferRow> {
  const row = await store.getOffer(ctx.tx, version.id, code);
  if (!row) throw new AppError('resource.not_found');
  return row;
}

/** The options an offer allows (CAT-11/12/14/15/18 recharges CAT-03/16), from the rules. */
function allowedOn(offer: store.OfferRow, options: readonly store.OptionRow[]): store.OptionRow[] {
  return options.filter((o) =>
    o.kind === 'recharge'
      ? rechargeAllowed(offer.facts, o.facts) === null
      : optionAllowed(offer.facts, o.facts) === null,
  );
}

export async function getOffer(ctx: Ctx, code: string): Promise<OfferDetail> {
  const version = await currentVersion(ctx);
  const row = await loadOffer(ctx, version, code);
  const options = allowedOn(row, await store.listOptions(ctx.tx, version.id, { network: row.network }));
  const offerPrices = await pricesOf(ctx, version, 'offer', [row.code]);
  const optionPrices = await pricesOf(
    ctx,
    version,
    'option',
    options.map((o) => o.code),
  );
  const f = row.facts;
  return {
    ...offerView(row, ctx.locale, offerPrices.get(row.code) ?? NO_PRICE),
    fairUse: f.fairUse,
    blocking: {
      answers: BLOCKABLE.map((what) => {
        const a = blockingCapability(f, what);
        return a.canBlock
          ? { what, canBlock: true, atOrder: a.atOrder, options: a.options, reason: null }
          : { what, canBlock: false, atOrder: false, options: [], reason: a.reason };
      }),
      riskyRoamingDestinationsBarred: f.blocking.riskyRoamingDestinationsBarred,
      liftRiskyDestinationsOption: f.blocking.liftRiskyDestinationsOption,
    },
    allowedOptions: options.map((o) => optionView(o, ctx.locale, optionPrices.get(o.code) ?? NO_PRICE)),
    openingHours: version.opening_hours[row.network],
  };
}

export interface FixedIpAccessView extends FixedIpAccess {
  option: string;
  network: Network;
  login: string | null;
  credentialsBy: string | null;
}

/**
 * CAT-20: how a line with this fixed-IP option reaches the Internet: the partner-platform login
 * for its number, or Orange's IPsec note with the instant its credentials appear at the latest.
 */
export async function fixedIpAccess(
  ctx: Ctx,
  code: string,
  q: { msisdn?: string | undefined; deliveredAt?: string | undefined; platform?: string | undefined },
): Promise<FixedIpAccessView> {
  const version = await currentVersion(ctx);
  const row = await store.getOption(ctx.tx, version.id, code);
  const access = row?.facts.fixedIpAccess;
  // Only fixed-IP options have an access to describe.
  if (!row || !access) throw new AppError('resource.not_found');
  const by = fixedIpCredentialsBy(access, q.deliveredAt ? new Date(q.deliveredAt) : null);
  return {
    option: row.code,
    network: row.network,
    ...access,
    login:
      access.partnerLogin && q.msisdn
        ? partnerPlatformLogin(access.partnerLogin, q.msisdn, q.platform)
        : null,
    credentialsBy: by ? by.toISOString() : null,
  };
}

export async function listOptions(
  ctx: Ctx,
  f: { network?: Network | undefined; kind?: OptionDef['kind'] | undefined; offer?: string | undefined },
): Promise<{ items: OptionView[]; total: number }> {
  const version = await currentVersion(ctx);
  let rows = await store.listOptions(ctx.tx, version.id, f);
  if (f.offer !== undefined) {
    const offer = await store.getOffer(ctx.tx, version.id, f.offer);
    if (!offer) throw new AppError('catalog.unknown_item', { item: f.offer });
    rows = allowedOn(offer, rows);
  }
  const prices = await pricesOf(
    ctx,
    version,
    'option',
    rows.map((r) => r.code),
  );
  return {
    items: rows.map((r) => optionView(r, ctx.locale, prices.get(r.code) ?? NO_PRICE)),
    total: rows.length,
  };
}

/** The openings of ORD-03 for the orders module: a window of the catalog in effect. */
export async function openingWindow(ctx: Ctx, network: Network, request: RequestType) {
  const version = await currentVersion(ctx);
  return version.opening_hours[network][request];
}

// ── Admin: a new price version ────────────────────────────────────────────────────────────────

export interface SetPriceInput {
  itemType: 'offer' | 'option';
  itemId: string;
  component: PriceComponent;
  amount?: string | undefined;
  tiers?: { fromMb: number; perMb: string }[] | undefined;
  effectiveDate: string;
}

export interface PriceVersionView {
  id: string;
  itemType: 'offer' | 'option';
  itemId: string;
  component: PriceComponent;
  amount: string | null;
  tiers: { fromMb: number; perMb: string }[] | null;
  currency: string;
  effectiveDate: string;
  effectiveFrom: string;
  createdAt: string;
}

function invalid(reason: string, pointer: string): AppError {
  return new AppError('catalog.price_value_invalid', { reason }, [
    { pointer, code: 'price', detail: reason },
  ]);
}

/**
 * Sets a price for this tenant as a new version from a date (the reference catalog stays as it
 * is): fills a price the seed leaves "à définir", or overrides one from that date on. Audited.
 */
export async function setPrice(ctx: Ctx, input: SetPriceInput): Promise<PriceVersionView> {
  const version = await currentVersion(ctx);
  const fr = ctx.locale === 'fr';
  const item =
    input.itemType === 'offer'
      ? await store.getOffer(ctx.tx, version.id, input.itemId)
      : await store.getOption(ctx.tx, version.id, input.itemId);
  if (!item)
    throw new AppError('catalog.unknown_item', { item: input.itemId }, [
      { pointer: '/body/itemId', code: 'unknown', detail: '' },
    ]);
  if (!item.facts.prices.some((p) => p.component === input.component))
    throw new AppError(
      'catalog.price_component_unknown',
      { item: input.itemId, component: input.component },
      [{ pointer: '/body/component', code: 'unknown', detail: '' }],
    );
  const currency = version.currency;
  const toMinor = (decimal: string) =>
    parseMoney(decimal.replace(',', '.'), currency, version.vat_included).amount;
  let amountMinor: number | null = null;
  let tiers: { fromMb: number; perMb: number }[] | null = null;
  if (input.component === 'per_mb_tiers') {
    if (!input.tiers || input.amount !== undefined)
      throw invalid(
        fr
          ? 'Les paliers se donnent dans « tiers », sans « amount ».'
          : 'Tiers go in "tiers", without "amount".',
        '/body/tiers',
      );
    // CAT-09: the tier reached applies to every MB beyond the included 500 MB: tiers ascend.
    for (let i = 1; i < input.tiers.length; i++) {
      if ((input.tiers[i]?.fromMb ?? 0) <= (input.tiers[i - 1]?.fromMb ?? 0))
        throw invalid(
          fr ? 'Les paliers doivent être en volume croissant.' : 'Tiers must ascend in volume.',
          `/body/tiers/${i}/fromMb`,
        );
    }
    tiers = input.tiers.map((t) => ({ fromMb: t.fromMb, perMb: toMinor(t.perMb) }));
  } else {
    if (input.amount === undefined || input.tiers !== undefined)
      throw invalid(
        fr ? 'Donnez le montant dans « amount ».' : 'Give the amount in "amount".',
        '/body/amount',
      );
    amountMinor = toMinor(input.amount);
  }
  const { timeZone } = await store.tenantZone(ctx.tx);
  const today = toLocalDate(ctx.now, timeZone);
  const refusal = checkPriceEffectiveDate(input.effectiveDate, today);
  if (refusal)
    throw new AppError(refusal.code, refusal.params, [
      { pointer: '/body/effectiveDate', code: 'past', detail: '' },
    ]);
  const effectiveFrom = DateTime.fromISO(input.effectiveDate, { zone: timeZone }).startOf('day').toJSDate();

  const before = (await pricesOf(ctx, version, input.itemType, [input.itemId])).get(input.itemId);
  const id = newId();
  await store.insertTenantPrice(ctx.tx, {
    id,
    itemType: input.itemType,
    itemCode: input.itemId,
    component: input.component,
    amountMinor,
    tiers,
    currency,
    effectiveFrom,
    effectiveDate: input.effectiveDate,
    createdBy: ctx.actor.label,
    now: ctx.now,
  });
  const dec = (minor: number) => toDecimal(money(minor, currency, version.vat_included));
  const view: PriceVersionView = {
    id,
    itemType: input.itemType,
    itemId: input.itemId,
    component: input.component,
    amount: amountMinor === null ? null : dec(amountMinor),
    tiers: tiers ? tiers.map((t) => ({ fromMb: t.fromMb, perMb: dec(t.perMb) })) : null,
    currency,
    effectiveDate: input.effectiveDate,
    effectiveFrom: effectiveFrom.toISOString(),
    createdAt: ctx.now.toISOString(),
  };
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'catalog_price',
    entityId: `${input.itemType}:${input.itemId}`,
    entityLabel: `${item.name_fr} — ${input.component}${amountMinor === null ? '' : ` ${formatMoney(money(amountMinor, currency, false), 'fr-FR')} HT`}`,
    action: 'catalog.price_set',
    before: before?.prices.find((p) => p.component === input.component) ?? null,
    after: view,
  });
  // TMF620: an offer's price is one of its attributes (an option is not a productOffering here).
  if (input.itemType === 'offer')
    await publishTmfEvent(ctx, 'TMF620', 'ProductOfferingAttributeValueChangeEvent', async () => ({
      productOffering: await getProductOffering(ctx, input.itemId),
    }));
  return view;
}

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
  const prices = await pricesOf(ctx, version, 'offer', [row.code]);
  return tmfOf(offerView(row, ctx.locale, prices.get(row.code) ?? NO_PRICE), version, ctx.locale);
}
