import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { orderInternet } from '../support/internet.ts';
import { testEngine } from '../support/db.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { runDueActions } from '../support/fleet.ts';

interface Sub {
  id: string;
  reference: string;
  state: string;
  installationAt: string | null;
  installationUntil: string | null;
  installationNoDueDate: boolean;
  bezeq: { channel: string; estimateFrom: string; estimateTo: string } | null;
  wifiSet: boolean;
  wifiChange: { contactName: string; contactPhone: string | null } | null;
  actions: { type: string; allowed: boolean; reason: { code: string; title: string } | null }[];
}

/**
 * The handbook's remaining steps over HTTP (issue 11 §3/§4) on an Israeli tenant. The clock is
 * Thursday 12 November 2026, 10:00 in Jerusalem; accounts have Billing Day 10.
 */
describe(`internet handbook steps over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let il: TenantFixture;
  let agent: Client;
  let admin: Client;
  let n = 0;

  const account = async () => {
    n += 1;
    const res = await agent.post('/api/accounts', {
      kind: 'person',
      firstName: `Client${n}`,
      lastName: 'Cohen',
      email: `handbook${n}@example.co.il`,
      phone: '054-765-4321',
      billingDay: 10,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return String(res.body.id);
  };
  /** An order, its eligibility check first for Partner (NET-13). */
  const order = (accountId: string, operator: 'hot' | 'partner', address?: string) =>
    orderInternet(agent, accountId, operator, address);
  const booked = async (accountId: string, operator: 'hot' | 'partner') => {
    const id = await order(accountId, operator);
    const b = await agent.post(`/api/internet/subscriptions/${id}/installation`, {
      slot: '2026-11-15T08:00:00Z',
    });
    expect(b.status, JSON.stringify(b.body)).toBe(200);
    return id;
  };
  const active = async (accountId: string, operator: 'hot' | 'partner') => {
    const id = await booked(accountId, operator);
    const a = await agent.post(`/api/internet/subscriptions/${id}/activation`, {
      boxModel: operator === 'hot' ? 'hot-box-5' : 'partner-black',
      boxSerial: 'SN-42',
    });
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    return id;
  };
  const sub = async (id: string) =>
    (await agent.get(`/api/internet/subscriptions/${id}`)).body as unknown as Sub;
  const action = (s: Sub, type: string) => s.actions.find((a) => a.type === type);
  const outbox = async (accountId: string) => {
    const list = await admin.get(`/api/outbox?entityType=account&entityId=${accountId}`);
    return (list.body.items ?? []) as { subject: string }[];
  };

  beforeAll(async () => {
    t = await startTestApp({}, new ManualClock('2026-11-12T08:00:00Z'));
    il = await createTenant(t.db, 'isp-handbook', { country: 'IL', productFamilies: ['internet'] });
    agent = await Client.login(t.url, il.users.agent.email);
    admin = await Client.login(t.url, il.users.admin.email);
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  it('NET-09 CAL-03 Bezeq not ready: a manual step, the estimate (not a deadline), no installation until rescheduled', async () => {
    const acc = await account();
    const id = await booked(acc, 'partner');
    const before = (await outbox(acc)).length;
    const res = await agent.post(`/api/internet/subscriptions/${id}/bezeq-report`, undefined, {
      'idempotency-key': 'bezeq-1',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    let s = await sub(id);
    // Thursday 12 Nov: Sun 15, Mon 16, Tue 17 (3 business days), Wed 18 (4).
    expect(s.bezeq).toMatchObject({
      channel: 'manual',
      estimateFrom: '2026-11-17',
      estimateTo: '2026-11-18',
    });
    expect(s).toMatchObject({ state: 'installation_booked', installationAt: null });
    // No Partner technical e-mail in the tenant's contacts: nothing sent, the agent's step recorded.
    expect((await outbox(acc)).length).toBe(before);
    expect(action(s, 'confirm_installation')).toMatchObject({
      allowed: false,
      reason: { code: 'internet.bezeq_pending', title: 'En attente Bezeq' },
    });
    const done = await agent.post(`/api/internet/subscriptions/${id}/activation`, {
      boxModel: 'partner-black',
      boxSerial: 'SN-1',
    });
    expect(done.status).toBe(409);
    expect(done.body.code).toBe('internet.bezeq_pending');
    expect((await agent.post(`/api/internet/subscriptions/${id}/bezeq-report`)).body.code).toBe(
      'internet.bezeq_pending',
    );

    const again = await agent.post(`/api/internet/subscriptions/${id}/installation/reschedule`, {
      slot: '2026-11-19T07:00:00Z',
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    s = await sub(id);
    expect(s).toMatchObject({
      bezeq: null,
      installationAt: '2026-11-19T07:00:00.000Z',
      installationUntil: '2026-11-19T07:45:00.000Z',
    });
    expect(action(s, 'confirm_installation')?.allowed).toBe(true);
    expect(
      (
        await agent.post(`/api/internet/subscriptions/${id}/installation/reschedule`, {
          slot: '2026-11-20T07:00:00Z',
        })
      ).body.code,
    ).toBe('internet.bezeq_not_pending');
  });

  it('NET-09 with the tenant’s Partner technical e-mail the report goes out through the outbox; HOT has no Bezeq step', async () => {
    const seed = await agent.get('/api/internet/operator-contacts');
    const body = { ...seed.body, partnerTechnicalEmail: 'tech@partner.example' } as Record<string, unknown>;
    delete body.version;
    const put = await admin.request('PUT', '/api/internet/operator-contacts', body, { 'if-match': '"0"' });
    expect(put.status, JSON.stringify(put.body)).toBe(200);

    const acc = await account();
    const id = await booked(acc, 'partner');
    expect((await agent.post(`/api/internet/subscriptions/${id}/bezeq-report`)).status).toBe(200);
    expect((await sub(id)).bezeq?.channel).toBe('email');
    const mails = (await outbox(acc)).map((m) => m.subject);
    expect(mails.filter((m) => m.startsWith('Infrastructure Bezeq non prête'))).toHaveLength(1);

    const hot = await booked(await account(), 'hot');
    expect(action(await sub(hot), 'report_bezeq')).toMatchObject({
      allowed: false,
      reason: { code: 'internet.bezeq_partner_only' },
    });
    const refused = await agent.post(`/api/internet/subscriptions/${hot}/bezeq-report`);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('internet.bezeq_partner_only');
  });

  it('NET-12 HOT’s Wi-Fi change is handed to HOT: pending until the agent confirms, never e-mailed', async () => {
    const acc = await account();
    const id = await active(acc, 'hot');
    const before = (await outbox(acc)).length;
    const put = await agent.request('PUT', `/api/internet/subscriptions/${id}/wifi`, {
      ssid: 'Maison-Cohen',
      password: 'secret-hot-2026',
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    let s = await sub(id);
    expect(s).toMatchObject({ wifiSet: false, wifiChange: { contactName: 'Sharona' } });
    expect(action(s, 'set_wifi')?.reason?.code).toBe('internet.wifi_pending');
    // The agent reads the new values to HOT from an audited reveal.
    const reveal = await agent.post(`/api/internet/subscriptions/${id}/wifi/reveal`);
    expect(reveal.body).toMatchObject({
      ssid: null,
      pending: { ssid: 'Maison-Cohen', password: 'secret-hot-2026' },
    });
    const mails = await outbox(acc);
    expect(mails.length).toBe(before);
    expect(JSON.stringify(mails)).not.toContain('secret-hot-2026');

    expect((await agent.post(`/api/internet/subscriptions/${id}/wifi/confirmation`)).status).toBe(200);
    s = await sub(id);
    expect(s).toMatchObject({ wifiSet: true, wifiChange: null });
    expect((await agent.post(`/api/internet/subscriptions/${id}/wifi/reveal`)).body).toMatchObject({
      ssid: 'Maison-Cohen',
      password: 'secret-hot-2026',
      pending: null,
    });
    expect((await agent.post(`/api/internet/subscriptions/${id}/wifi/confirmation`)).body.code).toBe(
      'internet.wifi_not_pending',
    );
  });

  it('NET-12 Partner’s Wi-Fi we change ourselves: stored encrypted at once, nothing pending', async () => {
    const id = await active(await account(), 'partner');
    const put = await agent.request('PUT', `/api/internet/subscriptions/${id}/wifi`, {
      ssid: 'Cohen-Fibre',
      password: 'secret-partner-1',
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(await sub(id)).toMatchObject({ wifiSet: true, wifiChange: null });
    const stored = await t.db.system((tx) =>
      tx.query<{ wifi_password_secret: string }>(
        `SELECT wifi_password_secret FROM internet_subscriptions WHERE id = $1`,
        [id],
      ),
    );
    expect(stored[0]?.wifi_password_secret).toBeTruthy();
    expect(stored[0]?.wifi_password_secret).not.toContain('secret-partner-1');
  });

  it('NET-15 NET-16 the booking: a 45-minute window; no due date in a building with no existing installation', async () => {
    const acc = await account();
    const id = await order(acc, 'hot');
    const noSlot = await agent.post(`/api/internet/subscriptions/${id}/installation`, {});
    expect(noSlot.status).toBe(422);
    expect(noSlot.body.code).toBe('internet.installation_slot_required');
    const none = await agent.post(`/api/internet/subscriptions/${id}/installation`, {
      slot: '2026-11-16T09:00:00Z',
      noExistingInstallation: true,
    });
    expect(none.status, JSON.stringify(none.body)).toBe(200);
    expect(await sub(id)).toMatchObject({
      state: 'installation_booked',
      installationAt: null,
      installationUntil: null,
      installationNoDueDate: true,
    });
  });

  it('NET-11 a termination asked by the customer’s e-mail ends only the subscription it names', async () => {
    const acc = await account();
    const first = await active(acc, 'hot');
    const second = await active(acc, 'partner');
    const res = await agent.post(`/api/internet/subscriptions/${second}/termination`, { reason: 'other' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await sub(second)).state).toBe('termination_pending');
    expect((await sub(first)).state).toBe('active');
    const confirmations = (await outbox(acc))
      .map((m) => m.subject)
      .filter((m) => m.startsWith('Confirmation de résiliation'));
    expect(confirmations).toEqual([expect.stringContaining((await sub(second)).reference)]);
    expect(confirmations.join()).not.toContain((await sub(first)).reference);
  });

  it('NET-07 NET-15 after a provider switch’s two e-mails, the customer gets the installation slot by SMS, once', async () => {
    const acc = await account();
    const id = await active(acc, 'hot');
    const plain = await t.db.system((tx) =>
      tx.query(`SELECT id FROM outbox WHERE channel = 'sms' AND entity_id = $1`, [acc]),
    );
    // An ordinary booking sends no SMS.
    expect(plain).toHaveLength(0);
    const c = await agent.post('/api/internet/eligibility-checks', {
      accountId: acc,
      operator: 'partner',
      address: 'Herzl 5, Haifa',
    });
    expect(c.status).toBe(201);
    const sw = await agent.post(`/api/internet/subscriptions/${id}/provider-switch`, {
      masap: 'a5550777',
      planCode: 'partner-fibre-600',
      buildingFlats: 8,
    });
    expect(sw.status, JSON.stringify(sw.body)).toBe(200);
    const subs = ((await agent.get(`/api/internet/subscriptions?accountId=${acc}`)).body.items ??
      []) as unknown as Sub[];
    const fresh = subs.find((x) => x.id !== id);
    if (!fresh) throw new Error('no new subscription');
    const book = await agent.post(
      `/api/internet/subscriptions/${fresh.id}/installation`,
      { slot: '2026-11-17T07:30:00Z' },
      { 'idempotency-key': 'switch-slot-1' },
    );
    expect(book.status, JSON.stringify(book.body)).toBe(200);
    // A retry of the same request, and a second booking, add nothing.
    expect(
      (
        await agent.post(
          `/api/internet/subscriptions/${fresh.id}/installation`,
          { slot: '2026-11-17T07:30:00Z' },
          { 'idempotency-key': 'switch-slot-1' },
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await agent.post(`/api/internet/subscriptions/${fresh.id}/installation`, {
          slot: '2026-11-18T07:30:00Z',
        })
      ).status,
    ).toBe(409);
    const outbox = await t.db.system((tx) =>
      tx.query<{ channel: string; recipient: string; subject: string; body_text: string; template: string }>(
        `SELECT channel, recipient, subject, body_text, template FROM outbox WHERE entity_id = $1
          ORDER BY channel, subject`,
        [acc],
      ),
    );
    const sms = outbox.filter((m) => m.channel === 'sms');
    expect(sms).toEqual([
      {
        channel: 'sms',
        recipient: '+972547654321',
        subject: `Partner ${fresh.reference}`,
        body_text: `Votre installation internet Partner (${fresh.reference}) est prévue le 17/11/2026 à 09:30. Soyez joignable et présent (30 à 45 minutes).`,
        template: 'internet.switch_installation_sms',
      },
    ]);
    // The switch wrote the termination e-mail and the new-installation e-mail; the SMS follows the booking.
    const emails = outbox.filter((m) => m.channel === 'email').map((m) => m.subject);
    expect(emails.filter((x) => x.startsWith('Confirmation de résiliation — internet HOT'))).toHaveLength(1);
    expect(emails.filter((x) => x.startsWith('Nouvelle installation internet Partner'))).toHaveLength(1);
  });

  // Last: it moves the clock to the Billing Day.
  it('CAL-06 NET-03 NET-04 Reading 17 each Billing Day charges the DNS and the extender rental, once; the plan and box rental stay « à définir »', async () => {
    const acc = await account();
    const id = await active(acc, 'hot');
    const charges = async () =>
      ((await agent.get(`/api/charges?accountId=${acc}`)).body.items ?? []) as {
        itemCode: string;
        amount: string;
        currency: string;
        periodStart: string | null;
        periodEnd: string | null;
      }[];
    // The first period (12 Nov → 9 Dec) had nothing priced: no charge yet.
    expect(await charges()).toEqual([]);
    expect((await agent.post(`/api/internet/subscriptions/${id}/fixed-ip`, {})).status).toBe(200);
    const ext = await agent.post(`/api/internet/subscriptions/${id}/extenders`, { phone: '054-765-4321' });
    expect(ext.status, JSON.stringify(ext.body)).toBe(200);

    // Thursday 10 December 2026, 00:00 in Jerusalem: the Billing Day.
    t.clock.set('2026-12-09T22:00:00Z');
    await runDueActions(t);
    await runDueActions(t);
    // The session has expired over the month: sign in again.
    agent = await Client.login(t.url, il.users.agent.email);
    const rows = (await charges()).map((c) => [c.itemCode, c.amount, c.currency, c.periodStart, c.periodEnd]);
    expect(rows.sort()).toEqual([
      ['hot-dns', '20.00', 'ILS', '2026-12-10', '2027-01-09'],
      ['hot-extender', '20.00', 'ILS', '2026-12-10', '2027-01-09'],
    ]);
    const claimed = await t.db.system((tx) =>
      tx.query<{ period_start: string; items: { toSet: string[] } }>(
        `SELECT to_char(period_start, 'YYYY-MM-DD') AS period_start, items FROM internet_charged_periods
          WHERE subscription_id = $1 ORDER BY period_start`,
        [id],
      ),
    );
    expect(claimed.map((c) => [c.period_start, c.items.toSet])).toEqual([
      ['2026-11-12', ['hot-500', 'box-rental']],
      ['2026-12-10', ['hot-500', 'box-rental']],
    ]);
  });
});
