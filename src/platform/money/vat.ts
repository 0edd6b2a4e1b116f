import { divideRoundHalfUp, money, type Money } from './money.ts';

/** A VAT rate in basis points: 2000 is 20 %, 1800 is 18 %. Integers keep the arithmetic exact. */
export type BasisPoints = number;

export interface VatRate {
  readonly country: 'FR' | 'IL';
  /** First local date 'YYYY-MM-DD' the rate applies to. */
  readonly since: string;
  readonly rate: BasisPoints;
}

/**
 * Standard VAT rates as data, dated so that a change (Israel went from 17 % to 18 % on
 * 1 January 2025) is a new row, not a code change. Functions below take the rate as a parameter.
 */
export const VAT_RATES: readonly VatRate[] = [
  { country: 'FR', since: '2014-01-01', rate: 2000 },
  { country: 'IL', since: '2015-10-01', rate: 1700 },
  { country: 'IL', since: '2025-01-01', rate: 1800 },
];

/** The standard rate of a country on a local date 'YYYY-MM-DD', from `rates` (VAT_RATES by default). */
export function vatRateOn(
  country: VatRate['country'],
  isoDate: string,
  rates: readonly VatRate[] = VAT_RATES,
): BasisPoints {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate))
    throw new RangeError(`Expected a date YYYY-MM-DD (got "${isoDate}")`);
  let found: VatRate | undefined;
  for (const r of rates) {
    if (r.country === country && r.since <= isoDate && (!found || r.since > found.since)) found = r;
  }
  if (!found) throw new RangeError(`No VAT rate for ${country} on ${isoDate}`);
  return found.rate;
}

function assertRate(rate: BasisPoints): void {
  if (!Number.isSafeInteger(rate) || rate < 0 || rate > 10_000) {
    throw new RangeError(`VAT rate must be integer basis points 0–10000 (got ${rate})`);
  }
}

/** The same price VAT included (TTC): HT × (1 + rate), rounded half up. Already TTC: unchanged. */
export function toVatIncluded(m: Money, rate: BasisPoints): Money {
  assertRate(rate);
  if (m.vatIncluded) return m;
  const amount = divideRoundHalfUp(BigInt(m.amount) * BigInt(10_000 + rate), 10_000n);
  return money(Number(amount), m.currency, true);
}

/**
 * The same price VAT excluded (HT): TTC / (1 + rate), rounded half up. Already HT: unchanged.
 * Rounding makes HT → TTC → HT exact but not always TTC → HT → TTC (one minor unit off), so keep
 * the amount as the catalog states it and convert once.
 */
export function toVatExcluded(m: Money, rate: BasisPoints): Money {
  assertRate(rate);
  if (!m.vatIncluded) return m;
  const amount = divideRoundHalfUp(BigInt(m.amount) * 10_000n, BigInt(10_000 + rate));
  return money(Number(amount), m.currency, false);
}

/**
 * HT, VAT and TTC of an amount such that HT + VAT = TTC exactly (an invoice must add up). The VAT
 * amount carries `vatIncluded: false`: no VAT is charged on it. Compute it on an invoice's total per
 * rate rather than per line, so that rounding happens once.
 */
export function splitVat(m: Money, rate: BasisPoints): { excluded: Money; vat: Money; included: Money } {
  const excluded = toVatExcluded(m, rate);
  const included = toVatIncluded(m, rate);
  return { excluded, vat: money(included.amount - excluded.amount, m.currency, false), included };
}
