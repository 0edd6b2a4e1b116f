import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router-dom';
import { useLogout, useSession } from '../api/session.ts';
import { Button } from '../kit/button.tsx';
import { cx } from '../kit/cx.ts';
import { Icon } from '../kit/icons.tsx';
import { Spinner } from '../kit/spinner.tsx';
import { navigationFor, type NavSection } from './navigation.ts';
import { LanguageSwitch, ThemeToggle } from './preferences.tsx';

const SECTIONS: readonly NavSection[] = ['work', 'admin'];

/** Top bar (tenant, user, language, theme, sign-out), side navigation from NAVIGATION, the page. */
export function AppShell() {
  const { t } = useTranslation();
  const { user, tenant } = useSession();
  const logout = useLogout();
  const [menuOpen, setMenuOpen] = useState(false);
  const items = navigationFor(user.role);

  return (
    <div className="app">
      <a className="app-skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="app-topbar">
        <Button
          variant="ghost"
          className="app-topbar__menu"
          icon={menuOpen ? 'close' : 'menu'}
          aria-label={menuOpen ? t('shell.closeMenu') : t('shell.openMenu')}
          aria-expanded={menuOpen}
          aria-controls="app-nav"
          onClick={() => setMenuOpen((open) => !open)}
        />
        <Link to="/" className="app-brand">
          {tenant.logoDataUrl ? (
            <img
              className="app-brand__logo"
              src={tenant.logoDataUrl}
              alt={t('shell.tenantLogo', { name: tenant.legalName })}
            />
          ) : (
            <span className="app-brand__mark" aria-hidden="true">
              R
            </span>
          )}
          <span className="app-brand__name">{tenant.legalName}</span>
        </Link>
        <div className="app-topbar__spacer" />
        <div className="app-topbar__tools">
          <LanguageSwitch />
          <ThemeToggle />
          <div className="app-user">
            <span className="app-user__name">{user.displayName}</span>
            <span className="app-user__role">{t(`roles.${user.role}`)}</span>
          </div>
          <Button variant="ghost" icon="logout" loading={logout.isPending} onClick={() => logout.mutate()}>
            <span className="app-topbar__logout-label">{t('shell.logout')}</span>
          </Button>
        </div>
      </header>
      <div className="app-body">
        <nav
          id="app-nav"
          className={cx('app-nav', menuOpen && 'app-nav--open')}
          aria-label={t('shell.mainNav')}
        >
          {SECTIONS.map((section) => {
            const sectionItems = items.filter((item) => item.section === section);
            if (sectionItems.length === 0) return null;
            return (
              <ul className="app-nav__list" key={section}>
                {sectionItems.map((item) => (
                  <li key={item.id}>
                    <NavLink
                      to={item.path}
                      end={item.path === '/'}
                      className={({ isActive }) => cx('app-nav__link', isActive && 'app-nav__link--active')}
                      onClick={() => setMenuOpen(false)}
                    >
                      <Icon name={item.icon} />
                      <span>{t(item.labelKey)}</span>
                    </NavLink>
                  </li>
                ))}
              </ul>
            );
          })}
          <div className="app-nav__footer">
            <NavLink
              to="/password"
              className={({ isActive }) => cx('app-nav__link', isActive && 'app-nav__link--active')}
              onClick={() => setMenuOpen(false)}
            >
              <Icon name="lock" />
              <span>{t('shell.changePassword')}</span>
            </NavLink>
          </div>
        </nav>
        {menuOpen ? (
          <div className="app-nav__scrim" aria-hidden="true" onClick={() => setMenuOpen(false)} />
        ) : null}
        <main id="main" className="app-main" tabIndex={-1}>
          {/* A page's code arrives with its first visit (app.tsx); the shell stays while it loads. */}
          <Suspense fallback={<Spinner label={t('shell.loadingApp')} />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
