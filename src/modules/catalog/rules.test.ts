import { describe, expect, it } from 'vitest';
import { CATALOG_2026_01 } from './data/catalog-2026-01.ts';
import { namedRefusal, openingWindowOf, planChange, sessionLimitOf } from './rules.ts';
import { catalogOffer, catalogOption } from '../../../test/support/catalog.ts';

/** Plan changes, the catalog facts the rules read, and refusals that name catalog items. */

const C = CATALOG_2026_01;
const offer = catalogOffer;
const option = catalogOption;

describe('plan changes (ACT-03, ACT-04)', () => {
  it.each([
    [
      'ACT-03 upgrade to a larger envelope of the same range',
      'orange-unlimited-10gb-blocked',
      'orange-unlimited-50gb-blocked',
      'upgrade',
    ],
    ['ACT-03 downgrade', 'orange-data-only-100gb-unblocked', 'orange-data-only-10gb-unblocked', 'downgrade'],
    ['ACT-03 Travel upgrade', 'orange-travel-20gb', 'orange-travel-100gb', 'upgrade'],
    [
      'ACT-04 migration blocked to unblocked',
      'bouygues-unlimited-10gb-blocked',
      'bouygues-unlimited-10gb-unblocked',
      'migration',
    ],
    [
      'ACT-04 migration unblocked to blocked (M2M)',
      'orange-m2m-25mb-unblocked',
      'orange-m2m-25mb-blocked',
      'migration',
    ],
    [
      'ACT-04 no change of range (data-only to unlimited)',
      'orange-data-only-10gb-blocked',
      'orange-unlimited-10gb-blocked',
      'catalog.change_range',
    ],
    [
      'ACT-04 no change of range (unlimited to data-only)',
      'orange-unlimited-10gb-blocked',
      'orange-data-only-10gb-blocked',
      'catalog.change_range',
    ],
    [
      'ACT-04 CAT-06 no Travel to classic',
      'orange-travel-20gb',
      'orange-unlimited-30gb-unblocked',
      'catalog.change_travel_to_classic',
    ],
    [
      'ACT-04 no plan to pay-as-you-go',
      'orange-unlimited-1gb-blocked',
      'orange-payg',
      'catalog.change_to_payg',
    ],
    [
      'ACT-04 no data-only to data pay-as-you-go',
      'bouygues-data-only-10gb-blocked',
      'bouygues-data-payg',
      'catalog.change_to_payg',
    ],
    ['ACT-04 no payg to data payg', 'orange-payg', 'orange-data-payg', 'catalog.change_range'],
    [
      'no change of network',
      'orange-unlimited-10gb-blocked',
      'bouygues-unlimited-50gb-blocked',
      'catalog.change_network',
    ],
    ['the same offer', 'orange-payg', 'orange-payg', 'catalog.change_same_offer'],
  ])('%s', (_name, from, to, expected) => {
    const r = planChange(offer(from), offer(to));
    expect(r.ok ? r.kind : r.refusal.code).toBe(expected);
  });
});

