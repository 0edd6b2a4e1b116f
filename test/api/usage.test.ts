import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { createCustomer, runDueActions } from '../support/fleet.ts';
import { createOperatorSimulator } from '../../src/modules/orders/operators/simulator.ts';

const ORANGE_ROAMING = [
  'orange-cutoff-usa-canada-0mb',
  'orange-cutoff-maghreb-turkey-0mb',
  'orange-cutoff-rest-of-world-0mb',
];
const orangeLine = (userName: string, offer: string) => ({
  offer,
  options: ORANGE_ROAMING,
  userName,
  simType: 'pin',
  portability: false,
});
const GB = 1024 * 1024 * 1024;
const HEADER = 'record_id,msisdn,start,kind,direction,zone,destination_zone,quantity,sva_price,called_number';

interface ImportBody {
  id: string;
  read: number;
  new: number;
  duplicates: number;
  rejected: number;
  unknownLines: number;
  alerts: number;
  rejects: { line: number; reason: string; message: string }[];
}
interface UsageBody {
  month: string;
  months: string[];
  envelopePercent: number | null;
  dataState: { state: string; operatorCommand: string | null; commandStatus: string | null } | null;
  alerts: { threshold: number }[];
  totals: Record<
    'voice' | 'sms' | 'mms' | 'data' | 'sva',
    { inPlan: number; offPlan: number; toBeSet: number; records: number }
  >;
  journal: {
    items: {
      kind: string;
      startedAt: string;
      destinationZone: string | null;
      calledNumber: string | null;
      offPlan: boolean;
      priceToBeSet: boolean;
    }[];
  };
}

