import type { ErrorCode } from '../../platform/errors.ts';
import type {
  Blockable,
  CatalogVersionData,
  FairUse,
  FixedIpAccess,
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

/** Params of a refusal that hold a catalog code: the agent reads the item's name instead. */
const NAMED_PARAMS = new Set(['option', 'item', 'current']);

/**
 * The refusal with its catalog codes ("orange-vowifi") replaced by names ("VoWiFi"), for the
 * message an agent reads; a code without a name stays as it is.
 */
export function namedRefusal(refusal: Refusal, nameOf: (code: string) => string | undefined): Refusal {
  if (!refusal.params) return refusal;
  const params = Object.fromEntries(
    Object.entries(refusal.params).map(([k, v]) => [
      k,
      NAMED_PARAMS.has(k) && typeof v === 'string' ? (nameOf(v) ?? v) : v,
    ]),
  );
  return { ...refusal, params };
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
 * nothing to order), partner-platform delivery for a reseller outside its partner programme
 * (CAT-12/20: Init Sys only), and a missing roaming choice for a zone chosen at order (ORD-09).
 */
export function orderableOffer(
  offer: OfferFacts & PricedItem,
  options: readonly (OptionFacts & Partial<Pick<OptionDef, 'partnerOnly'>> & PricedItem)[],
  partnerPrograms: readonly PartnerProgram[] = [],
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
    if (option.partnerOnly && !partnerPrograms.includes(option.partnerOnly))
      return { code: 'line.option_partner_only', params: { option: option.code } };
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

// ── Options added to a line in service (issue 3 §5, ACT-06/ACT-10): facts for the lines module ─

/** A reseller's partner programmes (CAT-12: partner-platform delivery is for Init Sys only). */
export type PartnerProgram = 'init_sys' | 'rezocean';

/**
 * Whether the catalog lets this option be added to a line with this offer after its order, from
 * the same facts as ordering: CAT-11 the eSIM is the SIM itself (a SIM swap brings it, ACT-07); a
 * recharge is its own request (USE-06), not an option; CAT-13 a handset-activated service has
 * nothing to order; the option's `appliesTo` (CAT-12 fixed IP, CAT-15 roaming on voice + data
 * plans, network); CAT-12/20 partner-platform delivery only for Init Sys partners. The line's own
 * options (one per group, already active) are the caller's to check.
 */
export function optionAddable(
  offer: OfferFacts,
  option: OptionFacts & Pick<OptionDef, 'partnerOnly'>,
  partnerPrograms: readonly PartnerProgram[],
): Refusal | null {
  if (option.network !== offer.network)
    return { code: 'catalog.option_wrong_network', params: { option: option.code } };
  if (option.kind === 'esim') return { code: 'line.option_esim_add', params: { option: option.code } };
  if (option.kind === 'recharge') return { code: 'line.option_recharge', params: { option: option.code } };
  if (option.handsetActivated)
    return { code: 'catalog.option_handset_activated', params: { option: option.code } };
  const refusal = optionAllowed(offer, option);
  if (refusal) return refusal;
  if (option.partnerOnly !== null && !partnerPrograms.includes(option.partnerOnly))
    return { code: 'line.option_partner_only', params: { option: option.code } };
  return null;
}

// ── Fair use (CAT-05, CAT-22): checked by the usage module on a line's counters ───────────────

/** A line's usage as the fair-use rule reads it: a month's counters and its busiest hour. */
export interface FairUseUsage {
  /** Distinct numbers called this month. */
  distinctCallees: number;
  /** Distinct SMS/MMS recipients this month. */
  distinctSmsMmsRecipients: number;
  /** The longest single call this month, in seconds. */
  longestCallSeconds: number;
  /** SMS sent in the busiest clock hour seen. */
  maxSmsInOneHour: number;
  /** A permanent (unconditional) call forwarding is set on the line. */
  permanentForwarding: boolean;
}

export type FairUseLimit =
  | 'distinct_callees'
  | 'distinct_sms_mms_recipients'
  | 'call_duration'
  | 'sms_per_hour'
  | 'permanent_call_forwarding';

export interface FairUseBreach {
  limit: FairUseLimit;
  value: number;
  max: number;
  /**
   * billed_per_use: beyond is billed per use and abuse may cut the line (CAT-05); sms_suspended:
   * Orange suspends SMS sending for `suspensionDays`, best effort (CAT-22); not_included: the
   * service is not part of the plan.
   */
  consequence: 'billed_per_use' | 'sms_suspended' | 'not_included';
  suspensionDays?: number;
  bestEffort?: boolean;
}

/**
 * Which fair-use limits a line's usage exceeds, in the order CAT-05 lists them (empty: none; a
 * plan without fair use, e.g. data-only or pay-as-you-go, exceeds nothing). Limits are "at most":
 * 250 distinct callees is within, 251 is beyond; a call of exactly 2 h is within.
 */
export function fairUseExceeded(usage: FairUseUsage, fairUse: FairUse | null): FairUseBreach[] {
  if (!fairUse) return [];
  const out: FairUseBreach[] = [];
  const over = (limit: FairUseLimit, value: number, max: number) => {
    if (value > max) out.push({ limit, value, max, consequence: fairUse.beyond });
  };
  over('distinct_callees', usage.distinctCallees, fairUse.distinctCalleesPerMonth);
  over(
    'distinct_sms_mms_recipients',
    usage.distinctSmsMmsRecipients,
    fairUse.distinctSmsMmsRecipientsPerMonth,
  );
  over('call_duration', usage.longestCallSeconds, fairUse.maxCallSeconds);
  const hourly = fairUse.smsPerHour;
  if (hourly && usage.maxSmsInOneHour > hourly.max)
    out.push({
      limit: 'sms_per_hour',
      value: usage.maxSmsInOneHour,
      max: hourly.max,
      consequence: 'sms_suspended',
      suspensionDays: hourly.suspensionDays,
      bestEffort: hourly.bestEffort,
    });
  if (usage.permanentForwarding && !fairUse.permanentCallForwarding)
    out.push({ limit: 'permanent_call_forwarding', value: 1, max: 0, consequence: 'not_included' });
  return out;
}

// ── Blocking (CAT-19, CAT-14) ─────────────────────────────────────────────────────────────────

export type BlockingAnswer =
  | { canBlock: true; atOrder: boolean; options: string[] }
  /** network: the line's network cannot block it; no_such_usage: the plan has no calls/SMS. */
  | { canBlock: false; reason: 'network' | 'no_such_usage' };

/**
 * Whether a line with this offer can have `what` blocked, and how: at order and/or through the
 * CAT-14 options. CAT-19: never on Orange; on Bouygues international calls at order, the rest
 * through options. A plan without calls (or SMS) has nothing of that kind to block.
 */
export function blockingCapability(
  offer: Pick<OfferDef, 'voice' | 'sms' | 'blocking'>,
  what: Blockable,
): BlockingAnswer {
  const calls = what.startsWith('calls');
  const sms = what.includes('sms');
  if (!((calls && offer.voice) || (sms && offer.sms))) return { canBlock: false, reason: 'no_such_usage' };
  const way = offer.blocking.ways[what];
  if (!way) return { canBlock: false, reason: 'network' };
  return { canBlock: true, atOrder: way.atOrder, options: [...way.options] };
}

// ── Fixed IP access (CAT-20, ACC-02) ──────────────────────────────────────────────────────────

/**
 * The international form of a French mobile line number (ACC-02): country code 33, then the
 * national number without its leading 0. A 10-digit number (06 12 34 56 78) gives 11 digits
 * (33612345678); Orange's 14-digit data/M2M numbers (07 000 080 910 112) give 15 digits
 * (337000080910112, seed 003's example). Accepts spaces, dots, "+33" or "0033"; null: not a
 * 10- or 14-digit French number.
 */
export function internationalMsisdn(msisdn: string): string | null {
  if (!/^[+\d][\d .-]*$/.test(msisdn.trim())) return null;
  const digits = msisdn.replace(/\D/g, '');
  const national = digits.startsWith('0033')
    ? `0${digits.slice(4)}`
    : digits.startsWith('33') && msisdn.trim().startsWith('+')
      ? `0${digits.slice(2)}`
      : digits;
  if (!/^0\d{9}$/.test(national) && !/^0\d{13}$/.test(national)) return null;
  return `33${national.slice(1)}`;
}

/**
 * CAT-20: the login of a line delivered on a partner platform: the international MSISDN in the
 * network's length (Orange 15 digits @<platform>.otd, Bouygues 11 digits @<platform>.btd), one
 * domain per reseller platform ("partner", "partner2"…). null when the number has not that length
 * (an Orange 10-digit voice number has no 15-digit form: the seed gives none).
 */
export function partnerPlatformLogin(
  form: NonNullable<FixedIpAccess['partnerLogin']>,
  msisdn: string,
  platform = 'partner',
): string | null {
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(platform)) return null;
  const international = internationalMsisdn(msisdn);
  if (international?.length !== form.msisdnDigits) return null;
  return `${international}@${platform}.${form.domainSuffix}`;
}

/** CAT-20: the instant by which Orange shows the IPsec credentials (delivery + 30 min); null: n/a. */
export function fixedIpCredentialsBy(access: FixedIpAccess, deliveredAt: Date | null): Date | null {
  if (!deliveredAt || access.credentialsWithinMinutes === null) return null;
  return new Date(deliveredAt.getTime() + access.credentialsWithinMinutes * 60_000);
}
