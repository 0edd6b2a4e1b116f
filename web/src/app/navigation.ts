import type { Session, Tenant } from '../api/types.ts';
import type { fr } from '../i18n/fr.ts';
import type { IconName } from '../kit/icons.tsx';
import type { Permission } from './permissions.ts';

/**
 * The one list of places in the back office. The side navigation, the home page shortcuts and the
 * route guard all read it: a module adds its pages here, with the server policy a user must hold
 * (the session's `permissions`) to open them, the one of the page's main read, so the UI never
 * opens a page whose data the server would refuse.
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
  permission: Permission;
  section: NavSection;
  /**
   * Issue 11 §6: the product family a page belongs to; shown only to tenants that sell it (the
   * tenant setting `productFamilies`). Pages of no family are everyone's.
   */
  family?: ProductFamily;
}

export type ProductFamily = Tenant['productFamilies'][number];

export const NAVIGATION: readonly NavItem[] = [
  {
    id: 'home',
    labelKey: 'nav.home',
    hintKey: 'navHints.home',
    path: '/',
    icon: 'home',
    permission: 'session.self',
    section: 'work',
  },
  {
    id: 'accounts',
    labelKey: 'nav.accounts',
    hintKey: 'navHints.accounts',
    path: '/accounts',
    icon: 'briefcase',
    permission: 'accounts.read',
    section: 'work',
  },
  {
    id: 'heldCustomers',
    labelKey: 'nav.heldCustomers',
    hintKey: 'navHints.heldCustomers',
    path: '/accounts/held',
    icon: 'userPlus',
    permission: 'accounts.read',
    section: 'work',
  },
  {
    id: 'incidents',
    labelKey: 'nav.incidents',
    hintKey: 'navHints.incidents',
    path: '/incidents',
    icon: 'alert',
    permission: 'support.read',
    section: 'work',
  },
  {
    id: 'heldAppointments',
    labelKey: 'nav.heldAppointments',
    hintKey: 'navHints.heldAppointments',
    path: '/appointments/held',
    icon: 'calendar',
    permission: 'support.read',
    section: 'work',
  },
  {
    id: 'lines',
    labelKey: 'nav.lines',
    hintKey: 'navHints.lines',
    path: '/lines',
    family: 'mobile',
    icon: 'sim',
    permission: 'lines.read',
    section: 'work',
  },
  {
    id: 'catalog',
    labelKey: 'nav.catalog',
    hintKey: 'navHints.catalog',
    path: '/catalog',
    family: 'mobile',
    icon: 'book',
    permission: 'catalog.read',
    section: 'work',
  },
  {
    id: 'internet',
    labelKey: 'nav.internet',
    hintKey: 'navHints.internet',
    path: '/internet',
    family: 'internet',
    icon: 'wifi',
    permission: 'internet.read',
    section: 'work',
  },
  {
    id: 'internetCatalog',
    labelKey: 'nav.internetCatalog',
    hintKey: 'navHints.internetCatalog',
    path: '/internet/catalog',
    family: 'internet',
    icon: 'router',
    permission: 'internet.read',
    section: 'work',
  },
  {
    id: 'heldOrders',
    labelKey: 'nav.heldOrders',
    hintKey: 'navHints.heldOrders',
    path: '/orders/held',
    family: 'mobile',
    icon: 'plus',
    permission: 'orders.read',
    section: 'work',
  },
  {
    id: 'stock',
    labelKey: 'nav.stock',
    hintKey: 'navHints.stock',
    path: '/stock',
    family: 'mobile',
    icon: 'copy',
    permission: 'stock.read',
    section: 'work',
  },
  {
    id: 'usage',
    labelKey: 'nav.usage',
    hintKey: 'navHints.usage',
    path: '/usage',
    family: 'mobile',
    icon: 'chart',
    permission: 'usage.read',
    section: 'work',
  },
  {
    id: 'usageLines',
    labelKey: 'nav.usageLines',
    hintKey: 'navHints.usageLines',
    path: '/usage/lines',
    family: 'mobile',
    icon: 'gauge',
    permission: 'usage.read',
    section: 'work',
  },
  {
    id: 'outbox',
    labelKey: 'nav.outbox',
    hintKey: 'navHints.outbox',
    path: '/outbox',
    icon: 'mail',
    permission: 'outbox.read',
    section: 'work',
  },
  {
    id: 'actions',
    labelKey: 'nav.actions',
    hintKey: 'navHints.actions',
    path: '/actions',
    icon: 'clock',
    permission: 'actions.read',
    section: 'work',
  },
  {
    id: 'installers',
    labelKey: 'nav.installers',
    hintKey: 'navHints.installers',
    path: '/installers',
    icon: 'info',
    permission: 'referral.read',
    section: 'work',
  },
  {
    id: 'installerMap',
    labelKey: 'nav.installerMap',
    hintKey: 'navHints.installerMap',
    path: '/installer-map',
    icon: 'map',
    permission: 'referral.read',
    section: 'work',
  },
  {
    id: 'installerPortal',
    labelKey: 'nav.installerPortal',
    hintKey: 'navHints.installerPortal',
    path: '/installer',
    icon: 'check',
    permission: 'referral.portal',
    section: 'work',
  },
  {
    id: 'users',
    labelKey: 'nav.users',
    hintKey: 'navHints.users',
    path: '/users',
    icon: 'users',
    permission: 'users.read',
    section: 'admin',
  },
  {
    id: 'audit',
    labelKey: 'nav.audit',
    hintKey: 'navHints.audit',
    path: '/audit',
    icon: 'history',
    permission: 'audit.read',
    section: 'admin',
  },
  {
    id: 'tokens',
    labelKey: 'nav.tokens',
    hintKey: 'navHints.tokens',
    path: '/tokens',
    icon: 'key',
    permission: 'tokens.manage',
    section: 'admin',
  },
  {
    id: 'tmfHub',
    labelKey: 'nav.tmfHub',
    hintKey: 'navHints.tmfHub',
    path: '/tmf-hub',
    icon: 'link',
    // Every listener of the reseller: those who answer for the integrations.
    permission: 'tmf.hub.read',
    section: 'admin',
  },
  {
    id: 'settings',
    labelKey: 'nav.settings',
    hintKey: 'navHints.settings',
    path: '/settings',
    icon: 'settings',
    permission: 'tenant.update',
    section: 'admin',
  },
];

