import { ROLES, type Role } from '../api/types.ts';
import type { fr } from '../i18n/fr.ts';
import type { IconName } from '../kit/icons.tsx';

/**
 * The one list of places in the back office. The side navigation, the home page shortcuts and the
 * route guard all read it: a module adds its pages here, with the roles that may open them.
 */
export type NavKey = keyof typeof fr.nav;
export type NavSection = 'work' | 'admin';

export interface NavItem {
  id: NavKey;
  labelKey: `nav.${NavKey}`;
  /** One line shown on the home page shortcut. */
  hintKey: `navHints.${NavKey}`;
  path: string;
  icon: IconName;
  roles: readonly Role[];
  section: NavSection;
}

const BACK_OFFICE: readonly Role[] = ['admin', 'supervisor', 'agent'];

export const NAVIGATION: readonly NavItem[] = [
  {
    id: 'home',
    labelKey: 'nav.home',
    hintKey: 'navHints.home',
    path: '/',
    icon: 'home',
    roles: ROLES,
    section: 'work',
  },
  {
    id: 'accounts',
    labelKey: 'nav.accounts',
    hintKey: 'navHints.accounts',
    path: '/accounts',
    icon: 'briefcase',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'incidents',
    labelKey: 'nav.incidents',
    hintKey: 'navHints.incidents',
    path: '/incidents',
    icon: 'alert',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'lines',
    labelKey: 'nav.lines',
    hintKey: 'navHints.lines',
    path: '/lines',
    icon: 'sim',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'catalog',
    labelKey: 'nav.catalog',
    hintKey: 'navHints.catalog',
    path: '/catalog',
    icon: 'book',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'stock',
    labelKey: 'nav.stock',
    hintKey: 'navHints.stock',
    path: '/stock',
    icon: 'copy',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'usage',
    labelKey: 'nav.usage',
    hintKey: 'navHints.usage',
    path: '/usage',
    icon: 'refresh',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'outbox',
    labelKey: 'nav.outbox',
    hintKey: 'navHints.outbox',
    path: '/outbox',
    icon: 'mail',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'actions',
    labelKey: 'nav.actions',
    hintKey: 'navHints.actions',
    path: '/actions',
    icon: 'clock',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'installers',
    labelKey: 'nav.installers',
    hintKey: 'navHints.installers',
    path: '/installers',
    icon: 'info',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'installerPortal',
    labelKey: 'nav.installerPortal',
    hintKey: 'navHints.installerPortal',
    path: '/installer',
    icon: 'check',
    roles: ['installer'],
    section: 'work',
  },
  {
    id: 'users',
    labelKey: 'nav.users',
    hintKey: 'navHints.users',
    path: '/users',
    icon: 'users',
    roles: ['admin', 'supervisor'],
    section: 'admin',
  },
  {
    id: 'audit',
    labelKey: 'nav.audit',
    hintKey: 'navHints.audit',
    path: '/audit',
    icon: 'history',
    roles: ['admin', 'supervisor'],
    section: 'admin',
  },
  {
    id: 'tokens',
    labelKey: 'nav.tokens',
    hintKey: 'navHints.tokens',
    path: '/tokens',
    icon: 'key',
    roles: ['admin'],
    section: 'admin',
  },
  {
    id: 'tmfHub',
    labelKey: 'nav.tmfHub',
    hintKey: 'navHints.tmfHub',
    path: '/tmf-hub',
    icon: 'refresh',
    // Every listener of the reseller: those who answer for the integrations (policy tmf.hub.read).
    roles: ['admin', 'supervisor'],
    section: 'admin',
  },
  {
    id: 'settings',
    labelKey: 'nav.settings',
    hintKey: 'navHints.settings',
    path: '/settings',
    icon: 'settings',
    roles: ['admin'],
    section: 'admin',
  },
];

export function navigationFor(role: Role): NavItem[] {
  return NAVIGATION.filter((item) => item.roles.includes(role));
}

/** The navigation entry a path belongs to: the longest matching prefix ("/users/42" → users). */
export function navItemForPath(pathname: string): NavItem | undefined {
  let best: NavItem | undefined;
  for (const item of NAVIGATION) {
    const matches =
      item.path === '/' ? pathname === '/' : pathname === item.path || pathname.startsWith(`${item.path}/`);
    if (matches && (!best || item.path.length > best.path.length)) best = item;
  }
  return best;
}

/** Paths outside the navigation (the password page, unknown pages) are open to anyone signed in. */
export function canOpen(role: Role, pathname: string): boolean {
  const item = navItemForPath(pathname);
  return !item || item.roles.includes(role);
}
