import type { Db, Tx } from '../../platform/db/db.ts';
import { newId } from '../../platform/clock.ts';
import { hashPassword } from '../../platform/auth/passwords.ts';
import type { Role } from '../../platform/auth/principal.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { enqueueEmail, renderTemplate } from '../../platform/notify/index.ts';
import { seedDemoAccounts } from '../accounts/demo.ts';
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
    await tx.query('SELECT pg_advisory_xact_lock(72616974)');
    const existing = await tx.query<{ id: string; slug: string }>(
      `SELECT id, slug FROM tenants WHERE slug = ANY($1::text[])`,
      [DEMO_TENANTS.map((t) => t.slug)],
    );
    if (existing.length === 0)
      for (const t of DEMO_TENANTS) {
        const tenantId = newId();
        await tx.query(
          `INSERT INTO tenants (id, slug, legal_name, country, time_zone, currency, product_families,
              created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $8::text[], $7, $7)`,
          [tenantId, t.slug, t.legalName, t.country, t.timeZone, t.currency, now, t.productFamilies],
        );
        await tx.scoped(tenantId, async (s) => {
          const fleetAccountId = await seedDemoAccounts(s, t.country, now);
          await seedTenantUsers(s, t, passwordHash, now, fleetAccountId);
          // Issue 13: the demo installer's company in the directory (French tenant: French addresses).
          if (t.country === 'FR') {
            const ines = await s.one<{ id: string }>(`SELECT id FROM users WHERE role = 'installer'`);
            await seedDemoInstallers(s, ines.id, now);
          }
        });
      }
    const fr = await tx.maybeOne<{ id: string }>(`SELECT id FROM tenants WHERE slug = 'demo-fr'`);
    if (fleet && fr)
      await tx.scoped(fr.id, async (s) => {
        if (await fleetMissing(s)) await seedDemoFleet(s, fleet, await demoActors(s, 'demo-fr'), now);
        // Issue 12: a month of usage on the fleet's lines, once (it checks for records itself).
        await seedDemoUsage(s, fleet.actions, (await demoActors(s, 'demo-fr')).agent, now);
      });
    // demo-il's internet subscriptions (issue 11), once.
    const il = await tx.maybeOne<{ id: string }>(`SELECT id FROM tenants WHERE slug = 'demo-il'`);
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
    const u = await tx.maybeOne<{ id: string; display_name: string; email: string }>(
      `SELECT id, display_name, email FROM users WHERE lower(email) = $1`,
      [demoEmail(slug, role)],
    );
    return u ? { type: 'user' as const, id: u.id, label: `${u.display_name} <${u.email}>` } : SYSTEM_ACTOR;
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
    const id = newId();
    const email = demoEmail(t.slug, role);
    await tx.query(
      `INSERT INTO users (tenant_id, id, email, login, display_name, role, locale, customer_account_id, password_hash,
                          must_change_password, created_at, updated_at)
       VALUES (relais_tenant(), $1, $2, $3, $4, $5, 'fr', $6, $7, false, $8, $8)`,
      // The fleet manager belongs to the first demo business account (src/modules/accounts/demo.ts).
      [
        id,
        email,
        `${role.replace('_', '-')}-${t.slug}`,
        name,
        role,
        role === 'fleet_manager' ? fleetAccountId : null,
        passwordHash,
        now,
      ],
    );
    await recordAudit(tx, SYSTEM_ACTOR, now, null, {
      entityType: 'user',
      entityId: id,
      entityLabel: `${name} <${email}>`,
      action: 'user.created',
      after: { email, role },
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
