import { describe, expect, it } from 'vitest';
import { CATALOG_2026_01 } from './data/catalog-2026-01.ts';
import type { OfferDef, OptionDef } from './model.ts';
import {
  checkPriceEffectiveDate,
  isPriceSet,
  namedRefusal,
  openingWindowOf,
  optionAllowed,
  orderableOffer,
  planChange,
  priceAt,
  rechargeAllowed,
  sessionLimitOf,
  type PriceCandidate,
  type PricedItem,
} from './rules.ts';
import { catalogOffer, catalogOption } from '../../../test/support/catalog.ts';

const C = CATALOG_2026_01;
const offer = catalogOffer;
const option = catalogOption;
/** An item with the catalog's prices turned into candidates (amount in cents). */
function priced<T extends OfferDef | OptionDef>(
  item: T,
  overrides: Record<string, number | null> = {},
): Omit<T, 'prices'> & PricedItem {
  const prices: PricedItem['prices'] = item.prices.map((p) => ({
    component: p.component,
    amount:
      p.component in overrides
        ? (overrides[p.component] ?? null)
        : p.amount === null
          ? null
          : Math.round(Number(p.amount) * 100),
    tiers: null,
  }));
  // The spread replaces the catalog's decimal prices with candidates in cents.
  return { ...item, prices } as Omit<T, 'prices'> & PricedItem;
}

describe('prices in effect (versioning)', () => {
  const at = (iso: string) => new Date(iso);
  const cand = (
    effectiveFrom: string,
    amount: number | null,
    origin: 'catalog' | 'tenant' = 'catalog',
    createdAt = '2026-01-01T00:00:00Z',
  ): PriceCandidate => ({
    component: 'monthly',
    amount,
    tiers: null,
    effectiveFrom: at(effectiveFrom),
    origin,
    createdAt: at(createdAt),
  });
  const reference = cand('2025-12-31T23:00:00Z', null);
  const tenantNov = cand('2026-11-23T00:00:00Z', 490, 'tenant', '2026-11-23T09:00:00Z');
  const tenantJan = cand('2027-01-01T00:00:00Z', 550, 'tenant', '2026-11-23T10:00:00Z');
  const tenantJanLater = cand('2027-01-01T00:00:00Z', 560, 'tenant', '2026-11-24T10:00:00Z');
  it.each([
    ['before any version: nothing', '2025-06-01T00:00:00Z', [reference], undefined],
    ['the reference price from its start', '2026-01-01T00:00:00Z', [reference, tenantNov], null],
    ['the tenant version from its instant', '2026-11-23T00:00:00Z', [reference, tenantNov, tenantJan], 490],
    ['a future version is not yet in effect', '2026-12-31T22:59:59Z', [reference, tenantNov, tenantJan], 490],
    ['the latest effective version wins', '2027-02-01T00:00:00Z', [reference, tenantNov, tenantJan], 550],
    [
      'same instant: the later-created tenant version wins',
      '2027-02-01T00:00:00Z',
      [tenantJanLater, tenantJan],
      560,
    ],
    [
      'same instant: a tenant version beats the catalog',
      '2027-02-01T00:00:00Z',
      [cand('2027-01-01T00:00:00Z', 999), tenantJan],
      550,
    ],
  ])('%s', (_name, instant, candidates, expected) => {
    expect(priceAt(candidates, at(instant))?.amount).toBe(expected);
  });

  it('a price is set when it has an amount, or tiers for the tiered component (CAT-09, Reading 9)', () => {
    expect(isPriceSet({ component: 'monthly', amount: 0, tiers: null })).toBe(true);
    expect(isPriceSet({ component: 'monthly', amount: null, tiers: null })).toBe(false);
    expect(isPriceSet({ component: 'per_mb_tiers', amount: null, tiers: [] })).toBe(false);
    expect(isPriceSet({ component: 'per_mb_tiers', amount: null, tiers: [{ fromMb: 500, perMb: 1 }] })).toBe(
      true,
    );
  });

  it.each([
    ['today', '2026-11-23', null],
    ['tomorrow', '2026-11-24', null],
    ['yesterday', '2026-11-22', 'catalog.price_in_past'],
  ])('a price version starting %s', (_n, date, expected) => {
    expect(checkPriceEffectiveDate(date, '2026-11-23')?.code ?? null).toBe(expected);
  });
});

