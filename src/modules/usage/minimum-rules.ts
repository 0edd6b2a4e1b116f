import { DateTime } from 'luxon';
import { money, prorateFirstMonth } from '../../platform/money/index.ts';

/** A pay-as-you-go line as its month's minimum needs it. */
export interface MinimumLine {
  /** CAT-09's monthly minimum in minor units (2.50 € = 250), null while "à définir". */
  minimumMinor: number | null;
  activatedAt: Date | null;
  terminatedAt: Date | null;
}

/**
 * CAT-09: what tops a pay-as-you-go line's month up to its monthly minimum (2.50 € on both
 * networks), in minor units; 0 when the month's priced usage reached it or the line was not in
 * service that month. The minimum is due for every month the line was in service (from its
 * activation to its termination; a termination at 00:00 on the 1st starts no month, Reading 7),
 * pro rata in the activation month as a first month is (CAT-01), in full at termination. Pure: the
 * month 'YYYY-MM' is read in the tenant's `zone`.
 */
export function minimumTopUp(line: MinimumLine, month: string, zone: string, usageMinor: number): number {
  if (line.minimumMinor === null || line.minimumMinor <= 0 || line.activatedAt === null) return 0;
  const start = DateTime.fromFormat(month, 'yyyy-MM', { zone });
  const end = start.plus({ months: 1 });
  if (line.activatedAt.getTime() >= end.toMillis()) return 0;
  if (line.terminatedAt !== null && line.terminatedAt.getTime() <= start.toMillis()) return 0;
  const activated = DateTime.fromJSDate(line.activatedAt, { zone });
  const due =
    activated >= start
      ? prorateFirstMonth(money(line.minimumMinor, 'EUR', false), activated.toISODate() ?? '').amount
      : line.minimumMinor;
  return Math.max(0, due - Math.max(0, usageMinor));
}
