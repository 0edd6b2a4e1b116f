import { describe, expect, it } from 'vitest';
import {
  billingMonth,
  monthlyCharges,
  monthlyPrice,
  priceKey,
  type BillableLine,
  type PriceBook,
} from './rules.ts';

const PARIS = 'Europe/Paris';
const at = (iso: string) => new Date(iso);
// December 2026 in Paris starts at 2026-11-30T23:00Z.
const DECEMBER = billingMonth(at('2026-12-01T08:00:00Z'), PARIS);

const prices: PriceBook = new Map([
  [priceKey('offer', 'orange-unlimited-5gb-blocked'), [{ component: 'monthly', amount: 700 }]],
  [priceKey('offer', 'orange-unlimited-10gb-blocked'), [{ component: 'monthly', amount: 800 }]],
  [
    priceKey('offer', 'orange-payg'),
    [
      { component: 'monthly_minimum', amount: 250 },
      { component: 'per_minute', amount: 10 },
    ],
  ],
  [priceKey('offer', 'orange-data-only-1gb'), [{ component: 'monthly', amount: null }]],
  [priceKey('option', 'orange-fixed-ip-internet-only'), [{ component: 'monthly', amount: 500 }]],
  [priceKey('option', 'orange-cutoff-usa-canada-0mb'), [{ component: 'monthly', amount: 0 }]],
  [priceKey('option', 'orange-esim'), [{ component: 'one_off', amount: 150 }]],
]);

function line(over: Partial<BillableLine> = {}): BillableLine {
  return {
    id: 'l1',
    accountId: 'a1',
    state: 'active',
    offerCode: 'orange-unlimited-5gb-blocked',
    activatedAt: at('2026-11-10T10:00:00Z'),
    terminatedAt: null,
    options: [],
    scheduled: [],
    ...over,
  };
}

const fixedIp = {
  id: 'o-ip',
  code: 'orange-fixed-ip-internet-only',
  status: 'active' as const,
  activatedAt: at('2026-11-10T10:00:00Z'),
  endedAt: null,
};

/** What monthlyCharges bills for one line in December: `item amount` strings, sorted. */
const billed = (l: BillableLine) =>
  monthlyCharges([l], prices, DECEMBER)
    .map((c) => `${c.itemCode} ${c.amountMinor}`)
    .sort();

describe('billingMonth', () => {
  it('CAL-06 the billing period is the calendar month in the tenant zone, not the Billing Day', () => {
    expect(DECEMBER).toEqual({
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
      startsAt: at('2026-11-30T23:00:00Z'),
    });
    // 23:30 UTC on 31 January is already February in Paris; leap-year February has 29 days.
    expect(billingMonth(at('2028-01-31T23:30:00Z'), PARIS)).toMatchObject({
      periodStart: '2028-02-01',
      periodEnd: '2028-02-29',
    });
    expect(billingMonth(at('2026-12-01T00:00:00Z'), 'Asia/Jerusalem').startsAt).toEqual(
      at('2026-11-30T22:00:00Z'),
    );
  });
});

