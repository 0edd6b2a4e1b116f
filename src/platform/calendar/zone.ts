import { DateTime, IANAZone } from 'luxon';

// Zones already found valid. luxon's isValidZone builds an Intl.DateTimeFormat on every call
// (0.05 to 1 ms, the load deciding), and every local date goes through here: a page of 25
// accounts shows each one's next Billing Day, two checks each, which was most of the account
// search's CPU in Node (BENCHMARKS.md, `lines` entry, 4.8 ms per request against 1.1 for a
// SIRET). A runtime's zones do not change while it runs; the set holds at most the IANA list.
const knownZones = new Set<string>();

/** Throws unless `zone` is an IANA time zone this runtime knows (CAL-04: every tenant has one). */
export function assertZone(zone: string): void {
  if (knownZones.has(zone)) return;
  if (!IANAZone.isValidZone(zone)) throw new RangeError(`Unknown time zone "${zone}"`);
  knownZones.add(zone);
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
