import { describe, expect, it } from 'vitest';
import { addDays, endOfNthDay, isDayOff } from './business-days.ts';
import type { CountryCode, DayKind } from './types.ts';

const PARIS = { country: 'FR', zone: 'Europe/Paris' } as const;
const JERUSALEM = { country: 'IL', zone: 'Asia/Jerusalem' } as const;
const at = (iso: string): Date => new Date(iso);

describe('isDayOff', () => {
  it.each([
    { when: '2026-03-02T12:00:00+01:00', day: 'Monday', working: false, business: false },
    { when: '2026-03-06T12:00:00+01:00', day: 'Friday', working: false, business: false },
    { when: '2026-03-07T12:00:00+01:00', day: 'Saturday', working: true, business: false },
    { when: '2026-03-08T12:00:00+01:00', day: 'Sunday', working: true, business: true },
    { when: '2026-05-01T12:00:00+02:00', day: 'Friday 1 May', working: true, business: true },
    { when: '2026-05-25T12:00:00+02:00', day: 'Whit Monday', working: true, business: true },
    { when: '2026-08-15T12:00:00+02:00', day: 'Saturday 15 August', working: true, business: true },
    { when: '2026-08-22T12:00:00+02:00', day: 'an ordinary Saturday', working: true, business: false },
    { when: '2026-07-14T00:00:00+02:00', day: 'the first instant of 14 July', working: true, business: true },
    { when: '2026-07-13T23:59:59.999+02:00', day: 'the eve of 14 July', working: false, business: false },
  ])('CAL-01 CAL-02 in France, $day: working day off $working, business day off $business', (c) => {
    expect(isDayOff(at(c.when), { ...PARIS, kind: 'working' })).toBe(c.working);
    expect(isDayOff(at(c.when), { ...PARIS, kind: 'business' })).toBe(c.business);
  });

  it.each([
    { when: '2026-03-08T12:00:00+02:00', day: 'Sunday', off: false },
    { when: '2026-03-12T12:00:00+02:00', day: 'Thursday', off: false },
    { when: '2026-03-13T12:00:00+02:00', day: 'Friday', off: true },
    { when: '2026-03-14T12:00:00+02:00', day: 'Saturday', off: true },
    { when: '2026-03-09T12:00:00+02:00', day: 'Monday', off: false },
    { when: '2026-09-21T12:00:00+03:00', day: 'Yom Kippur (Monday)', off: true },
    { when: '2026-09-20T12:00:00+03:00', day: 'Erev Yom Kippur (Sunday)', off: false },
    { when: '2026-04-02T12:00:00+03:00', day: 'Pesach (Thursday)', off: true },
    { when: '2026-04-05T12:00:00+03:00', day: 'Chol HaMoed Pesach (Sunday)', off: false },
    { when: '2026-04-08T12:00:00+03:00', day: 'seventh day of Pesach (Wednesday)', off: true },
    { when: '2026-04-22T12:00:00+03:00', day: 'Independence Day (Wednesday)', off: true },
    { when: '2026-09-13T12:00:00+03:00', day: 'Rosh Hashana day 2 (Sunday)', off: true },
    { when: '2025-10-07T12:00:00+03:00', day: 'Sukkot 2025 (Tuesday)', off: true },
  ])('CAL-03 in Israel, $day is off: $off (working and business alike)', ({ when, off }) => {
    for (const kind of ['working', 'business'] as const) {
      expect(isDayOff(at(when), { ...JERUSALEM, kind })).toBe(off);
    }
  });

  it.each([
    { zone: 'Europe/Paris', off: false, why: 'Monday 1 June 00:30 in Paris' },
    { zone: 'UTC', off: true, why: 'still Sunday 31 May in UTC' },
  ])('CAL-04 the day is the one of the tenant zone: $why', ({ zone, off }) => {
    expect(isDayOff(at('2026-05-31T22:30:00Z'), { country: 'FR', zone, kind: 'working' })).toBe(off);
  });

  it('CAL-04 rejects an unknown time zone', () => {
    expect(() =>
      isDayOff(at('2026-05-31T22:30:00Z'), { country: 'FR', zone: 'Europe/Pariss', kind: 'working' }),
    ).toThrow(/Unknown time zone/);
  });
});