describe('options allowed on an offer', () => {
  it.each([
    // CAT-11: eSIM is Orange only.
    ['CAT-11 eSIM on Orange unlimited', 'orange-unlimited-10gb-blocked', 'orange-esim', null],
    ['CAT-11 eSIM on Orange data-only', 'orange-data-only-10gb-unblocked', 'orange-esim', null],
    [
      'CAT-11 no eSIM on Bouygues',
      'bouygues-unlimited-10gb-blocked',
      'orange-esim',
      'catalog.option_wrong_network',
    ],
    // CAT-12 + Reading 12: Orange fixed IP on blocked data plans and pay-as-you-go only.
    [
      'CAT-12 fixed IP on Orange blocked unlimited',
      'orange-unlimited-10gb-blocked',
      'orange-fixed-ip-internet-only',
      null,
    ],
    [
      'CAT-12 Reading 12 no fixed IP on Orange unblocked',
      'orange-unlimited-10gb-unblocked',
      'orange-fixed-ip-internet-only',
      'catalog.option_blocked_plans_only',
    ],
    [
      'CAT-12 fixed IP on Orange blocked data-only',
      'orange-data-only-50gb-blocked',
      'orange-fixed-ip-partner-l2tp',
      null,
    ],
    ['CAT-12 fixed IP on Orange pay-as-you-go', 'orange-payg', 'orange-fixed-ip-internet-only', null],
    [
      'CAT-12 fixed IP on Orange data pay-as-you-go',
      'orange-data-payg',
      'orange-fixed-ip-internet-only',
      null,
    ],
    [
      'CAT-12 no fixed IP on an Orange plan without data',
      'orange-unlimited-nodata-blocked',
      'orange-fixed-ip-internet-only',
      'catalog.option_needs_data',
    ],
    [
      'CAT-10 CAT-12 fixed IP on blocked M2M',
      'orange-m2m-10mb-blocked',
      'orange-fixed-ip-internet-only',
      null,
    ],
    [
      'CAT-12 no fixed IP on Travel (unblocked)',
      'orange-travel-20gb',
      'orange-fixed-ip-internet-only',
      'catalog.option_wrong_range',
    ],
    [
      'CAT-12 Bouygues fixed IP on unblocked',
      'bouygues-unlimited-10gb-unblocked',
      'bouygues-fixed-ip-internet-only',
      null,
    ],
    ['CAT-12 Bouygues fixed IP on pay-as-you-go', 'bouygues-payg', 'bouygues-fixed-ip-internet-only', null],
    [
      'CAT-12 Bouygues option on Orange',
      'orange-payg',
      'bouygues-fixed-ip-internet-only',
      'catalog.option_wrong_network',
    ],
    // CAT-15: Orange roaming options on unlimited voice + data plans.
    [
      'CAT-15 roaming option on Orange unlimited',
      'orange-unlimited-5gb-unblocked',
      'orange-roaming-usa-canada-data-3gb',
      null,
    ],
    [
      'CAT-15 no roaming option without data',
      'orange-unlimited-nodata-unblocked',
      'orange-roaming-maghreb-turkey-data-1gb',
      'catalog.option_needs_data',
    ],
    [
      'CAT-07 no roaming on data-only',
      'orange-data-only-10gb-blocked',
      'orange-roaming-maghreb-turkey-data-1gb',
      'catalog.option_wrong_range',
    ],
    // CAT-18: Travel takes Maghreb+Turkey and rest-of-world options; USA/Canada is included.
    ['CAT-18 Travel Maghreb option', 'orange-travel-30gb', 'orange-roaming-maghreb-turkey-data-3gb', null],
    [
      'CAT-18 Travel voice+data rest of world',
      'orange-travel-30gb',
      'orange-roaming-rest-of-world-voice-data-1gb',
      null,
    ],
    [
      'CAT-18 Travel has no USA/Canada option',
      'orange-travel-30gb',
      'orange-roaming-usa-canada-data-3gb',
      'catalog.option_wrong_range',
    ],
    ['CAT-18 Travel cut-off rest of world', 'orange-travel-30gb', 'orange-cutoff-rest-of-world-500mb', null],
    // USE-05: Bouygues cut-offs in euros on unlimited plans.
    [
      'USE-05 Bouygues Europe cut-off',
      'bouygues-unlimited-nodata-blocked',
      'bouygues-cutoff-europe-0eur',
      null,
    ],
    // CAT-14: the option lists per network; visual voicemail needs data.
    ['CAT-14 Orange conference on Travel', 'orange-travel-20gb', 'orange-conference', null],
    [
      'CAT-14 visual voicemail needs data',
      'orange-unlimited-nodata-blocked',
      'orange-visual-voicemail',
      'catalog.option_needs_data',
    ],
    [
      'CAT-14 Bouygues international block',
      'bouygues-unlimited-1gb-blocked',
      'bouygues-international-voice-block',
      null,
    ],
    [
      'CAT-07 no voice option on data-only',
      'bouygues-data-only-10gb-blocked',
      'bouygues-international-voice-block',
      'catalog.option_wrong_range',
    ],
    // CAT-13: VoWiFi/VoLTE on voice plans of both networks.
    ['CAT-13 VoLTE on Bouygues', 'bouygues-unlimited-1gb-blocked', 'bouygues-volte', null],
  ])('%s', (_name, offerCode, optionCode, expected) => {
    expect(optionAllowed(offer(offerCode), option(optionCode))?.code ?? null).toBe(expected);
  });
});

