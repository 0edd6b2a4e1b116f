import { CURRENCY_DIGITS, toDecimal, type Money } from './money.ts';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * The amount for people, as Intl formats it for the locale: "12,50 €" in 'fr-FR' (with a no-break
 * space), "₪20.00" in 'en-GB'. Formats the exact decimal string, never a float. Whether VAT is
 * included is the caller's label to add (HT / TTC).
 */
export function formatMoney(m: Money, locale: string): string {
  const key = `${locale}|${m.currency}`;
  let f = formatters.get(key);
  if (!f) {
    const digits = CURRENCY_DIGITS[m.currency];
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: m.currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, f);
  }
  return f.format(toDecimal(m) as Intl.StringNumericLiteral);
}
