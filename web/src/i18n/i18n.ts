import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../api/types.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';

/** French by default; the user's choice is kept in localStorage and sent as Accept-Language. */
export const LANGUAGE_STORAGE_KEY = 'relais.language';

function readStoredLanguage(): Locale | null {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return value === 'fr' || value === 'en' ? value : null;
  } catch {
    return null;
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { fr: { translation: fr }, en: { translation: en } },
  lng: readStoredLanguage() ?? 'fr',
  fallbackLng: 'fr',
  supportedLngs: ['fr', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
});

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export function currentLanguage(): Locale {
  return i18n.language === 'en' ? 'en' : 'fr';
}

/** Whether the user picked a language on this browser (otherwise their account's locale may apply). */
export function hasChosenLanguage(): boolean {
  return readStoredLanguage() !== null;
}

export async function changeLanguage(language: Locale, remember = true): Promise<void> {
  if (remember) {
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  }
  await i18n.changeLanguage(language);
}
