import { describe, expect, it } from 'vitest';
import { addHours, businessHoursBetween, isOpen, nextOpening } from './open-time.ts';
import type { HoursOptions, OpeningWindow } from './types.ts';

const at = (iso: string): Date => new Date(iso);
const PARIS = { country: 'FR', zone: 'Europe/Paris' } as const;
const JERUSALEM = { country: 'IL', zone: 'Asia/Jerusalem' } as const;
const FR_BUSINESS: HoursOptions = { ...PARIS, kind: 'business' };
const FR_WORKING: HoursOptions = { ...PARIS, kind: 'working' };
const IL_WORKING: HoursOptions = { ...JERUSALEM, kind: 'working' };

// Test data shaped like ORD-03's windows; the catalog owns the real ones.
const MON_SAT = [1, 2, 3, 4, 5, 6] as const;
const ORANGE_CREATION: OpeningWindow = { days: MON_SAT, from: '07:00', to: '22:00', holidaysOpen: true };
const ORANGE_ESIM: OpeningWindow = { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:30', holidaysOpen: false };
const ALWAYS: OpeningWindow = { days: [1, 2, 3, 4, 5, 6, 7], from: '00:00', to: '24:00', holidaysOpen: true };
const PARIS_ALWAYS: HoursOptions = { ...PARIS, window: ALWAYS };
const JERUSALEM_ALWAYS: HoursOptions = { ...JERUSALEM, window: ALWAYS };

describe('48 business hours (SUP-09, Reading 1)', () => {
  // Slot on Monday 11 May 2026 at 10:00: the 48 business hours before it run back over Sunday
  // 10 May (off) and Friday 8 May (a holiday): Mon 10 h + Sat 24 h + Thu 14 h.
  const slot = at('2026-05-11T10:00+02:00');

  // [cancelled at, business hours left before the slot, free]
  it.each<[string, number, boolean]>([
    ['2026-05-07T09:00+02:00', 49, true],
    ['2026-05-07T10:00+02:00', 48, true],
    ['2026-05-07T11:00+02:00', 47, false],
    ['2026-05-08T11:00+02:00', 34, false],
    ['2026-05-10T20:00+02:00', 10, false],
    ['2026-05-11T10:00+02:00', 0, false],
  ])(
    'CAL-02 SUP-09 cancelled at %s: %i business hours before the slot, free: %s',
    (cancelledAt, hours, free) => {
      const left = businessHoursBetween(at(cancelledAt), slot, FR_BUSINESS);
      expect(left).toBe(hours);
      expect(left >= 48).toBe(free);
    },
  );

  it('CAL-02 SUP-09 the last free cancellation is 48 business hours before the slot', () => {
    expect(addHours(slot, -48, FR_BUSINESS)).toEqual(at('2026-05-07T10:00+02:00'));
    expect(addHours(at('2026-05-07T10:00+02:00'), 48, FR_BUSINESS)).toEqual(slot);
  });

  it('CAL-01 in working hours Saturday does not count either', () => {
    expect(businessHoursBetween(at('2026-05-07T10:00+02:00'), slot, FR_WORKING)).toBe(24);
  });
});

describe('addHours', () => {
  // [from, hours, open time, result, why]
  it.each<[string, number, HoursOptions, string, string]>([
    ['2026-03-02T10:00+01:00', 5, FR_BUSINESS, '2026-03-02T15:00+01:00', 'same day'],
    ['2026-03-07T00:00+01:00', 24, FR_BUSINESS, '2026-03-08T00:00+01:00', 'ends where Saturday ends'],
    ['2026-03-07T00:00+01:00', 25, FR_BUSINESS, '2026-03-09T01:00+01:00', 'skips Sunday'],
    ['2026-03-08T10:00+01:00', 1, FR_BUSINESS, '2026-03-09T01:00+01:00', 'from a Sunday'],
    ['2026-03-02T10:00+01:00', 0.5, FR_BUSINESS, '2026-03-02T10:30+01:00', 'half an hour'],
    ['2026-03-08T10:00+01:00', 0, FR_BUSINESS, '2026-03-08T10:00+01:00', 'zero, even when closed'],
    ['2026-03-28T12:00+01:00', 24, FR_BUSINESS, '2026-03-30T12:00+02:00', 'over the DST weekend'],
    ['2026-04-30T20:00+02:00', 6, FR_BUSINESS, '2026-05-02T02:00+02:00', 'skips 1 May'],
    ['2026-03-09T00:00+01:00', -1, FR_BUSINESS, '2026-03-07T23:00+01:00', 'backwards over Sunday'],
    ['2026-03-05T20:00+02:00', 6, IL_WORKING, '2026-03-08T02:00+02:00', 'CAL-03 Thursday → Sunday'],
    ['2026-09-17T12:00+03:00', 48, IL_WORKING, '2026-09-22T12:00+03:00', 'CAL-03 over Yom Kippur'],
  ])('CAL-02 $0 + $1 open hours = $3: $4', (from, n, opts, to) => {
    expect(addHours(at(from), n, opts)).toEqual(at(to));
  });

  // [requested at, done within 1 HO by, why]
  it.each([
    ['2026-03-05T10:00+01:00', '2026-03-05T11:00+01:00', 'inside the window'],
    ['2026-03-05T21:30+01:00', '2026-03-06T07:30+01:00', 'runs over the night'],
    ['2026-03-07T21:30+01:00', '2026-03-09T07:30+01:00', 'Saturday evening → Monday'],
    ['2026-03-08T12:00+01:00', '2026-03-09T08:00+01:00', 'from a Sunday'],
    ['2026-05-01T06:00+02:00', '2026-05-01T08:00+02:00', 'open on 1 May'],
    ['2026-03-28T21:30+01:00', '2026-03-30T07:30+02:00', 'over the DST change'],
  ])('ORD-02 ORD-03 1 HO (Reading 5) from %s is %s: %s', (from, to) => {
    expect(addHours(at(from), 1, { ...PARIS, window: ORANGE_CREATION })).toEqual(at(to));
  });

  it.each([Number.NaN, Infinity])('rejects the hour count %s', (n) => {
    expect(() => addHours(at('2026-03-02T10:00+01:00'), n, FR_BUSINESS)).toThrow(RangeError);
  });
});

describe('businessHoursBetween across DST', () => {
  // [from, to, open time, elapsed open hours, why]
  it.each<[string, string, HoursOptions, number, string]>([
    ['2026-03-29T00:00+01:00', '2026-03-30T00:00+02:00', PARIS_ALWAYS, 23, 'Paris spring-forward day'],
    ['2026-10-25T00:00+02:00', '2026-10-26T00:00+01:00', PARIS_ALWAYS, 25, 'Paris fall-back day'],
    ['2026-03-28T00:00+01:00', '2026-03-31T00:00+02:00', FR_BUSINESS, 48, 'Sat + Mon around it'],
    ['2026-10-24T00:00+02:00', '2026-10-27T00:00+01:00', FR_BUSINESS, 48, 'Sat + Mon around it'],
    ['2026-03-27T00:00+02:00', '2026-03-28T00:00+03:00', JERUSALEM_ALWAYS, 23, 'Jerusalem spring-forward'],
    ['2026-10-25T00:00+03:00', '2026-10-26T00:00+02:00', IL_WORKING, 25, 'a 25-hour working Sunday'],
    ['2026-10-22T12:00+03:00', '2026-10-26T12:00+02:00', IL_WORKING, 49, 'Thu 12 h + Sun 25 h + Mon 12 h'],
  ])('CAL-04 $0 → $1 counts $3 open hours: $4', (a, b, opts, hours) => {
    expect(businessHoursBetween(at(a), at(b), opts)).toBe(hours);
    expect(businessHoursBetween(at(b), at(a), opts)).toBe(-hours);
  });

  it('CAL-04 a 25-hour Israeli Sunday gives 25 working hours to addHours', () => {
    expect(addHours(at('2026-10-25T00:00+03:00'), 25, IL_WORKING)).toEqual(at('2026-10-26T00:00+02:00'));
  });
});

describe('opening windows (ORD-03)', () => {
  // [requested at, window, carried out at, why]
  it.each<[string, OpeningWindow, string, string]>([
    ['2026-05-09T21:30+02:00', ORANGE_CREATION, '2026-05-09T21:30+02:00', 'open: at once'],
    ['2026-05-09T22:00+02:00', ORANGE_CREATION, '2026-05-11T07:00+02:00', 'closes at 22:00 on Saturday'],
    ['2026-05-10T10:00+02:00', ORANGE_CREATION, '2026-05-11T07:00+02:00', 'closed on Sunday'],
    ['2026-05-11T05:00+02:00', ORANGE_CREATION, '2026-05-11T07:00+02:00', 'before opening'],
    ['2026-05-01T06:00+02:00', ORANGE_CREATION, '2026-05-01T07:00+02:00', 'opens on holidays'],
    ['2026-05-01T10:00+02:00', ORANGE_ESIM, '2026-05-04T09:00+02:00', 'eSIM closed on 1 May'],
    ['2026-05-04T17:30+02:00', ORANGE_ESIM, '2026-05-05T09:00+02:00', 'eSIM closes at 17:30'],
    ['2026-05-04T17:29:59+02:00', ORANGE_ESIM, '2026-05-04T17:29:59+02:00', 'eSIM still open'],
    ['2026-03-28T23:00+01:00', ORANGE_CREATION, '2026-03-30T07:00+02:00', 'over spring-forward'],
    ['2026-10-24T23:00+02:00', ORANGE_CREATION, '2026-10-26T07:00+01:00', 'over fall-back'],
  ])('ORD-03 a request at $0 is carried out at $2: $3', (when, window, next) => {
    expect(nextOpening(at(when), window, PARIS)).toEqual(at(next));
    expect(isOpen(at(when), window, PARIS)).toBe(when === next);
  });

  it.each<[OpeningWindow, RegExp]>([
    [{ ...ORANGE_CREATION, from: '7:00' }, /HH:mm/],
    [{ ...ORANGE_CREATION, to: '24:30' }, /HH:mm/],
    [{ ...ORANGE_CREATION, from: '22:00', to: '07:00' }, /end after it starts/],
    [{ ...ORANGE_CREATION, days: [] }, /no days/],
    [{ ...ORANGE_CREATION, days: [0 as 1] }, /1–7/],
  ])('rejects the malformed window %o', (window, error) => {
    expect(() => nextOpening(at('2026-05-04T10:00+02:00'), window, PARIS)).toThrow(error);
  });
});
