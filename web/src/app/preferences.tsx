import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../api/types.ts';
import { changeLanguage } from '../i18n/i18n.ts';
import { Button } from '../kit/button.tsx';
import { cx } from '../kit/cx.ts';
import { useTheme } from './theme.ts';

const LANGUAGES: readonly {
  id: Locale;
  short: 'language.shortFr' | 'language.shortEn';
  name: 'language.fr' | 'language.en';
}[] = [
  { id: 'fr', short: 'language.shortFr', name: 'language.fr' },
  { id: 'en', short: 'language.shortEn', name: 'language.en' },
];

/** FR | EN. The server answers in the chosen language too, so what was read is read again. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const select = async (language: Locale) => {
    if (language === i18n.language) return;
    await changeLanguage(language);
    await queryClient.invalidateQueries();
  };
  return (
    // No group label: each button is named by its language, and a "Langue" label would clash with
    // the "Langue" fields of forms for anyone looking controls up by label.
    <div className="app-segmented" role="group">
      {LANGUAGES.map((language) => (
        <button
          key={language.id}
          type="button"
          lang={language.id}
          // The name starts with what the button shows ("FR — Français"), so a voice user saying
          // "click FR" reaches it (WCAG 2.5.3 Label in Name).
          aria-label={`${t(language.short)} — ${t(language.name)}`}
          title={t(language.name)}
          aria-pressed={i18n.language === language.id}
          className={cx('app-segmented__item', i18n.language === language.id && 'app-segmented__item--on')}
          onClick={() => void select(language.id)}
        >
          {t(language.short)}
        </button>
      ))}
    </div>
  );
}

export function ThemeToggle() {
  const { t } = useTranslation();
  const { theme, toggle } = useTheme();
  const label = theme === 'dark' ? t('theme.toLight') : t('theme.toDark');
  return (
    <Button
      variant="ghost"
      icon={theme === 'dark' ? 'sun' : 'moon'}
      aria-label={label}
      title={label}
      onClick={toggle}
    />
  );
}
