import { DateTime } from 'luxon';
import type { Network, Range } from '../catalog/model.ts';

/**
 * The usage rules (issue 12, first slice): reading one CDR row, rating it (USE-01, USE-02,
 * Reading 11), the tenant's month (CAL-04), data alerts and the data state at the envelope
 * (USE-03, USE-04), the journal's masked numbers (USE-07). Pure functions over plain data; the
 * clock and the catalog's facts are passed in.
 */

/** USE-01: the usage kinds. Voice and SVA in seconds, SMS and MMS in messages, data in bytes. */
export const USAGE_KINDS = ['voice', 'sms', 'mms', 'data', 'sva'] as const;
export type UsageKind = (typeof USAGE_KINDS)[number];

export const DIRECTIONS = ['out', 'in'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * Where a line is and where it calls (USE-02): France, the EU's zone 1/1B, and the roaming zones
 * the catalog names (ORD-09).
 */
export const USAGE_ZONES = ['france', 'zone1', 'usa_canada', 'maghreb_turkey', 'rest_of_world'] as const;
export type UsageZone = (typeof USAGE_ZONES)[number];

/** The CSV columns of docs/usage.md, in their order. */
export const CDR_COLUMNS = [
  'record_id',
  'msisdn',
  'start',
  'kind',
  'direction',
  'zone',
  'destination_zone',
  'quantity',
  'sva_price',
  'called_number',
] as const;
export type CdrColumn = (typeof CDR_COLUMNS)[number];

/** 1 MB = 1024 × 1024 bytes, as the catalog's envelopes count (1 GB = 1024 MB). */
export const MB = 1024 * 1024;

export interface Cdr {
  recordId: string;
  /** National form: 10 digits (0…) or Orange's 14-digit data/M2M numbers. */
  msisdn: string;
  startedAt: Date;
  kind: UsageKind;
  direction: Direction;
  zone: UsageZone;
  destinationZone: UsageZone | null;
  quantity: number;
  /** The SVA's own price in minor units (excl. VAT) when the operator gives one. */
  svaPriceMinor: number | null;
  calledNumber: string | null;
}

export const REJECT_REASONS = [
  'missing',
  'invalid_record_id',
  'invalid_msisdn',
  'invalid_start',
  'invalid_kind',
  'invalid_direction',
  'invalid_zone',
  'invalid_quantity',
  'negative_quantity',
  'invalid_price',
  'invalid_called_number',
  'columns',
  'duplicate_in_file',
  'unknown_line',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export type ParsedCdr = { ok: true; cdr: Cdr } | { ok: false; reason: RejectReason; field: CdrColumn | null };

const RECORD_ID = /^[A-Za-z0-9._:/-]{1,100}$/;
/** ISO 8601 with a date, a time and an explicit offset (or Z): a CDR's instant is never ambiguous. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;
const PRICE = /^\d{1,6}([.,]\d{1,2})?$/;

const INSTANT_PARTS =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?(?:Z|([+-])(\d{2}):?(\d{2}))$/;
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A CDR's instant (INSTANT), or null when it is none. Luxon decides, as it always did; but a
 * million records spend most of their parse in it, so the usual shape (a plain date and time,
 * every field in range) is computed directly, to the same instant (the tests compare both).
 */
export function instantOf(text: string): Date | null {
  if (!INSTANT.test(text)) return null;
  const m = INSTANT_PARTS.exec(text);
  if (m) {
    const [y, mo, d, h, mi, s = 0] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as number[];
    const offset = m[8] === undefined ? 0 : (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
    if (
      y! >= 1000 &&
      mo! >= 1 &&
      mo! <= 12 &&
      d! >= 1 &&
      d! <= daysIn(y!, mo!) &&
      h! <= 23 &&
      mi! <= 59 &&
      s <= 59 &&
      Math.abs(offset) <= 18 * 60 &&
      Number(m[10] ?? 0) <= 59
    ) {
      // Luxon's rounding of a fraction (util.parseMillis): down to the millisecond.
      const ms = m[7] === undefined ? 0 : Math.floor(parseFloat(`0.${m[7]}`) * 1000);
      return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s, ms) - offset * 60_000);
    }
  }
  const start = DateTime.fromISO(text, { setZone: true });
  return start.isValid ? start.toJSDate() : null;
}

/** A line's number as the CDR gives it (0…, 33…, +33…, or 14 digits) in the lines' national form. */
export function nationalMsisdn(raw: string): string | null {
  const s = raw.replace(/[\s.]/g, '');
  if (/^0[1-9]\d{8}$/.test(s)) return s;
  if (/^\+?33[1-9]\d{8}$/.test(s)) return `0${s.replace(/^\+?33/, '')}`;
  if (/^\d{14}$/.test(s)) return s;
  return null;
}

function oneOf<T extends string>(values: readonly T[], v: string): T | null {
  return (values as readonly string[]).includes(v) ? (v as T) : null;
}

/** One CSV row (column → text) as a CDR, or the first reason it is refused and the field. */
export function parseCdr(row: Readonly<Partial<Record<CdrColumn, string>>>): ParsedCdr {
  const get = (c: CdrColumn) => (row[c] ?? '').trim();
  const bad = (reason: RejectReason, field: CdrColumn | null): ParsedCdr => ({ ok: false, reason, field });
  for (const c of ['record_id', 'msisdn', 'start', 'kind', 'direction', 'zone', 'quantity'] as const)
    if (get(c) === '') return bad('missing', c);
  const recordId = get('record_id');
  if (!RECORD_ID.test(recordId)) return bad('invalid_record_id', 'record_id');
  const msisdn = nationalMsisdn(get('msisdn'));
  if (!msisdn) return bad('invalid_msisdn', 'msisdn');
  const startedAt = instantOf(get('start'));
  if (startedAt === null) return bad('invalid_start', 'start');
  const kind = oneOf(USAGE_KINDS, get('kind'));
  if (!kind) return bad('invalid_kind', 'kind');
  const direction = oneOf(DIRECTIONS, get('direction'));
  if (!direction) return bad('invalid_direction', 'direction');
  const zone = oneOf(USAGE_ZONES, get('zone'));
  if (!zone) return bad('invalid_zone', 'zone');
  const destText = get('destination_zone');
  const destinationZone = destText === '' ? null : oneOf(USAGE_ZONES, destText);
  if (destText !== '' && !destinationZone) return bad('invalid_zone', 'destination_zone');
  // An outgoing call, SMS, MMS or SVA call is rated by where it goes (USE-02).
  if (destinationZone === null && direction === 'out' && kind !== 'data')
    return bad('missing', 'destination_zone');
  const qText = get('quantity');
  if (/^-\d+$/.test(qText)) return bad('negative_quantity', 'quantity');
  const quantity = /^\d{1,15}$/.test(qText) ? Number(qText) : NaN;
  if (!Number.isSafeInteger(quantity)) return bad('invalid_quantity', 'quantity');
  if ((kind === 'sms' || kind === 'mms') && quantity < 1) return bad('invalid_quantity', 'quantity');
  const priceText = get('sva_price');
  let svaPriceMinor: number | null = null;
  if (priceText !== '') {
    if (kind !== 'sva' || !PRICE.test(priceText)) return bad('invalid_price', 'sva_price');
    const [units = '0', cents = ''] = priceText.split(/[.,]/);
    svaPriceMinor = Number(units) * 100 + Number(cents.padEnd(2, '0'));
  }
  const called = get('called_number').replace(/^\+/, '');
  if (called !== '' && !/^\d{2,20}$/.test(called)) return bad('invalid_called_number', 'called_number');
  return {
    ok: true,
    cdr: {
      recordId,
      msisdn,
      startedAt,
      kind,
      direction,
      zone,
      destinationZone,
      quantity,
      svaPriceMinor,
      calledNumber: called === '' ? null : called,
    },
  };
}

// ── Rating ────────────────────────────────────────────────────────────────────────────────────

/** What rating needs of a line's plan (catalog facts). */
export interface PlanFacts {
  network: Network;
  range: Range;
}

/** The plan's per-use prices in minor units excl. VAT; null where the catalog has none ("à définir"). */
export interface PerUsePrices {
  perMinute: number | null;
  perSms: number | null;
  perMms: number | null;
  perMb: number | null;
}

export interface Rating {
  offPlan: boolean;
  /** Off-plan amount in minor units; null when not off-plan or when the price is to be set. */
  amountMinor: number | null;
  /** Off-plan without a price: shown "à définir" and flagged, never silently free. */
  toBeSet: boolean;
}

type RatedUsage = Pick<Cdr, 'kind' | 'direction' | 'zone' | 'destinationZone' | 'quantity' | 'svaPriceMinor'>;

/** Zone 1/1B, France included (France is in the EU's zone 1). */
const inZone1 = (z: UsageZone | null) => z === 'france' || z === 'zone1';

/**
 * USE-02 (and Reading 11) for the unlimited plans, both networks: is this usage included?
 * Roaming from zone 1/1B: data, calls and SMS to zone 1/1B, received calls and MMS are included;
 * from other zones billed per use; received SMS always included. From France: calls to zone 1/1B
 * included; SMS to zone 1 included on Orange, billed on Bouygues; MMS to any foreign zone billed.
 * Reading 11: calls or SMS from zone 1/1B to other zones are billed.
 */
export function includedInUnlimited(network: Network, u: RatedUsage): boolean {
  const { kind, direction, zone, destinationZone: dest } = u;
  switch (kind) {
    case 'data':
      return inZone1(zone);
    case 'voice':
    case 'sva':
      if (direction === 'in') return inZone1(zone);
      return inZone1(zone) && inZone1(dest);
    case 'sms':
      if (direction === 'in') return true;
      if (zone === 'france') return dest === 'france' || (dest === 'zone1' && network === 'orange');
      return zone === 'zone1' && inZone1(dest);
    case 'mms':
      if (zone === 'france') return direction === 'in' || dest === 'france' || dest === null;
      return zone === 'zone1';
  }
}

/** CAT-06: Travel adds the USA/Canada zone: data there, calls and SMS inside it and to France. */
function includedInTravel(network: Network, u: RatedUsage): boolean {
  if (includedInUnlimited(network, u)) return true;
  if (u.zone !== 'usa_canada' || u.kind === 'mms' || u.kind === 'sva') return false;
  if (u.kind === 'data' || u.direction === 'in') return true;
  return u.destinationZone === 'usa_canada' || u.destinationZone === 'france';
}

function included(plan: PlanFacts, u: RatedUsage): boolean {
  switch (plan.range) {
    case 'unlimited':
      return includedInUnlimited(plan.network, u);
    case 'travel':
      return includedInTravel(plan.network, u);
    // CAT-07/CAT-10: data in France only (no roaming), nothing else.
    case 'data_only':
    case 'm2m':
      return u.kind === 'data' && u.zone === 'france';
    // CAT-09: pay-as-you-go counts everything (received SMS and calls in France excepted).
    case 'payg':
    case 'data_payg':
      return u.direction === 'in' && u.zone === 'france' && u.kind !== 'data';
  }
}

/** (Relais) Price of `quantity` units: voice per started minute, data pro rata of the MB, half up. */
export function offPlanAmount(u: Pick<Cdr, 'kind' | 'quantity'>, prices: PerUsePrices): number | null {
  switch (u.kind) {
    case 'voice':
    case 'sva':
      return prices.perMinute === null ? null : Math.ceil(u.quantity / 60) * prices.perMinute;
    case 'sms':
      return prices.perSms === null ? null : u.quantity * prices.perSms;
    case 'mms':
      return prices.perMms === null ? null : u.quantity * prices.perMms;
    case 'data':
      return prices.perMb === null ? null : Math.round((u.quantity * prices.perMb) / MB);
  }
}

/**
 * Rates one record against its line's plan (USE-01, USE-02). An SVA call with the operator's own
 * price is billed at it ("facturé"); without one it costs the call itself, included in the plan
 * ("non facturable"). Off-plan usage without a catalog price is "à définir", never free.
 * Data pay-as-you-go's tiers (CAT-09) apply to the month's total: its records are rated
 * "à définir" until the month's close prices them (a later slice).
 */
export function rate(plan: PlanFacts, u: RatedUsage, prices: PerUsePrices): Rating {
  if (u.kind === 'sva' && u.svaPriceMinor !== null && u.svaPriceMinor > 0)
    return { offPlan: true, amountMinor: u.svaPriceMinor, toBeSet: false };
  const inc =
    u.kind === 'sva' && plan.range !== 'payg' ? includedInUnlimited(plan.network, u) : included(plan, u);
  if (inc) return { offPlan: false, amountMinor: null, toBeSet: false };
  const amount = plan.range === 'data_payg' && u.kind === 'data' ? null : offPlanAmount(u, prices);
  return { offPlan: true, amountMinor: amount, toBeSet: amount === null };
}

// ── Months (CAL-04) ───────────────────────────────────────────────────────────────────────────

/** The calendar month of an instant in the tenant's time zone, "YYYY-MM". */
export function monthOf(at: Date, zone: string): string {
  return DateTime.fromJSDate(at, { zone }).toFormat('yyyy-MM');
}

const TWO_DAYS = 2 * 86_400_000;

/**
 * monthOf for many instants of one zone (an import's records), same answers: each month's bounds
 * are computed once (monthBounds) and an instant well inside known bounds needs no time-zone
 * arithmetic. Within two days of a bound (where an offset change could move the local date across
 * it) luxon still decides, once per instant. A handful of months per file: the list stays short.
 */
export function monthFinder(zone: string): (at: Date) => string {
  const known: { from: number; to: number; month: string }[] = [];
  // Near a bound, luxon's answer per instant: an operator's file repeats its instants (seconds).
  const near = new Map<number, string>();
  return (at) => {
    const t = at.getTime();
    for (const k of known) if (t >= k.from && t < k.to) return k.month;
    const seen = near.get(t);
    if (seen !== undefined) return seen;
    const month = monthOf(at, zone);
    if (near.size >= 10_000) near.clear();
    near.set(t, month);
    const { from, to } = monthBounds(month, zone);
    if (to.getTime() - from.getTime() > 2 * TWO_DAYS)
      known.push({ from: from.getTime() + TWO_DAYS, to: to.getTime() - TWO_DAYS, month });
    return month;
  };
}

/** USE-07: the 3 viewable months, the current one first. */
export function viewableMonths(now: Date, zone: string): string[] {
  const d = DateTime.fromJSDate(now, { zone }).startOf('month');
  return [0, 1, 2].map((n) => d.minus({ months: n }).toFormat('yyyy-MM'));
}

/** The month's bounds as instants (00:00 on the 1st in the tenant's zone, to the next 1st). */
export function monthBounds(month: string, zone: string): { from: Date; to: Date } {
  const start = DateTime.fromFormat(month, 'yyyy-MM', { zone });
  return { from: start.toJSDate(), to: start.plus({ months: 1 }).toJSDate() };
}

// ── Alerts and data state (USE-03, USE-04) ────────────────────────────────────────────────────

export type AlertThreshold = 80 | 100;

/** What the alert rules need of a plan. */
export interface EnvelopeFacts {
  network: Network;
  range: Range;
  /** MB in France + Europe; 0 or null: no envelope to watch. */
  envelopeMb: number | null;
  blocked: boolean | null;
}

/**
 * USE-03: the thresholds that alert. Orange: 80 % and 100 %. Bouygues: an unblocked plan at 80 %,
 * a blocked plan at 100 %. None without an envelope.
 */
export function alertThresholds(plan: EnvelopeFacts): AlertThreshold[] {
  if (!plan.envelopeMb || plan.envelopeMb <= 0) return [];
  if (plan.network === 'orange') return [80, 100];
  return plan.blocked ? [100] : [80];
}

export function envelopeBytes(plan: Pick<EnvelopeFacts, 'envelopeMb'>): number {
  return (plan.envelopeMb ?? 0) * MB;
}

/** The thresholds a move of the in-plan data from `before` to `after` bytes crosses (reaching counts). */
export function crossedThresholds(plan: EnvelopeFacts, before: number, after: number): AlertThreshold[] {
  const env = envelopeBytes(plan);
  if (env <= 0) return [];
  return alertThresholds(plan).filter((t) => before * 100 < t * env && after * 100 >= t * env);
}

export type DataState = 'data_blocked' | 'throttled';

/**
 * USE-04: at the envelope a blocked plan's data stops ("Data bloquée"); an unblocked plan goes on
 * at reduced speed with no overcharge in France ("Débit réduit"). Null below the envelope.
 */
export function dataStateAt(plan: EnvelopeFacts, usedBytes: number): DataState | null {
  const env = envelopeBytes(plan);
  if (env <= 0 || plan.blocked === null || usedBytes < env) return null;
  return plan.blocked ? 'data_blocked' : 'throttled';
}

/** Share of the envelope used, in whole percent (rounded down), or null without an envelope. */
export function envelopePercent(plan: Pick<EnvelopeFacts, 'envelopeMb'>, usedBytes: number): number | null {
  const env = envelopeBytes(plan);
  return env > 0 ? Math.floor((usedBytes * 100) / env) : null;
}

// ── Journal (USE-07) ──────────────────────────────────────────────────────────────────────────

/** The called number as the journal shows it: its last 4 digits hidden (3375793XXXX). */
export function maskNumber(n: string | null): string | null {
  if (n === null) return null;
  if (n.length <= 4) return 'X'.repeat(n.length);
  return n.slice(0, -4) + 'XXXX';
}

// ── The alert SMS to the line's user (USE-03) ─────────────────────────────────────────────────

/**
 * USE-03: the alert SMS goes to the line itself (its user's phone), in E.164: a French national
 * number 0XXXXXXXXX as +33XXXXXXXXX; Orange's 14-digit data/M2M numbers (CAT-07/10) are already
 * international (33…). Null when the number is neither (no SMS rather than one to a wrong number).
 */
export function smsRecipient(msisdn: string): string | null {
  if (/^0[1-9][0-9]{8}$/.test(msisdn)) return `+33${msisdn.slice(1)}`;
  if (/^33[0-9]{9,12}$/.test(msisdn)) return `+${msisdn}`;
  return null;
}

/**
 * USE-03/USE-04: the SMS text, short enough for one or two SMS (no customer or offer name: the
 * user knows whose phone it is). `used` and `envelope` are already formatted ("8,2 Go").
 */
export function dataAlertSms(
  locale: 'fr' | 'en',
  a: { threshold: AlertThreshold; used: string; envelope: string; state: DataState | null },
): string {
  if (locale === 'en') {
    const then =
      a.state === 'data_blocked'
        ? ' Data is now blocked until the 1st of next month or a recharge.'
        : a.state === 'throttled'
          ? ' Data goes on at reduced speed.'
          : '';
    return `You have used ${a.threshold}% of your data allowance (${a.used} of ${a.envelope}) this month.${then}`;
  }
  const then =
    a.state === 'data_blocked'
      ? ' Votre data est bloquée jusqu’au 1er du mois prochain ou jusqu’à une recharge.'
      : a.state === 'throttled'
        ? ' Votre data continue à débit réduit.'
        : '';
  return `Vous avez consommé ${a.threshold} % de votre enveloppe data (${a.used} sur ${a.envelope}) ce mois-ci.${then}`;
}