describe('addDays', () => {
  // [from, n, kind, to, why]; instants carry their offset so that DST shows.
  it.each<[string, number, DayKind, string, string]>([
    ['2026-03-02T10:00+01:00', 1, 'working', '2026-03-03T10:00+01:00', 'Mon → Tue'],
    ['2026-03-06T10:00+01:00', 1, 'working', '2026-03-09T10:00+01:00', 'Fri → Mon'],
    ['2026-03-06T10:00+01:00', 1, 'business', '2026-03-07T10:00+01:00', 'Fri → Sat'],
    ['2026-03-07T10:00+01:00', 1, 'business', '2026-03-09T10:00+01:00', 'Sat → Mon'],
    ['2026-05-09T15:00+02:00', 3, 'working', '2026-05-13T15:00+02:00', 'ORD-02 order on a Saturday'],
    ['2026-05-13T10:00+02:00', 3, 'working', '2026-05-19T10:00+02:00', 'skips Ascension'],
    ['2026-04-30T10:00+02:00', 1, 'working', '2026-05-04T10:00+02:00', 'skips 1 May'],
    ['2026-04-30T10:00+02:00', 1, 'business', '2026-05-02T10:00+02:00', 'skips 1 May, lands on Sat'],
    ['2026-12-31T18:00+01:00', 1, 'working', '2027-01-04T18:00+01:00', 'over the year end and 1 Jan'],
    ['2026-05-11T10:00+02:00', -1, 'working', '2026-05-07T10:00+02:00', 'back over 8 May'],
    ['2026-05-11T10:00+02:00', -1, 'business', '2026-05-09T10:00+02:00', 'back to Saturday'],
    ['2026-05-11T10:00+02:00', 0, 'working', '2026-05-11T10:00+02:00', 'zero'],
    ['2026-05-10T10:00+02:00', 0, 'working', '2026-05-10T10:00+02:00', 'zero on a Sunday'],
  ])('CAL-01 CAL-02 France: %s + %i %s days = %s (%s)', (from, n, kind, to) => {
    expect(addDays(at(from), n, { ...PARIS, kind })).toEqual(at(to));
  });

  it.each<[string, number, DayKind, string, string]>([
    ['2026-03-27T10:00+01:00', 1, 'business', '2026-03-28T10:00+01:00', 'the day before'],
    ['2026-03-27T10:00+01:00', 2, 'business', '2026-03-30T10:00+02:00', 'over spring-forward'],
    ['2026-03-27T10:00+01:00', 1, 'working', '2026-03-30T10:00+02:00', 'over spring-forward'],
    ['2026-03-28T02:30+01:00', 1, 'business', '2026-03-30T02:30+02:00', 'an hour the Sunday skips'],
    ['2026-10-23T10:00+02:00', 1, 'working', '2026-10-26T10:00+01:00', 'over fall-back'],
    ['2026-10-26T10:00+01:00', -1, 'working', '2026-10-23T10:00+02:00', 'backwards over fall-back'],
  ])('CAL-04 Paris keeps the local time across DST: %s + %i %s days = %s (%s)', (from, n, kind, to) => {
    expect(addDays(at(from), n, { ...PARIS, kind })).toEqual(at(to));
  });

  it.each<[string, number, string, string]>([
    ['2026-03-05T10:00+02:00', 2, '2026-03-09T10:00+02:00', 'extender courier: Thu + 2 = Mon'],
    ['2026-03-05T10:00+02:00', 3, '2026-03-10T10:00+02:00', 'extender courier: Thu + 3 = Tue'],
    ['2026-03-06T10:00+02:00', 1, '2026-03-08T10:00+02:00', 'Fri → Sun'],
    ['2026-04-01T10:00+03:00', 1, '2026-04-05T10:00+03:00', 'skips Pesach and Shabbat'],
    ['2026-04-01T10:00+03:00', 4, '2026-04-09T10:00+03:00', 'skips the 7th day of Pesach'],
    ['2026-09-17T10:00+03:00', 1, '2026-09-20T10:00+03:00', 'Thu → Sun'],
    ['2026-09-17T10:00+03:00', 2, '2026-09-22T10:00+03:00', 'skips Yom Kippur'],
    ['2026-03-26T10:00+02:00', 1, '2026-03-29T10:00+03:00', 'over the DST start of Fri 27 Mar'],
    ['2026-10-22T10:00+03:00', 1, '2026-10-25T10:00+02:00', 'onto the DST end of Sun 25 Oct'],
    ['2026-09-27T00:00+03:00', -3, '2026-09-22T00:00+03:00', '3 days before a Billing Day'],
    ['2026-09-27T00:00+03:00', -4, '2026-09-20T00:00+03:00', '4 days before, skips Yom Kippur'],
  ])('CAL-03 Israel: %s + %i business days = %s (%s)', (from, n, to) => {
    for (const kind of ['working', 'business'] as const) {
      expect(addDays(at(from), n, { ...JERUSALEM, kind })).toEqual(at(to));
    }
  });

  it.each([1.5, Number.NaN, Infinity])('rejects the day count %s', (n) => {
    expect(() => addDays(at('2026-03-02T10:00+01:00'), n, { ...PARIS, kind: 'working' })).toThrow(RangeError);
  });
});

