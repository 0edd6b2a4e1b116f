import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { firstOfNextMonth, nextBillingDay } from './effective-dates.ts';
import { toLocalDate } from './zone.ts';

const at = (iso: string): Date => new Date(iso);

describe('firstOfNextMonth', () => {
  it.each([
    { request: '2026-01-15T10:00+01:00', zone: 'Europe/Paris', effect: '2026-02-01T00:00+01:00' },
    { request: '2026-01-01T00:00+01:00', zone: 'Europe/Paris', effect: '2026-02-01T00:00+01:00' },
    { request: '2026-03-01T00:00+01:00', zone: 'Europe/Paris', effect: '2026-04-01T00:00+02:00' },
    { request: '2026-03-31T23:30+02:00', zone: 'Europe/Paris', effect: '2026-04-01T00:00+02:00' },
    { request: '2026-10-10T12:00+02:00', zone: 'Europe/Paris', effect: '2026-11-01T00:00+01:00' },
    { request: '2026-12-31T23:59:59.999+01:00', zone: 'Europe/Paris', effect: '2027-01-01T00:00+01:00' },
    { request: '2026-03-20T12:00+02:00', zone: 'Asia/Jerusalem', effect: '2026-04-01T00:00+03:00' },
    { request: '2026-10-20T12:00+03:00', zone: 'Asia/Jerusalem', effect: '2026-11-01T00:00+02:00' },
  ])('CAL-05 a change requested at $request takes effect at $effect', ({ request, zone, effect }) => {
    expect(firstOfNextMonth(at(request), zone)).toEqual(at(effect));
  });

  it.each([
    { zone: 'Europe/Paris', effect: '2026-03-01T00:00+01:00', why: 'already 1 Feb 00:30 in Paris' },
    { zone: 'Asia/Jerusalem', effect: '2026-03-01T00:00+02:00', why: 'already 1 Feb 01:30 in Jerusalem' },
    { zone: 'UTC', effect: '2026-02-01T00:00Z', why: 'still 31 Jan in UTC' },
  ])('CAL-04 CAL-05 the month is the one of the tenant zone: $why', ({ zone, effect }) => {
    expect(firstOfNextMonth(at('2026-01-31T23:30Z'), zone)).toEqual(at(effect));
  });
});

describe('nextBillingDay', () => {
  it.each([
    { request: '2026-01-05T10:00+01:00', day: 10, effect: '2026-01-10', why: 'later this month' },
    { request: '2026-01-09T23:59:59+01:00', day: 10, effect: '2026-01-10', why: 'the eve' },
    { request: '2026-01-10T00:00+01:00', day: 10, effect: '2026-02-10', why: 'Reading 4: on the day, 00:00' },
    { request: '2026-01-10T09:00+01:00', day: 10, effect: '2026-02-10', why: 'Reading 4: on the day' },
    { request: '2026-01-11T09:00+01:00', day: 10, effect: '2026-02-10', why: 'the day after' },
    { request: '2026-12-20T09:00+01:00', day: 15, effect: '2027-01-15', why: 'over the year end' },
    { request: '2026-01-30T09:00+01:00', day: 31, effect: '2026-01-31', why: '31 exists' },
    { request: '2026-01-31T09:00+01:00', day: 31, effect: '2026-02-28', why: 'February lacks 31' },
    { request: '2026-02-27T09:00+01:00', day: 31, effect: '2026-02-28', why: '28 stands for 31' },
    { request: '2026-02-28T09:00+01:00', day: 31, effect: '2026-03-31', why: 'on the stand-in day' },
    { request: '2026-02-15T09:00+01:00', day: 29, effect: '2026-02-28', why: 'no 29 Feb in 2026' },
    { request: '2028-02-10T09:00+01:00', day: 31, effect: '2028-02-29', why: 'leap year' },
    { request: '2028-02-29T09:00+01:00', day: 30, effect: '2028-03-30', why: 'leap day stands for 30' },
    { request: '2026-04-15T09:00+02:00', day: 31, effect: '2026-04-30', why: 'April lacks 31' },
    { request: '2026-04-30T09:00+02:00', day: 31, effect: '2026-05-31', why: 'on the stand-in day' },
    { request: '2026-03-01T09:00+01:00', day: 1, effect: '2026-04-01', why: 'day 1, on the day' },
  ])('CAL-06 Billing Day $day, request $request: effect on $effect ($why)', ({ request, day, effect }) => {
    const result = nextBillingDay(at(request), day, 'Europe/Paris');
    expect(toLocalDate(result, 'Europe/Paris')).toBe(effect);
    // CAL-04: the effect is the instant of 00:00 local time on that day.
    expect(result).toEqual(DateTime.fromISO(effect, { zone: 'Europe/Paris' }).toJSDate());
  });

  it.each([
    { request: '2026-03-20T12:00+02:00', day: 28, effect: '2026-03-28T00:00+03:00', why: 'after DST start' },
    { request: '2026-10-20T12:00+03:00', day: 25, effect: '2026-10-25T00:00+03:00', why: 'DST end day' },
    { request: '2026-10-25T12:00+02:00', day: 25, effect: '2026-11-25T00:00+02:00', why: 'Reading 4' },
  ])(
    'CAL-06 Jerusalem, Billing Day $day, request $request: effect at $effect ($why)',
    ({ request, day, effect }) => {
      expect(nextBillingDay(at(request), day, 'Asia/Jerusalem')).toEqual(at(effect));
    },
  );

  it.each([
    { zone: 'Europe/Paris', effect: '2026-02-10T00:00+01:00', why: 'already the 10th in Paris' },
    { zone: 'UTC', effect: '2026-01-10T00:00Z', why: 'still the 9th in UTC' },
  ])('CAL-04 CAL-06 the request date is the one of the tenant zone: $why', ({ zone, effect }) => {
    expect(nextBillingDay(at('2026-01-09T23:30Z'), 10, zone)).toEqual(at(effect));
  });

  it.each([0, 32, 1.5, Number.NaN])('rejects the Billing Day %s', (day) => {
    expect(() => nextBillingDay(at('2026-01-09T23:30Z'), day, 'Europe/Paris')).toThrow(RangeError);
  });
});
