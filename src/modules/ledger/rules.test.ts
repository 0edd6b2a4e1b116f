import { describe, expect, it } from 'vitest';
import { activationCharges } from './rules.ts';

describe('activation charges', () => {
  it('CAT-01 Reading 7 the first month pro rata from the activation day; CAT-11 the eSIM fee once', () => {
    const charges = activationCharges(
      [
        {
          itemType: 'offer',
          code: 'orange-unlimited-5gb-blocked',
          prices: [{ component: 'monthly', amount: 700 }],
        },
        { itemType: 'option', code: 'orange-esim', prices: [{ component: 'one_off', amount: 150 }] },
        {
          itemType: 'option',
          code: 'orange-cutoff-usa-canada-0mb',
          prices: [{ component: 'monthly', amount: 0 }],
        },
      ],
      '2026-04-20',
      'EUR',
      false,
    );
    expect(charges).toEqual([
      {
        kind: 'first_month',
        itemType: 'offer',
        itemCode: 'orange-unlimited-5gb-blocked',
        // 11 days of 30 (20 April included): 700 × 11 / 30 = 256.67 → 257.
        amountMinor: 257,
        monthlyMinor: 700,
        periodStart: '2026-04-20',
        periodEnd: '2026-04-30',
      },
      {
        kind: 'one_off',
        itemType: 'option',
        itemCode: 'orange-esim',
        amountMinor: 150,
        monthlyMinor: null,
        periodStart: null,
        periodEnd: null,
      },
    ]);
  });

  it('a line activated on the 1st pays the whole month; February of a leap year has 29 days', () => {
    const items = [
      { itemType: 'offer' as const, code: 'o', prices: [{ component: 'monthly', amount: 2900 }] },
    ];
    expect(activationCharges(items, '2026-05-01', 'EUR', false)[0]).toMatchObject({
      amountMinor: 2900,
      periodEnd: '2026-05-31',
    });
    expect(activationCharges(items, '2028-02-29', 'EUR', false)[0]).toMatchObject({
      amountMinor: 100,
      periodEnd: '2028-02-29',
    });
  });
});

describe('activation charges of pay-as-you-go', () => {
  it('CAT-09 a pay-as-you-go line’s monthly minimum is not charged at activation (billed in arrears)', () => {
    const items = [
      {
        itemType: 'offer' as const,
        code: 'orange-payg',
        prices: [
          { component: 'monthly_minimum', amount: 250 },
          { component: 'per_minute', amount: 10 },
        ],
      },
    ];
    expect(activationCharges(items, '2026-11-15', 'EUR', false)).toEqual([]);
  });

  it('CAT-09 an item with a monthly price is charged on it, not on a minimum as well', () => {
    const items = [
      {
        itemType: 'offer' as const,
        code: 'o',
        prices: [
          { component: 'monthly', amount: 300 },
          { component: 'monthly_minimum', amount: 250 },
        ],
      },
    ];
    expect(activationCharges(items, '2026-11-01', 'EUR', false).map((c) => c.amountMinor)).toEqual([300]);
  });
});
