import { localDateTime } from '../../platform/calendar/zone.ts';
import type { PeriodCharge } from '../ledger/rules.ts';

/**
 * Monthly recurring charges (issue 3 §6), as pure functions over plain data with the month passed
 * in. CAT-01: no commitment, the first month is billed pro rata at activation (ledger/rules.ts)
 * and every later month in full at its start; ACT-01: a suspended line is still billed; CAT-09:
 * pay-as-you-go lines pay their monthly minimum; Reading 7: a month started at termination is due
 * in full (lines/terminate-line.ts writes it through the ledger; its unique index keeps it from being
 * written twice).
 *
 * CAL-06: the billing period is the calendar month in the tenant's zone, not the account's Billing
 * Day. The seed uses "at the Billing Day" for when a change takes effect, never for the period a
 * charge covers, and every monthly price in the catalog is a calendar-month price (CAT-01's pro rata
 * runs "to the end of the month"; ACT-03/ACT-05 changes fall on the 1st).
 */

/** A calendar month in the tenant's zone: its local dates and the instant it starts. */
export interface BillingMonth {
  /** 'YYYY-MM-01' */
  periodStart: string;
  /** The month's last day, 'YYYY-MM-DD'. */
  periodEnd: string;
  /** 00:00 on the 1st, tenant time. */
  startsAt: Date;
}

/** The calendar month (tenant time) that contains `at`. */
export function billingMonth(at: Date, zone: string): BillingMonth {
  const first = localDateTime(at, zone).startOf('month');
  return {
    periodStart: first.toFormat('yyyy-MM-dd'),
    periodEnd: first.endOf('month').toFormat('yyyy-MM-dd'),
    startsAt: first.toJSDate(),
  };
}

export type BillableLineState = 'in_progress' | 'active' | 'suspended' | 'terminated' | 'cancelled';

export interface BillableOption {
  /** line_options.id (the target of an option termination). */
  id: string;
  code: string;
  status: 'pending' | 'active' | 'terminated';
  activatedAt: Date | null;
  endedAt: Date | null;
}

/** A line action scheduled and not run yet (plan change, option end, termination). */
export interface ScheduledChange {
  type: string;
  target: string | null;
  effectiveAt: Date;
}

export interface BillableLine {
  id: string;
  accountId: string;
  state: BillableLineState;
  offerCode: string;
  activatedAt: Date | null;
  terminatedAt: Date | null;
  options: readonly BillableOption[];
  scheduled: readonly ScheduledChange[];
}

export interface PriceComponentAmount {
  component: string;
  /** Minor units; null when "to be set". */
  amount: number | null;
}

/** The prices in effect at the month's start, by `${itemType}:${code}`. */
export type PriceBook = ReadonlyMap<string, readonly PriceComponentAmount[]>;

export const priceKey = (itemType: 'offer' | 'option', code: string): string => `${itemType}:${code}`;

export interface MonthlyChargeDraft extends PeriodCharge {
  lineId: string;
  accountId: string;
}

/**
 * What an item costs each month in full: its monthly price. One amount per item and month, as the
 * ledger holds one `monthly` row per item and month. 0 or "to be set": nothing. CAT-09's monthly
 * minimum of a pay-as-you-go line is no price in advance: it is a floor under the month's usage,
 * billed in arrears by the usage month's close (usage/close-usage-month.ts).
 */
export function monthlyPrice(components: readonly PriceComponentAmount[]): number | null {
  const p = components.find((c) => c.component === 'monthly');
  return p && p.amount !== null && p.amount > 0 ? p.amount : null;
}

const atOrBefore = (a: Date, b: Date) => a.getTime() <= b.getTime();

/**
 * Whether the line is billed for the month, and with which offer and options: the line as it
 * stands at 00:00 on the 1st, once the changes due at that instant have taken effect (a plan change
 * on the 1st bills the new offer, ACT-03/04; an Orange option ending on the 1st is not billed,
 * ACT-05; a termination at 00:00 on the 1st starts no month, Reading 7), whether or not the worker
 * has run those changes yet.
 */
function lineAtMonthStart(
  line: BillableLine,
  month: BillingMonth,
): { offerCode: string; options: string[] } | null {
  const start = month.startsAt;
  // CAT-01: a line activated in the month pays its first month pro rata at activation.
  if (line.activatedAt === null || !(line.activatedAt.getTime() < start.getTime())) return null;
  // ACT-01: suspension does not stop billing. A line terminated after the month started owes the
  // started month (Reading 7); its termination already wrote it, and the ledger keeps one.
  const billedState =
    line.state === 'active' ||
    line.state === 'suspended' ||
    (line.state === 'terminated' &&
      line.terminatedAt !== null &&
      line.terminatedAt.getTime() > start.getTime());
  if (!billedState) return null;
  const due = line.scheduled.filter((s) => atOrBefore(s.effectiveAt, start));
  if (due.some((s) => s.type === 'termination')) return null;
  const planChange = due
    .filter((s) => s.type === 'plan_change' && s.target !== null)
    .sort((a, b) => a.effectiveAt.getTime() - b.effectiveAt.getTime())
    .at(-1);
  const endingOptions = new Set(due.filter((s) => s.type === 'option_termination').map((s) => s.target));
  const options = line.options
    .filter((o) => {
      if (endingOptions.has(o.id)) return false;
      // Added during the month: its own activation charged it (first month).
      const since = o.activatedAt ?? line.activatedAt;
      if (since === null || !(since.getTime() < start.getTime())) return false;
      if (o.status === 'active') return true;
      // Ended after the month started: the started month is due (CAT-01).
      return o.status === 'terminated' && o.endedAt !== null && o.endedAt.getTime() > start.getTime();
    })
    .map((o) => o.code);
  return { offerCode: planChange?.target ?? line.offerCode, options };
}

/**
 * One `monthly` charge per priced item of every billed line for the month, at the prices in
 * effect at its start. A price of 0 or "to be set" writes nothing.
 */
export function monthlyCharges(
  lines: readonly BillableLine[],
  prices: PriceBook,
  month: BillingMonth,
): MonthlyChargeDraft[] {
  const out: MonthlyChargeDraft[] = [];
  for (const line of lines) {
    const billed = lineAtMonthStart(line, month);
    if (!billed) continue;
    const items: { itemType: 'offer' | 'option'; code: string }[] = [
      { itemType: 'offer', code: billed.offerCode },
      ...billed.options.map((code) => ({ itemType: 'option' as const, code })),
    ];
    const seen = new Set<string>();
    for (const item of items) {
      const key = priceKey(item.itemType, item.code);
      // The same option twice on a line is charged once: the ledger holds one row per item and month.
      if (seen.has(key)) continue;
      seen.add(key);
      const p = monthlyPrice(prices.get(key) ?? []);
      if (p === null) continue;
      out.push({
        lineId: line.id,
        accountId: line.accountId,
        itemType: item.itemType,
        itemCode: item.code,
        amountMinor: p,
        monthlyMinor: p,
        periodStart: month.periodStart,
        periodEnd: month.periodEnd,
      });
    }
  }
  return out;
}
