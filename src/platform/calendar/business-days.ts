import type { DateTime } from 'luxon';
import { isPublicHoliday } from './holidays.ts';
import type { CountryCode, DayKind, DayOptions, IsoWeekday, OpeningWindow } from './types.ts';
import { localDateTime } from './zone.ts';

/**
 * The week of each kind of day, per country, as data.
 * CAL-01: FR jours ouvrés are Mon–Fri. CAL-02: FR jours ouvrables are Mon–Sat.
 * CAL-03 and Reading 3: in Israel both are Sun–Thu (Friday and Saturday are the weekend).
 */
export const WEEKS: Readonly<Record<CountryCode, Readonly<Record<DayKind, readonly IsoWeekday[]>>>> = {
  FR: { working: [1, 2, 3, 4, 5], business: [1, 2, 3, 4, 5, 6] },
  IL: { working: [7, 1, 2, 3, 4], business: [7, 1, 2, 3, 4] },
};

/** Far enough for any delay Relais counts; stops a runaway loop on a window that never opens. */
export const MAX_SCAN_DAYS = 366 * 30;

/** The whole-day opening window of a kind of day, so hour counts treat kinds and windows alike. */
export function windowOfKind(country: CountryCode, kind: DayKind): OpeningWindow {
  return { days: WEEKS[country][kind], from: '00:00', to: '24:00', holidaysOpen: false };
}

/** Whether a local day (any time in it) is off for a kind of day in a country. */
function isLocalDayOff(day: DateTime<true>, country: CountryCode, kind: DayKind): boolean {
  return (
    !WEEKS[country][kind].includes(day.weekday as IsoWeekday) || isPublicHoliday(country, day.toISODate())
  );
}

/**
 * Whether the local day of `at` (in `zone`) is off: outside the kind's week or a public holiday
 * of the country (CAL-01..CAL-03).
 */
export function isDayOff(at: Date, { country, zone, kind }: DayOptions): boolean {
  return isLocalDayOff(localDateTime(at, zone), country, kind);
}

function assertCount(n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Day count must be an integer (got ${n})`);
}

/** The local day that is the |n|-th day of the kind after (n > 0) or before (n < 0) `local`'s day. */
function nthDay(local: DateTime<true>, n: number, country: CountryCode, kind: DayKind): DateTime<true> {
  const step = n < 0 ? -1 : 1;
  let day = local.startOf('day');
  let counted = 0;
  for (let scanned = 0; counted < Math.abs(n); scanned++) {
    if (scanned > MAX_SCAN_DAYS) throw new RangeError('Day count too large');
    // luxon's calendar arithmetic keeps 00:00 local across DST changes.
    day = day.plus({ days: step });
    if (!isLocalDayOff(day, country, kind)) counted++;
  }
  return day;
}

/**
 * The n-th day of the kind after `from`, at the same local wall-clock time (n < 0: before).
 *
 * Counting starts on the day after `from`'s local day, whatever that day is: an order on a Saturday
 * plus 3 working days lands on Wednesday (ORD-02, Reading 6). n = 0 returns `from` unchanged.
 * The local time is kept, not the elapsed duration, so 10:00 stays 10:00 across a DST change; a
 * time that the target day skips (spring-forward gap) moves forward by the gap, as luxon does.
 */
export function addDays(from: Date, n: number, { country, zone, kind }: DayOptions): Date {
  assertCount(n);
  const local = localDateTime(from, zone);
  if (n === 0) return new Date(from.getTime());
  const day = nthDay(local, n, country, kind);
  return day
    .set({ hour: local.hour, minute: local.minute, second: local.second, millisecond: local.millisecond })
    .toJSDate();
}

/**
 * The last instant (23:59:59.999 local) of the n-th day of the kind after `from`'s local day.
 * SUP-07 and Reading 2: a charge can be contested until the end of the 2nd working day after the
 * notification: `endOfNthDay(notifiedAt, 2, { country: 'FR', zone, kind: 'working' })`.
 * A deadline is met by any instant `t <= endOfNthDay(…)`. n must be >= 1.
 */
export function endOfNthDay(from: Date, n: number, { country, zone, kind }: DayOptions): Date {
  assertCount(n);
  if (n < 1) throw new RangeError(`endOfNthDay counts at least one day (got ${n})`);
  return nthDay(localDateTime(from, zone), n, country, kind).endOf('day').toJSDate();
}
