import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  divideRoundHalfUp,
  money,
  multiplyMoney,
  parseMoney,
  prorate,
  prorateFirstMonth,
  subtractMoney,
  sumMoney,
  toDecimal,
  type Currency,
} from './money.ts';

const eur = (decimal: string): ReturnType<typeof money> => parseMoney(decimal, 'EUR', false);

describe('parseMoney and toDecimal', () => {
  it.each<{ input: string; currency: Currency; amount: number; decimal: string }>([
    { input: '12.50', currency: 'EUR', amount: 1250, decimal: '12.50' },
    { input: '12.5', currency: 'EUR', amount: 1250, decimal: '12.50' },
    { input: '12,50', currency: 'EUR', amount: 1250, decimal: '12.50' },
    { input: '4', currency: 'EUR', amount: 400, decimal: '4.00' },
    { input: '0.1', currency: 'EUR', amount: 10, decimal: '0.10' },
    { input: '0.29', currency: 'EUR', amount: 29, decimal: '0.29' },
    { input: '1.15', currency: 'EUR', amount: 115, decimal: '1.15' },
    { input: '-0.05', currency: 'EUR', amount: -5, decimal: '-0.05' },
    { input: '-0', currency: 'EUR', amount: 0, decimal: '0.00' },
    { input: ' 250 ', currency: 'ILS', amount: 25000, decimal: '250.00' },
    { input: '20.00', currency: 'ILS', amount: 2000, decimal: '20.00' },
    { input: '90071992547409.91', currency: 'EUR', amount: 9007199254740991, decimal: '90071992547409.91' },
  ])(
    'parses "$input" $currency as $amount minor units, printed "$decimal"',
    ({ input, currency, amount, decimal }) => {
      const m = parseMoney(input, currency, false);
      expect(m).toEqual({ amount, currency, vatIncluded: false });
      expect(Object.is(m.amount, -0)).toBe(false);
      expect(toDecimal(m)).toBe(decimal);
    },
  );

  it.each(['', '12.505', '1,000.00', '1 000', '12.', '.5', '+3', '1e3', 'abc', '90071992547409.92'])(
    'refuses "%s"',
    (input) => {
      expect(() => parseMoney(input, 'EUR', false)).toThrow(RangeError);
    },
  );

  it('refuses an unknown currency', () => {
    expect(() => parseMoney('1', 'USD' as Currency, false)).toThrow(/Unknown currency/);
  });

  it.each([1.5, Number.NaN, 2 ** 53])('refuses %s minor units', (amount) => {
    expect(() => money(amount, 'EUR', false)).toThrow(RangeError);
  });

  it('returns frozen plain data that JSON keeps as is', () => {
    const m = eur('7.50');
    expect(Object.isFrozen(m)).toBe(true);
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
  });
});

describe('arithmetic', () => {
  it.each([
    { a: '0.10', b: '0.20', sum: '0.30', diff: '-0.10' },
    { a: '7.50', b: '13', sum: '20.50', diff: '-5.50' },
    { a: '125', b: '0.01', sum: '125.01', diff: '124.99' },
  ])('$a + $b = $sum and $a − $b = $diff, with no float error', ({ a, b, sum, diff }) => {
    expect(addMoney(eur(a), eur(b))).toEqual(eur(sum));
    expect(subtractMoney(eur(a), eur(b))).toEqual(eur(diff));
  });

  it.each([
    { a: parseMoney('1', 'EUR', false), b: parseMoney('1', 'ILS', false), error: /EUR and ILS/ },
    { a: parseMoney('1', 'EUR', false), b: parseMoney('1', 'EUR', true), error: /with and without VAT/ },
  ])('refuses to mix $a.currency/$a.vatIncluded with $b.currency/$b.vatIncluded', ({ a, b, error }) => {
    expect(() => addMoney(a, b)).toThrow(error);
    expect(() => subtractMoney(a, b)).toThrow(error);
    expect(() => compareMoney(a, b)).toThrow(error);
  });

  it.each([
    { price: '7.50', quantity: 3, total: '22.50' },
    { price: '0.29', quantity: 100, total: '29.00' },
    { price: '125', quantity: 0, total: '0.00' },
    { price: '2.50', quantity: -2, total: '-5.00' },
  ])('$price × $quantity = $total', ({ price, quantity, total }) => {
    expect(multiplyMoney(eur(price), quantity)).toEqual(eur(total));
  });

  it('refuses a fractional quantity and an overflow', () => {
    expect(() => multiplyMoney(eur('1'), 1.5)).toThrow(RangeError);
    expect(() => multiplyMoney(eur('90071992547409.91'), 2)).toThrow(RangeError);
  });

  it('sums a list, zero for none', () => {
    expect(sumMoney([eur('4'), eur('7.50'), eur('0.01')], 'EUR', false)).toEqual(eur('11.51'));
    expect(sumMoney([], 'ILS', true)).toEqual(parseMoney('0', 'ILS', true));
    expect(() => sumMoney([eur('4')], 'ILS', false)).toThrow(TypeError);
  });

  it.each([
    { a: '1', b: '2', result: -1 },
    { a: '2', b: '2', result: 0 },
    { a: '2.01', b: '2', result: 1 },
  ])('compares $a with $b: $result', ({ a, b, result }) => {
    expect(compareMoney(eur(a), eur(b))).toBe(result);
  });
});

