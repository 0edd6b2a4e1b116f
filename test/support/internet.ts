import { expect } from 'vitest';
import { CURRENT_INTERNET_CATALOG } from '../../src/modules/internet/data/index.ts';
import type { BoxDef, PlanDef } from '../../src/modules/internet/model.ts';
import type { SubscriptionFacts } from '../../src/modules/internet/rules.ts';
import type { Client } from './app.ts';

/** The internet catalog's reseller is Israeli (seed 000): its days, Billing Days and slots are Israel's. */
export const ISRAEL_ZONE = 'Asia/Jerusalem';

/** An instant from its ISO text, with its offset: the rules' tests read like the handbook's dates. */
export const at = (iso: string): Date => new Date(iso);

/** A plan of the current internet catalog by its code; a test naming an unknown one fails at once. */
export function internetPlan(code: string): PlanDef {
  const p = CURRENT_INTERNET_CATALOG.plans.find((x) => x.code === code);
  if (!p) throw new Error(`no internet plan ${code}`);
  return p;
}

/** A box model of the current internet catalog by its code; a test naming an unknown one fails at once. */
export function internetBox(code: string): BoxDef {
  const b = CURRENT_INTERNET_CATALOG.boxes.find((x) => x.code === code);
  if (!b) throw new Error(`no internet box ${code}`);
  return b;
}

/**
 * A Partner fibre 600 Mb subscription in this state as the rules read it: no box yet, its
 * eligibility check needed (NET-13), billed on the 10th, nothing waiting for Bezeq or HOT.
 */
export function partnerFacts(state: SubscriptionFacts['state']): SubscriptionFacts {
  return {
    operator: 'partner',
    state,
    plan: internetPlan('partner-fibre-600'),
    box: null,
    extenders: 0,
    billingDay: 10,
    needsEligibility: true,
    bezeqPending: false,
    wifiPending: false,
  };
}

/**
 * An internet subscription ordered through the API: HOT 500 Mb, or Partner fibre 600 Mb in a
 * building of 12 flats after its eligibility check (NET-13: every Partner installation needs one).
 */
export async function orderInternet(
  agent: Client,
  accountId: string,
  operator: 'hot' | 'partner',
  address = 'Herzl 5, Haifa',
): Promise<string> {
  let eligibilityCheckId: string | undefined;
  if (operator === 'partner') {
    const c = await agent.post('/api/internet/eligibility-checks', { accountId, operator, address });
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    eligibilityCheckId = String(c.body.id);
  }
  const o = await agent.post('/api/internet/subscriptions', {
    accountId,
    operator,
    masap: operator === 'hot' ? '55598765' : 'a5559876',
    address,
    planCode: operator === 'hot' ? 'hot-500' : 'partner-fibre-600',
    ...(operator === 'partner' ? { buildingFlats: 12, eligibilityCheckId } : {}),
  });
  expect(o.status, JSON.stringify(o.body)).toBe(201);
  return String(o.body.id);
}

/** An internet subscription ordered, booked and installed with this box (NET-15 slot on 15 November). */
export async function activeInternet(
  agent: Client,
  accountId: string,
  operator: 'hot' | 'partner',
  box: { model: string; serial: string },
): Promise<string> {
  const id = await orderInternet(agent, accountId, operator);
  const b = await agent.post(`/api/internet/subscriptions/${id}/installation`, {
    slot: '2026-11-15T08:00:00Z',
  });
  expect(b.status, JSON.stringify(b.body)).toBe(200);
  const a = await agent.post(`/api/internet/subscriptions/${id}/activation`, {
    boxModel: box.model,
    boxSerial: box.serial,
  });
  expect(a.status, JSON.stringify(a.body)).toBe(200);
  return id;
}
