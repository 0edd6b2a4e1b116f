import { DateTime, IANAZone } from 'luxon';

/** Throws unless `zone` is an IANA time zone this runtime knows (CAL-04: every tenant has one). */
export function assertZone(zone: string): void {
  if (!IANAZone.isValidZone(zone)) throw new RangeError(`Unknown time zone "${zone}"`);
}

/** The instant `at` seen on the wall clock of `zone`. */
export function localDateTime(at: Date, zone: string): DateTime<true> {
  assertZone(zone);
  const dt = DateTime.fromJSDate(at, { zone });
  if (!dt.isValid) throw new RangeError('Invalid date');
  return dt;
}

/** The local calendar date 'YYYY-MM-DD' of an instant in a zone, e.g. for "effective on …" texts. */
export function toLocalDate(at: Date, zone: string): string {
  return localDateTime(at, zone).toISODate();
}