describe('recharges (CAT-02, CAT-03, CAT-07, CAT-09, CAT-10, CAT-16)', () => {
  it.each([
    [
      'CAT-03 Orange: any recharge on an unblocked plan',
      'orange-unlimited-10gb-unblocked',
      'orange-recharge-unlimited-50gb',
      null,
    ],
    [
      'CAT-03 Orange: recharge even on a blocked plan',
      'orange-unlimited-10gb-blocked',
      'orange-recharge-unlimited-1gb',
      null,
    ],
    [
      'CAT-03 Bouygues blocked: any recharge',
      'bouygues-unlimited-10gb-blocked',
      'bouygues-recharge-unlimited-500gb',
      null,
    ],
    [
      'CAT-03 Bouygues unblocked: only its own volume',
      'bouygues-unlimited-10gb-unblocked',
      'bouygues-recharge-unlimited-5gb',
      'catalog.recharge_same_volume_only',
    ],
    [
      'CAT-03 Bouygues unblocked: its own volume',
      'bouygues-unlimited-10gb-unblocked',
      'bouygues-recharge-unlimited-10gb',
      null,
    ],
    [
      'CAT-16 Bouygues unblocked data-only: own volume only',
      'bouygues-data-only-150gb-unblocked',
      'bouygues-recharge-data-only-1gb',
      'catalog.recharge_same_volume_only',
    ],
    [
      'CAT-16 Orange data-only unblocked: any',
      'orange-data-only-150gb-unblocked',
      'orange-recharge-data-only-1tb',
      null,
    ],
    [
      'CAT-07 data-only takes data-only steps, not unlimited ones',
      'orange-data-only-10gb-blocked',
      'orange-recharge-unlimited-5gb',
      'catalog.recharge_not_available',
    ],
    ['CAT-10 M2M recharge 50 MB', 'orange-m2m-10mb-unblocked', 'orange-recharge-m2m-50mb', null],
    ['CAT-09 pay-as-you-go recharge', 'bouygues-data-payg', 'bouygues-recharge-payg-100gb', null],
    [
      'a recharge of the other network',
      'bouygues-unlimited-10gb-blocked',
      'orange-recharge-unlimited-10gb',
      'catalog.option_wrong_network',
    ],
    ['not a recharge', 'orange-unlimited-10gb-blocked', 'orange-esim', 'catalog.recharge_not_available'],
  ])('%s', (_name, offerCode, rechargeCode, expected) => {
    expect(rechargeAllowed(offer(offerCode), option(rechargeCode))?.code ?? null).toBe(expected);
  });

  it('CAT-03 a Bouygues unblocked plan without data takes no recharge', () => {
    expect(offer('bouygues-unlimited-nodata-unblocked').recharge).toBe('none');
    expect(
      rechargeAllowed(offer('bouygues-unlimited-nodata-unblocked'), option('bouygues-recharge-unlimited-1gb'))
        ?.code,
    ).toBe('catalog.recharge_not_available');
  });
});

