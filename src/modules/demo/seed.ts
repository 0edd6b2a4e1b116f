import type { Db, Tx } from '../../platform/db/db.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import type { Role } from '../../platform/auth/principal.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { enqueueEmail, renderTemplate } from '../../platform/notify/index.ts';
import { seedDemoAccounts } from '../accounts/demo.ts';
import { createTenant, lockTenantCreation, tenantIdBySlug, tenantsBySlugs } from '../tenants/service.ts';
import { createUserWithPassword, findUserByEmail, firstUserWithRole } from '../users/service.ts';
import { seedDemoInstallers } from '../referral/demo.ts';
import { fleetMissing, seedDemoFleet, type FleetDeps } from './fleet.ts';
import { seedDemoUsage } from '../usage/demo.ts';
import { seedInternetDemo } from '../internet/demo.ts';

/** Known demo password, printed at start. Demo users are not forced to change it. */
export const DEMO_PASSWORD = 'relais-demo-2026';

export interface DemoTenant {
  slug: string;
  legalName: string;
  country: 'FR' | 'IL';
  timeZone: string;
  currency: 'EUR' | 'ILS';
  productFamilies: ('mobile' | 'internet')[];
}

export const DEMO_TENANTS: DemoTenant[] = [
  {
    slug: 'demo-il',
    legalName: 'Démo Internet Israël',
    country: 'IL',
    timeZone: 'Asia/Jerusalem',
    currency: 'ILS',
    // Issue 11 §6: demo-il sells internet (HOT, Partner) only.
    productFamilies: ['internet'],
  },
  {
    slug: 'demo-fr',
    legalName: 'Démo Mobile France',
    country: 'FR',
    timeZone: 'Europe/Paris',
    currency: 'EUR',
    productFamilies: ['mobile'],
  },
];

export const DEMO_ROLES: { role: Role; name: string }[] = [
  { role: 'admin', name: 'Alice Administratrice' },
  { role: 'supervisor', name: 'Sam Superviseur' },
  { role: 'agent', name: 'Agathe Agente' },
  { role: 'fleet_manager', name: 'Fabien Gestionnaire de flotte' },
  { role: 'installer', name: 'Ines Installatrice' },
];

export function demoEmail(slug: string, role: Role): string {
  return `${role.replace('_', '-')}@${slug}.relais.test`;
}

/**
 * Creates the demo tenants with one user per role, once: a restart finds them and does nothing.
 * With `fleet`, demo-fr also gets its mobile fleet (stock, lines, orders, incidents, charges,
 * e-mails: ./fleet.ts), in the same transaction, when it has no order and no line yet: on a fresh
 * database, and once on a data dir seeded before the fleet existed; never twice.
 * Returns true when it created the tenants.
 */
export async function seedDemo(db: Db, now: Date, fleet?: FleetDeps): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.system(async (tx) => {
    // Serialises two processes starting together on one empty PostgreSQL.
    await lockTenantCreation(tx);
    const existing = await tenantsBySlugs(
      tx,
      DEMO_TENANTS.map((t) => t.slug),
    );
    if (existing.length === 0)
      for (const t of DEMO_TENANTS) {
        const tenantId = await createTenant(tx, t, now);
        await tx.scoped(tenantId, async (s) => {
          const fleetAccountId = await seedDemoAccounts(s, t.country, now);
          await seedTenantUsers(s, t, passwordHash, now, fleetAccountId);
          // Issue 13: the demo installer's company in the directory (French tenant: French addresses).
          if (t.country === 'FR') {
            const ines = await firstUserWithRole(s, 'installer');
            if (!ines) throw new Error('demo: the installer user is missing');
            await seedDemoInstallers(s, ines.id, now);
          }
        });
      }
    const fr = await tenantIdBySlug(tx, 'demo-fr');
    if (fleet && fr)
      await tx.scoped(fr.id, async (s) => {
        if (await fleetMissing(s)) await seedDemoFleet(s, fleet, await demoActors(s, 'demo-fr'), now);
        // Issue 12: a month of usage on the fleet's lines, once (it checks for records itself).
        await seedDemoUsage(s, fleet.actions, (await demoActors(s, 'demo-fr')).agent, now);
      });
    // demo-il's internet subscriptions (issue 11), once.
    const il = await tenantIdBySlug(tx, 'demo-il');
    if (fleet && il)
      await seedInternetDemo(
        tx,
        il.id,
        fleet,
        (await tx.scoped(il.id, (s) => demoActors(s, 'demo-il'))).agent,
        now,
      );
    return existing.length === 0;
  });
}

/** The demo agent and admin as audit authors (the fleet's work reads as theirs, not "system"). */
async function demoActors(tx: Tx, slug: string) {
  const actor = async (role: Role) => {
    const u = await findUserByEmail(tx, demoEmail(slug, role));
    return u ? { type: 'user' as const, id: u.id, label: `${u.displayName} <${u.email}>` } : SYSTEM_ACTOR;
  };
  return { agent: await actor('agent'), admin: await actor('admin') };
}

async function seedTenantUsers(
  tx: Tx,
  t: DemoTenant,
  passwordHash: string,
  now: Date,
  fleetAccountId: string,
): Promise<void> {
  for (const { role, name } of DEMO_ROLES) {
    await createUserWithPassword(tx, SYSTEM_ACTOR, now, {
      email: demoEmail(t.slug, role),
      login: `${role.replace('_', '-')}-${t.slug}`,
      displayName: name,
      role,
      locale: 'fr',
      // The fleet manager belongs to the first demo business account (src/modules/accounts/demo.ts).
      ...(role === 'fleet_manager' ? { customerAccountId: fleetAccountId } : {}),
      passwordHash,
    });
  }
  const msg = renderTemplate('demo.welcome', 'fr', { tenantName: t.legalName, slug: t.slug });
  await enqueueEmail(tx, {
    to: demoEmail(t.slug, 'admin'),
    ...msg,
    template: 'demo.welcome',
    locale: 'fr',
    entityType: 'tenant',
    entityId: t.slug,
    now,
  });
}
