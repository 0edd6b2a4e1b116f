import { describe, expect, it } from 'vitest';
import type { OfferDef, OptionDef } from './model.ts';
import {
  checkPriceEffectiveDate,
  isPriceSet,
  orderableOffer,
  priceAt,
  type PriceCandidate,
  type PricedItem,
} from './rules.ts';
import { catalogOffer, catalogOption } from '../../../test/support/catalog.ts';

/**
 * Prices: the version in effect at an instant, a price that is set, and an offer that cannot be
 * ordered while one of its prices is « à définir ».
 */

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
