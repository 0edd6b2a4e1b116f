/** "300.00" (ILS) to "300,00 ₪" / "₪300.00": the decimal string is formatted, never computed on. */
export function formatShekels(amount: string, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-IL' : 'fr-FR', {
    style: 'currency',
    currency: 'ILS',
  }).format(amount as Intl.StringNumericLiteral);
}
