import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../api/types.ts';
import type { Translation } from './fr.ts';

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

/**
 * Each language is its own chunk, fetched when it is first used: a page load downloads the texts
 * of the language it shows, not both (en.ts is checked by the compiler to have every French key,
 * so no fallback language is needed).
 */
const DICTIONARIES: Record<Locale, () => Promise<Translation>> = {
  fr: async () => (await import('./fr.ts')).fr,
  en: async () => (await import('./en.ts')).en,
};

async function loadDictionary(language: Locale): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await DICTIONARIES[language]());
}

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}

/** Loads the stored (or French) language, then starts i18next; main.tsx renders after it. */
export async function initI18n(): Promise<void> {
  const language = readStoredLanguage() ?? 'fr';
  const translation = await DICTIONARIES[language]();
  await i18n.use(initReactI18next).init({
    resources: { [language]: { translation } },
    lng: language,
    fallbackLng: false,
    supportedLngs: ['fr', 'en'],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  syncDocumentLanguage(i18n.language);
  i18n.on('languageChanged', syncDocumentLanguage);
}

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
  await loadDictionary(language);
  await i18n.changeLanguage(language);
}
