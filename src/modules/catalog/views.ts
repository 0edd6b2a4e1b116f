import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n/messages.ts';
import { money, toDecimal, type Currency } from '../../platform/money/index.ts';
import {
  PRICE_COMPONENTS,
  type Blockable,
  type FairUse,
  type FixedIpAccess,
  type Network,
  type OptionDef,
  type PriceComponent,
  type Range,
  type RoamingZone,
} from './model.ts';
import { isPriceSet, pricesAt } from './rules.ts';
import * as store from './store.ts';
import { candidateOf } from './lookup.ts';

/** The catalog as the API shows it: offers and options with their current and upcoming prices. */

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

export async function currentVersion(ctx: Ctx): Promise<store.VersionRow> {
  const v = await store.versionAt(ctx.tx, ctx.now);
  // The catalog is loaded at start (loadCatalog); without it nothing here makes sense.
  if (!v) throw new AppError('service.unavailable');
  return v;
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
export async function pricesOf(
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

export const NO_PRICE: Priced = { prices: [], upcomingPrices: [], priceToBeSet: true };

/**
 * Offers or options as the API shows them (`offerView`, `optionView`), each with its current and
 * upcoming prices, read in one look-up for all.
 */
export async function pricedViews<R extends { code: string }, V>(
  ctx: Ctx,
  version: store.VersionRow,
  itemType: 'offer' | 'option',
  rows: readonly R[],
  view: (row: R, locale: Locale, priced: Priced) => V,
): Promise<V[]> {
  const prices = await pricesOf(
    ctx,
    version,
    itemType,
    rows.map((r) => r.code),
  );
  return rows.map((r) => view(r, ctx.locale, prices.get(r.code) ?? NO_PRICE));
}

/** One offer as the API shows it, with its prices. */
export async function pricedOfferView(
  ctx: Ctx,
  version: store.VersionRow,
  row: store.OfferRow,
): Promise<OfferView> {
  const prices = await pricesOf(ctx, version, 'offer', [row.code]);
  return offerView(row, ctx.locale, prices.get(row.code) ?? NO_PRICE);
}

export function offerView(r: store.OfferRow, locale: Locale, priced: Priced): OfferView {
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

export function optionView(r: store.OptionRow, locale: Locale, priced: Priced): OptionView {
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
