import { describe, expect, it } from 'vitest';
import '../support/install-modules.ts';
import { ROLES, type Role } from '../../src/platform/auth/principal.ts';
import { permissionsOf } from '../../src/platform/auth/policies.ts';
import {
  NAVIGATION,
  canOpen,
  isCurrentPlace,
  navigationFor,
  type NavKey,
} from '../../web/src/app/navigation.ts';
import type { Permission } from '../../web/src/app/permissions.ts';

const BACK_OFFICE: NavKey[] = [
  'accounts',
  'heldCustomers',
  'incidents',
  'heldAppointments',
  'lines',
  'catalog',
  'internet',
  'internetCatalog',
  'heldOrders',
  'stock',
  'usage',
  'usageLines',
  'outbox',
  'actions',
  'installers',
  'installerMap',
];

// The places each role saw when the navigation listed roles itself (before issue 9 §6): taking
// them from the server's policies must not show a role one place more or less.
const EXPECTED: Record<Role, NavKey[]> = {
  admin: ['home', ...BACK_OFFICE, 'users', 'audit', 'tokens', 'tmfHub', 'settings'],
  supervisor: ['home', ...BACK_OFFICE, 'users', 'audit', 'tmfHub'],
  agent: ['home', ...BACK_OFFICE],
  fleet_manager: ['home'],
  installer: ['home', 'installerPortal'],
};

/** What GET /api/session lists for a role: the server's own policies (permissionsOf). */
const sessionPermissions = (role: Role) => permissionsOf(role) as Permission[];
const BOTH_FAMILIES = ['mobile', 'internet'] as const;

describe('the navigation', () => {
  it('gives each place its own icon (Lignes and Catalogue were both a SIM card)', () => {
    const byIcon = new Map<string, string[]>();
    for (const item of NAVIGATION) byIcon.set(item.icon, [...(byIcon.get(item.icon) ?? []), item.id]);
    const shared = [...byIcon.entries()].filter(([, ids]) => ids.length > 1);
    expect(shared).toEqual([]);
  });

  it.each(ROLES)(
    'shows %s, from the permissions the server gives the role, the places it saw before',
    (role) => {
      const viewer = { permissions: sessionPermissions(role), families: BOTH_FAMILIES };
      expect(navigationFor(viewer).map((item) => item.id)).toEqual(
        NAVIGATION.map((item) => item.id).filter((id) => EXPECTED[role].includes(id)),
      );
      // The route guard agrees with the navigation, place by place (a sub-page follows its place).
      for (const item of NAVIGATION) {
        const open = EXPECTED[role].includes(item.id);
        expect(canOpen(viewer, item.path), `${role} ${item.path}`).toBe(open);
        if (item.path !== '/') expect(canOpen(viewer, `${item.path}/some-id`)).toBe(open);
      }
    },
  );

  it('asks for permissions the server knows, so no place is open to nobody by a typo', () => {
    const known = new Set(ROLES.flatMap(sessionPermissions));
    expect(NAVIGATION.filter((item) => !known.has(item.permission)).map((item) => item.id)).toEqual([]);
  });

  it('still hides the pages of a product family the tenant does not sell (issue 11 §6)', () => {
    const viewer = { permissions: sessionPermissions('admin'), families: ['internet'] as const };
    const ids = navigationFor(viewer).map((item) => item.id);
    expect(ids).toContain('internet');
    expect(ids).not.toContain('lines');
    expect(canOpen(viewer, '/lines/42')).toBe(false);
    expect(canOpen(viewer, '/internet/catalog')).toBe(true);
  });

  it.each([
    ['/accounts/held', 'heldCustomers'],
    ['/internet/catalog', 'internetCatalog'],
    ['/usage/lines', 'usageLines'],
    ['/accounts', 'accounts'],
    ['/accounts/42', 'accounts'],
    ['/internet/7f3c', 'internet'],
    ['/', 'home'],
  ])('marks only the place %s belongs to as current (%s), never its parent too', (path, place) => {
    expect(NAVIGATION.filter((item) => isCurrentPlace(item, path)).map((item) => item.id)).toEqual([place]);
  });

  it('marks no place current outside the navigation (the password page)', () => {
    expect(NAVIGATION.filter((item) => isCurrentPlace(item, '/password'))).toEqual([]);
  });

  it('leaves paths outside the navigation open to anyone signed in (the password page)', () => {
    expect(canOpen({ permissions: sessionPermissions('fleet_manager'), families: [] }, '/password')).toBe(
      true,
    );
  });
});
