import type { MoneyValue } from '../../api/incidents.ts';

const formatters = new Map<string, Intl.NumberFormat>();

/** Minor units to "250,00 €": the integer cents are split, never divided as floats. */
export function formatAmount(m: MoneyValue, language: string): string {
  const key = `${language}|${m.currency}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', {
      style: 'currency',
      currency: m.currency,
    });
    formatters.set(key, f);
  }
  const sign = m.amount < 0 ? '-' : '';
  const abs = Math.abs(m.amount);
  const decimal = `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return f.format(decimal as Intl.StringNumericLiteral);
}
