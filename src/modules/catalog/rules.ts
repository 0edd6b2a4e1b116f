import type { ErrorCode } from '../../platform/errors.ts';
import type {
  CatalogVersionData,
  Network,
  OfferDef,
  OptionDef,
  PriceComponent,
  RequestType,
} from './model.ts';
import type { OpeningWindow } from '../../platform/calendar/index.ts';

/**
 * Pure catalog rules: they read catalog facts (./data) and never the clock (the instant is a
 * parameter). Each refusal is an error code whose French and English messages live in
 * src/platform/i18n/messages.ts, so a page can show why an action is not possible.
 */

export interface Refusal {
  code: ErrorCode;
  params?: Record<string, string | number>;
}

export type OfferFacts = Pick<
  OfferDef,
  | 'code'
  | 'network'
  | 'range'
  | 'envelopeMb'
  | 'blocked'
  | 'fiveG'
  | 'recharge'
  | 'roamingZonesAtOrder'
  | 'sessionLimit'
  | 'esimAllowed'
>;
export type OptionFacts = Pick<
  OptionDef,
  'code' | 'kind' | 'network' | 'appliesTo' | 'group' | 'zone' | 'volumeMb' | 'handsetActivated'
>;

// ── Prices in effect (versioning) ─────────────────────────────────────────────────────────────

/** One version of one price component: from the reference catalog or a tenant's price version. */
export interface PriceCandidate {
  component: PriceComponent;
  /** Minor units excl. VAT, or null: "à définir". */
  amount: number | null;
  tiers: readonly { fromMb: number; perMb: number }[] | null;
  effectiveFrom: Date;
  origin: 'catalog' | 'tenant';
  /** Orders two tenant versions with the same effective instant: the later one wins. */
  createdAt: Date;
}

/**
 * The price of a component at an instant: the version with the latest `effectiveFrom` not after
 * `at`; at the same instant a tenant's version beats the reference catalog, and a later-created
 * tenant version beats an earlier one. undefined: nothing in effect yet.
 */
export function priceAt<T extends PriceCandidate>(candidates: readonly T[], at: Date): T | undefined {
  let best: T | undefined;
  for (const c of candidates) {
    if (c.effectiveFrom.getTime() > at.getTime()) continue;
    if (!best || newer(c, best)) best = c;
  }
  return best;
}

function newer(a: PriceCandidate, b: PriceCandidate): boolean {
  const da = a.effectiveFrom.getTime() - b.effectiveFrom.getTime();
  if (da !== 0) return da > 0;
  if (a.origin !== b.origin) return a.origin === 'tenant';
  return a.createdAt.getTime() > b.createdAt.getTime();
}

/** The current price of every component of an item: one entry per component. */
export function pricesAt<T extends PriceCandidate>(candidates: readonly T[], at: Date): T[] {
  const byComponent = new Map<PriceComponent, T[]>();
  for (const c of candidates) byComponent.set(c.component, [...(byComponent.get(c.component) ?? []), c]);
  const out: T[] = [];
  for (const list of byComponent.values()) {
    const p = priceAt(list, at);
    if (p) out.push(p);
  }
  return out;
}

/** Whether a price is set: an amount, or tiers for the tiered data pay-as-you-go component. */
export function isPriceSet(p: Pick<PriceCandidate, 'component' | 'amount' | 'tiers'>): boolean {
  return p.component === 'per_mb_tiers' ? p.tiers !== null && p.tiers.length > 0 : p.amount !== null;
}

/** When a tenant price version starts: it may start today (in the tenant's zone) or later. */
export function checkPriceEffectiveDate(effectiveDate: string, today: string): Refusal | null {
  // Both are 'YYYY-MM-DD' in the tenant's zone, so string order is date order.
  if (effectiveDate < today) return { code: 'catalog.price_in_past', params: { today } };
  return null;
}

// ── Options allowed on an offer ───────────────────────────────────────────────────────────────

function carriesData(offer: OfferFacts): boolean {
  return offer.envelopeMb === null
    ? offer.range === 'payg' || offer.range === 'data_payg'
    : offer.envelopeMb > 0;
}

/**
 * Whether an option can go on an offer, from the option's `appliesTo` clauses (data): e.g. CAT-11
 * eSIM Orange only; CAT-12 + Reading 12 fixed IP on Orange only on blocked data plans and on
 * pay-as-you-go; CAT-15 roaming options on unlimited voice + data plans. The most telling refusal
 * is returned: network, then range, then blocked, then data.
 */
export function optionAllowed(offer: OfferFacts, option: OptionFacts): Refusal | null {
  const sameNetwork = option.appliesTo.filter((c) => c.network === offer.network);
  if (option.network !== offer.network || sameNetwork.length === 0)
    return { code: 'catalog.option_wrong_network', params: { option: option.code } };
  const sameRange = sameNetwork.filter((c) => c.ranges.includes(offer.range));
  if (sameRange.length === 0) return { code: 'catalog.option_wrong_range', params: { option: option.code } };
  const blockedOk = sameRange.filter((c) => !c.blockedOnly || offer.blocked === true);
  if (blockedOk.length === 0)
    return { code: 'catalog.option_blocked_plans_only', params: { option: option.code } };
  const dataOk = blockedOk.filter((c) => !c.needsData || carriesData(offer));
  if (dataOk.length === 0) return { code: 'catalog.option_needs_data', params: { option: option.code } };
  return null;
}