describe('monthly charges', () => {
  it.each<[string, Partial<BillableLine>, string[]]>([
    [
      'CAT-01 an active line pays its offer and priced options in full',
      { options: [fixedIp] },
      ['orange-fixed-ip-internet-only 500', 'orange-unlimited-5gb-blocked 700'],
    ],
    [
      'ACT-01 a suspended line is still billed',
      { state: 'suspended', options: [fixedIp] },
      ['orange-fixed-ip-internet-only 500', 'orange-unlimited-5gb-blocked 700'],
    ],
    [
      'CAT-01 a line activated during the month is covered by its first month pro rata',
      { activatedAt: at('2026-12-03T09:00:00Z') },
      [],
    ],
    [
      'CAT-01 a line activated at 00:00 on the 1st is covered by its first month',
      { activatedAt: DECEMBER.startsAt },
      [],
    ],
    [
      'a line not activated yet (order in progress) pays nothing',
      { state: 'in_progress', activatedAt: null },
      [],
    ],
    ['a cancelled line pays nothing', { state: 'cancelled', activatedAt: null }, []],
    [
      'Reading 7 a line terminated before the month pays nothing for it',
      { state: 'terminated', terminatedAt: at('2026-11-20T10:00:00Z') },
      [],
    ],
    [
      'Reading 7 a termination at 00:00 on the 1st starts no month',
      { state: 'terminated', terminatedAt: DECEMBER.startsAt },
      [],
    ],
    [
      'Reading 7 a termination scheduled for 00:00 on the 1st, not run yet, starts no month either',
      { scheduled: [{ type: 'termination', target: null, effectiveAt: DECEMBER.startsAt }] },
      [],
    ],
    [
      'Reading 7 a line terminated after the month started owes it in full (a late run)',
      { state: 'terminated', terminatedAt: at('2026-12-05T10:00:00Z') },
      ['orange-unlimited-5gb-blocked 700'],
    ],
    [
      'Reading 7 a termination scheduled later in the month does not stop the month',
      { scheduled: [{ type: 'termination', target: null, effectiveAt: at('2026-12-15T23:00:00Z') }] },
      ['orange-unlimited-5gb-blocked 700'],
    ],
    [
      'ACT-03 a plan change due on the 1st bills the new offer, even before the worker ran it',
      {
        scheduled: [
          { type: 'plan_change', target: 'orange-unlimited-10gb-blocked', effectiveAt: DECEMBER.startsAt },
        ],
      },
      ['orange-unlimited-10gb-blocked 800'],
    ],
    [
      'ACT-03 a plan change due on the 1st of the next month does not change this month',
      {
        scheduled: [
          {
            type: 'plan_change',
            target: 'orange-unlimited-10gb-blocked',
            effectiveAt: at('2026-12-31T23:00:00Z'),
          },
        ],
      },
      ['orange-unlimited-5gb-blocked 700'],
    ],
    [
      'ACT-05 an Orange option ending at 00:00 on the 1st is not billed for the month',
      {
        options: [{ ...fixedIp, status: 'terminated', endedAt: DECEMBER.startsAt }],
      },
      ['orange-unlimited-5gb-blocked 700'],
    ],
    [
      'ACT-05 an option end scheduled for the 1st, not run yet, is not billed either',
      {
        options: [fixedIp],
        scheduled: [{ type: 'option_termination', target: 'o-ip', effectiveAt: DECEMBER.startsAt }],
      },
      ['orange-unlimited-5gb-blocked 700'],
    ],
    [
      'CAT-01 an option ended after the month started owes the started month',
      { options: [{ ...fixedIp, status: 'terminated', endedAt: at('2026-12-10T10:00:00Z') }] },
      ['orange-fixed-ip-internet-only 500', 'orange-unlimited-5gb-blocked 700'],
    ],
    [
      'CAT-01 an option added during the month is covered by its own first month',
      { options: [{ ...fixedIp, activatedAt: at('2026-12-02T10:00:00Z') }] },
      ['orange-unlimited-5gb-blocked 700'],
    ],
    [
      'an option still pending is not billed',
      { options: [{ ...fixedIp, status: 'pending', activatedAt: null }] },
      ['orange-unlimited-5gb-blocked 700'],
    ],
    [
      'CAT-11 one-off fees and free options write no monthly charge',
      {
        options: [
          { ...fixedIp, id: 'o-esim', code: 'orange-esim' },
          { ...fixedIp, id: 'o-cut', code: 'orange-cutoff-usa-canada-0mb' },
        ],
      },
      ['orange-unlimited-5gb-blocked 700'],
    ],
    [
      'CAT-09 a pay-as-you-go line pays no minimum in advance (billed in arrears at the usage close)',
      { offerCode: 'orange-payg' },
      [],
    ],
    ['a price "to be set" writes nothing', { offerCode: 'orange-data-only-1gb' }, []],
    ['an item without any price writes nothing', { offerCode: 'unknown-offer' }, []],
  ])('%s', (_name, over, expected) => {
    expect(billed(line(over))).toEqual(expected);
  });

  it('CAT-01 each charge covers the whole calendar month, per line and account', () => {
    const charges = monthlyCharges(
      [line(), line({ id: 'l2', accountId: 'a2', state: 'suspended' })],
      prices,
      DECEMBER,
    );
    expect(charges).toEqual([
      {
        lineId: 'l1',
        accountId: 'a1',
        itemType: 'offer',
        itemCode: 'orange-unlimited-5gb-blocked',
        amountMinor: 700,
        monthlyMinor: 700,
        periodStart: '2026-12-01',
        periodEnd: '2026-12-31',
      },
      {
        lineId: 'l2',
        accountId: 'a2',
        itemType: 'offer',
        itemCode: 'orange-unlimited-5gb-blocked',
        amountMinor: 700,
        monthlyMinor: 700,
        periodStart: '2026-12-01',
        periodEnd: '2026-12-31',
      },
    ]);
  });

  it('CAT-09 only a monthly price is a monthly price (a minimum is not); 0 and "to be set" are no price', () => {
    expect(monthlyPrice([{ component: 'monthly_minimum', amount: 250 }])).toBeNull();
    expect(
      monthlyPrice([
        { component: 'monthly_minimum', amount: 250 },
        { component: 'monthly', amount: 200 },
      ]),
    ).toBe(200);
    expect(monthlyPrice([{ component: 'monthly', amount: 0 }])).toBeNull();
    expect(monthlyPrice([{ component: 'monthly', amount: null }])).toBeNull();
    expect(monthlyPrice([{ component: 'one_off', amount: 150 }])).toBeNull();
  });
});
