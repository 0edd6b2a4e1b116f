import { localDateTime } from './zone.ts';

/**
 * CAL-05: a "1st of next month" effect (ACT-03, ACT-04, ACT-05) takes place at 00:00 local time on
 * the 1st of the month after the request, whatever the day of the request (a request at 00:00 on
 * the 1st still waits for the next month's 1st).
 */
export function firstOfNextMonth(at: Date, zone: string): Date {
  return localDateTime(at, zone).startOf('month').plus({ months: 1 }).toJSDate();
}

/**
 * CAL-06: the next occurrence of the account's Billing Day strictly after the request's local date,
 * at 00:00 local time. A Billing Day that a month lacks (29–31) falls on that month's last day.
 * Reading 4: a request made on the Billing Day itself (at any hour) takes effect at the next
 * month's Billing Day; so does a request on the last day of a short month that stands in for it
 * (Billing Day 31, request on 28 February 2026: effect on 31 March).
 */
export function nextBillingDay(at: Date, billingDay: number, zone: string): Date {
  if (!Number.isInteger(billingDay) || billingDay < 1 || billingDay > 31) {
    throw new RangeError(`Billing Day must be an integer 1–31 (got ${billingDay})`);
  }
  const local = localDateTime(at, zone);
  const thisMonth = local.startOf('month');
  const inMonth = (month: typeof thisMonth) =>
    month.set({ day: Math.min(billingDay, month.daysInMonth) }).startOf('day');
  const candidate = inMonth(thisMonth);
  return (local.day < candidate.day ? candidate : inMonth(thisMonth.plus({ months: 1 }))).toJSDate();
}
