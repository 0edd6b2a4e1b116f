import { MB } from './rules.ts';

/**
 * The recharge rules (USE-06, Reading 14): pure functions over plain data, the clock passed in.
 */

/** USE-06: a recharge can take up to 30 minutes to apply at the operator. */
export const RECHARGE_WINDOW_MINUTES = 30;
const WINDOW_MS = RECHARGE_WINDOW_MINUTES * 60 * 1000;

/**
 * USE-06: the line's recharge ordered within the 30 minutes before `now` (the latest), which makes
 * a new order a possible double order; null when there is none. An order dated after `now` (clocks
 * of two servers) counts as recent too: it can only be closer.
 */
export function recentRecharge<T extends { orderedAt: Date }>(previous: readonly T[], now: Date): T | null {
  let latest: T | null = null;
  for (const r of previous) {
    if (now.getTime() - r.orderedAt.getTime() >= WINDOW_MS) continue;
    if (!latest || r.orderedAt > latest.orderedAt) latest = r;
  }
  return latest;
}

/**
 * USE-06: may this recharge be ordered now? Refused (a possible double order) while another one is
 * within its 30 minutes, unless the agent confirmed that it is not a double order.
 */
export function rechargeRefusal(
  previous: readonly { orderedAt: Date }[],
  now: Date,
  confirmDuplicate: boolean,
): { code: 'usage.recharge_recent'; since: Date } | null {
  const recent = recentRecharge(previous, now);
  if (recent && !confirmDuplicate) return { code: 'usage.recharge_recent', since: recent.orderedAt };
  return null;
}

/**
 * Reading 14 / USE-06: a recharge adds to the month it was ordered in only (no carry-over): the
 * month's envelope in MB is the plan's plus the recharges applied in that month. Null (no envelope,
 * nothing to watch) stays null unless a recharge gives one.
 */
export function envelopeAfterRecharges(
  planEnvelopeMb: number | null,
  recharges: readonly { month: string; volumeMb: number; applied: boolean }[],
  month: string,
): number | null {
  const added = recharges
    .filter((r) => r.applied && r.month === month)
    .reduce((sum, r) => sum + r.volumeMb, 0);
  if (added === 0) return planEnvelopeMb;
  return (planEnvelopeMb ?? 0) + added;
}

/** The plan's envelope in MB with `rechargedMb` of the month's applied recharges added. */
export function withRecharged(planEnvelopeMb: number | null, rechargedMb: number): number | null {
  return envelopeAfterRecharges(planEnvelopeMb, [{ month: '', volumeMb: rechargedMb, applied: true }], '');
}

/** The month's recharged volume in bytes (USE-07's "recharged" data total). */
export function rechargedBytes(
  recharges: readonly { month: string; volumeMb: number; applied: boolean }[],
  month: string,
): number {
  return recharges.filter((r) => r.applied && r.month === month).reduce((s, r) => s + r.volumeMb * MB, 0);
}
