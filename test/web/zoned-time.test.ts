import { describe, expect, it } from 'vitest';
import {
  instantToZonedDate,
  instantToZonedLocal,
  zoneCity,
  zonedDateTimeToInstant,
  zonedLocalToInstant,
} from '../../web/src/kit/zoned-time.ts';

/**
 * Issue 10: a date and time typed in the UI is the tenant's wall-clock time, whatever the browser's
 * zone (these tests run under TZ=UTC, like a browser in UTC), and across the changes of time.
 */
describe('times typed in the tenant zone (web kit)', () => {
  it('14:00 in Paris is 13:00Z in winter and 12:00Z in summer', () => {
    expect(zonedLocalToInstant('2027-01-05T14:00', 'Europe/Paris')).toBe('2027-01-05T13:00:00.000Z');
    expect(zonedLocalToInstant('2027-07-05T14:00', 'Europe/Paris')).toBe('2027-07-05T12:00:00.000Z');
    expect(zonedLocalToInstant('2027-01-05T14:00', 'Asia/Jerusalem')).toBe('2027-01-05T12:00:00.000Z');
  });

  it('across the spring change (Paris, Sunday 28 March 2027): the offset of each side, and the skipped hour', () => {
    expect(zonedLocalToInstant('2027-03-27T14:00', 'Europe/Paris')).toBe('2027-03-27T13:00:00.000Z');
    expect(zonedLocalToInstant('2027-03-28T01:30', 'Europe/Paris')).toBe('2027-03-28T00:30:00.000Z');
    expect(zonedLocalToInstant('2027-03-28T14:00', 'Europe/Paris')).toBe('2027-03-28T12:00:00.000Z');
    // 02:30 does not exist that night: it is read as 03:30 summer time, the same instant.
    expect(zonedLocalToInstant('2027-03-28T02:30', 'Europe/Paris')).toBe('2027-03-28T01:30:00.000Z');
  });

  it('across the autumn change (Paris, Sunday 31 October 2027) and back to the typed value', () => {
    expect(zonedLocalToInstant('2027-10-30T14:00', 'Europe/Paris')).toBe('2027-10-30T12:00:00.000Z');
    expect(zonedLocalToInstant('2027-10-31T14:00', 'Europe/Paris')).toBe('2027-10-31T13:00:00.000Z');
    for (const local of ['2027-10-30T14:00', '2027-10-31T14:00', '2027-03-28T14:00', '2027-01-05T09:15'])
      expect(instantToZonedLocal(zonedLocalToInstant(local, 'Europe/Paris'), 'Europe/Paris')).toBe(local);
    // A stored instant is shown in the tenant's zone, not the browser's.
    expect(instantToZonedLocal('2027-01-05T13:00:00.000Z', 'Asia/Jerusalem')).toBe('2027-01-05T15:00');
  });

  it('an incomplete value is no instant; dates alone keep working', () => {
    expect(zonedLocalToInstant('', 'Europe/Paris')).toBeNull();
    expect(zonedLocalToInstant('2027-01-05', 'Europe/Paris')).toBeNull();
    expect(instantToZonedLocal(null, 'Europe/Paris')).toBe('');
    expect(zonedDateTimeToInstant('2026-11-21', '23:59:59', 'Europe/Paris')).toBe('2026-11-21T22:59:59.000Z');
    expect(instantToZonedDate('2026-11-21T23:30:00Z', 'Europe/Paris')).toBe('2026-11-22');
    expect(zoneCity('Europe/Paris')).toBe('Paris');
    expect(zoneCity('America/Los_Angeles')).toBe('Los Angeles');
  });
});
