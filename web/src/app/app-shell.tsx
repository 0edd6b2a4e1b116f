import { Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { useLogout, useSession } from '../api/session.ts';
import { Button } from '../kit/button.tsx';
import { cx } from '../kit/cx.ts';
import { Icon } from '../kit/icons.tsx';
import { Spinner } from '../kit/spinner.tsx';
import { isCurrentPlace, navigationFor, viewerOf, type NavSection } from './navigation.ts';
import { LanguageSwitch, ThemeToggle } from './preferences.tsx';

const SECTIONS: readonly NavSection[] = ['work', 'admin'];

/** Top bar (tenant, user, language, theme, sign-out), side navigation from NAVIGATION, the page. */
export function AppShell() {
  const { t } = useTranslation();
  const session = useSession();
  const { user, tenant } = session;
  const logout = useLogout();
  const [menuOpen, setMenuOpen] = useState(false);
  const items = navigationFor(viewerOf(session));
  const { pathname } = useLocation();
  const headerRef = useRef<HTMLElement>(null);
  const navRef = useRef<HTMLElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  usePhoneMenu(menuOpen, setMenuOpen, headerRef, navRef);
  useFocusHeadingOnNavigation(mainRef);

  return (
    <div className="app">
      <a className="app-skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header className="app-topbar" ref={headerRef}>
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
          ref={navRef}
          id="app-nav"
          className={cx('app-nav', menuOpen && 'app-nav--open')}
          aria-label={t('shell.mainNav')}
        >
          {SECTIONS.map((section) => {
            const sectionItems = items.filter((item) => item.section === section);
            if (sectionItems.length === 0) return null;
            return (
              <ul className="app-nav__list" key={section}>
                {sectionItems.map((item) => {
                  // Not NavLink's own matching: it marks every prefix, so /accounts/held made
                  // « Clients » current too; only the place the path belongs to is.
                  const current = isCurrentPlace(item, pathname);
                  return (
                    <li key={item.id}>
                      <Link
                        to={item.path}
                        aria-current={current ? 'page' : undefined}
                        className={cx('app-nav__link', current && 'app-nav__link--active')}
                        onClick={() => setMenuOpen(false)}
                      >
                        <Icon name={item.icon} />
                        <span>{t(item.labelKey)}</span>
                      </Link>
                    </li>
                  );
                })}
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
        {/* While the phone menu covers the page, the page is out of reach (keyboard and screen reader). */}
        <main id="main" className="app-main" tabIndex={-1} ref={mainRef} inert={menuOpen}>
          {/* A page's code arrives with its first visit (app.tsx); the shell stays while it loads. */}
          <Suspense fallback={<Spinner label={t('shell.loadingApp')} />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}

const MENU_BUTTON = '.app-topbar__menu';
const NAV_LINKS = 'a[href]';

/**
 * The phone menu is modal: opening it moves focus to its first link, Tab and Shift+Tab cycle
 * between the close button and the links, Escape closes it and gives focus back to the button.
 */
function usePhoneMenu(
  open: boolean,
  setOpen: (open: boolean) => void,
  headerRef: RefObject<HTMLElement | null>,
  navRef: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    if (!open) return;
    const button = headerRef.current?.querySelector<HTMLElement>(MENU_BUTTON) ?? null;
    const links = () => Array.from(navRef.current?.querySelectorAll<HTMLElement>(NAV_LINKS) ?? []);
    // Once the menu is shown (it slides in from visibility: hidden, which refuses focus).
    const frame = requestAnimationFrame(() => links()[0]?.focus());
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        setOpen(false);
        button?.focus();
        return;
      }
      if (event.key !== 'Tab') return;
      // Every Tab is handled here: between the button and the links the DOM has other controls
      // (the brand link, the top bar's tools) that the menu covers.
      const cycle = [...(button ? [button] : []), ...links()];
      if (cycle.length === 0) return;
      event.preventDefault();
      const at = cycle.indexOf(document.activeElement as HTMLElement);
      const next = at < 0 ? 0 : (at + (event.shiftKey ? -1 : 1) + cycle.length) % cycle.length;
      cycle[next]?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, setOpen, headerRef, navRef]);
}

/**
 * After an in-app navigation (a new path, not a filter change), focus goes to the new page's
 * heading, so a screen reader announces where the user landed and Tab starts from the page, not
 * from <body>. A page whose heading waits for its data is watched until the heading appears.
 * Focus a page or a dialog placed deliberately is left where it is.
 */
function useFocusHeadingOnNavigation(mainRef: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const main = mainRef.current;
    if (!main) return;
    const tryFocus = (): boolean => {
      const active = document.activeElement;
      const placed =
        active instanceof HTMLElement &&
        active !== main &&
        (main.contains(active) || active.closest('[role="dialog"]') !== null);
      if (placed) return true;
      const heading = main.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (tryFocus()) return;
    const observer = new MutationObserver(() => {
      if (tryFocus()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const stop = window.setTimeout(() => observer.disconnect(), 10_000);
    return () => {
      observer.disconnect();
      window.clearTimeout(stop);
    };
  }, [pathname, mainRef]);
}