/** CDR imports over HTTP (issue 12 §1–§5: USE-01..USE-04, USE-07), on a real server and database. */
describe(`usage imports over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let agent: Client;
  let agentB: Client;
  let blockedLine: { id: string; msisdn: string };
  let unblockedLine: { id: string; msisdn: string };
  let otherTenantMsisdn: string;
  const sim = createOperatorSimulator();

  const upload = (c: Client, csv: string, headers: Record<string, string> = {}) =>
    c.request('POST', '/api/usage/imports?filename=cdr.csv', csv, { 'content-type': 'text/csv', ...headers });
  const usage = async (lineId: string, q = '') => {
    const res = await agent.get(`/api/lines/${lineId}/usage${q}`);
    expect(res.status, res.text).toBe(200);
    return res.body as unknown as UsageBody;
  };
  const alertMails = (lineId: string) =>
    t.db.tenant(a.id, (tx) =>
      tx.query<{ recipient: string; subject: string }>(
        `SELECT recipient, subject FROM outbox WHERE template = 'usage.data_alert' AND entity_id = $1 ORDER BY created_at, recipient`,
        [lineId],
      ),
    );
  const alertSms = (lineId: string) =>
    t.db.tenant(a.id, (tx) =>
      tx.query<{ recipient: string; body_text: string }>(
        `SELECT recipient, body_text FROM outbox WHERE channel = 'sms' AND entity_id = $1 ORDER BY created_at, id`,
        [lineId],
      ),
    );
  /** A data session of `gb` GB from France on 20 November (Paris). */
  const data = (id: string, msisdn: string, gb: number) =>
    `${id},${msisdn},2026-11-20T10:00:00+01:00,data,out,france,,${Math.round(gb * GB)},,`;

  async function orderLines(c: Client, numbers: string, offers: string[], first: number) {
    const accId = await createCustomer(c);
    await c.post('/api/stock/sims/import', {
      csv: simCsv(offers.map((_, i) => ({ iccid: iccid(first + i) }))),
    });
    await c.post('/api/stock/numbers/import', { csv: `reseau;premier;dernier\n${numbers}` });
    const order = await c.post('/api/orders', {
      accountId: accId,
      configuration: offers.length === 1 ? 'unit' : 'multiple',
      lines: offers.map((o, i) => orangeLine(`Utilisateur ${i + 1}`, o)),
    });
    expect(order.status, order.text).toBe(201);
    await runDueActions(t);
    const out: { id: string; msisdn: string }[] = [];
    for (const l of order.body.lines as { id: string }[]) {
      const line = await c.get(`/api/lines/${l.id}`);
      expect(line.body.state).toBe('active');
      out.push({ id: l.id, msisdn: String(line.body.msisdn) });
    }
    return out;
  }

  beforeAll(async () => {
    t = await startTestApp({}, undefined, undefined, { operators: sim });
    a = await createTenant(t.db, 'alpha');
    b = await createTenant(t.db, 'bravo');
    agent = await Client.login(t.url, a.users.agent.email);
    agentB = await Client.login(t.url, b.users.agent.email);
    [blockedLine, unblockedLine] = (await orderLines(
      agent,
      'orange;0700000000;0700000009',
      ['orange-unlimited-10gb-blocked', 'orange-unlimited-10gb-unblocked'],
      1,
    )) as [{ id: string; msisdn: string }, { id: string; msisdn: string }];
    const [other] = await orderLines(
      agentB,
      'orange;0710000000;0710000009',
      ['orange-unlimited-5gb-blocked'],
      50,
    );
    otherTenantMsisdn = other?.msisdn ?? '';
  }, 300_000);
  afterAll(() => t.close());

  it('USE-01 USE-02 SC-09 an import counts the good rows and lists every reject with its line number and reason; the journal shows them', async () => {
    const m = blockedLine.msisdn;
    const csv = [
      HEADER,
      `A-1,${m},2026-11-20T09:00:00+01:00,voice,out,france,zone1,125,,33757931234`, // 2 included
      `A-2,${m},2026-11-20T09:05:00+01:00,sms,out,france,usa_canada,2,,15551234567`, // 3 off-plan SMS
      `A-3,${m},2026-11-20T09:10:00+01:00,voice,out,france,france,-5,,33611223344`, // 4 negative
      `A-4,${m},2026-11-20T09:15:00+01:00,voice,out,"france,zone1,60,,`, // 5 broken quote
      `A-5,0799999999,2026-11-20T09:20:00+01:00,sms,out,france,france,1,,`, // 6 unknown number
      `A-6,${otherTenantMsisdn},2026-11-20T09:25:00+01:00,sms,out,france,france,1,,`, // 7 another tenant's line
      `A-7,${m},2026-11-20T09:30:00+01:00,sva,out,france,france,180,2.99,33899123456`, // 8 billed SVA
      `A-8,${m},2026-11-20T09:35:00+01:00,voice,out,rest_of_world,france,90,,33140000000`, // 9 off-plan call, no price
      `A-9,${m},2026-11-20T09:40:00`, // 10 wrong column count
      `A-1,${m},2026-11-20T09:00:00+01:00,voice,out,france,zone1,125,,33757931234`, // 11 repeated id
    ].join('\n');
    const res = await upload(agent, csv);
    expect(res.status, res.text).toBe(201);
    const body = res.body as unknown as ImportBody;
    expect(body).toMatchObject({ read: 10, new: 4, duplicates: 0, rejected: 4, unknownLines: 2, alerts: 0 });
    expect(body.rejects.map((r) => [r.line, r.reason])).toEqual([
      [4, 'negative_quantity'],
      [5, 'columns'],
      [6, 'unknown_line'],
      [7, 'unknown_line'],
      [10, 'columns'],
      [11, 'duplicate_in_file'],
    ]);
    expect(body.rejects[0]?.message).toBe('Quantité négative (quantité)');
    expect(res.headers.get('location')).toBe(`/api/usage/imports/${body.id}`);

    const again = await agent.get(`/api/usage/imports/${body.id}`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ read: 10, new: 4, rejected: 4, unknownLines: 2 });
    const list = await agent.get('/api/usage/imports');
    expect(list.body.items?.[0]).toMatchObject({ id: body.id, filename: 'cdr.csv', new: 4 });
    expect(list.body.items?.[0]).not.toHaveProperty('rejects');

    const u = await usage(blockedLine.id);
    expect(u.month).toBe('2026-11');
    expect(u.months).toEqual(['2026-11', '2026-10', '2026-09']);
    expect(u.totals.voice).toMatchObject({ inPlan: 125, offPlan: 90, toBeSet: 1, records: 2 });
    expect(u.totals.sms).toMatchObject({ inPlan: 0, offPlan: 2, toBeSet: 1 });
    expect(u.totals.sva).toMatchObject({ offPlan: 180, toBeSet: 0 });
    // USE-07: the called number is masked; the off-plan call without a price is "à définir".
    const calls = u.journal.items.filter((i) => i.kind === 'voice');
    expect(calls.map((c) => c.calledNumber)).toEqual(['3314000XXXX', '3375793XXXX']);
    expect(calls[0]).toMatchObject({ offPlan: true, priceToBeSet: true });
    // SC-09: the journal says of each record when it was made, where to, and whether it is off-plan.
    expect(calls.map((c) => [c.startedAt, c.destinationZone, c.offPlan])).toEqual([
      ['2026-11-20T08:35:00.000Z', 'france', true],
      ['2026-11-20T08:00:00.000Z', 'zone1', false],
    ]);
    // The other tenant's line got nothing.
    const other = await t.db.tenant(b.id, (tx) => tx.query(`SELECT * FROM usage_records`));
    expect(other).toEqual([]);
  });

  it('USE-03 exactly once: re-importing a file changes no counter and sends no second alert e-mail or SMS', async () => {
    const m = blockedLine.msisdn;
    const csv = [HEADER, data('D-1', m, 5), data('D-2', m, 3.5)].join('\n'); // 8.5 of 10 GB: 85 %
    const first = (await upload(agent, csv)).body as unknown as ImportBody;
    expect(first).toMatchObject({ new: 2, duplicates: 0, alerts: 1 });
    const mails = await alertMails(blockedLine.id);
    // One e-mail per reseller user (admin, supervisor, agent), none to the fleet manager or installer.
    expect(mails.map((x) => x.recipient).sort()).toEqual([
      'admin@alpha.test',
      'agent@alpha.test',
      'supervisor@alpha.test',
    ]);
    const spaced = blockedLine.msisdn.replace(/(\d{2})(?=\d)/g, '$1 ');
    expect(mails[0]?.subject).toBe(`Ligne ${spaced} : 80 % de l’enveloppe data atteints`);
    const before = await usage(blockedLine.id);
    expect(before.envelopePercent).toBe(85);
    expect(before.alerts.map((x) => x.threshold)).toEqual([80]);

    const second = (await upload(agent, csv)).body as unknown as ImportBody;
    expect(second).toMatchObject({ read: 2, new: 0, duplicates: 2, alerts: 0 });
    expect(await usage(blockedLine.id)).toEqual(before);
    expect(await alertMails(blockedLine.id)).toHaveLength(3);
    expect(await alertSms(blockedLine.id)).toHaveLength(1);
  });

  it('USE-03 USE-04 crossing 100 % on a blocked plan alerts once more, records "Data bloquée" and sends the block to the operator once', async () => {
    const m = blockedLine.msisdn;
    const res = await upload(agent, [HEADER, data('D-3', m, 2)].join('\n'));
    expect(res.body).toMatchObject({ new: 1, alerts: 1 });
    const u = await usage(blockedLine.id);
    expect(u.alerts.map((x) => x.threshold)).toEqual([80, 100]);
    expect(u.dataState).toMatchObject({
      state: 'data_blocked',
      operatorCommand: 'block_data',
      commandStatus: 'pending',
    });
    // USE-04: the worker sends the block to the operator, outside the import's transaction.
    expect(sim.dataBlocks.filter((d) => d.lineId === blockedLine.id)).toHaveLength(0);
    await runDueActions(t);
    expect(sim.dataBlocks.filter((d) => d.lineId === blockedLine.id)).toMatchObject([
      { msisdn: m, network: 'orange', blocked: true },
    ]);
    expect((await usage(blockedLine.id)).dataState).toMatchObject({ commandStatus: 'sent' });
    await runDueActions(t);
    expect(sim.dataBlocks.filter((d) => d.lineId === blockedLine.id)).toHaveLength(1);
    const mails = await alertMails(blockedLine.id);
    expect(mails).toHaveLength(6);
    // USE-03: one SMS to the line's user per threshold, written with the alert.
    const texts = await alertSms(blockedLine.id);
    expect(texts.map((x) => x.recipient)).toEqual([`+33${m.slice(1)}`, `+33${m.slice(1)}`]);
    expect(texts[1]?.body_text).toContain('bloquée');
    expect(mails.filter((x) => x.subject.includes('100 %'))).toHaveLength(3);
    // More data the same month: no third alert.
    expect((await upload(agent, [HEADER, data('D-4', m, 1)].join('\n'))).body).toMatchObject({ alerts: 0 });
    expect(await alertMails(blockedLine.id)).toHaveLength(6);
    expect(await alertSms(blockedLine.id)).toHaveLength(2);
  });

  it('USE-04 an unblocked plan over its envelope goes on at reduced speed ("Débit réduit"), no command', async () => {
    const res = await upload(agent, [HEADER, data('U-1', unblockedLine.msisdn, 10.5)].join('\n'));
    expect(res.body).toMatchObject({ new: 1, alerts: 2 });
    const u = await usage(unblockedLine.id);
    expect(u.dataState).toMatchObject({ state: 'throttled', operatorCommand: null, commandStatus: null });
    expect(u.totals.data).toMatchObject({ inPlan: Math.round(10.5 * GB), offPlan: 0 });
  });

  it('CAL-04 a record at 00:30 on 1 December in Paris counts in December, not November', async () => {
    t.clock.set(new Date('2026-12-02T09:00:00Z'));
    agent = await Client.login(t.url, a.users.agent.email);
    const res = await upload(
      agent,
      [HEADER, `M-1,${unblockedLine.msisdn},2026-11-30T23:30:00Z,sms,out,france,france,1,,`].join('\n'),
    );
    expect(res.body).toMatchObject({ new: 1 });
    expect((await usage(unblockedLine.id, '?month=2026-12')).totals.sms.inPlan).toBe(1);
    expect((await usage(unblockedLine.id, '?month=2026-11')).totals.sms.inPlan).toBe(0);
    t.clock.set(new Date('2026-11-23T09:00:00Z'));
    agent = await Client.login(t.url, a.users.agent.email);
  });

  it('USE-03 two imports of the same file at the same time count it once and alert once', async () => {
    const m = unblockedLine.msisdn;
    // A fresh line-month: December, far from November's counters.
    t.clock.set(new Date('2026-12-10T09:00:00Z'));
    agent = await Client.login(t.url, a.users.agent.email);
    const rows = Array.from(
      { length: 40 },
      (_, i) =>
        `C-${String(i).padStart(3, '0')},${m},2026-12-05T10:00:00+01:00,data,out,france,,${Math.round(0.25 * GB)},,`,
    );
    const csv = [HEADER, ...rows].join('\n'); // 40 × 0.25 GB = 10 GB: 80 % and 100 %
    const [r1, r2] = await Promise.all([upload(agent, csv), upload(agent, csv)]);
    expect([r1.status, r2.status]).toEqual([201, 201]);
    const bodies = [r1.body, r2.body] as unknown as ImportBody[];
    expect(bodies.map((x) => x.new).reduce((s, n) => s + n, 0)).toBe(40);
    expect(bodies.map((x) => x.duplicates).reduce((s, n) => s + n, 0)).toBe(40);
    expect(bodies.map((x) => x.alerts).reduce((s, n) => s + n, 0)).toBe(2);
    const u = await usage(unblockedLine.id, '?month=2026-12');
    expect(u.totals.data.inPlan).toBe(40 * Math.round(0.25 * GB));
    expect(u.totals.data.records).toBe(40);
    expect(u.alerts.map((x) => x.threshold)).toEqual([80, 100]);
    t.clock.set(new Date('2026-11-23T09:00:00Z'));
    agent = await Client.login(t.url, a.users.agent.email);
  });

  it('an Idempotency-Key retry replays the import without a second one', async () => {
    const csv = [HEADER, `K-1,${blockedLine.msisdn},2026-11-21T10:00:00+01:00,sms,in,france,,1,,`].join('\n');
    const h = { 'idempotency-key': 'usage-k-1' };
    const r1 = await upload(agent, csv, h);
    const r2 = await upload(agent, csv, h);
    expect(r2.headers.get('idempotent-replayed')).toBe('true');
    expect(r2.body).toEqual(r1.body);
    const n = await t.db.tenant(a.id, (tx) =>
      tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM usage_imports WHERE id = $1`, [
        String(r1.body.id),
      ]),
    );
    expect(n.n).toBe(1);
  });

  it('bad input gets a clear error, never a 5xx, and nothing half-counted', async () => {
    const count = () =>
      t.db.tenant(a.id, (tx) => tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM usage_imports`));
    const before = (await count()).n;
    const noHeader = await upload(agent, 'A,B,C\n1,2,3');
    expect(noHeader.status).toBe(422);
    expect(noHeader.body.title).toBe('En-tête du fichier CDR incorrect');
    expect(String(noHeader.body.detail)).toContain('record_id');
    expect((await upload(agent, '')).status).toBe(400);
    const json = await agent.post('/api/usage/imports', { csv: HEADER });
    expect(json.status).toBe(400);
    expect((await count()).n).toBe(before);
    // Past the 20 MB the upload once held in memory: streamed, its 21 MB line one listed reject.
    const big = await upload(agent, `${HEADER}\n${'x'.repeat(21 * 1024 * 1024)}`);
    expect(big.status, big.text).toBe(201);
    expect(big.body).toMatchObject({ state: 'done', read: 1, new: 0, rejected: 1 });
    const notViewable = await agent.get(`/api/lines/${blockedLine.id}/usage?month=2026-06`);
    expect(notViewable.status).toBe(422);
    expect(String(notViewable.body.detail)).toContain('2026-11, 2026-10, 2026-09');
    // Another tenant's line is not found.
    expect((await agentB.get(`/api/lines/${blockedLine.id}/usage`)).status).toBe(404);
  });

  it('only the reseller’s staff import and read usage (a fleet manager gets 403)', async () => {
    const fm = await Client.login(t.url, a.users.fleet_manager.email);
    expect((await upload(fm, HEADER)).status).toBe(403);
    expect((await fm.get('/api/usage/imports')).status).toBe(403);
    expect((await fm.get(`/api/lines/${blockedLine.id}/usage`)).status).toBe(403);
  });
});
