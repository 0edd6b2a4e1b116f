import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { createCustomer, runDueActions } from '../support/fleet.ts';

const ORANGE_ROAMING = [
  'orange-cutoff-usa-canada-0mb',
  'orange-cutoff-maghreb-turkey-0mb',
  'orange-cutoff-rest-of-world-0mb',
];
const orangeLine = (userName: string) => ({
  offer: 'orange-unlimited-5gb-blocked',
  options: [...ORANGE_ROAMING, 'orange-fixed-ip-internet-only'],
  userName,
  simType: 'pin',
  portability: false,
});

interface ActionItem {
  type: string;
  target: string | null;
  allowed: boolean;
  reason: { code: string; title: string } | null;
  effectiveAt: string | null;
  effectiveLabel: string | null;
  immediate: boolean;
  billingContinues: boolean;
  change: string | null;
}
interface LineBody {
  id: string;
  state: string;
  offer: string;
  msisdn: string;
  iccid: string;
  options: { code: string; status: string; endedAt: string | null }[];
}

/** Line actions over HTTP (ACT-01..ACT-05, CAL-05, ORD-07, Reading 7), the worker run by hand. */
describe(`line actions over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let agent: Client;
  let agentB: Client;
  let lineUp: string;
  let lineOther: string;

  const runWorker = () => runDueActions(t);
  const setClock = async (iso: string) => {
    t.clock.set(new Date(iso));
    agent = await Client.login(t.url, a.users.agent.email);
    agentB = await Client.login(t.url, b.users.agent.email);
  };
  const actionsOf = async (id: string) =>
    (await agent.get(`/api/lines/${id}/actions`)).body as unknown as {
      items: ActionItem[];
      pending: { id: string; type: string }[];
    };
  const line = async (id: string) => (await agent.get(`/api/lines/${id}`)).body as unknown as LineBody;
  const mails = (lineId: string) =>
    t.db.system((tx) =>
      tx.query<{ template: string; subject: string; body_text: string }>(
        `SELECT template, subject, body_text FROM outbox WHERE entity_type = 'line' AND entity_id = $1 AND template LIKE 'line.action%' ORDER BY created_at`,
        [lineId],
      ),
    );
  const written = () =>
    t.db.system(async (tx) => ({
      actions: (await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM pending_actions`)).n,
      outbox: (await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM outbox`)).n,
      charges: (await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM account_charges`)).n,
      audit: (await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events`)).n,
    }));

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.db, 'alpha');
    b = await createTenant(t.db, 'bravo');
    agent = await Client.login(t.url, a.users.agent.email);
    agentB = await Client.login(t.url, b.users.agent.email);
    const accId = await createCustomer(agent);
    await agent.post('/api/stock/sims/import', { csv: simCsv([1, 2, 3].map((n) => ({ iccid: iccid(n) }))) });
    await agent.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0700000000;0700000009',
    });
    const order = await agent.post('/api/orders', {
      accountId: accId,
      configuration: 'multiple',
      lines: [orangeLine('Julie Martin'), orangeLine('Paul Durand')],
    });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    expect(await runWorker()).toBe(1);
    const ls = order.body.lines as { id: string }[];
    [lineUp, lineOther] = ls.map((l) => l.id) as [string, string];
    expect((await line(lineUp)).state).toBe('active');
  });
  afterAll(() => t.close());

  it('ACT-01 ACT-02 ACT-03 ACT-04 CAL-05 GET actions lists every action, refused ones with their French reason', async () => {
    const { items } = await actionsOf(lineUp);
    const find = (type: string, target: string | null = null) =>
      items.find((i) => i.type === type && i.target === target);
    expect(find('suspend')).toMatchObject({ allowed: true, immediate: true, billingContinues: true });
    expect(find('reactivate')).toMatchObject({ allowed: false, reason: { code: 'line.not_suspended' } });
    expect(find('plan_change', 'orange-unlimited-10gb-blocked')).toMatchObject({
      allowed: true,
      change: 'upgrade',
      effectiveAt: '2026-11-30T23:00:00.000Z',
      effectiveLabel: '1er décembre 2026 à 00:00',
    });
    expect(find('plan_change', 'orange-unlimited-5gb-unblocked')).toMatchObject({
      allowed: true,
      change: 'migration',
    });
    expect(find('plan_change', 'orange-data-only-10gb-blocked')).toMatchObject({
      allowed: false,
      reason: { title: 'Migration impossible : changement de gamme' },
      effectiveAt: null,
    });
    // Only the line's network is listed.
    expect(items.some((i) => i.target?.startsWith('bouygues-'))).toBe(false);
    const suspendOption = items.filter((i) => i.type === 'option_suspension');
    expect(suspendOption.length).toBe(4);
    for (const s of suspendOption) expect(s.reason?.title).toBe('Une option ne se suspend pas : résiliez-la');
  });

  it('ACT-03 CAL-05 an upgrade is scheduled for the 1st (idempotent), e-mailed, and not applied before', async () => {
    const key = { 'Idempotency-Key': 'upgrade-line-1' };
    const res = await agent.post(
      `/api/lines/${lineUp}/plan-change`,
      { offerId: 'orange-unlimited-10gb-blocked' },
      key,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.action).toMatchObject({
      kind: 'line.plan_change',
      status: 'scheduled',
      immediate: false,
      effectiveAt: '2026-11-30T23:00:00.000Z',
      effectiveLabel: '1er décembre 2026 à 00:00',
    });
    const again = await agent.post(
      `/api/lines/${lineUp}/plan-change`,
      { offerId: 'orange-unlimited-10gb-blocked' },
      key,
    );
    expect(again.status).toBe(201);
    expect((again.body.action as { id: string }).id).toBe((res.body.action as { id: string }).id);
    const pending = await agent.get(
      `/api/pending-actions?entityType=line&entityId=${lineUp}&status=scheduled`,
    );
    expect(pending.body.total).toBe(1);
    // A second plan change while one is scheduled is refused.
    const second = await agent.post(`/api/lines/${lineUp}/plan-change`, {
      offerId: 'orange-unlimited-30gb-blocked',
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('line.change_pending');
    expect((await mails(lineUp)).map((m) => m.template)).toEqual(['line.action_scheduled']);
    expect(await runWorker()).toBe(0);
    expect((await line(lineUp)).offer).toBe('orange-unlimited-5gb-blocked');
  });

  it('ACT-04 a change of range is refused with its code and writes nothing', async () => {
    const before = await written();
    const res = await agent.post(`/api/lines/${lineOther}/plan-change`, {
      offerId: 'orange-data-only-10gb-blocked',
    });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('catalog.change_range');
    const unknown = await agent.post(`/api/lines/${lineOther}/plan-change`, { offerId: 'no-such-offer' });
    expect(unknown.status).toBe(400);
    expect(await written()).toEqual(before);
  });

  it('ACT-01 suspend then reactivate take effect at once; the suspension e-mail says the plan is still billed', async () => {
    const s = await agent.post(`/api/lines/${lineOther}/suspension`, {});
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    expect(s.body.action).toMatchObject({ kind: 'line.suspend', status: 'done', immediate: true });
    expect((s.body.line as LineBody).state).toBe('suspended');
    expect((await agent.post(`/api/lines/${lineOther}/suspension`, {})).body.code).toBe(
      'line.already_suspended',
    );
    const r = await agent.post(`/api/lines/${lineOther}/reactivation`, {});
    expect(r.status).toBe(201);
    expect((r.body.line as LineBody).state).toBe('active');
    const m = await mails(lineOther);
    expect(m.map((x) => x.template)).toEqual(['line.action_done', 'line.action_done']);
    expect(m[0]?.body_text).toContain("La suspension n'arrête pas la facturation de l'abonnement.");
    // The job the immediate action left behind does nothing when it comes due.
    expect(await runWorker()).toBe(2);
    expect((await mails(lineOther)).length).toBe(2);
  });

  it('ACT-05 ACT-10 an Orange option ends on the 1st of next month; a pending action can be cancelled', async () => {
    const l = await line(lineOther);
    const { items } = await actionsOf(lineOther);
    const conf = items.find((i) => i.type === 'option_termination' && i.allowed);
    expect(conf?.effectiveAt).toBe('2026-11-30T23:00:00.000Z');
    const res = await agent.post(`/api/lines/${lineOther}/options/${String(conf?.target)}/termination`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.action).toMatchObject({ immediate: false, status: 'scheduled' });
    expect(l.options.every((o) => o.status === 'active')).toBe(true);
    // Listed as pending with its date; cancelling it (the generic route) makes it possible again.
    const listed = await actionsOf(lineOther);
    expect(listed.pending).toMatchObject([
      { type: 'option_termination', target: conf?.target, effectiveLabel: '1er décembre 2026 à 00:00' },
    ]);
    const again = listed.items.find((i) => i.type === 'option_termination' && i.target === conf?.target);
    expect(again?.reason?.code).toBe('line.change_pending');
    const actionId = (res.body.action as { id: string }).id;
    expect((await agent.post(`/api/pending-actions/${actionId}/cancel`)).status).toBe(200);
    const after = await actionsOf(lineOther);
    expect(after.pending).toEqual([]);
    expect(
      after.items.find((i) => i.type === 'option_termination' && i.target === conf?.target)?.allowed,
    ).toBe(true);
    const rescheduled = await agent.post(
      `/api/lines/${lineOther}/options/${String(conf?.target)}/termination`,
      {},
    );
    expect(rescheduled.status).toBe(201);
  });

  it('ORD-07 Reading 7 termination retires the SIM and number, cancels pending actions and bills the month in full', async () => {
    const before = await line(lineOther);
    const res = await agent.post(`/api/lines/${lineOther}/termination`, {});
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const after = res.body.line as LineBody;
    expect(after.state).toBe('terminated');
    expect(after.options.every((o) => o.status === 'terminated')).toBe(true);
    const stock = await t.db.system(async (tx) => ({
      sim: await tx.one<{ state: string }>(`SELECT state FROM sim_cards WHERE iccid = $1`, [before.iccid]),
      number: await tx.one<{ state: string }>(`SELECT state FROM phone_numbers WHERE msisdn = $1`, [
        before.msisdn,
      ]),
      pending: await tx.query<{ status: string }>(
        `SELECT status FROM pending_actions WHERE entity_id = $1 AND kind = 'line.option_terminate'`,
        [lineOther],
      ),
      charges: await tx.query<{
        item_code: string;
        amount_minor: number;
        kind: string;
        period_start: string;
      }>(
        `SELECT item_code, amount_minor, kind, period_start FROM account_charges WHERE line_id = $1 ORDER BY created_at, item_code`,
        [lineOther],
      ),
    }));
    expect(stock.sim.state).toBe('retired');
    expect(stock.number.state).toBe('retired');
    expect(stock.pending.map((p) => p.status)).toEqual(['cancelled', 'cancelled']);
    // 7 € a month: 8 days pro rata at activation (23–30 Nov), the rest of November at termination.
    const offer = stock.charges.filter((c) => c.item_code === 'orange-unlimited-5gb-blocked');
    expect(offer.map((c) => c.kind)).toEqual(['first_month', 'monthly']);
    expect(offer.reduce((s, c) => s + Number(c.amount_minor), 0)).toBe(700);
  });

  it('ORD-07 an action on a terminated line is refused with line.terminated and writes nothing', async () => {
    const before = await written();
    for (const [path, body] of [
      ['suspension', {}],
      ['reactivation', {}],
      ['plan-change', { offerId: 'orange-unlimited-10gb-blocked' }],
      ['termination', {}],
    ] as const) {
      const res = await agent.post(`/api/lines/${lineOther}/${path}`, body);
      expect(res.status, path).toBe(409);
      expect(res.body.code).toBe('line.terminated');
      expect(res.body.title).toBe('Ligne résiliée : aucune action possible');
    }
    expect(await written()).toEqual(before);
    const { items } = await actionsOf(lineOther);
    expect(items.every((i) => !i.allowed)).toBe(true);
  });

  it('tenant isolation: another reseller sees no line and cannot act on it (404, nothing written)', async () => {
    const before = await written();
    expect((await agentB.get(`/api/lines/${lineUp}/actions`)).status).toBe(404);
    expect((await agentB.post(`/api/lines/${lineUp}/suspension`, {})).status).toBe(404);
    expect(
      (await agentB.post(`/api/lines/${lineUp}/plan-change`, { offerId: 'orange-unlimited-1gb-blocked' }))
        .status,
    ).toBe(404);
    expect(await written()).toEqual(before);
  });

  it('ACT-03 CAL-05 the upgrade is applied exactly once when the clock reaches the 1st, with its e-mail', async () => {
    // The jobs left by the immediate actions (already done) complete without doing anything.
    await runWorker();
    await setClock('2026-11-30T22:59:59Z');
    expect(await runWorker()).toBe(0);
    expect((await line(lineUp)).offer).toBe('orange-unlimited-5gb-blocked');
    await setClock('2026-11-30T23:00:00Z');
    // Three jobs come due: the upgrade, and the two cancelled option ends (they do nothing).
    expect(await runWorker()).toBe(3);
    expect((await line(lineUp)).offer).toBe('orange-unlimited-10gb-blocked');
    expect(await runWorker()).toBe(0);
    const m = await mails(lineUp);
    expect(m.map((x) => x.template)).toEqual(['line.action_scheduled', 'line.action_done']);
    expect(m[1]?.body_text).toContain('1er décembre 2026 à 00:00');
    const done = await agent.get(`/api/pending-actions?entityType=line&entityId=${lineUp}&status=done`);
    expect(done.body.total).toBe(1);
  });
});
