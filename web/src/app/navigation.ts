import { ROLES, type Role, type Tenant } from '../api/types.ts';
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
  /**
   * Issue 11 §6: the product family a page belongs to; shown only to tenants that sell it (the
   * tenant setting `productFamilies`). Pages of no family are everyone's.
   */
  family?: ProductFamily;
}

export type ProductFamily = Tenant['productFamilies'][number];

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
    id: 'heldAppointments',
    labelKey: 'nav.heldAppointments',
    hintKey: 'navHints.heldAppointments',
    path: '/appointments/held',
    icon: 'clock',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'lines',
    labelKey: 'nav.lines',
    hintKey: 'navHints.lines',
    path: '/lines',
    family: 'mobile',
    icon: 'sim',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'catalog',
    labelKey: 'nav.catalog',
    hintKey: 'navHints.catalog',
    path: '/catalog',
    family: 'mobile',
    icon: 'book',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'internet',
    labelKey: 'nav.internet',
    hintKey: 'navHints.internet',
    path: '/internet',
    family: 'internet',
    icon: 'wifi',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'internetCatalog',
    labelKey: 'nav.internetCatalog',
    hintKey: 'navHints.internetCatalog',
    path: '/internet/catalog',
    family: 'internet',
    icon: 'router',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'heldOrders',
    labelKey: 'nav.heldOrders',
    hintKey: 'navHints.heldOrders',
    path: '/orders/held',
    family: 'mobile',
    icon: 'plus',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'stock',
    labelKey: 'nav.stock',
    hintKey: 'navHints.stock',
    path: '/stock',
    family: 'mobile',
    icon: 'copy',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'usage',
    labelKey: 'nav.usage',
    hintKey: 'navHints.usage',
    path: '/usage',
    family: 'mobile',
    icon: 'chart',
    roles: BACK_OFFICE,
    section: 'work',
  },
  {
    id: 'usageLines',
    labelKey: 'nav.usageLines',
    hintKey: 'navHints.usageLines',
    path: '/usage/lines',
    family: 'mobile',
    icon: 'gauge',
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
    id: 'installerMap',
    labelKey: 'nav.installerMap',
    hintKey: 'navHints.installerMap',
    path: '/installer-map',
    icon: 'map',
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
    icon: 'link',
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

/** Whether a tenant selling `families` shows a page (no family: every tenant). */
const soldBy = (item: NavItem, families: readonly ProductFamily[]) =>
  !item.family || families.includes(item.family);

export function navigationFor(role: Role, families: readonly ProductFamily[]): NavItem[] {
  return NAVIGATION.filter((item) => item.roles.includes(role) && soldBy(item, families));
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
export function canOpen(role: Role, pathname: string, families: readonly ProductFamily[]): boolean {
  const item = navItemForPath(pathname);
  return !item || (item.roles.includes(role) && soldBy(item, families));
}
