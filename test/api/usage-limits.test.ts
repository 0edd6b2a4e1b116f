import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { createCustomer, runDueActions } from '../support/fleet.ts';
import { orderActiveLine, setPaygTiers } from '../support/usage.ts';
import { createOperatorSimulator } from '../../src/modules/orders/operators/simulator.ts';

const MB = 1024 * 1024;
const GB = 1024 * MB;
const HEADER = 'record_id,msisdn,start,kind,direction,zone,destination_zone,quantity,sva_price,called_number';

interface LimitState {
  unit: 'bytes' | 'minor' | null;
  limit: number | null;
  used: number;
  percent: number | null;
  alerts: number[];
  blocked: { since: string; commandStatus: 'pending' | 'sent' } | null;
}
interface LimitsBody {
  month: string;
  zones: (LimitState & {
    zone: string;
    zoneName: string;
    current: { code: string; name: string; kind: string } | null;
    choices: { code: string; name: string }[];
  })[];
  threshold: (LimitState & { gb: number | null }) | null;
}

/** Roaming cut-offs and the pay-as-you-go threshold over HTTP (USE-05, USE-08, USE-09, CAT-09). */
describe(`usage limits over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let agent: Client;
  let admin: Client;
  let line: { id: string; msisdn: string };
  let payg: { id: string; msisdn: string };
  const sim = createOperatorSimulator();

  const upload = async (csv: string) => {
    const res = await agent.request('POST', '/api/usage/imports?filename=cdr.csv', csv, {
      'content-type': 'text/csv',
    });
    expect(res.status, res.text).toBe(201);
    return res.body as { new: number; alerts: number };
  };
  const limits = async (lineId: string) => {
    const res = await agent.get(`/api/lines/${lineId}/usage-limits`);
    expect(res.status, res.text).toBe(200);
    return res.body as unknown as LimitsBody;
  };
  const zoneOf = async (lineId: string, zone: string) =>
    (await limits(lineId)).zones.find((z) => z.zone === zone);
  /** A data session of `mb` MB in `zone` on 20 November (Paris). */
  const data = (id: string, msisdn: string, zone: string, mb: number) =>
    `${id},${msisdn},2026-11-20T10:00:00+01:00,data,out,${zone},,${Math.round(mb * MB)},,`;
  const limitMails = (lineId: string) =>
    t.db.tenant(a.id, (tx) =>
      tx.query<{ recipient: string; subject: string }>(
        `SELECT recipient, subject FROM outbox WHERE template = 'usage.limit_alert' AND entity_id = $1 ORDER BY created_at, recipient`,
        [lineId],
      ),
    );
  const limitSms = (lineId: string) =>
    t.db.tenant(a.id, (tx) =>
      tx.query<{ body_text: string }>(
        `SELECT body_text FROM outbox WHERE template = 'usage.limit_alert_sms' AND entity_id = $1 ORDER BY created_at, id`,
        [lineId],
      ),
    );

  let accId: string;
  const order = (offer: string, options: string[], n: number) =>
    orderActiveLine(t, agent, accId, offer, options, n);

  beforeAll(async () => {
    t = await startTestApp({}, undefined, undefined, { operators: sim });
    a = await createTenant(t.db, 'alpha');
    agent = await Client.login(t.url, a.users.agent.email);
    admin = await Client.login(t.url, a.users.admin.email);
    await setPaygTiers(admin);
    accId = await createCustomer(agent);
    await agent.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0700000000;0700000009',
    });
    line = await order(
      'orange-unlimited-10gb-blocked',
      ['orange-cutoff-usa-canada-1gb', 'orange-cutoff-maghreb-turkey-0mb', 'orange-cutoff-rest-of-world-0mb'],
      1,
    );
    payg = await order('orange-data-payg', [], 2);
  }, 300_000);
  afterAll(() => t.close());

  it('USE-05 USE-08 the line page lists each Orange zone’s cut-off with its choices, nothing used yet', async () => {
    const l = await limits(line.id);
    expect(l.month).toBe('2026-11');
    expect(l.threshold).toBeNull();
    expect(l.zones.map((z) => [z.zone, z.current?.code, z.unit, z.limit, z.used])).toEqual([
      ['usa_canada', 'orange-cutoff-usa-canada-1gb', 'bytes', GB, 0],
      ['maghreb_turkey', 'orange-cutoff-maghreb-turkey-0mb', 'bytes', 0, 0],
      ['rest_of_world', 'orange-cutoff-rest-of-world-0mb', 'bytes', 0, 0],
    ]);
    const usa = l.zones[0]!;
    expect(usa.zoneName).toBe('USA / Canada');
    expect(usa.current?.name).toBe('Cut-off USA / Canada (compteur) 1 Go');
    // USE-08: the other volumes of the zone, smallest first.
    expect(usa.choices.map((c) => c.code)).toEqual([
      'orange-cutoff-usa-canada-0mb',
      'orange-cutoff-usa-canada-500mb',
      'orange-cutoff-usa-canada-5gb',
      'orange-cutoff-usa-canada-10gb',
      'orange-cutoff-usa-canada-30gb',
      'orange-cutoff-usa-canada-50gb',
    ]);
  });

  it('USE-05 roaming data alerts at 80 % and 100 % of the zone’s cut-off once, and 100 % stops that zone through the gateway', async () => {
    const m = line.msisdn;
    // France data does not count against a roaming cut-off.
    expect(await upload([HEADER, data('F-1', m, 'france', 2000)].join('\n'))).toMatchObject({ alerts: 0 });
    expect(await upload([HEADER, data('R-1', m, 'usa_canada', 850)].join('\n'))).toMatchObject({ alerts: 1 });
    let usa = await zoneOf(line.id, 'usa_canada');
    expect(usa).toMatchObject({ used: 850 * MB, percent: 83, alerts: [80], blocked: null });
    const spaced = m.replace(/(\d{2})(?=\d)/g, '$1 ');
    expect((await limitMails(line.id)).map((x) => x.subject)).toEqual([
      `Ligne ${spaced} : 80 % de « Cut-off USA / Canada (compteur) 1 Go » atteints`,
      `Ligne ${spaced} : 80 % de « Cut-off USA / Canada (compteur) 1 Go » atteints`,
      `Ligne ${spaced} : 80 % de « Cut-off USA / Canada (compteur) 1 Go » atteints`,
    ]);
    const csv = [HEADER, data('R-2', m, 'usa_canada', 200)].join('\n');
    expect(await upload(csv)).toMatchObject({ new: 1, alerts: 1 });
    usa = await zoneOf(line.id, 'usa_canada');
    expect(usa).toMatchObject({ alerts: [80, 100], blocked: { commandStatus: 'pending' } });
    // The block goes to the operator from the worker, outside the import's transaction.
    expect(sim.dataBlocks.filter((d) => d.lineId === line.id)).toEqual([]);
    await runDueActions(t);
    expect(sim.dataBlocks.filter((d) => d.lineId === line.id)).toMatchObject([
      { msisdn: m, network: 'orange', blocked: true, scope: 'usa_canada' },
    ]);
    expect((await zoneOf(line.id, 'usa_canada'))?.blocked).toMatchObject({ commandStatus: 'sent' });
    // Exactly once: the same file again, or more data, alerts no more and sends no second block.
    expect(await upload(csv)).toMatchObject({ new: 0, alerts: 0 });
    expect(await upload([HEADER, data('R-3', m, 'usa_canada', 100)].join('\n'))).toMatchObject({ alerts: 0 });
    await runDueActions(t);
    expect(sim.dataBlocks.filter((d) => d.lineId === line.id)).toHaveLength(1);
    expect(await limitMails(line.id)).toHaveLength(6);
    const texts = await limitSms(line.id);
    expect(texts).toHaveLength(2);
    expect(texts[1]?.body_text).toContain('la data est coupée');
    // The other zones are untouched.
    expect(await zoneOf(line.id, 'maghreb_turkey')).toMatchObject({ used: 0, blocked: null, alerts: [] });
  });

  it('USE-05 a 0 MB cut-off stops the zone’s data at the first use (one alert, at 100 %)', async () => {
    expect(await upload([HEADER, data('Z-1', line.msisdn, 'maghreb_turkey', 1)].join('\n'))).toMatchObject({
      alerts: 1,
    });
    expect(await zoneOf(line.id, 'maghreb_turkey')).toMatchObject({
      percent: null,
      alerts: [100],
      blocked: { commandStatus: 'pending' },
    });
  });

  it('USE-09 only the reseller’s staff change a cut-off: a fleet manager gets 403 and nothing changes', async () => {
    const fm = await Client.login(t.url, a.users.fleet_manager.email);
    const res = await fm.request('PUT', `/api/lines/${line.id}/roaming-cutoffs/usa_canada`, {
      option: 'orange-cutoff-usa-canada-5gb',
    });
    expect(res.status).toBe(403);
    expect((await fm.get(`/api/lines/${line.id}/usage-limits`)).status).toBe(403);
    expect((await zoneOf(line.id, 'usa_canada'))?.current?.code).toBe('orange-cutoff-usa-canada-1gb');
  });

  it('USE-08 a value that is not one of the zone’s cut-offs is refused with a clear error', async () => {
    const put = (zone: string, option: string) =>
      agent.request('PUT', `/api/lines/${line.id}/roaming-cutoffs/${zone}`, { option });
    const other = await put('usa_canada', 'orange-cutoff-maghreb-turkey-5gb');
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('usage.cutoff_unknown');
    expect(String(other.body.title)).toBe('Cut-off inconnu');
    const europe = await put('europe', 'bouygues-cutoff-europe-50eur');
    expect(europe.body.code).toBe('usage.cutoff_zone_unknown');
    // The zone by its name, as the agent reads it, never its code.
    expect(String(europe.body.detail)).toBe('Cette ligne n’a pas de cut-off pour la zone « Europe ».');
    expect((await put('mars', 'orange-cutoff-usa-canada-5gb')).status).toBe(400);
  });

  it('USE-05 USE-08 USE-09 changing a cut-off on the active line lifts the zone’s block at once', async () => {
    const res = await agent.request('PUT', `/api/lines/${line.id}/roaming-cutoffs/usa_canada`, {
      option: 'orange-cutoff-usa-canada-5gb',
    });
    expect(res.status, res.text).toBe(200);
    const usa = (res.body as unknown as LimitsBody).zones.find((z) => z.zone === 'usa_canada');
    // 1.15 GB used of 5 GB: no longer blocked, the alerts start afresh under the new cut-off.
    expect(usa).toMatchObject({ limit: 5 * GB, used: 1150 * MB, percent: 22, alerts: [], blocked: null });
    expect(usa?.current?.code).toBe('orange-cutoff-usa-canada-5gb');
    // The 1 GB cut-off's alerts stay as the month's history, keyed by the cut-off they were for.
    const history = await t.db.tenant(a.id, (tx) =>
      tx.query(
        `SELECT limit_key, threshold FROM usage_limit_alerts WHERE line_id = $1 AND scope = 'usa_canada' ORDER BY threshold`,
        [line.id],
      ),
    );
    expect(history).toEqual([
      { limit_key: 'orange-cutoff-usa-canada-1gb', threshold: 80 },
      { limit_key: 'orange-cutoff-usa-canada-1gb', threshold: 100 },
    ]);
    // An option change of the lines module (ACT-06/ACT-10): the old cut-off ended, the new one active.
    const l = await agent.get(`/api/lines/${line.id}`);
    const opts = l.body.options as { code: string; status: string }[];
    expect(opts.find((o) => o.code === 'orange-cutoff-usa-canada-1gb')?.status).toBe('terminated');
    expect(opts.find((o) => o.code === 'orange-cutoff-usa-canada-5gb')?.status).toBe('active');
    // The unblock goes to the operator.
    await runDueActions(t);
    expect(sim.dataBlocks.filter((d) => d.lineId === line.id && d.scope === 'usa_canada')).toMatchObject([
      { blocked: true },
      { blocked: false },
    ]);
    // The same request again changes nothing (a retry is harmless).
    const again = await agent.request('PUT', `/api/lines/${line.id}/roaming-cutoffs/usa_canada`, {
      option: 'orange-cutoff-usa-canada-5gb',
    });
    expect(again.status).toBe(200);
    const audits = await t.db.tenant(a.id, (tx) =>
      tx.query(`SELECT 1 AS x FROM audit_events WHERE action = 'usage.cutoff_changed' AND entity_id = $1`, [
        line.id,
      ]),
    );
    expect(audits).toHaveLength(1);
  });

  it('USE-05 USE-08 a cut-off raised from the line’s options card lifts the zone’s block in the same request', async () => {
    expect((await zoneOf(line.id, 'maghreb_turkey'))?.blocked).not.toBeNull();
    const pending = () =>
      t.db.tenant(a.id, (tx) =>
        tx.query<{ blocked: boolean }>(
          `SELECT (payload->>'blocked')::boolean AS blocked FROM pending_actions
            WHERE kind = 'usage.limit_block' AND entity_id = $1 AND payload->>'scope' = 'maghreb_turkey' ORDER BY created_at`,
          [line.id],
        ),
      );
    const actions = await agent.get(`/api/lines/${line.id}/actions`);
    const roaming = (actions.body.roaming as { zone: string; optionId: string }[]).find(
      (r) => r.zone === 'maghreb_turkey',
    );
    // The options card's route, the lines module's: it reaches usage through line.option_changed.
    const change = await agent.post(`/api/lines/${line.id}/options/${roaming?.optionId ?? ''}/replacement`, {
      optionCode: 'orange-cutoff-maghreb-turkey-500mb',
    });
    expect(change.status, change.text).toBeLessThan(300);
    // No import in between: lifted by the request itself, its unblock command scheduled with it.
    expect(await zoneOf(line.id, 'maghreb_turkey')).toMatchObject({
      limit: 500 * MB,
      used: 1 * MB,
      alerts: [],
      blocked: null,
    });
    expect((await pending()).map((p) => p.blocked).sort()).toEqual([false, true]);
    await runDueActions(t);
    expect(sim.dataBlocks.filter((d) => d.lineId === line.id && d.scope === 'maghreb_turkey')).toMatchObject([
      { blocked: true },
      { blocked: false },
    ]);
    // The next import finds nothing stale to lift: no third command.
    expect(await upload([HEADER, data('Z-2', line.msisdn, 'maghreb_turkey', 1)].join('\n'))).toMatchObject({
      alerts: 0,
    });
    await runDueActions(t);
    expect(sim.dataBlocks.filter((d) => d.lineId === line.id && d.scope === 'maghreb_turkey')).toHaveLength(
      2,
    );
  });

  it('CAT-09 a data pay-as-you-go line’s threshold (1 to 100 GB) stops its data when reached; a change lifts the block', async () => {
    const put = (lineId: string, gb: unknown) =>
      agent.request('PUT', `/api/lines/${lineId}/data-threshold`, { gb });
    expect((await limits(payg.id)).threshold).toMatchObject({ gb: null, limit: null, blocked: null });
    expect((await put(payg.id, 0)).status).toBe(400);
    expect((await put(payg.id, 101)).status).toBe(400);
    expect((await put(payg.id, 1.5)).status).toBe(400);
    const notPayg = await put(line.id, 5);
    expect(notPayg.status).toBe(422);
    expect(notPayg.body.code).toBe('usage.threshold_not_payg');
    expect((await put(payg.id, 1)).status).toBe(200);
    expect(await upload([HEADER, data('P-1', payg.msisdn, 'france', 1100)].join('\n'))).toMatchObject({
      alerts: 2,
    });
    expect((await limits(payg.id)).threshold).toMatchObject({
      gb: 1,
      limit: GB,
      used: 1100 * MB,
      alerts: [80, 100],
      blocked: { commandStatus: 'pending' },
    });
    await runDueActions(t);
    expect(sim.dataBlocks.filter((d) => d.lineId === payg.id)).toMatchObject([
      { blocked: true, scope: 'threshold' },
    ]);
    const raised = await put(payg.id, 2);
    expect(raised.status).toBe(200);
    expect((raised.body as unknown as LimitsBody).threshold).toMatchObject({
      gb: 2,
      alerts: [],
      blocked: null,
    });
    await runDueActions(t);
    expect(sim.dataBlocks.filter((d) => d.lineId === payg.id)).toMatchObject([
      { blocked: true },
      { blocked: false },
    ]);
    const fm = await Client.login(t.url, a.users.fleet_manager.email);
    expect((await fm.request('PUT', `/api/lines/${payg.id}/data-threshold`, { gb: 3 })).status).toBe(403);
  });

  it('CAT-09 recharges when reached: the threshold’s block says a recharge restores data, and an applied recharge raises the threshold and lifts the block', async () => {
    // Back to 1 GB: 1100 MB used, blocked again at once.
    expect((await agent.request('PUT', `/api/lines/${payg.id}/data-threshold`, { gb: 1 })).status).toBe(200);
    expect((await limits(payg.id)).threshold).toMatchObject({
      limit: GB,
      blocked: { commandStatus: 'pending' },
    });
    await runDueActions(t);
    const mail = await t.db.tenant(a.id, (tx) =>
      tx.query<{ body_text: string }>(
        `SELECT body_text FROM outbox WHERE template = 'usage.limit_alert' AND entity_id = $1 AND subject LIKE '%100 %%' ORDER BY created_at DESC LIMIT 1`,
        [payg.id],
      ),
    );
    expect(mail[0]?.body_text).toContain('« Commander une recharge »');
    const texts = await limitSms(payg.id);
    expect(
      texts.some((x) => x.body_text.includes('jusqu’au 1er du mois prochain ou jusqu’à une recharge')),
    ).toBe(true);
    const ordered = await agent.post(`/api/lines/${payg.id}/recharges`, {
      option: 'orange-recharge-payg-1gb',
    });
    expect(ordered.status, ordered.text).toBe(201);
    await runDueActions(t); // the recharge applies through the operator
    expect(sim.recharges.filter((r) => r.lineId === payg.id)).toHaveLength(1);
    // The month's threshold is now 1 GB + the 1 GB recharge: 1100 MB of 2 GB, data flowing again.
    expect((await limits(payg.id)).threshold).toMatchObject({
      gb: 1,
      limit: 2 * GB,
      used: 1100 * MB,
      percent: 53,
      alerts: [],
      blocked: null,
    });
    await runDueActions(t);
    expect(sim.dataBlocks.filter((d) => d.lineId === payg.id).map((d) => d.blocked)).toEqual([
      true,
      false,
      true,
      false,
    ]);
    // Past the raised threshold, data stops again.
    expect(await upload([HEADER, data('P-2', payg.msisdn, 'france', 1000)].join('\n'))).toMatchObject({
      alerts: 2,
    });
    expect((await limits(payg.id)).threshold).toMatchObject({
      alerts: [80, 100],
      blocked: { commandStatus: 'pending' },
    });
  });
});
