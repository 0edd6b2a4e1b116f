/**
 * Money as plain data: an integer number of minor units (cents, agorot) with its currency and
 * whether VAT is included (DESIGN: "prices say whether VAT is included"; glossary HT / TTC).
 * Amounts never go through binary floating point: decimal strings are parsed digit by digit and
 * every division rounds explicitly.
 */

export type Currency = 'EUR' | 'ILS';

/** Minor-unit digits per currency (ISO 4217): the euro has cents, the shekel agorot. */
export const CURRENCY_DIGITS: Readonly<Record<Currency, number>> = { EUR: 2, ILS: 2 };

export interface Money {
  /** Integer amount in minor units: 1250 EUR is 12.50 €. */
  readonly amount: number;
  readonly currency: Currency;
  /** true: VAT included (TTC); false: VAT excluded (HT). */
  readonly vatIncluded: boolean;
}

function assertCurrency(currency: string): asserts currency is Currency {
  if (!Object.hasOwn(CURRENCY_DIGITS, currency)) throw new RangeError(`Unknown currency "${currency}"`);
}

function checkedAmount(amount: number | bigint): number {
  const n = typeof amount === 'bigint' ? Number(amount) : amount;
  if (!Number.isSafeInteger(n) || (typeof amount === 'bigint' && BigInt(n) !== amount)) {
    throw new RangeError(`Money amount must be a safe integer of minor units (got ${amount})`);
  }
  // -0 would print as "-0,00 €".
  return n === 0 ? 0 : n;
}

/** Money from an integer number of minor units: `money(1250, 'EUR', false)` is 12.50 € HT. */
export function money(amount: number, currency: Currency, vatIncluded: boolean): Money {
  assertCurrency(currency);
  return Object.freeze({ amount: checkedAmount(amount), currency, vatIncluded });
}

/** Zero in a currency, e.g. the start of a sum. */
export function zero(currency: Currency, vatIncluded: boolean): Money {
  return money(0, currency, vatIncluded);
}

const DECIMAL = /^(-)?(\d+)(?:[.,](\d+))?$/;

/**
 * Money from a decimal string, e.g. catalog prices: "12.50", "4", "-0.05", or "12,50" as a French
 * user types it. No grouping separators; more decimals than the currency has are refused rather
 * than rounded ("7.505" € is an error, not 7.51 €).
 */
export function parseMoney(decimal: string, currency: Currency, vatIncluded: boolean): Money {
  assertCurrency(currency);
  const m = DECIMAL.exec(decimal.trim());
  if (!m) throw new RangeError(`Not a decimal amount: "${decimal}"`);
  const [, sign, units = '0', fraction = ''] = m;
  const digits = CURRENCY_DIGITS[currency];
  if (fraction.length > digits) {
    throw new RangeError(`${currency} amounts have at most ${digits} decimals (got "${decimal}")`);
  }
  const minor = BigInt(units + fraction.padEnd(digits, '0'));
  return money(checkedAmount(sign ? -minor : minor), currency, vatIncluded);
}

/** The amount as a plain decimal string with the currency's digits: "12.50", "-0.05", "4.00". */
export function toDecimal(m: Money): string {
  const digits = CURRENCY_DIGITS[m.currency];
  const abs = Math.abs(m.amount)
    .toString()
    .padStart(digits + 1, '0');
  const units = abs.slice(0, abs.length - digits);
  const fraction = abs.slice(abs.length - digits);
  return `${m.amount < 0 ? '-' : ''}${units}${digits > 0 ? `.${fraction}` : ''}`;
}

function assertSameKind(a: Money, b: Money, op: string): void {
  if (a.currency !== b.currency) throw new TypeError(`Cannot ${op} ${a.currency} and ${b.currency}`);
  // Adding an HT price to a TTC one is always a bug: convert with toVatIncluded/toVatExcluded first.
  if (a.vatIncluded !== b.vatIncluded) throw new TypeError(`Cannot ${op} amounts with and without VAT`);
}

/** a + b; same currency and same VAT status only (throws otherwise). */
export function addMoney(a: Money, b: Money): Money {
  assertSameKind(a, b, 'add');
  return money(checkedAmount(a.amount + b.amount), a.currency, a.vatIncluded);
}

/** a − b; same currency and same VAT status only (throws otherwise). */
export function subtractMoney(a: Money, b: Money): Money {
  assertSameKind(a, b, 'subtract');
  return money(checkedAmount(a.amount - b.amount), a.currency, a.vatIncluded);
}

/** The sum of amounts, `zero(currency, vatIncluded)` for none; all must match that kind. */
export function sumMoney(items: readonly Money[], currency: Currency, vatIncluded: boolean): Money {
  return items.reduce(addMoney, zero(currency, vatIncluded));
}

/** m × quantity, for a whole quantity (lines, months, units). */
export function multiplyMoney(m: Money, quantity: number): Money {
  if (!Number.isSafeInteger(quantity)) throw new RangeError(`Quantity must be an integer (got ${quantity})`);
  return money(checkedAmount(BigInt(m.amount) * BigInt(quantity)), m.currency, m.vatIncluded);
}

/** -1, 0 or 1; same currency and VAT status only. */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  assertSameKind(a, b, 'compare');
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

/**
 * numerator / denominator rounded half away from zero ("arrondi commercial": 0.5 cent goes up,
 * −0.5 cent goes down), the usual rule for invoice amounts.
 */
export function divideRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  if (denominator < 0n) return divideRoundHalfUp(-numerator, -denominator);
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const rounded = (2n * abs + denominator) / (2n * denominator);
  return negative ? -rounded : rounded;
}

/**
 * m × daysUsed / daysInPeriod, rounded half up to the minor unit (CAT-01, Reading 7: the first month
 * is billed pro rata temporis). 0 <= daysUsed <= daysInPeriod.
 */
export function prorate(m: Money, daysUsed: number, daysInPeriod: number): Money {
  if (!Number.isSafeInteger(daysInPeriod) || daysInPeriod < 1) {
    throw new RangeError(`Days in period must be a positive integer (got ${daysInPeriod})`);
  }
  if (!Number.isSafeInteger(daysUsed) || daysUsed < 0 || daysUsed > daysInPeriod) {
    throw new RangeError(`Days used must be an integer 0–${daysInPeriod} (got ${daysUsed})`);
  }
  const amount = divideRoundHalfUp(BigInt(m.amount) * BigInt(daysUsed), BigInt(daysInPeriod));
  return money(checkedAmount(amount), m.currency, m.vatIncluded);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The first month's charge of a monthly price (CAT-01, Reading 7): the days from the activation day
 * to the end of its month, activation day included, over the days of that month. A line activated
 * on 20 April pays 11/30 of the month. `activationDate` is the local date 'YYYY-MM-DD' in the
 * tenant's zone (calendar's `toLocalDate`). A month started at termination is due in full: no
 * proration at the end.
 */
export function prorateFirstMonth(monthly: Money, activationDate: string): Money {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(activationDate);
  const [year, month, day] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`Expected a date YYYY-MM-DD (got "${activationDate}")`);
  }
  const days = daysInMonth(year, month);
  return prorate(monthly, days - day + 1, days);
}
