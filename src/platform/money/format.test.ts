import { describe, expect, it } from 'vitest';
import { formatMoney } from './format.ts';
import { parseMoney, type Currency } from './money.ts';

// Intl's own output, spaces included: U+00A0 no-break space, U+202F narrow no-break space.
describe('formatMoney', () => {
  it.each<{ amount: string; currency: Currency; locale: string; text: string }>([
    { amount: '12.50', currency: 'EUR', locale: 'fr-FR', text: '12,50\u00a0€' },
    { amount: '4', currency: 'EUR', locale: 'fr-FR', text: '4,00\u00a0€' },
    { amount: '-1234567.89', currency: 'EUR', locale: 'fr-FR', text: '-1\u202f234\u202f567,89\u00a0€' },
    { amount: '20', currency: 'ILS', locale: 'fr-FR', text: '20,00\u00a0₪' },
    { amount: '12.50', currency: 'EUR', locale: 'en-GB', text: '€12.50' },
    { amount: '20', currency: 'ILS', locale: 'en-GB', text: '₪20.00' },
    { amount: '1234567.89', currency: 'ILS', locale: 'en-GB', text: '₪1,234,567.89' },
    { amount: '90071992547409.91', currency: 'EUR', locale: 'en-GB', text: '€90,071,992,547,409.91' },
  ])('$amount $currency in $locale reads "$text"', ({ amount, currency, locale, text }) => {
    expect(formatMoney(parseMoney(amount, currency, false), locale)).toBe(text);
  });
});
