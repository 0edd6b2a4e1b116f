import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { runDueActions } from '../support/fleet.ts';
import { ManualClock } from '../../src/platform/clock.ts';

interface Lifecycle {
  actions: {
    type: string;
    allowed: boolean;
    reason: { code: string; title: string } | null;
    effectiveDate: string | null;
    late: boolean;
    monthly: string | null;
  }[];
  plans: { code: string; allowed: boolean; reason: { code: string } | null; price: string | null }[];
  changes: { id: string; kind: string; state: string; effectiveDate: string | null; summary: string }[];
  late?: boolean;
}
interface Sub {
  id: string;
  reference: string;
  state: string;
  operator: string;
  address: string;
  plan: { code: string };
  services: { code: string }[];
  termination: { effectiveDate: string } | null;
}

/**
 * The internet lifecycle actions over HTTP (issue 11 §3) on an Israeli tenant, the worker run by
 * hand. The clock starts on Thursday 12 November 2026, 10:00 in Jerusalem; accounts have Billing
 * Day 10 (next: Thursday 10 December).
 */
describe(`internet lifecycle actions over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let il: TenantFixture;
  let agent: Client;
  let n = 0;

  const login = async () => {
    agent = await Client.login(t.url, il.users.agent.email);
  };
  const account = async (billingDay = 10) => {
    n += 1;
    const res = await agent.post('/api/accounts', {
      kind: 'person',
      firstName: `Client${n}`,
      lastName: 'Levi',
      email: `client${n}@example.co.il`,
      phone: '054-123-4567',
      billingDay,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return String(res.body.id);
  };
  const check = async (accountId: string, operator: string, address: string) => {
    const res = await agent.post('/api/internet/eligibility-checks', { accountId, operator, address });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return String(res.body.id);
  };
  /** An active subscription: ordered (after its check when needed), booked, installed. */
  const active = async (
    accountId: string,
    operator: 'hot' | 'partner' = 'hot',
    planCode = 'hot-500',
    address = 'Rothschild 22, Tel Aviv',
  ) => {
    const eligibilityCheckId = operator === 'partner' ? await check(accountId, operator, address) : undefined;
    const o = await agent.post('/api/internet/subscriptions', {
      accountId,
      operator,
      masap: operator === 'hot' ? '55512345' : 'a5550123',
      address,
      planCode,
      ...(operator === 'partner' ? { buildingFlats: 12, eligibilityCheckId } : {}),
    });
    expect(o.status, JSON.stringify(o.body)).toBe(201);
    const id = String(o.body.id);
    await agent.post(`/api/internet/subscriptions/${id}/installation`, { slot: '2026-11-15T08:00:00Z' });
    const act = await agent.post(`/api/internet/subscriptions/${id}/activation`, {
      boxModel: operator === 'hot' ? 'hot-box-5' : 'partner-black',
      boxSerial: 'HB-0001',
    });
    expect(act.status, JSON.stringify(act.body)).toBe(200);
    return id;
  };
  const life = async (id: string) =>
    (await agent.get(`/api/internet/subscriptions/${id}/lifecycle`)).body as unknown as Lifecycle;
  const sub = async (id: string) =>
    (await agent.get(`/api/internet/subscriptions/${id}`)).body as unknown as Sub;
  const subsOf = async (accountId: string) =>
    ((await agent.get(`/api/internet/subscriptions?accountId=${accountId}`)).body.items ??
      []) as unknown as Sub[];
  const mails = async (accountId: string) => {
    const admin = await Client.login(t.url, il.users.admin.email);
    const list = await admin.get(`/api/outbox?entityType=account&entityId=${accountId}`);
    return ((list.body.items ?? []) as { subject: string; to?: string; recipient?: string }[]).map(
      (m) => m.subject,
    );
  };

  let planChanged: string;
  let moved: string;

  beforeAll(async () => {
    t = await startTestApp({}, new ManualClock('2026-11-12T08:00:00Z'));
    il = await createTenant(t.db, 'isp-il', { country: 'IL', productFamilies: ['internet'] });
    await login();
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  it('NET-02 NET-14 CAL-06 a plan change to fibre waits for the eligibility check, then for the Billing Day', async () => {
    const acc = await account();
    const id = await active(acc);
    let l = await life(id);
    expect(l.actions.find((a) => a.type === 'change_plan')).toMatchObject({
      allowed: true,
      effectiveDate: '2026-12-10',
    });
    const fibre = l.plans.find((p) => p.code === 'hot-fibre-600');
    expect(fibre).toMatchObject({
      allowed: false,
      reason: { code: 'internet.eligibility_required' },
      price: 'same_price',
    });

    const refused = await agent.post(`/api/internet/subscriptions/${id}/plan-change`, {
      planCode: 'hot-fibre-600',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('internet.eligibility_required');
    expect((await life(id)).changes).toEqual([]);

    await check(acc, 'hot', 'rothschild 22 tel-aviv');
    l = await life(id);
    expect(l.plans.find((p) => p.code === 'hot-fibre-600')?.allowed).toBe(true);
    const ok = await agent.post(`/api/internet/subscriptions/${id}/plan-change`, {
      planCode: 'hot-fibre-600',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    l = ok.body as unknown as Lifecycle;
    expect(l.changes[0]).toMatchObject({
      kind: 'plan_change',
      state: 'scheduled',
      effectiveDate: '2026-12-10',
    });
    // One change at a time.
    expect(l.actions.find((a) => a.type === 'change_plan')?.reason?.code).toBe('internet.change_pending');
    expect(await mails(acc)).toContain(
      'Changement de forfait — internet HOT (' + (await sub(id)).reference + ')',
    );
    expect((await sub(id)).plan.code).toBe('hot-500');
    planChanged = id;
  });

  it('NET-02 Partner sells only its 600 and 1000 MB fibre; bad input is refused with a precise code', async () => {
    const acc = await account();
    const id = await active(acc, 'partner', 'partner-fibre-600', 'Jaffa 40, Jerusalem');
    const l = await life(id);
    expect(l.plans.map((p) => [p.code, p.allowed, p.price])).toEqual([
      ['partner-fibre-600', false, null],
      ['partner-fibre-1000', true, 'plus_10'],
    ]);
    const hotPlan = await agent.post(`/api/internet/subscriptions/${id}/plan-change`, {
      planCode: 'hot-200',
    });
    expect([hotPlan.status, hotPlan.body.code]).toEqual([422, 'internet.plan_unknown']);
    const empty = await agent.post(`/api/internet/subscriptions/${id}/plan-change`, {});
    expect(empty.status).toBe(400);
    const badDate = await agent.post(`/api/internet/subscriptions/${id}/move`, {
      address: 'Herzl 5',
      date: '20/11/2026',
    });
    expect(badDate.status).toBe(400);
    expect((await life(id)).changes).toEqual([]);
  });

  it('NET-08 NET-18 a plain move keeps the box: the address changes on the agreed date', async () => {
    const acc = await account();
    const id = await active(acc);
    const past = await agent.post(`/api/internet/subscriptions/${id}/move`, {
      address: 'Herzl 5, Haifa',
      date: '2026-11-11',
    });
    expect([past.status, past.body.code]).toEqual([422, 'internet.move_date_past']);
    const res = await agent.post(`/api/internet/subscriptions/${id}/move`, {
      address: 'Herzl 5, Haifa',
      date: '2026-11-20',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((res.body as unknown as Lifecycle).changes[0]).toMatchObject({
      kind: 'move',
      state: 'scheduled',
      effectiveDate: '2026-11-20',
      summary: 'Herzl 5, Haifa',
    });
    expect((await sub(id)).address).toBe('Rothschild 22, Tel Aviv');
    expect(await subsOf(acc)).toHaveLength(1);
    moved = id;
  });

  it('NET-08 a fibre subscription cannot move to an ineligible address: 409, nothing written', async () => {
    const acc = await account();
    const id = await active(acc, 'partner', 'partner-fibre-1000', 'Jaffa 40, Jerusalem');
    await check(acc, 'partner', 'Ha-Nasi 3, Mitzpe Ramon');
    const res = await agent.post(`/api/internet/subscriptions/${id}/move`, {
      address: 'Ha-Nasi 3, Mitzpe Ramon',
      date: '2026-11-20',
    });
    expect([res.status, res.body.code]).toEqual([409, 'internet.not_eligible']);
    const unchecked = await agent.post(`/api/internet/subscriptions/${id}/move`, {
      address: 'Herzl 5, Haifa',
      date: '2026-11-20',
    });
    expect([unchecked.status, unchecked.body.code]).toEqual([409, 'internet.eligibility_required']);
    expect((await life(id)).changes).toEqual([]);
    expect(await subsOf(acc)).toHaveLength(1);
  });

  it('NET-08 NET-18 a move to fibre is a new installation; the old one ends at the Billing Day after the move', async () => {
    const acc = await account(1);
    const id = await active(acc);
    await check(acc, 'hot', 'Herzl 5, Haifa');
    const res = await agent.post(`/api/internet/subscriptions/${id}/move`, {
      address: 'Herzl 5, Haifa',
      date: '2026-11-20',
      planCode: 'hot-fibre-600',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const all = await subsOf(acc);
    expect(all).toHaveLength(2);
    const [old, fresh] = all;
    expect(old).toMatchObject({
      state: 'termination_pending',
      address: 'Rothschild 22, Tel Aviv',
      termination: { effectiveDate: '2026-12-01' },
    });
    expect(fresh).toMatchObject({
      state: 'eligibility_checked',
      address: 'Herzl 5, Haifa',
      plan: { code: 'hot-fibre-600' },
    });
    expect(await mails(acc)).toContain(`Déménagement de votre internet HOT (${fresh?.reference})`);
  });

  it('NET-03 NET-19 HOT’s DNS name is added at once; Partner’s fixed IP waits for the agent’s confirmation', async () => {
    const acc = await account();
    const hot = await active(acc);
    const res = await agent.post(`/api/internet/subscriptions/${hot}/fixed-ip`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await sub(hot)).services.map((s) => s.code)).toEqual(['hot-dns']);
    const again = await agent.post(`/api/internet/subscriptions/${hot}/fixed-ip`, {});
    expect([again.status, again.body.code]).toEqual([409, 'internet.service_present']);

    const partner = await active(acc, 'partner', 'partner-fibre-600', 'Jaffa 40, Jerusalem');
    const asked = await agent.post(`/api/internet/subscriptions/${partner}/fixed-ip`, {});
    expect(asked.status).toBe(200);
    const change = (asked.body as unknown as Lifecycle).changes[0];
    expect(change).toMatchObject({ kind: 'fixed_ip', state: 'awaiting_confirmation' });
    expect((await sub(partner)).services).toEqual([]);
    const confirmed = await agent.post(`/api/internet/changes/${change?.id}/confirmation`, {});
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect((await sub(partner)).services.map((s) => s.code)).toEqual(['partner-fixed-ip']);
    const twice = await agent.post(`/api/internet/changes/${change?.id}/confirmation`, {});
    expect([twice.status, twice.body.code]).toEqual([409, 'internet.change_not_awaiting']);
  });

  it('NET-07 CAL-03 a provider switch: refused without Partner’s eligibility (nothing written), then both at the Billing Day', async () => {
    const acc = await account();
    const id = await active(acc);
    const refused = await agent.post(`/api/internet/subscriptions/${id}/provider-switch`, {
      masap: 'a5550999',
      planCode: 'partner-fibre-600',
      buildingFlats: 8,
    });
    expect([refused.status, refused.body.code]).toEqual([409, 'internet.eligibility_required']);
    expect((await sub(id)).state).toBe('active');
    expect(await subsOf(acc)).toHaveLength(1);
    await check(acc, 'partner', 'Rothschild 22, Tel Aviv');
    const res = await agent.post(`/api/internet/subscriptions/${id}/provider-switch`, {
      masap: 'a5550999',
      planCode: 'partner-fibre-600',
      buildingFlats: 8,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    // Thursday 12 November for Thursday 10 December: in time.
    expect(res.body.late).toBe(false);
    const [old, fresh] = await subsOf(acc);
    expect(old).toMatchObject({ state: 'termination_pending', termination: { effectiveDate: '2026-12-10' } });
    expect(fresh).toMatchObject({ operator: 'partner', state: 'eligibility_checked' });
    const subjects = await mails(acc);
    expect(subjects.some((s) => s.startsWith('Confirmation de résiliation — internet HOT'))).toBe(true);
    expect(subjects.some((s) => s.startsWith('Nouvelle installation internet Partner'))).toBe(true);
  });

  it('NET-06 a pending termination is reactivated once the operator confirms; the termination then does nothing', async () => {
    const acc = await account();
    const id = await active(acc);
    expect((await life(id)).actions.find((a) => a.type === 'reactivate')?.allowed).toBe(false);
    await agent.post(`/api/internet/subscriptions/${id}/termination`, { reason: 'moving' });
    const asked = await agent.post(`/api/internet/subscriptions/${id}/reactivation`, {});
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    const change = (asked.body as unknown as Lifecycle).changes[0];
    expect(change).toMatchObject({ kind: 'reactivation', state: 'awaiting_confirmation' });
    expect((await sub(id)).state).toBe('termination_pending');
    expect((await agent.post(`/api/internet/changes/${change?.id}/confirmation`, {})).status).toBe(200);
    expect((await sub(id)).state).toBe('active');

    // 20 November 00:00: the move is done; 10 December 00:00: the plan change, the termination skipped.
    t.clock.set('2026-11-19T22:00:00Z');
    await runDueActions(t);
    t.clock.set('2026-12-09T22:00:00Z');
    await runDueActions(t);
    await login();
    expect((await sub(id)).state).toBe('active');
    expect((await sub(moved)).address).toBe('Herzl 5, Haifa');
    expect((await sub(planChanged)).plan.code).toBe('hot-fibre-600');
    expect((await life(planChanged)).changes[0]).toMatchObject({ kind: 'plan_change', state: 'done' });
  });
});
