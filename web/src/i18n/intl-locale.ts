/** The Intl locale for a UI language: dates as 21/11/2026 14:05 in both. */
export function intlLocale(language: string): 'fr-FR' | 'en-GB' {
  return language === 'en' ? 'en-GB' : 'fr-FR';
}
