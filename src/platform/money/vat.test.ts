import { describe, expect, it } from 'vitest';
import { parseMoney } from './money.ts';
import { splitVat, toVatExcluded, toVatIncluded, VAT_RATES, vatRateOn, type VatRate } from './vat.ts';

const FR = vatRateOn('FR', '2026-01-01');
const IL = vatRateOn('IL', '2026-01-01');

describe('VAT rates as data', () => {
  it.each<{ country: VatRate['country']; date: string; rate: number }>([
    { country: 'FR', date: '2026-06-01', rate: 2000 },
    { country: 'IL', date: '2024-12-31', rate: 1700 },
    { country: 'IL', date: '2025-01-01', rate: 1800 },
    { country: 'IL', date: '2026-06-01', rate: 1800 },
  ])('$country on $date: $rate basis points', ({ country, date, rate }) => {
    expect(vatRateOn(country, date)).toBe(rate);
  });

  it('refuses a date before any known rate and a malformed date', () => {
    expect(() => vatRateOn('FR', '2000-01-01')).toThrow(/No VAT rate/);
    expect(() => vatRateOn('FR', '1/1/2026')).toThrow(RangeError);
  });

  it('reads another rate table when given one', () => {
    const rates: VatRate[] = [...VAT_RATES, { country: 'FR', since: '2030-01-01', rate: 2100 }];
    expect(vatRateOn('FR', '2030-06-01', rates)).toBe(2100);
    expect(vatRateOn('FR', '2029-12-31', rates)).toBe(2000);
  });
});

describe('VAT conversions', () => {
  it.each([
    { ht: '4', rate: FR, ttc: '4.80' },
    { ht: '7.50', rate: FR, ttc: '9.00' },
    { ht: '0.29', rate: FR, ttc: '0.35' },
    { ht: '0.01', rate: FR, ttc: '0.01' },
    { ht: '250', rate: FR, ttc: '300.00' },
    { ht: '20', rate: IL, ttc: '23.60' },
    { ht: '0.03', rate: IL, ttc: '0.04' },
    { ht: '-0.29', rate: FR, ttc: '-0.35' },
  ])('$ht HT at $rate bp is $ttc TTC', ({ ht, rate, ttc }) => {
    const excluded = parseMoney(ht, 'EUR', false);
    const included = parseMoney(ttc, 'EUR', true);
    expect(toVatIncluded(excluded, rate)).toEqual(included);
    expect(toVatIncluded(included, rate)).toBe(included);
    expect(toVatExcluded(excluded, rate)).toBe(excluded);
  });

  it.each([
    { ttc: '9.00', rate: FR, ht: '7.50' },
    { ttc: '10', rate: FR, ht: '8.33' },
    { ttc: '23.60', rate: IL, ht: '20.00' },
    { ttc: '250', rate: IL, ht: '211.86' },
  ])('$ttc TTC at $rate bp is $ht HT', ({ ttc, rate, ht }) => {
    expect(toVatExcluded(parseMoney(ttc, 'ILS', true), rate)).toEqual(parseMoney(ht, 'ILS', false));
  });

  it.each([
    { input: '10', vatIncluded: true, ht: '8.33', vat: '1.67', ttc: '10.00' },
    { input: '8.33', vatIncluded: false, ht: '8.33', vat: '1.67', ttc: '10.00' },
    { input: '0.01', vatIncluded: false, ht: '0.01', vat: '0.00', ttc: '0.01' },
  ])(
    'splits $input (TTC $vatIncluded) into HT $ht + VAT $vat = TTC $ttc',
    ({ input, vatIncluded, ht, vat, ttc }) => {
      const split = splitVat(parseMoney(input, 'EUR', vatIncluded), FR);
      expect(split).toEqual({
        excluded: parseMoney(ht, 'EUR', false),
        vat: parseMoney(vat, 'EUR', false),
        included: parseMoney(ttc, 'EUR', true),
      });
      expect(split.excluded.amount + split.vat.amount).toBe(split.included.amount);
    },
  );

  it.each([-1, 10_001, 19.6])('refuses the rate %s', (rate) => {
    expect(() => toVatIncluded(parseMoney('1', 'EUR', false), rate)).toThrow(RangeError);
  });
});