/** Whether a tenant selling `families` shows a page (no family: every tenant). */
const soldBy = (item: NavItem, families: readonly ProductFamily[]) =>
  !item.family || families.includes(item.family);

/** What the user holds (the session's `permissions`) and what the tenant sells. */
export interface Viewer {
  permissions: readonly Permission[];
  families: readonly ProductFamily[];
}

export const viewerOf = (session: Pick<Session, 'permissions' | 'tenant'>): Viewer => ({
  permissions: session.permissions,
  families: session.tenant.productFamilies,
});

const opens = (item: NavItem, viewer: Viewer) =>
  viewer.permissions.includes(item.permission) && soldBy(item, viewer.families);

export function navigationFor(viewer: Viewer): NavItem[] {
  return NAVIGATION.filter((item) => opens(item, viewer));
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

/**
 * Whether the menu shows `item` as the current place on `pathname`: only the place the path
 * belongs to (its longest prefix), so « Clients à compléter » on /accounts/held is current and
 * « Clients » is not, while « Clients » stays current on a customer's page (/accounts/42).
 */
export function isCurrentPlace(item: NavItem, pathname: string): boolean {
  return navItemForPath(pathname)?.id === item.id;
}

/** Paths outside the navigation (the password page, unknown pages) are open to anyone signed in. */
export function canOpen(viewer: Viewer, pathname: string): boolean {
  const item = navItemForPath(pathname);
  return !item || opens(item, viewer);
}
