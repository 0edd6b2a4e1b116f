import { DateTime } from 'luxon';

/**
 * Dates and times typed in the tenant's time zone turned into instants, and back (issue 10: an
 * agent in Israel booking for a French tenant types Paris time). Luxon does the zone arithmetic,
 * so the browser's own zone never matters and days when clocks change are right.
 */

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/**
 * A `datetime-local` value (`2027-01-05T14:00`) read as wall-clock time in the zone → ISO instant
 * (`2027-01-05T13:00:00.000Z` in Europe/Paris), or null when it is not a complete date and time.
 * A time skipped by the spring change (02:30 on the last Sunday of March in Paris) is the same
 * moment as the first valid minute after it (03:30), as luxon resolves it.
 */
export function zonedLocalToInstant(local: string, timeZone: string): string | null {
  if (!LOCAL_DATE_TIME.test(local)) return null;
  const dt = DateTime.fromISO(local, { zone: timeZone });
  return dt.isValid ? dt.toUTC().toISO() : null;
}

/** An instant → the `datetime-local` value (`YYYY-MM-DDTHH:mm`) of its wall-clock time in the zone. */
export function instantToZonedLocal(instant: string | Date | null | undefined, timeZone: string): string {
  if (!instant) return '';
  const dt = (typeof instant === 'string' ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant)).setZone(
    timeZone,
  );
  return dt.isValid ? dt.toFormat("yyyy-MM-dd'T'HH:mm") : '';
}

/** `2026-11-21` + `23:59:59` in Europe/Paris → `2026-11-21T22:59:59.000Z`. */
export function zonedDateTimeToInstant(date: string, time: string, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}(:\d{2})?$/.test(time)) return null;
  const dt = DateTime.fromISO(`${date}T${time}`, { zone: timeZone });
  return dt.isValid ? dt.toUTC().toISO() : null;
}

/** The calendar date (YYYY-MM-DD) of an instant in the zone. */
export function instantToZonedDate(instant: string | number | Date, timeZone: string): string {
  const dt =
    typeof instant === 'string'
      ? DateTime.fromISO(instant)
      : typeof instant === 'number'
        ? DateTime.fromMillis(instant)
        : DateTime.fromJSDate(instant);
  return dt.setZone(timeZone).toISODate() ?? '';
}

export function todayInZone(timeZone: string, now = Date.now()): string {
  return instantToZonedDate(now, timeZone);
}

/** The city a zone is named after, for "heure de Paris": `Asia/Jerusalem` → `Jerusalem`. */
export function zoneCity(timeZone: string): string {
  const city = timeZone.split('/').pop() ?? timeZone;
  return city.replace(/_/g, ' ');
}