// ── Recharges (CAT-02/03/07/09/10/16) ─────────────────────────────────────────────────────────

/**
 * Whether a data recharge can be ordered on a line with this offer. CAT-03/16: Bouygues unblocked
 * plans take only a recharge of their own volume; CAT-06: Travel recharges are for France + Europe.
 */
export function rechargeAllowed(offer: OfferFacts, recharge: OptionFacts): Refusal | null {
  if (recharge.kind !== 'recharge') return { code: 'catalog.recharge_not_available' };
  if (offer.recharge === 'none') return { code: 'catalog.recharge_not_available' };
  const refusal = optionAllowed(offer, recharge);
  if (refusal)
    return refusal.code === 'catalog.option_wrong_network'
      ? refusal
      : { code: 'catalog.recharge_not_available' };
  if (offer.recharge === 'same_volume' && recharge.volumeMb !== offer.envelopeMb)
    return { code: 'catalog.recharge_same_volume_only', params: { volumeMb: offer.envelopeMb ?? 0 } };
  return null;
}

// ── Ordering ──────────────────────────────────────────────────────────────────────────────────

export interface PricedItem {
  code: string;
  prices: readonly Pick<PriceCandidate, 'component' | 'amount' | 'tiers'>[];
}

/**
 * Whether an offer with these options can be ordered now. Refuses a price "à définir" (the seed
 * gives none and no admin has set one), an option the offer does not allow, two options of one
 * group (one roaming choice per zone, one fixed-IP delivery), a handset-activated service (CAT-13:
 * nothing to order), and a missing roaming choice for a zone chosen at order (ORD-09).
 */
export function orderableOffer(
  offer: OfferFacts & PricedItem,
  options: readonly (OptionFacts & PricedItem)[],
): Refusal | null {
  // What cannot go together at all is said before what only waits for a price.
  const groups = new Set<string>();
  for (const option of options) {
    if (option.handsetActivated)
      return { code: 'catalog.option_handset_activated', params: { option: option.code } };
    const refusal =
      option.kind === 'recharge' ? rechargeAllowed(offer, option) : optionAllowed(offer, option);
    if (refusal) return refusal;
    if (option.group) {
      if (groups.has(option.group))
        return { code: 'catalog.option_conflict', params: { option: option.code } };
      groups.add(option.group);
    }
  }
  // ORD-09: each zone of the offer gets an option or a cut-off at order.
  for (const zone of offer.roamingZonesAtOrder) {
    if (!options.some((o) => o.zone === zone && (o.kind === 'roaming' || o.kind === 'cutoff')))
      return { code: 'catalog.roaming_choice_required', params: { zone } };
  }
  for (const item of [offer, ...options]) {
    if (item.prices.length === 0 || item.prices.some((p) => !isPriceSet(p)))
      return { code: 'catalog.price_to_be_set', params: { item: item.code } };
  }
  return null;
}

/** CAT-07: Bouygues data-only lines are capped at 256 sessions, unless the line has a fixed IP. */
export function sessionLimitOf(offer: OfferFacts, options: readonly OptionFacts[]): number | null {
  if (offer.sessionLimit === null) return null;
  return options.some((o) => o.kind === 'fixed_ip') ? null : offer.sessionLimit;
}

/** ORD-03: the opening window of a network for a request type; null: the request does not exist. */
export function openingWindowOf(
  catalog: Pick<CatalogVersionData, 'openingHours'>,
  network: Network,
  request: RequestType,
): OpeningWindow | null {
  return catalog.openingHours[network][request];
}

// ── Plan changes (ACT-03, ACT-04): eligibility facts for the lines module ─────────────────────

export type PlanChange =
  { ok: true; kind: 'upgrade' | 'downgrade' | 'migration' } | { ok: false; refusal: Refusal };

const PAYG = new Set(['payg', 'data_payg']);

/**
 * What moving a line from one offer to another is, or why it is refused. ACT-03: another envelope
 * of the same range is an upgrade/downgrade. ACT-04: blocked↔unblocked in the same range is a
 * migration; no change of range (data-only↔unlimited), no Travel→classic, no plan→pay-as-you-go.
 * Both take effect on the 1st of next month (computed by the caller with the calendar).
 */
export function planChange(from: OfferFacts, to: OfferFacts): PlanChange {
  const refuse = (code: ErrorCode): PlanChange => ({ ok: false, refusal: { code } });
  if (from.code === to.code) return refuse('catalog.change_same_offer');
  if (from.network !== to.network) return refuse('catalog.change_network');
  if (from.range !== to.range) {
    if (from.range === 'travel' && to.range === 'unlimited')
      return refuse('catalog.change_travel_to_classic');
    if (!PAYG.has(from.range) && PAYG.has(to.range)) return refuse('catalog.change_to_payg');
    return refuse('catalog.change_range');
  }
  if (from.blocked !== to.blocked) return { ok: true, kind: 'migration' };
  const a = from.envelopeMb ?? 0;
  const b = to.envelopeMb ?? 0;
  return { ok: true, kind: b > a ? 'upgrade' : 'downgrade' };
}
