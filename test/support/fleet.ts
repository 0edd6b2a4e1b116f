import { expect } from 'vitest';
import { actionJobHandler, ACTION_JOB_KIND, createWorker } from '../../src/platform/jobs/index.ts';
import type { Client, TestApp } from './app.ts';

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