describe('catalog facts the rules need', () => {
  it('CAT-03 CAT-16 CAT-17 5G: Orange from 50 GB, Bouygues on all plans, pay-as-you-go everywhere, M2M never', () => {
    expect(offer('orange-unlimited-30gb-blocked').fiveG).toBe(false);
    expect(offer('orange-unlimited-50gb-blocked').fiveG).toBe(true);
    expect(offer('orange-data-only-20gb-blocked').fiveG).toBe(false);
    expect(offer('orange-data-only-50gb-unblocked').fiveG).toBe(true);
    expect(offer('bouygues-unlimited-nodata-blocked').fiveG).toBe(true);
    expect(offer('bouygues-data-only-1gb-blocked').fiveG).toBe(true);
    expect(offer('orange-payg').fiveG && offer('bouygues-data-payg').fiveG).toBe(true);
    expect(offer('orange-travel-20gb').fiveG).toBe(true); // CAT-06
    expect(C.offers.filter((o) => o.range === 'm2m').every((o) => !o.fiveG)).toBe(true); // CAT-10
  });

  it('CAT-02 CAT-07 CAT-10 every offer of the seed exists per network', () => {
    const count = (network: string, range: string) =>
      C.offers.filter((o) => o.network === network && o.range === range).length;
    expect([count('orange', 'unlimited'), count('bouygues', 'unlimited')]).toEqual([18, 18]);
    expect([count('orange', 'data_only'), count('bouygues', 'data_only')]).toEqual([18, 18]);
    expect([count('orange', 'travel'), count('bouygues', 'travel')]).toEqual([4, 0]); // Reading 8
    expect([count('orange', 'm2m'), count('bouygues', 'm2m')]).toEqual([10, 0]); // CAT-10
    expect([count('orange', 'payg'), count('bouygues', 'payg')]).toEqual([1, 1]);
    expect([count('orange', 'data_payg'), count('bouygues', 'data_payg')]).toEqual([1, 1]);
  });

  it('CAT-04 CAT-08 Reading 8 Reading 10 prices as the seed gives them', () => {
    const amount = (code: string, component = 'monthly') =>
      offer(code).prices.find((p) => p.component === component)?.amount;
    expect(
      [0, 1, 5, 10, 30, 50, 100, 250, 500].map((g) =>
        amount(`orange-unlimited-${g === 0 ? 'nodata' : `${g}gb`}-unblocked`),
      ),
    ).toEqual(['4', '7.50', '7', '8', '10.50', '13', '20', '60', '125']);
    expect(amount('orange-unlimited-500gb-blocked')).toBe('125'); // Reading 9
    expect(
      ['10gb', '20gb', '50gb', '100gb', '150gb', '200gb', '500gb', '1tb'].map((v) =>
        amount(`orange-data-only-${v}-blocked`),
      ),
    ).toEqual(['6', '9', '12', '20', '30', '40', '110', '220']);
    expect(amount('orange-data-only-1gb-unblocked')).toBeNull(); // Reading 9
    expect(['20gb', '30gb', '50gb', '100gb'].map((v) => amount(`orange-travel-${v}`))).toEqual([
      '20',
      '30',
      '50',
      '90',
    ]);
    expect([10, 25, 100, 250, 500].map((mb) => amount(`orange-m2m-${mb}mb-blocked`))).toEqual([
      '0.60',
      '0.80',
      '1',
      '1.40',
      null,
    ]);
    // CAT-09: pay-as-you-go minimum 2.50 € on both; data payg 2.50 € Orange, 2 € Bouygues; tiers to be set.
    expect(amount('orange-payg', 'monthly_minimum')).toBe('2.50');
    expect(amount('bouygues-payg', 'monthly_minimum')).toBe('2.50');
    expect(amount('orange-data-payg')).toBe('2.50');
    expect(amount('bouygues-data-payg')).toBe('2');
    expect(amount('bouygues-data-payg', 'per_mb_tiers')).toBeNull();
  });

  it('CAT-11 CAT-12 CAT-15 option prices', () => {
    const amount = (code: string) => option(code).prices[0]?.amount;
    expect(option('orange-esim').prices).toEqual([
      expect.objectContaining({ component: 'one_off', amount: '1.50' }),
    ]);
    expect(C.options.some((o) => o.kind === 'esim' && o.network === 'bouygues')).toBe(false);
    expect(amount('orange-fixed-ip-internet-only')).toBe('5');
    expect(amount('bouygues-fixed-ip-internet-only')).toBe('2');
    expect(amount('orange-fixed-ip-partner-l2tp')).toBe('0');
    expect(option('orange-fixed-ip-partner-l2tp').partnerOnly).toBe('init_sys');
    expect(amount('orange-roaming-usa-canada-data-3gb')).toBe('10');
    expect([1, 3, 5, 10, 20, 30].map((g) => amount(`orange-roaming-maghreb-turkey-data-${g}gb`))).toEqual([
      '10',
      '25',
      '45',
      '85',
      '165',
      '250',
    ]);
    expect([1, 2, 3, 5, 10].map((g) => amount(`orange-roaming-rest-of-world-data-${g}gb`))).toEqual([
      '25',
      '50',
      '75',
      '125',
      '250',
    ]);
    expect([1, 2, 3, 5, 10].map((g) => amount(`orange-roaming-rest-of-world-voice-data-${g}gb`))).toEqual([
      '60',
      '85',
      '110',
      '160',
      '290',
    ]);
    // CAT-13: VoWiFi and VoLTE are free.
    expect(['orange-vowifi', 'orange-volte', 'bouygues-vowifi', 'bouygues-volte'].map(amount)).toEqual([
      '0',
      '0',
      '0',
      '0',
    ]);
  });

  it('USE-05 USE-08 cut-off values per zone', () => {
    const orange = C.options
      .filter((o) => o.kind === 'cutoff' && o.zone === 'rest_of_world')
      .map((o) => o.volumeMb);
    expect(orange).toEqual([0, 500, 1024, 5 * 1024, 10 * 1024, 30 * 1024, 50 * 1024]);
    const bouygues = C.options
      .filter((o) => o.kind === 'cutoff' && o.zone === 'europe')
      .map((o) => o.cutoffEuros);
    expect(bouygues).toEqual([0, 50, 100, 200]);
  });

  it('ORD-09 zones chosen at order: three on classic Orange, two on Travel, Europe/World on Bouygues', () => {
    expect(offer('orange-unlimited-1gb-blocked').roamingZonesAtOrder).toEqual([
      'usa_canada',
      'maghreb_turkey',
      'rest_of_world',
    ]);
    expect(offer('orange-travel-20gb').roamingZonesAtOrder).toEqual(['maghreb_turkey', 'rest_of_world']);
    expect(offer('bouygues-unlimited-1gb-blocked').roamingZonesAtOrder).toEqual(['europe', 'world']);
    expect(offer('orange-data-only-10gb-blocked').roamingZonesAtOrder).toEqual([]);
  });

  it('CAT-07 CAT-10 number length and session limit', () => {
    expect(offer('orange-data-only-10gb-blocked').numberLength).toBe(14);
    expect(offer('orange-m2m-10mb-blocked').numberLength).toBe(14);
    expect(offer('bouygues-data-only-10gb-blocked').numberLength).toBe(10);
    expect(offer('orange-unlimited-10gb-blocked').numberLength).toBe(10);
    const b = offer('bouygues-data-only-10gb-blocked');
    expect(sessionLimitOf(b, [])).toBe(256);
    expect(sessionLimitOf(b, [option('bouygues-fixed-ip-internet-only')])).toBeNull();
    expect(sessionLimitOf(offer('orange-data-only-10gb-blocked'), [])).toBeNull();
  });

  it('ORD-03 opening hours per network and request type', () => {
    expect(openingWindowOf(C, 'orange', 'creation')).toEqual({
      days: [1, 2, 3, 4, 5, 6],
      from: '07:00',
      to: '22:00',
      holidaysOpen: true,
    });
    expect(openingWindowOf(C, 'orange', 'sim_swap')).toEqual(openingWindowOf(C, 'orange', 'creation'));
    expect(openingWindowOf(C, 'orange', 'esim_creation')).toMatchObject({
      days: [1, 2, 3, 4, 5],
      from: '09:00',
      to: '17:30',
    });
    expect(openingWindowOf(C, 'bouygues', 'creation')).toMatchObject({
      days: [1, 2, 3, 4, 5, 6, 7],
      from: '00:00',
      to: '24:00',
    });
    expect(openingWindowOf(C, 'bouygues', 'esim_creation')).toBeNull();
  });
});

describe('refusals read by an agent name catalog items, not codes', () => {
  const names = new Map(C.options.map((o) => [o.code, o.name.fr]));
  it('CAT-13 the option, the item and the current option are named; other params and unknown codes stay', () => {
    expect(
      namedRefusal(
        {
          code: 'line.option_group_taken',
          params: { option: 'orange-vowifi', current: 'orange-volte', zone: 'europe', item: 'unknown-x' },
        },
        (c) => names.get(c),
      ),
    ).toEqual({
      code: 'line.option_group_taken',
      params: {
        option: 'Voix sur Wi-Fi (VoWiFi)',
        current: 'Voix sur 4G (VoLTE)',
        zone: 'europe',
        item: 'unknown-x',
      },
    });
    expect(namedRefusal({ code: 'line.not_active' }, () => 'x')).toEqual({ code: 'line.not_active' });
  });
});
