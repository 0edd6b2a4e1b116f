import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { createCustomer, runDueActions } from '../support/fleet.ts';
import { createOperatorSimulator } from '../../src/modules/orders/operators/simulator.ts';

const GB = 1024 * 1024 * 1024;
const HEADER = 'record_id,msisdn,start,kind,direction,zone,destination_zone,quantity,sva_price,called_number';
const ORANGE_ROAMING = [
  'orange-cutoff-usa-canada-0mb',
  'orange-cutoff-maghreb-turkey-0mb',
  'orange-cutoff-rest-of-world-0mb',
];
const R5 = 'orange-recharge-unlimited-5gb';
const R1 = 'orange-recharge-unlimited-1gb';

interface Recharge {
  id: string;
  state: string;
  volumeMb: number;
  amount: string | null;
  priceToBeSet: boolean;
  confirmedDuplicate: boolean;
  optionName: string;
  month: string;
}

/** Data recharges (USE-06, Reading 14) and the usage views (USE-07) over HTTP, on a real server and database. */
describe(`usage recharges over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let agent: Client;
  let agentB: Client;
  let blocked: { id: string; msisdn: string; accountId: string };
  let unblocked: { id: string; msisdn: string; accountId: string };
  const sim = createOperatorSimulator();

  const upload = (csv: string) =>
    agent.request('POST', '/api/usage/imports?filename=cdr.csv', csv, { 'content-type': 'text/csv' });
  const data = (id: string, msisdn: string, gb: number, day = '20') =>
    `${id},${msisdn},2026-11-${day}T10:00:00+01:00,data,out,france,,${Math.round(gb * GB)},,`;
  const usage = async (lineId: string, q = '') => {
    const res = await agent.get(`/api/lines/${lineId}/usage${q}`);
    expect(res.status, res.text).toBe(200);
    return res.body as unknown as {
      month: string;
      envelopeBytes: number | null;
      rechargedBytes: number;
      envelopePercent: number | null;
      dataState: { state: string } | null;
    };
  };
  const recharge = (lineId: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    agent.post(`/api/lines/${lineId}/recharges`, body, headers);
  const rows = () =>
    t.db.tenant(a.id, (tx) =>
      tx.query<{ line_id: string; state: string; confirmed_duplicate: boolean }>(
        `SELECT line_id, state, confirmed_duplicate FROM usage_recharges ORDER BY ordered_at, id`,
      ),
    );
  const relogin = async (at: string) => {
    t.clock.set(new Date(at));
    agent = await Client.login(t.url, a.users.agent.email);
  };

  beforeAll(async () => {
    t = await startTestApp({}, undefined, undefined, { operators: sim });
    a = await createTenant(t.db, 'alpha');
    b = await createTenant(t.db, 'bravo');
    agent = await Client.login(t.url, a.users.agent.email);
    agentB = await Client.login(t.url, b.users.agent.email);
    const accId = await createCustomer(agent);
    await agent.post('/api/stock/sims/import', { csv: simCsv([{ iccid: iccid(1) }, { iccid: iccid(2) }]) });
    await agent.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0700000000;0700000009',
    });
    const order = await agent.post('/api/orders', {
      accountId: accId,
      configuration: 'multiple',
      lines: ['orange-unlimited-10gb-blocked', 'orange-unlimited-10gb-unblocked'].map((offer, i) => ({
        offer,
        options: ORANGE_ROAMING,
        userName: `Utilisateur ${i + 1}`,
        simType: 'pin',
        portability: false,
      })),
    });
    expect(order.status, order.text).toBe(201);
    await runDueActions(t);
    const lines = [];
    for (const l of order.body.lines as { id: string }[]) {
      const line = await agent.get(`/api/lines/${l.id}`);
      expect(line.body.state).toBe('active');
      lines.push({ id: l.id, msisdn: String(line.body.msisdn), accountId: accId });
    }
    [blocked, unblocked] = lines as [typeof blocked, typeof blocked];
  }, 300_000);
  afterAll(() => t.close());

  it('USE-06 the line offers the catalog recharges its plan takes, none ordered yet', async () => {
    const res = await agent.get(`/api/lines/${blocked.id}/recharges`);
    expect(res.status, res.text).toBe(200);
    const options = res.body.options as {
      code: string;
      volumeMb: number;
      amount: string | null;
      name: string;
    }[];
    expect(options.map((o) => o.code)).toEqual([
      'orange-recharge-unlimited-1gb',
      'orange-recharge-unlimited-5gb',
      'orange-recharge-unlimited-10gb',
      'orange-recharge-unlimited-30gb',
      'orange-recharge-unlimited-50gb',
      'orange-recharge-unlimited-100gb',
      'orange-recharge-unlimited-250gb',
      'orange-recharge-unlimited-500gb',
    ]);
    expect(options[1]).toMatchObject({ volumeMb: 5120, amount: null });
    expect(options[1]?.name).toContain('5 Go');
    expect(res.body).toMatchObject({ items: [], recentAt: null });
  });

  it('USE-06 a recharge on a blocked line applies through the operator, adds to the month and lifts the block', async () => {
    expect((await upload([HEADER, data('B-1', blocked.msisdn, 10.5)].join('\n'))).status).toBe(201);
    await runDueActions(t); // the block goes to the operator
    expect((await usage(blocked.id)).dataState).toMatchObject({ state: 'data_blocked' });

    const res = await recharge(blocked.id, { option: R5 });
    expect(res.status, res.text).toBe(201);
    const r = res.body as unknown as Recharge;
    // The seed gives no recharge price: "à définir", no charge written.
    expect(r).toMatchObject({
      state: 'pending',
      volumeMb: 5120,
      amount: null,
      priceToBeSet: true,
      month: '2026-11',
    });
    expect(r.optionName).toBe('Recharge data 5 Go (illimité) Orange');
    // Pending: nothing added yet, still blocked, the operator not called inside the request.
    expect(sim.recharges).toHaveLength(0);
    expect(await usage(blocked.id)).toMatchObject({
      rechargedBytes: 0,
      dataState: { state: 'data_blocked' },
    });

    await runDueActions(t);
    expect(sim.recharges).toMatchObject([{ rechargeId: r.id, msisdn: blocked.msisdn, volumeMb: 5120 }]);
    const u = await usage(blocked.id);
    expect(u).toMatchObject({
      rechargedBytes: 5 * GB,
      envelopeBytes: 15 * GB,
      envelopePercent: 70,
      dataState: null,
    });
    // The unblock command goes to the operator as its own action.
    await runDueActions(t);
    expect(sim.dataBlocks.filter((d) => d.lineId === blocked.id).map((d) => d.blocked)).toEqual([
      true,
      false,
    ]);
    const list = await agent.get(`/api/lines/${blocked.id}/recharges`);
    expect(list.body.items).toMatchObject([{ id: r.id, state: 'applied' }]);
    const audit = await t.db.tenant(a.id, (tx) =>
      tx.query<{ action: string }>(
        `SELECT action FROM audit_events WHERE entity_id = $1 AND action LIKE 'usage.recharge%' ORDER BY at`,
        [blocked.id],
      ),
    );
    expect(audit.map((x) => x.action)).toEqual(['usage.recharge_ordered', 'usage.recharge_applied']);
  });

  it('USE-06 a second recharge within 30 minutes needs an explicit confirmation; after 30 minutes it does not', async () => {
    const second = await recharge(blocked.id, { option: R1 });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('usage.recharge_recent');
    expect(second.body.title).toBe('Recharge déjà commandée il y a moins de 30 minutes');
    expect(String(second.body.detail)).toContain('à 10:00'); // 09:00Z in Paris
    expect((await agent.get(`/api/lines/${blocked.id}/recharges`)).body.recentAt).toBe(
      '2026-11-23T09:00:00.000Z',
    );
    expect(await rows()).toHaveLength(1);

    const confirmed = await recharge(blocked.id, { option: R1, confirmDuplicate: true });
    expect(confirmed.status, confirmed.text).toBe(201);
    expect(confirmed.body).toMatchObject({ confirmedDuplicate: true });
    // Another line is not concerned.
    const other = await recharge(unblocked.id, { option: R1 });
    expect(other.status, other.text).toBe(201);
    expect(other.body).toMatchObject({ confirmedDuplicate: false });

    await relogin('2026-11-23T09:29:00Z');
    expect((await recharge(blocked.id, { option: R1 })).status).toBe(409);
    await relogin('2026-11-23T09:31:00Z');
    const later = await recharge(blocked.id, { option: R1 });
    expect(later.status, later.text).toBe(201);
    expect(later.body).toMatchObject({ confirmedDuplicate: false });
    expect((await rows()).map((x) => x.confirmed_duplicate)).toEqual([false, true, false, false]);
    await runDueActions(t);
    // 5 + 1 + 1 GB added to November's 10 GB.
    expect(await usage(blocked.id)).toMatchObject({ rechargedBytes: 7 * GB, envelopeBytes: 17 * GB });
    await relogin('2026-11-23T09:00:00Z');
  });

  it('USE-06 the envelope with its recharges is the one the import watches: the line blocks again at 17 GB', async () => {
    const res = await upload([HEADER, data('B-2', blocked.msisdn, 6.6)].join('\n'));
    expect(res.status).toBe(201);
    expect((await usage(blocked.id)).dataState).toMatchObject({ state: 'data_blocked' });
    await runDueActions(t);
    expect(sim.dataBlocks.filter((d) => d.lineId === blocked.id).map((d) => d.blocked)).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('USE-06 Reading 14: a recharge adds to the month it was ordered in only', async () => {
    await relogin('2026-12-02T09:00:00Z');
    expect(await usage(blocked.id)).toMatchObject({
      month: '2026-12',
      rechargedBytes: 0,
      envelopeBytes: 10 * GB,
    });
    expect(await usage(blocked.id, '?month=2026-11')).toMatchObject({ rechargedBytes: 7 * GB });
    await relogin('2026-11-23T09:00:00Z');
  });

  it('USE-06 the recharge is charged to the customer at the catalog price once set; Idempotency-Key honoured', async () => {
    const admin = await Client.login(t.url, a.users.admin.email);
    const price = await admin.post('/api/catalog/prices', {
      itemType: 'option',
      itemId: 'orange-recharge-unlimited-10gb',
      component: 'one_off',
      amount: '9.90',
      effectiveDate: '2026-11-23',
    });
    expect(price.status, price.text).toBe(201);
    await relogin('2026-11-23T11:00:00Z');
    const h = { 'idempotency-key': 'recharge-k-1' };
    const r1 = await recharge(blocked.id, { option: 'orange-recharge-unlimited-10gb' }, h);
    const r2 = await recharge(blocked.id, { option: 'orange-recharge-unlimited-10gb' }, h);
    expect(r1.status, r1.text).toBe(201);
    expect(r1.body).toMatchObject({ amount: '9.90', priceToBeSet: false });
    expect(r2.headers.get('idempotent-replayed')).toBe('true');
    expect(r2.body).toEqual(r1.body);
    const charges = await t.db.tenant(a.id, (tx) =>
      tx.query<{ amount_minor: number; kind: string; item_code: string }>(
        `SELECT amount_minor::int AS amount_minor, kind, item_code FROM account_charges WHERE line_id = $1 AND item_code LIKE '%recharge%'`,
        [blocked.id],
      ),
    );
    expect(charges).toEqual([
      { amount_minor: 990, kind: 'one_off', item_code: 'orange-recharge-unlimited-10gb' },
    ]);
    await relogin('2026-11-23T09:00:00Z');
  });

  it('USE-06 refusals: a recharge the plan does not take, an unknown line, another tenant, a fleet manager, a bad body', async () => {
    const wrong = await recharge(blocked.id, { option: 'bouygues-recharge-unlimited-5gb' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('catalog.option_wrong_network');
    expect((await recharge(blocked.id, { option: 'nope' })).status).toBe(422);
    expect((await recharge(blocked.id, { option: R1, extra: 1 })).status).toBe(400);
    expect((await recharge('00000000-0000-4000-8000-000000000000', { option: R1 })).status).toBe(404);
    expect((await agentB.post(`/api/lines/${blocked.id}/recharges`, { option: R1 })).status).toBe(404);
    const fm = await Client.login(t.url, a.users.fleet_manager.email);
    expect((await fm.post(`/api/lines/${blocked.id}/recharges`, { option: R1 })).status).toBe(403);
    expect((await fm.get('/api/usage/lines')).status).toBe(403);
  });

  it('USE-07 the tenant view lists the lines nearest to or over their envelope, fullest first, paginated and sortable', async () => {
    await upload([HEADER, data('U-1', unblocked.msisdn, 8.5)].join('\n'));
    const res = await agent.get('/api/usage/lines');
    expect(res.status, res.text).toBe(200);
    expect(res.headers.get('x-total-count')).toBe('2');
    const items = res.body.items as {
      lineId: string;
      percent: number;
      dataState: string | null;
      offerName: string;
      accountName: string;
    }[];
    expect(items.map((i) => [i.lineId, i.dataState])).toEqual([
      [blocked.id, 'data_blocked'],
      [unblocked.id, null],
    ]);
    expect(items[0]?.percent).toBeGreaterThanOrEqual(100);
    // 8.5 GB of 10 GB + the 1 GB recharge applied this month: 77 %.
    expect(items[1]?.percent).toBe(77);
    expect(items[1]?.offerName).toContain('10 Go');
    const asc = await agent.get('/api/usage/lines?sort=percent&limit=1');
    expect(asc.body.items?.map((i) => i.lineId)).toEqual([unblocked.id]);
    expect(asc.body.total).toBe(2);
    const min = await agent.get('/api/usage/lines?minPercent=90');
    expect(min.body.items?.map((i) => i.lineId)).toEqual([blocked.id]);
    expect((await agent.get('/api/usage/lines?sort=nope')).status).toBe(400);
    expect((await agentB.get('/api/usage/lines')).body.items).toEqual([]);
  });

  it('USE-07 the chart gives the month’s in-plan data per day, cumulative, against the envelope', async () => {
    const res = await agent.get(`/api/lines/${unblocked.id}/usage/data-chart`);
    expect(res.status, res.text).toBe(200);
    const days = res.body.days as unknown as { day: string; bytes: number; cumulativeBytes: number }[];
    expect(days).toHaveLength(23);
    expect(days[19]).toEqual({
      day: '2026-11-20',
      bytes: Math.round(8.5 * GB),
      cumulativeBytes: Math.round(8.5 * GB),
    });
    expect(days[22]?.cumulativeBytes).toBe(Math.round(8.5 * GB));
    expect(res.body.envelopeBytes).toBe(11 * GB);
    const past = await agent.get(`/api/lines/${unblocked.id}/usage/data-chart?month=2026-10`);
    expect(past.body.days).toHaveLength(31);
    expect((await agent.get(`/api/lines/${unblocked.id}/usage/data-chart?month=2026-06`)).status).toBe(422);
  });

  it('USE-06 two recharges ordered at the same time on one line: one goes through, the other asks for confirmation', async () => {
    await relogin('2026-11-23T15:00:00Z');
    const both = await Promise.all([
      recharge(unblocked.id, { option: R1 }),
      recharge(unblocked.id, { option: R5 }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    await relogin('2026-11-23T09:00:00Z');
  });
});