describe('endOfNthDay', () => {
  const contestEnds = (notified: string, country: CountryCode = 'FR', zone = 'Europe/Paris'): Date =>
    endOfNthDay(at(notified), 2, { country, zone, kind: 'working' });

  // [notified, contest window ends, why]
  it.each([
    ['2026-03-03T16:00+01:00', '2026-03-05T23:59:59.999+01:00', 'Tue → Thu'],
    ['2026-03-05T16:00+01:00', '2026-03-09T23:59:59.999+01:00', 'over a weekend'],
    ['2026-03-07T11:00+01:00', '2026-03-10T23:59:59.999+01:00', 'notified on a Saturday'],
    ['2026-05-07T16:00+02:00', '2026-05-12T23:59:59.999+02:00', 'over 8 May and a weekend'],
    ['2026-05-13T09:00+02:00', '2026-05-18T23:59:59.999+02:00', 'over Ascension and a weekend'],
    ['2026-08-15T09:00+02:00', '2026-08-18T23:59:59.999+02:00', 'notified on 15 August'],
    ['2026-12-24T17:00+01:00', '2026-12-29T23:59:59.999+01:00', 'over Christmas and a weekend'],
    ['2026-03-27T09:00+01:00', '2026-03-31T23:59:59.999+02:00', 'over the DST change'],
    ['2026-05-11T22:30Z', '2026-05-15T23:59:59.999+02:00', 'CAL-04 already Tue 00:30 in Paris'],
  ])('SUP-07 CAL-01 a charge notified %s can be contested until %s (%s)', (notified, ends) => {
    expect(contestEnds(notified)).toEqual(at(ends));
  });

  it('SUP-07 the last millisecond of the second working day is inside the window, the next is not', () => {
    const end = contestEnds('2026-05-07T16:00+02:00');
    expect(at('2026-05-12T23:59:59.999+02:00') <= end).toBe(true);
    expect(at('2026-05-13T00:00+02:00') <= end).toBe(false);
  });

  it('CAL-03 in Israel the second working day after a Thursday is Monday', () => {
    expect(contestEnds('2026-03-05T10:00+02:00', 'IL', 'Asia/Jerusalem')).toEqual(
      at('2026-03-09T23:59:59.999+02:00'),
    );
  });

  it.each([0, -1])('counts at least one day (n = %s throws)', (n) => {
    expect(() => endOfNthDay(at('2026-03-02T10:00+01:00'), n, { ...PARIS, kind: 'working' })).toThrow(
      RangeError,
    );
  });
});
