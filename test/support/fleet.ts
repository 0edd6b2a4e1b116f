import { expect } from 'vitest';
import { actionJobHandler, ACTION_JOB_KIND, createWorker } from '../../src/platform/jobs/index.ts';
import type { Client, TestApp } from './app.ts';
import type { Tx } from '../../src/platform/db/db.ts';

/** The business customer most mobile tests order lines for (a valid SIRET, ACC-01). */
export const LEFEVRE = {
  kind: 'business',
  companyType: 'SAS',
  companyName: 'Transports Lefèvre',
  siret: '901 122 334 00021',
  email: 'flotte@transports-lefevre.fr',
  billingDay: 1,
} as const;

/** Creates a customer account through the API (Transports Lefèvre unless overridden); its id. */
export async function createCustomer(client: Client, over: Record<string, unknown> = {}): Promise<string> {
  const res = await client.post('/api/accounts', { ...LEFEVRE, ...over });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return String(res.body.id);
}

/** Runs the effective-dated actions due at the app's clock (order submission, line actions…), as the worker would. */
export function runDueActions(t: TestApp): Promise<number> {
  return createWorker({
    db: t.db,
    clock: t.clock,
    handlers: { [ACTION_JOB_KIND]: actionJobHandler(t.deps.actions) },
  }).runDue();
}

/**
 * A tenant with one customer and one completed order, written as the system, for tests that then
 * insert a fleet of lines under them in SQL (the name-search plan and page tests).
 */
export async function seedFleetOwner(
  tx: Tx,
  ids: { tenant: string; account: string; order: string; slug: string; name: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO tenants (id, slug, legal_name, country, time_zone, currency, created_at, updated_at)
     VALUES ($1, $2, $3, 'FR', 'Europe/Paris', 'EUR', now(), now())`,
    [ids.tenant, ids.slug, ids.name],
  );
  await tx.query(
    `INSERT INTO customer_accounts (tenant_id, id, reference, kind, first_name, last_name, display_name, email,
       country, billing_day, created_at, updated_at)
     VALUES ($1, $2, 'C-000001', 'person', 'Jean', 'Dupont', 'Jean Dupont', 'jean@example.fr', 'FR', 1, now(), now())`,
    [ids.tenant, ids.account],
  );
  await tx.query(
    `INSERT INTO orders (tenant_id, id, reference, account_id, configuration, network, state, submit_at, created_by,
       created_at, updated_at)
     VALUES ($1, $2, 'CMD-000001', $3, 'multiple', 'orange', 'completed', now(), 'test', now(), now())`,
    [ids.tenant, ids.order, ids.account],
  );
}
