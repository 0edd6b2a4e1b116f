import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { createCustomer, runDueActions } from '../support/fleet.ts';
import { CDR_HEADER, orderActiveLine } from '../support/usage.ts';
import { createOperatorSimulator } from '../../src/modules/orders/operators/simulator.ts';

interface Usage {
  totals: Record<string, { inPlan: number; offPlan: number; toBeSet: number }>;
  journal: { items: { id: string; calledNumber: string | null; offPlan: boolean; fairUse: string | null }[] };
  fairUse: {
    callees: { used: number; max: number };
    recipients: { used: number; max: number };
    maxCallSeconds: number;
    smsPerHour: number | null;
    smsSuspendedUntil: string | null;
  } | null;
}

/** CAT-05, the fair use of the unlimited plans, through CDR imports on a real database and server. */
describe(`usage fair use over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let agent: Client;
  let line: { id: string; msisdn: string };
  const sim = createOperatorSimulator();

  const upload = async (rows: string[]) => {
    const res = await agent.request(
      'POST',
      '/api/usage/imports?filename=cdr.csv',
      [CDR_HEADER, ...rows].join('\n'),
      {
        'content-type': 'text/csv',
      },
    );
    expect(res.status, res.text).toBe(201);
    return res.body as { new: number; rejected: number };
  };
  const usage = async (kind = 'all') => {
    const res = await agent.get(`/api/lines/${line.id}/usage?kind=${kind}`);
    expect(res.status, res.text).toBe(200);
    return res.body as unknown as Usage;
  };
  const call = (id: string, start: string, callee: string, seconds: number) =>
    `${id},${line.msisdn},${start},voice,out,france,france,${seconds},,${callee}`;
  const sms = (id: string, start: string, recipient: string, n: number) =>
    `${id},${line.msisdn},${start},sms,out,france,france,${n},,${recipient}`;
  /** 250 calls of a minute on 20 November to 250 distinct numbers. */
  const calls250 = () =>
    Array.from({ length: 250 }, (_, i) =>
      call(
        `C-${i}`,
        `2026-11-20T08:${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}+01:00`,
        `3361000${String(i).padStart(4, '0')}`,
        60,
      ),
    );

  beforeAll(async () => {
    t = await startTestApp({}, undefined, undefined, { operators: sim });
    a = await createTenant(t.db, 'alpha');
    agent = await Client.login(t.url, a.users.agent.email);
    const accId = await createCustomer(agent);
    await agent.post('/api/stock/numbers/import', {
      csv: 'reseau;premier;dernier\norange;0700000000;0700000009',
    });
    line = await orderActiveLine(
      t,
      agent,
      accId,
      'orange-unlimited-10gb-blocked',
      ['orange-cutoff-usa-canada-0mb', 'orange-cutoff-maghreb-turkey-0mb', 'orange-cutoff-rest-of-world-0mb'],
      1,
    );
  }, 300_000);
  afterAll(() => t.close());

  it('CAT-05 the line page shows how far the month is from the fair-use limits', async () => {
    expect((await usage()).fairUse).toEqual({
      callees: { used: 0, max: 250 },
      recipients: { used: 0, max: 250 },
      maxCallSeconds: 7200,
      smsPerHour: 500,
      smsSuspendedUntil: null,
    });
  });

  it('CAT-05 beyond 250 distinct callees, and beyond 2 h a call, calls are billed per use (« à définir »), marked in the journal', async () => {
    const rows = [
      ...calls250(),
      // A 251st distinct callee, then 2 h 30 to the first one.
      call('C-251', '2026-11-21T10:00:00+01:00', '33612340000', 120),
      call('C-LONG', '2026-11-21T11:00:00+01:00', '33610000000', 9000),
    ];
    expect(await upload(rows)).toMatchObject({ new: 252, rejected: 0 });
    const u = await usage('voice');
    expect(u.fairUse).toMatchObject({ callees: { used: 250, max: 250 } });
    // Included: 250 minutes and the first 2 h; off-plan: the 251st callee's 2 minutes and 30 minutes.
    expect(u.totals.voice).toMatchObject({ inPlan: 250 * 60 + 7200, offPlan: 120 + 1800, toBeSet: 2 });
    expect(u.journal.items.slice(0, 3)).toEqual([
      {
        ...u.journal.items[0],
        id: 'C-LONG',
        calledNumber: '3361000XXXX',
        offPlan: true,
        fairUse: 'duration',
      },
      { ...u.journal.items[1], id: 'C-251', calledNumber: '3361234XXXX', offPlan: true, fairUse: 'callees' },
      { ...u.journal.items[2], offPlan: false, fairUse: null },
    ]);
    // Exactly once: the same file again changes nothing.
    expect(await upload(rows)).toMatchObject({ new: 0 });
    expect((await usage('voice')).totals.voice).toMatchObject({
      inPlan: 250 * 60 + 7200,
      offPlan: 1920,
      toBeSet: 2,
    });
  });

  it('CAT-05 a later file: a callee of the month stays included, a new one is billed', async () => {
    await upload([
      call('D-1', '2026-11-22T09:00:00+01:00', '33610000042', 60),
      call('D-2', '2026-11-22T09:05:00+01:00', '33699999999', 60),
    ]);
    const u = await usage('voice');
    expect(u.fairUse?.callees.used).toBe(250);
    expect(u.totals.voice).toMatchObject({ inPlan: 250 * 60 + 7200 + 60, offPlan: 1980, toBeSet: 3 });
    expect(u.journal.items.find((r) => r.id === 'D-1')).toMatchObject({ offPlan: false, fairUse: null });
    expect(u.journal.items.find((r) => r.id === 'D-2')).toMatchObject({ offPlan: true, fairUse: 'callees' });
  });

  it('CAT-05 Orange: beyond 500 SMS in an hour SMS sending is suspended 3 days through the operator, then restored by itself', async () => {
    // 300 then 201 messages within the hour before the clock (23 November 10:00 Paris).
    await upload([
      sms('S-1', '2026-11-23T09:10:00+01:00', '33620000001', 300),
      sms('S-2', '2026-11-23T09:40:00+01:00', '33620000002', 201),
    ]);
    let u = await usage();
    expect(u.fairUse).toMatchObject({
      recipients: { used: 2, max: 250 },
      smsSuspendedUntil: '2026-11-26T08:40:00.000Z',
    });
    // SMS within fair use stay included: the suspension bills nothing.
    expect(u.totals.sms).toMatchObject({ inPlan: 501, offPlan: 0 });
    expect(sim.smsSuspensions).toEqual([]);
    await runDueActions(t);
    expect(sim.smsSuspensions).toMatchObject([{ lineId: line.id, msisdn: line.msisdn, suspended: true }]);
    // The same burst again, or more SMS during the suspension, suspends nothing more.
    await upload([sms('S-3', '2026-11-23T09:50:00+01:00', '33620000001', 10)]);
    await runDueActions(t);
    expect(sim.smsSuspensions).toHaveLength(1);
    // Three days later the suspension ends by itself.
    t.clock.set(new Date('2026-11-26T08:40:05Z'));
    await runDueActions(t);
    agent = await Client.login(t.url, a.users.agent.email); // three days later: a new session
    expect(sim.smsSuspensions.map((s) => s.suspended)).toEqual([true, false]);
    u = await usage();
    expect(u.fairUse?.smsSuspendedUntil).toBeNull();
    const audit = await t.db.tenant(a.id, (tx) =>
      tx.query<{ action: string }>(
        `SELECT action FROM audit_events WHERE entity_id = $1 AND action LIKE 'usage.sms_%' ORDER BY at`,
        [line.id],
      ),
    );
    expect(audit.map((x) => x.action)).toEqual(['usage.sms_suspended', 'usage.sms_restored']);
  });
});