describe('orderable offers (price "à définir" blocks ordering)', () => {
  const cutoffs = [
    'orange-cutoff-usa-canada-0mb',
    'orange-cutoff-maghreb-turkey-0mb',
    'orange-cutoff-rest-of-world-0mb',
  ];
  it.each([
    ['CAT-04 an Orange unlimited plan with its three zones', 'orange-unlimited-50gb-blocked', cutoffs, null],
    [
      'ORD-09 a zone without a choice',
      'orange-unlimited-50gb-blocked',
      cutoffs.slice(0, 2),
      'catalog.roaming_choice_required',
    ],
    [
      'ORD-09 two choices for one zone',
      'orange-unlimited-50gb-blocked',
      [...cutoffs, 'orange-roaming-usa-canada-data-3gb'],
      'catalog.option_conflict',
    ],
    [
      'CAT-15 a priced roaming option',
      'orange-unlimited-50gb-blocked',
      ['orange-roaming-usa-canada-data-3gb', ...cutoffs.slice(1)],
      null,
    ],
    [
      'CAT-15 a roaming option whose price is "à définir"',
      'orange-unlimited-50gb-blocked',
      ['orange-roaming-usa-canada-data-5gb', ...cutoffs.slice(1)],
      'catalog.price_to_be_set',
    ],
    ['Reading 9 data-only 1 GB has no price', 'orange-data-only-1gb-blocked', [], 'catalog.price_to_be_set'],
    ['CAT-08 data-only 10 GB is priced', 'orange-data-only-10gb-blocked', [], null],
    ['Reading 10 M2M 500 MB has no price', 'orange-m2m-500mb-blocked', [], 'catalog.price_to_be_set'],
    ['Reading 10 M2M 250 MB is priced', 'orange-m2m-250mb-unblocked', [], null],
    ['CAT-11 eSIM fee 1.50 € is priced', 'orange-data-only-10gb-blocked', ['orange-esim'], null],
    ['CAT-11 eSIM on Bouygues refused', 'bouygues-payg', ['orange-esim'], 'catalog.option_wrong_network'],
    ['CAT-09 data payg tiers "à définir"', 'orange-data-payg', [], 'catalog.price_to_be_set'],
    ['CAT-13 VoWiFi is not ordered', 'orange-payg', ['orange-vowifi'], 'catalog.option_handset_activated'],
    [
      'CAT-12 one fixed-IP delivery only',
      'orange-data-only-10gb-blocked',
      ['orange-fixed-ip-internet-only', 'orange-fixed-ip-partner-l2tp'],
      'catalog.option_conflict',
    ],
    [
      'CAT-12 CAT-20 partner-platform delivery needs the Init Sys partnership (none here)',
      'orange-unlimited-50gb-blocked',
      [...cutoffs, 'orange-fixed-ip-partner-l2tp'],
      'line.option_partner_only',
    ],
    [
      'CAT-12 fixed IP on an unblocked Orange plan',
      'orange-data-only-10gb-unblocked',
      ['orange-fixed-ip-internet-only'],
      'catalog.option_blocked_plans_only',
    ],
  ])('%s', (_name, offerCode, optionCodes, expected) => {
    const refusal = orderableOffer(
      priced(offer(offerCode)),
      optionCodes.map((c) => priced(option(c))),
    );
    expect(refusal?.code ?? null).toBe(expected);
  });

  it('CAT-12 CAT-20 an Init Sys partner orders partner-platform delivery (free)', () => {
    const opts = [...cutoffs, 'orange-fixed-ip-partner-l2tp'].map((c) => priced(option(c)));
    expect(orderableOffer(priced(offer('orange-unlimited-50gb-blocked')), opts, ['init_sys'])).toBeNull();
    expect(orderableOffer(priced(offer('orange-unlimited-50gb-blocked')), opts, ['rezocean'])?.code).toBe(
      'line.option_partner_only',
    );
  });

  it('Reading 9: once an admin sets the price, the offer can be ordered', () => {
    expect(orderableOffer(priced(offer('orange-data-only-1gb-blocked'), { monthly: 490 }), [])).toBeNull();
  });

  it('Bouygues unlimited prices are "à définir" (the seed gives none) until set', () => {
    const o = offer('bouygues-unlimited-10gb-blocked');
    const cuts = [option('bouygues-cutoff-europe-50eur'), option('bouygues-cutoff-world-0eur')].map((x) =>
      priced(x),
    );
    expect(orderableOffer(priced(o), cuts)?.code).toBe('catalog.price_to_be_set');
    expect(orderableOffer(priced(o, { monthly: 900 }), cuts)).toBeNull();
    // ORD-09 USE-05: Bouygues Europe and World cut-offs must be chosen at order.
    expect(orderableOffer(priced(o, { monthly: 900 }), cuts.slice(0, 1))?.code).toBe(
      'catalog.roaming_choice_required',
    );
  });
});

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