describe('rounding and proration (CAT-01, Reading 7)', () => {
  it.each([
    { n: 5n, d: 2n, q: 3n },
    { n: -5n, d: 2n, q: -3n },
    { n: 7n, d: 3n, q: 2n },
    { n: 8n, d: 3n, q: 3n },
    { n: -7n, d: 3n, q: -2n },
    { n: 5n, d: -2n, q: -3n },
    { n: 0n, d: 7n, q: 0n },
  ])('$n / $d rounds half away from zero to $q', ({ n, d, q }) => {
    expect(divideRoundHalfUp(n, d)).toBe(q);
  });

  it.each([
    { monthly: '7.50', used: 11, days: 30, due: '2.75' },
    { monthly: '10', used: 15, days: 30, due: '5.00' },
    { monthly: '13', used: 1, days: 31, due: '0.42' },
    { monthly: '0.05', used: 15, days: 30, due: '0.03' },
    { monthly: '0.05', used: 14, days: 28, due: '0.03' },
    { monthly: '4', used: 0, days: 31, due: '0.00' },
    { monthly: '125', used: 31, days: 31, due: '125.00' },
  ])('CAT-01 $monthly × $used/$days = $due, half up', ({ monthly, used, days, due }) => {
    expect(prorate(eur(monthly), used, days)).toEqual(eur(due));
  });

  it.each([
    { used: -1, days: 30 },
    { used: 31, days: 30 },
    { used: 1.5, days: 30 },
    { used: 0, days: 0 },
  ])('refuses $used days used out of $days', ({ used, days }) => {
    expect(() => prorate(eur('1'), used, days)).toThrow(RangeError);
  });

  it.each([
    { activation: '2026-04-20', monthly: '7.50', due: '2.75', why: '11 of 30 days' },
    { activation: '2026-04-01', monthly: '7.50', due: '7.50', why: 'a whole month' },
    { activation: '2026-04-30', monthly: '7.50', due: '0.25', why: 'the last day only' },
    { activation: '2026-02-15', monthly: '20', due: '10.00', why: '14 of 28 days' },
    { activation: '2028-02-15', monthly: '20', due: '10.34', why: '15 of 29 days, leap year' },
    { activation: '2026-01-31', monthly: '13', due: '0.42', why: '1 of 31 days' },
    { activation: '2026-12-17', monthly: '8', due: '3.87', why: '15 of 31 days' },
  ])(
    'CAT-01 activated on $activation, $monthly a month: first month $due ($why)',
    ({ activation, monthly, due }) => {
      expect(prorateFirstMonth(eur(monthly), activation)).toEqual(eur(due));
    },
  );

  it.each(['2026-02-29', '2026-13-01', '2026-04-31', '2026-4-1', '2100-02-29'])(
    'refuses the activation date %s',
    (date) => {
      expect(() => prorateFirstMonth(eur('1'), date)).toThrow(RangeError);
    },
  );

  it('keeps the VAT status and currency', () => {
    expect(prorateFirstMonth(parseMoney('20', 'ILS', true), '2026-04-16')).toEqual(
      parseMoney('10.00', 'ILS', true),
    );
  });
});
