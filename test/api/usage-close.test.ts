import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { createCustomer, runDueActions } from '../support/fleet.ts';
import { orderActiveLine, setPaygTiers } from '../support/usage.ts';
import { createOperatorSimulator } from '../../src/modules/orders/operators/simulator.ts';
import { SYSTEM_ACTOR } from '../../src/platform/auth/principal.ts';
import { closeUsageMonth, ensureUsageClose } from '../../src/modules/usage/close-usage-month.ts';

const MB = 1024 * 1024;
const HEADER = 'record_id,msisdn,start,kind,direction,zone,destination_zone,quantity,sva_price,called_number';

/** The month's close into the ledger and the purge of old records (issue 12 §3, §4), on a real database. */
describe(`usage month close and purge (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let agent: Client;
  let line: { id: string; msisdn: string };
  let payg: { id: string; msisdn: string };
  let meter: { id: string; msisdn: string };
  /** CAT-09: the pay-as-you-go line's November minimum, pro rata from its activation day (Paris). */
  let meterMinimum: number;
  let accId: string;
  const sim = createOperatorSimulator();

  const upload = async (rows: string[]) => {
    const res = await agent.request('POST', '/api/usage/imports', [HEADER, ...rows].join('\n'), {
      'content-type': 'text/csv',
    });
    expect(res.status, res.text).toBe(201);
    return res.body;
  };
  const charges = () =>
    t.db.tenant(a.id, (tx) =>
      tx.query<{ line_id: string; amount_minor: string; item_code: string; period_start: string }>(
        `SELECT line_id, amount_minor::text AS amount_minor, item_code, to_char(period_start, 'YYYY-MM-DD') AS period_start
           FROM account_charges WHERE kind = 'usage' ORDER BY amount_minor`,
      ),
    );
  const count = (sql: string) => t.db.tenant(a.id, (tx) => tx.one<{ n: number }>(sql)).then((r) => r.n);

  const order = (offer: string, options: string[], n: number) =>
    orderActiveLine(t, agent, accId, offer, options, n);

  beforeAll(async () => {
    t = await startTestApp({}, undefined, undefined, { operators: sim });
    a = await createTenant(t.db, 'alpha');
    agent = await Client.login(t.url, a.users.agent.email);
    const admin = await Client.login(t.url, a.users.admin.email);
    await setPaygTiers(admin);
    // CAT-09: the reseller's per-use prices of « Compteur Orange » (the seed leaves them « à définir »).
    for (const [component, amount] of [
      ['per_minute', '0.10'],
      ['per_sms', '0.05'],
      ['per_mms', '0.20'],
      ['per_mb', '0.01'],
    ]) {
      const res = await admin.post('/api/catalog/prices', {
        itemType: 'offer',
        itemId: 'orange-payg',
        component,
        amount,
        effectiveDate: '2026-11-23',
      });
      expect(res.status, res.text).toBe(201);
    }
    accId = await createCustomer(agent);
    await agent.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0700000000;0700000009',
    });
    line = await order(
      'orange-unlimited-10gb-blocked',
      ['orange-cutoff-usa-canada-0mb', 'orange-cutoff-maghreb-turkey-0mb', 'orange-cutoff-rest-of-world-0mb'],
      1,
    );
    payg = await order('orange-data-payg', [], 2);
    meter = await order('orange-payg', [], 3);
    const activated = new Date(String((await agent.get(`/api/lines/${meter.id}`)).body.activatedAt));
    const day = Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', day: 'numeric' }).format(activated),
    );
    meterMinimum = Math.round((250 * (30 - day + 1)) / 30);
    const m = line.msisdn;
    await upload([
      // August (4 months before December): purged at December's close; its totals stay.
      `AUG-1,${m},2026-08-10T10:00:00+02:00,sms,out,france,france,3,,`,
      // October: still viewable in December.
      `OCT-1,${m},2026-10-10T10:00:00+02:00,sms,out,france,france,2,,`,
      // November: a billed SVA (2.99 €) and an off-plan call without a price ("à définir").
      `NOV-1,${m},2026-11-20T09:30:00+01:00,sva,out,france,france,180,2.99,33899123456`,
      `NOV-2,${m},2026-11-20T09:35:00+01:00,voice,out,rest_of_world,france,90,,33140000000`,
      // CAT-09: 1100 MB on data pay-as-you-go: the 1000 MB tier (0.01 €) on the 600 MB beyond 500.
      `NOV-3,${payg.msisdn},2026-11-20T10:00:00+01:00,data,out,france,,${1100 * MB},,`,
      // CAT-09: 2 min 30 on « Compteur »: 3 started minutes at 0.10 €, less than its minimum.
      `NOV-4,${meter.msisdn},2026-11-23T09:30:00+01:00,voice,out,france,france,150,,33612345678`,
    ]);
  }, 300_000);
  afterAll(() => t.close());

  it('issue 12 §3 §4 CAT-09 at 00:00 on 1 December the close charges November’s off-plan amounts and pay-as-you-go minimums to the ledger and purges August’s records, totals kept', async () => {
    await t.db.tenant(a.id, (tx) => ensureUsageClose(tx, t.deps.actions, t.clock.now(), t.clock.now()));
    expect(await runDueActions(t)).toBe(0); // not before the 1st
    t.clock.set(new Date('2026-11-30T23:00:05Z')); // 1 December 00:00:05 in Paris
    expect(await runDueActions(t)).toBeGreaterThan(0);
    expect(await charges()).toEqual([
      {
        line_id: line.id,
        amount_minor: '299',
        item_code: 'orange-unlimited-10gb-blocked',
        period_start: '2026-11-01',
      },
      { line_id: meter.id, amount_minor: '30', item_code: 'orange-payg', period_start: '2026-11-01' },
      { line_id: payg.id, amount_minor: '600', item_code: 'orange-data-payg', period_start: '2026-11-01' },
    ]);
    // "à définir" is flagged, never charged as 0.
    const flags = await t.db.tenant(a.id, (tx) =>
      tx.query(`SELECT month, line_id, kind, records FROM usage_close_flags ORDER BY kind`),
    );
    expect(flags).toEqual([{ month: '2026-11', line_id: line.id, kind: 'voice', records: 1 }]);
    // CAT-09: the pay-as-you-go line's 0.30 € of usage is topped up to its minimum (pro rata in its
    // first month), in arrears; the data pay-as-you-go line has a monthly fee, not a minimum.
    const minimums = await t.db.tenant(a.id, (tx) =>
      tx.query(
        `SELECT line_id, amount_minor::int AS amount, item_code, to_char(period_start, 'YYYY-MM-DD') AS period_start,
                to_char(period_end, 'YYYY-MM-DD') AS period_end
           FROM account_charges WHERE kind = 'usage_minimum'`,
      ),
    );
    expect(minimums).toEqual([
      {
        line_id: meter.id,
        amount: meterMinimum - 30,
        item_code: 'orange-payg',
        period_start: '2026-11-01',
        period_end: '2026-11-30',
      },
    ]);
    // Nothing of the minimum in advance: neither at activation nor in December's monthly run.
    expect(
      await count(
        `SELECT count(*)::int AS n FROM account_charges WHERE line_id = '${meter.id}' AND kind NOT IN ('usage', 'usage_minimum')`,
      ),
    ).toBe(0);
    // Issue 12 §4: August's record is purged, its month's totals kept; October's record stays.
    expect(await count(`SELECT count(*)::int AS n FROM usage_records WHERE month = '2026-08'`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM usage_records WHERE month = '2026-10'`)).toBe(1);
    expect(
      await count(`SELECT in_plan::int AS n FROM usage_counters WHERE month = '2026-08' AND kind = 'sms'`),
    ).toBe(3);
    // The next close is scheduled for 1 January.
    const next = await t.db.tenant(a.id, (tx) =>
      tx.query<{ effective_at: Date }>(
        `SELECT effective_at FROM pending_actions WHERE kind = 'usage.month_close' AND status = 'scheduled'`,
      ),
    );
    expect(next.map((x) => x.effective_at.toISOString())).toEqual(['2026-12-31T23:00:00.000Z']);
  });

  it('issue 12 §3 closing a month twice charges it once', async () => {
    const again = await t.db.tenant(a.id, (tx) =>
      closeUsageMonth(
        { tx, tenantId: a.id, actor: SYSTEM_ACTOR, now: t.clock.now(), requestId: null, locale: 'fr' },
        '2026-11',
      ),
    );
    expect(again).toMatchObject({
      month: '2026-11',
      closed: false,
      charges: 4,
      amountMinor: 899 + meterMinimum,
      flagged: 1,
    });
    expect(await charges()).toHaveLength(3);
  });

  it('issue 12 §3 the charges CSV export carries the off-plan usage of the month', async () => {
    agent = await Client.login(t.url, a.users.agent.email);
    const res = await agent.get('/api/charges.csv?from=2026-11-01&to=2026-11-30');
    expect(res.status, res.text).toBe(200);
    const rows = res.text.split('\n').filter((r) => r.includes('Hors forfait (consommations)'));
    expect(rows).toHaveLength(3);
    expect(rows.some((r) => r.includes('2,99'))).toBe(true);
    expect(rows.some((r) => r.includes('6,00'))).toBe(true);
    // CAT-09: the minimum's top-up, by its name.
    expect(
      res.text.split('\n').filter((r) => r.includes('Complément au minimum mensuel (compteur)')),
    ).toHaveLength(1);
  });
});
