import { DateTime } from 'luxon';
import type { Network, PriceTier, RoamingZone } from '../catalog/model.ts';
import { MB, type UsageZone } from './rules.ts';

/**
 * The rules of the usage limits (issue 12, cut-offs slice): roaming data cut-offs per zone (USE-05,
 * USE-08, USE-09), the pay-as-you-go data threshold and tiers (CAT-09), the purge of detailed
 * records (issue 12 §4) and the month to close (§3). Pure functions over plain data, clock passed in.
 */

/** A limit's scope: a roaming zone of the line's cut-offs, or the pay-as-you-go data threshold. */
export const LIMIT_SCOPES = [
  'usa_canada',
  'maghreb_turkey',
  'rest_of_world',
  'europe',
  'world',
  'threshold',
] as const;
export type LimitScope = (typeof LIMIT_SCOPES)[number];

export type LimitUnit = 'bytes' | 'minor';
export type LimitThreshold = 80 | 100;

/**
 * USE-05: which cut-off a data session counts against, by where it was used. Orange: the three
 * zones of its cut-offs (Europe's cut-off is the plan's envelope, USE-03/USE-04, not a cut-off
 * here). Bouygues: Europe (zone 1/1B) and the world (every other foreign zone). France: none.
 */
export function cutoffZoneOf(network: Network, zone: UsageZone): RoamingZone | null {
  if (zone === 'france') return null;
  if (network === 'orange') return zone === 'zone1' ? null : zone;
  return zone === 'zone1' ? 'europe' : 'world';
}

/** A zone's cut-off as the line's roaming choice gives it (lines' roaming envelopes). */
export interface CutoffChoice {
  zone: RoamingZone;
  code: string;
  kind: 'roaming' | 'cutoff';
  volumeMb: number | null;
  cutoffEuros: number | null;
}

export interface Limit {
  unit: LimitUnit;
  /** In bytes, or in minor units (cents) for a cut-off in euros. */
  value: number;
}

/**
 * USE-05, USE-08: the limit a zone's choice sets. Orange: the cut-off's volume, or the roaming
 * option's data envelope (data is blocked beyond it). Bouygues: the cut-off in euros of off-plan
 * data (0 € in Europe: no data in Europe). Null when the choice sets none.
 */
export function cutoffLimit(network: Network, c: CutoffChoice): Limit | null {
  if (network === 'bouygues')
    return c.cutoffEuros === null ? null : { unit: 'minor', value: c.cutoffEuros * 100 };
  return c.volumeMb === null ? null : { unit: 'bytes', value: c.volumeMb * MB };
}

/**
 * USE-05: what a zone's data counts against its limit: its bytes for a volume; its off-plan amount
 * for a cut-off in euros, except that a 0 € cut-off (Bouygues: "0 € in Europe = no data in Europe")
 * is reached by any data at all, priced or not (a session whose price is "à définir" counts 1 cent).
 */
export function cutoffUse(limit: Limit, used: { bytes: number; minor: number }): number {
  if (limit.unit === 'bytes') return used.bytes;
  if (limit.value === 0 && used.bytes > 0) return Math.max(used.minor, 1);
  return used.minor;
}

/**
 * USE-05: the alert thresholds a move of the zone's consumption from `before` to `after` crosses
 * (reaching counts). A limit of 0 has no 80 %: the first use reaches it (100 %, data stopped).
 */
export function crossedLimitThresholds(limit: number, before: number, after: number): LimitThreshold[] {
  if (after <= before) return [];
  if (limit <= 0) return before <= 0 && after > 0 ? [100] : [];
  return ([80, 100] as const).filter((t) => before * 100 < t * limit && after * 100 >= t * limit);
}

/** USE-05, CAT-09: the scope's data is stopped once its consumption reaches the limit (0: at the first use). */
export function limitReached(limit: number, used: number): boolean {
  return limit <= 0 ? used > 0 : used >= limit;
}

/** Share of the limit used, whole percent rounded down; null for a limit of 0. */
export function limitPercent(limit: number, used: number): number | null {
  return limit > 0 ? Math.floor((used * 100) / limit) : null;
}

// ── Pay-as-you-go data (CAT-09) ───────────────────────────────────────────────────────────────

/** CAT-09: data pay-as-you-go includes 500 MB a month. */
export const PAYG_INCLUDED_MB = 500;
export const PAYG_THRESHOLD_MIN_GB = 1;
export const PAYG_THRESHOLD_MAX_GB = 100;

/** CAT-09: a data threshold is a whole number of GB from 1 to 100. */
export function validThreshold(gb: number): boolean {
  return Number.isInteger(gb) && gb >= PAYG_THRESHOLD_MIN_GB && gb <= PAYG_THRESHOLD_MAX_GB;
}

/**
 * CAT-09: the month's data pay-as-you-go amount in minor units, beyond the monthly fee. 500 MB are
 * included; beyond, the price of the tier reached (the highest tier whose `fromMb` the month's
 * volume reaches) applies to every MB beyond 500 MB, pro rata of the MB, rounded half up. Null
 * when the catalog gives no tiers ("à définir"): flagged, never 0. `tiers` per MB in minor units.
 */
export function paygDataAmount(
  usedBytes: number,
  tiers: readonly { fromMb: number; perMb: number }[] | null,
): number | null {
  const usedMb = usedBytes / MB;
  if (usedMb <= PAYG_INCLUDED_MB) return 0;
  if (!tiers || tiers.length === 0) return null;
  const reached = [...tiers].sort((a, b) => a.fromMb - b.fromMb).filter((t) => usedMb >= t.fromMb);
  const tier = reached[reached.length - 1] ?? [...tiers].sort((a, b) => a.fromMb - b.fromMb)[0];
  if (!tier) return null;
  return Math.round((usedMb - PAYG_INCLUDED_MB) * tier.perMb);
}

export type { PriceTier };

// ── Purge and close (issue 12 §3, §4) ─────────────────────────────────────────────────────────

/** The oldest viewable month (USE-07: current + 2 before, tenant zone): older records are purged. */
export function oldestKeptMonth(now: Date, zone: string): string {
  return DateTime.fromJSDate(now, { zone }).startOf('month').minus({ months: 2 }).toFormat('yyyy-MM');
}

/** The month a close at `now` closes: the one before the tenant's current month. */
export function monthToClose(now: Date, zone: string): string {
  return DateTime.fromJSDate(now, { zone }).startOf('month').minus({ months: 1 }).toFormat('yyyy-MM');
}

/** When the next close runs: 00:00 on the 1st after `after`, tenant zone. */
export function nextCloseAt(after: Date, zone: string): Date {
  return DateTime.fromJSDate(after, { zone }).startOf('month').plus({ months: 1 }).toJSDate();
}
