import { describe, expect, it } from 'vitest';
import { installerFigures, mean, median, visitInWindow, type ReferralFact } from './figures.ts';

const PARIS = 'Europe/Paris';
// 1 December 2026, 10:00 in Paris (09:00 UTC): day 0 of the window, days 15–20 are 16–21 December.
const SENT = new Date('2026-12-01T09:00:00Z');
const h = (hours: number) => new Date(SENT.getTime() + hours * 3_600_000);

const fact = (over: Partial<ReferralFact>): ReferralFact => ({
  installerId: 'a',
  referredAt: SENT,
  sentAt: SENT,
  contactedAt: null,
  visitDate: null,
  couponIssuedAt: null,
  couponReturnedAt: null,
  ...over,
});

describe('installer figures', () => {
  it.each([
    [[], null, null],
    [[5], 5, 5],
    [[1, 3], 2, 2],
    [[10, 1, 4], 4, 5],
    [[1, 2, 3, 50], 2.5, 14],
  ])('median and mean of %j are %s and %s', (values, med, avg) => {
    expect(median(values)).toBe(med);
    expect(mean(values)).toBe(avg);
  });

  it.each([
    ['2026-12-15', false, 'day 14 is before the window'],
    ['2026-12-16', true, 'day 15 opens it'],
    ['2026-12-21', true, 'day 20 closes it'],
    ['2026-12-22', false, 'day 21 is after it'],
  ])('REF-04 a visit on %s is in the day 15–20 window: %s (%s)', (date, inside) => {
    expect(visitInWindow(SENT, date, PARIS)).toBe(inside);
  });

  it('REF-04 the day count starts at the chain’s first referral, in the tenant’s zone', () => {
    // 23:30 in Paris on 1 December is already 2 December in Tokyo: day 0 moves with the zone.
    const late = new Date('2026-12-01T22:30:00Z');
    expect(visitInWindow(late, '2026-12-16', PARIS)).toBe(true);
    expect(visitInWindow(late, '2026-12-16', 'Asia/Tokyo')).toBe(false);
  });

  it('REF-04 contact within 48 clock hours: exactly 48 h is on time, 48 h + 1 s is not', () => {
    const [f] = installerFigures(
      ['a'],
      [
        fact({ contactedAt: h(2) }),
        fact({ contactedAt: h(48) }),
        fact({ contactedAt: new Date(h(48).getTime() + 1000) }),
        fact({ contactedAt: h(70) }),
      ],
      PARIS,
      h(100),
    );
    expect(f).toMatchObject({
      referrals: 4,
      contacted: 4,
      contactDue: 4,
      contactedWithin48h: 2,
      shareWithin48h: 0.5,
    });
    expect(f!.medianContactHours).toBeCloseTo((48 + 48 + 1 / 3600) / 2, 9);
    expect(f!.meanContactHours).toBeCloseTo((2 + 48 + 48 + 1 / 3600 + 70) / 4, 9);
  });

  it('REF-04 a referral still inside its 48 h counts neither for nor against the share (clock passed in)', () => {
    const open = [fact({ contactedAt: h(3) }), fact({})];
    const before = installerFigures(['a'], open, PARIS, h(47))[0]!;
    expect(before).toMatchObject({ referrals: 2, contactDue: 1, contactedWithin48h: 1, shareWithin48h: 1 });
    const after = installerFigures(['a'], open, PARIS, h(48.5))[0]!;
    expect(after).toMatchObject({ contactDue: 2, contactedWithin48h: 1, shareWithin48h: 0.5 });
    expect(installerFigures(['a'], [fact({})], PARIS, h(1))[0]!.shareWithin48h).toBeNull();
  });

  it('REF-04 REF-06 visits in the window, coupons issued and returned, per installer, installers without referral too', () => {
    const figures = installerFigures(
      ['a', 'b', 'c'],
      [
        fact({ installerId: 'a', contactedAt: h(1), visitDate: '2026-12-18', couponIssuedAt: h(400) }),
        fact({
          installerId: 'a',
          contactedAt: h(1),
          visitDate: '2026-12-10',
          couponIssuedAt: h(300),
          couponReturnedAt: h(500),
        }),
        fact({ installerId: 'b', contactedAt: h(30), visitDate: '2026-12-21' }),
        fact({ installerId: 'zzz' }),
      ],
      PARIS,
      h(600),
    );
    expect(figures.map((f) => [f.installerId, f.referrals, f.visitsBooked, f.visitsInWindow])).toEqual([
      ['a', 2, 2, 1],
      ['b', 1, 1, 1],
      ['c', 0, 0, 0],
    ]);
    expect(figures.map((f) => [f.couponsIssued, f.couponsReturned])).toEqual([
      [2, 1],
      [0, 0],
      [0, 0],
    ]);
    expect(figures[2]).toMatchObject({
      medianContactHours: null,
      meanContactHours: null,
      shareWithin48h: null,
    });
  });

  it('REF-04 a reassigned chain: the second installer’s 48 h run from its own e-mail, the window from the first', () => {
    const second = h(49);
    const [, b] = installerFigures(
      ['a', 'b'],
      [
        fact({ installerId: 'a' }),
        fact({
          installerId: 'b',
          sentAt: second,
          contactedAt: new Date(second.getTime() + 5 * 3_600_000),
          visitDate: '2026-12-16',
        }),
      ],
      PARIS,
      h(200),
    );
    expect(b).toMatchObject({
      medianContactHours: 5,
      contactedWithin48h: 1,
      shareWithin48h: 1,
      visitsInWindow: 1,
    });
  });
});
