import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { runDueActions } from '../support/fleet.ts';
import { orderInternet } from '../support/internet.ts';

/**
 * NET-20 over HTTP on an Israeli tenant: an installation booked on Sunday 15 November 2026, 10:00
 * in Jerusalem (08:00Z), is chased once its slot has passed, unless confirmed or rescheduled.
 */
describe(`internet overdue technician chase (${testEngine})`, () => {
  let t: TestApp;
  let il: TenantFixture;
  let agent: Client;
  let admin: Client;
  let n = 0;
  const SLOT = '2026-11-15T08:00:00Z';

  const account = async () => {
    n += 1;
    const res = await agent.post('/api/accounts', {
      kind: 'person',
      firstName: `Client${n}`,
      lastName: 'Levi',
      email: `chase${n}@example.co.il`,
      phone: '054-765-4321',
      billingDay: 10,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return String(res.body.id);
  };
  const booked = async (accountId: string, operator: 'hot' | 'partner') => {
    const id = await orderInternet(agent, accountId, operator);
    const b = await agent.post(`/api/internet/subscriptions/${id}/installation`, { slot: SLOT });
    expect(b.status, JSON.stringify(b.body)).toBe(200);
    return id;
  };
  const chaseOf = async (id: string) => {
    const res = await agent.get(`/api/internet/subscriptions/${id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.technicianChase as unknown;
  };
  const outbox = (accountId: string) =>
    t.db.system((tx) =>
      tx.query<{ channel: string; recipient: string; subject: string; template: string }>(
        `SELECT channel, recipient, subject, template FROM outbox WHERE entity_id = $1 ORDER BY channel, recipient`,
        [accountId],
      ),
    );
  const chaseMails = async (accountId: string) =>
    (await outbox(accountId)).filter(
      (m) =>
        m.template.startsWith('internet.technician_overdue') || m.subject.startsWith('Technicien en retard'),
    );
  /** Moves the clock (days later: the session has expired, the agent signs in again). */
  const at = async (iso: string) => {
    t.clock.set(iso);
    agent = await Client.login(t.url, il.users.agent.email);
  };
  const audits = (id: string) =>
    t.db.system((tx) =>
      tx.query<{ action: string }>(
        `SELECT action FROM audit_events WHERE entity_id = $1 AND action = 'internet.technician_chased'`,
        [id],
      ),
    );

  let hotPhone: string | null = null;

  beforeAll(async () => {
    t = await startTestApp({}, new ManualClock('2026-11-12T08:00:00Z'));
    il = await createTenant(t.db, 'isp-chase', { country: 'IL', productFamilies: ['internet'] });
    agent = await Client.login(t.url, il.users.agent.email);
    admin = await Client.login(t.url, il.users.admin.email);
    const seed = await agent.get('/api/internet/operator-contacts');
    hotPhone = typeof seed.body.hotContactPhone === 'string' ? seed.body.hotContactPhone : null;
    const body = { ...seed.body, partnerTechnicalEmail: 'tech@partner.example' } as Record<string, unknown>;
    delete body.version;
    const put = await admin.request('PUT', '/api/internet/operator-contacts', body, { 'if-match': '"0"' });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  it('NET-20 an overdue technician is chased with the operator contact and the customer informed, once; a confirmed or rescheduled one is not', async () => {
    const hotAcc = await account();
    const hot = await booked(hotAcc, 'hot');
    const partnerAcc = await account();
    const partner = await booked(partnerAcc, 'partner');
    // Confirmed before the slot passes: nothing to chase.
    const doneAcc = await account();
    const done = await booked(doneAcc, 'hot');
    const a = await agent.post(`/api/internet/subscriptions/${done}/activation`, {
      boxModel: 'hot-box-5',
      boxSerial: 'SN-42',
    });
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    // Rescheduled (NET-09) to Thursday 19th: the first slot's chase finds nothing to do.
    const movedAcc = await account();
    const moved = await booked(movedAcc, 'partner');
    expect((await agent.post(`/api/internet/subscriptions/${moved}/bezeq-report`)).status).toBe(200);
    const r = await agent.post(`/api/internet/subscriptions/${moved}/installation/reschedule`, {
      slot: '2026-11-19T07:00:00Z',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);

    // At the slot itself the technician is not overdue yet.
    await at(SLOT);
    await runDueActions(t);
    expect(await chaseOf(hot)).toBeNull();

    await at('2026-11-15T08:30:00Z');
    await runDueActions(t);
    await runDueActions(t);

    // HOT is chased by a call to its contact: the page names whom to call; no e-mail goes to HOT.
    expect(await chaseOf(hot)).toEqual({
      chasedAt: '2026-11-15T08:30:00.000Z',
      to: hotPhone ? `Sharona, ${hotPhone}` : 'Sharona',
    });
    expect(await chaseMails(hotAcc)).toEqual([
      {
        channel: 'email',
        recipient: `chase1@example.co.il`,
        subject: expect.stringContaining('technicien en retard') as unknown as string,
        template: 'internet.technician_overdue_customer',
      },
      {
        channel: 'sms',
        recipient: '+972547654321',
        subject: expect.stringContaining('HOT') as unknown as string,
        template: 'internet.technician_overdue_sms',
      },
    ]);
    expect(await audits(hot)).toHaveLength(1);

    expect(await chaseOf(partner)).toEqual({
      chasedAt: '2026-11-15T08:30:00.000Z',
      to: 'Groupe WhatsApp du service technique Partner',
    });
    const pm = await chaseMails(partnerAcc);
    expect(pm.map((m) => m.recipient)).toEqual([
      'chase2@example.co.il',
      'tech@partner.example',
      '+972547654321',
    ]);
    expect(await audits(partner)).toHaveLength(1);

    for (const [acc, id] of [
      [doneAcc, done],
      [movedAcc, moved],
    ] as const) {
      expect(await chaseOf(id)).toBeNull();
      expect(await chaseMails(acc)).toEqual([]);
      expect(await audits(id)).toHaveLength(0);
    }

    // The rescheduled slot is chased in turn once it has passed.
    await at('2026-11-19T08:00:00Z');
    await runDueActions(t);
    expect(await chaseOf(moved)).toEqual({
      chasedAt: '2026-11-19T08:00:00.000Z',
      to: 'Groupe WhatsApp du service technique Partner',
    });
    expect(await chaseMails(movedAcc)).toHaveLength(3);
    expect(await chaseMails(hotAcc)).toHaveLength(2);
  });
});
