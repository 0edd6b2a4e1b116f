import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch, ThemeToggle } from './preferences.tsx';

/** Centred card for the pages seen before the back office opens: sign-in, forced password change. */
export function AuthLayout({
  title,
  children,
  footer,
}: {
  title: string;
  children: ReactNode;
  footer?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="auth-page">
      <title>{`${title} · ${t('common.appName')}`}</title>
      <div className="auth-page__prefs">
        <LanguageSwitch />
        <ThemeToggle />
      </div>
      <main className="auth-page__main">
        <div className="auth-card">
          <p className="auth-card__brand">
            <span className="app-brand__mark" aria-hidden="true">
              R
            </span>
            {t('common.appName')}
          </p>
          <h1 className="auth-card__title">{title}</h1>
          {children}
        </div>
        {footer ? <div className="auth-page__footer">{footer}</div> : null}
      </main>
    </div>
  );
}
