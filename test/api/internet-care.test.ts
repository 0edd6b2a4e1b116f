import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { ManualClock } from '../../src/platform/clock.ts';

/**
 * Internet troubleshooting over HTTP (issue 11 §4) on an Israeli tenant: the guided flow's
 * verdicts, the support incident it opens then updates, HOT's call sheet, Partner's Hebrew
 * e-mail in the outbox, a sector outage recorded once and told to the customers, the operator
 * contacts the tenant edits. Clock: Sunday 6 December 2026, 12:00 in Jerusalem.
 */
describe(`internet troubleshooting over HTTP (${testEngine})`, () => {
  const clock = new ManualClock('2026-12-06T10:00:00Z');
  let t: TestApp;
  let il: TenantFixture;
  let agent: Client;
  let admin: Client;
  let partnerSub: string;
  let hotSub: string;
  let hotHaifa: string;

  const account = async (firstName: string) => {
    const res = await agent.post('/api/accounts', {
      kind: 'person',
      firstName,
      lastName: 'Cohen',
      email: `${firstName.toLowerCase()}@example.co.il`,
      phone: '054-123-4567',
      billingDay: 10,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return String(res.body.id);
  };
  const installed = async (
    accountId: string,
    operator: 'hot' | 'partner',
    plan: string,
    box: string,
    address: string,
  ) => {
    let eligibilityCheckId: string | null = null;
    if (operator === 'partner') {
      const e = await agent.post('/api/internet/eligibility-checks', { accountId, operator, address });
      expect(e.status, JSON.stringify(e.body)).toBe(201);
      eligibilityCheckId = String(e.body.id);
    }
    const o = await agent.post('/api/internet/subscriptions', {
      accountId,
      operator,
      masap: operator === 'hot' ? '70012345' : 'a4410987',
      address,
      planCode: plan,
      buildingFlats: 12,
      eligibilityCheckId,
    });
    expect(o.status, JSON.stringify(o.body)).toBe(201);
    const id = String(o.body.id);
    expect(
      (await agent.post(`/api/internet/subscriptions/${id}/installation`, { slot: '2026-12-01T08:00:00Z' }))
        .status,
    ).toBe(200);
    const act = await agent.post(`/api/internet/subscriptions/${id}/activation`, {
      boxModel: box,
      boxSerial: 'SN-1',
    });
    expect(act.status, JSON.stringify(act.body)).toBe(200);
    return id;
  };
  const noInternet = {
    kind: 'no_internet',
    leds: { power: 'on', infrastructure: 'on', internet: 'off', phone: 'on' },
    powerCycled: true,
  };
  const outbox = async () =>
    ((await admin.get('/api/outbox?limit=100')).body.items ?? []) as {
      id: string;
      recipient: string;
      subject: string;
    }[];

  beforeAll(async () => {
    t = await startTestApp({}, clock);
    il = await createTenant(t.db, 'isp-care', { country: 'IL', productFamilies: ['internet'] });
    agent = await Client.login(t.url, il.users.agent.email);
    admin = await Client.login(t.url, il.users.admin.email);
    partnerSub = await installed(
      await account('Noa'),
      'partner',
      'partner-fibre-1000',
      'partner-black',
      'Herzl 12, Haifa',
    );
    hotSub = await installed(await account('Dana'), 'hot', 'hot-500', 'hot-box-4', 'Rothschild 22, Tel Aviv');
    hotHaifa = await installed(await account('Avi'), 'hot', 'hot-200', 'hot-box-2', 'Hanassi 3, Haifa');
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  it('NET-10 the preview says power-cycle first, then escalate; nothing is written', async () => {
    const first = await agent.post(`/api/internet/subscriptions/${partnerSub}/troubleshooting/preview`, {
      ...noInternet,
      powerCycled: false,
    });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({
      diagnosis: 'no_connection',
      nextStep: 'power_cycle',
      escalation: null,
    });
    const then = await agent.post(
      `/api/internet/subscriptions/${partnerSub}/troubleshooting/preview`,
      noInternet,
    );
    expect(then.body).toMatchObject({ nextStep: 'escalate', escalation: 'partner_email' });
    expect((await agent.get(`/api/internet/subscriptions/${partnerSub}/troubleshooting`)).body.items).toEqual(
      [],
    );
  });

  it('NET-10 a Partner escalation needs the technical address: 422 and nothing written', async () => {
    const res = await agent.post(`/api/internet/subscriptions/${partnerSub}/troubleshooting`, noInternet);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('internet.partner_email_missing');
    expect((await agent.get(`/api/internet/subscriptions/${partnerSub}/troubleshooting`)).body.items).toEqual(
      [],
    );
    expect((await agent.get('/api/incidents')).body.total).toBe(0);
  });

  it('the operator contacts start at the seed’s values; only an admin edits them, If-Match', async () => {
    const seed = await agent.get('/api/internet/operator-contacts');
    expect(seed.body).toMatchObject({ hotContactName: 'Sharona', partnerTechnicalEmail: null, version: 0 });
    const body = { ...seed.body, partnerTechnicalEmail: 'tech@partner.example' } as Record<string, unknown>;
    delete body.version;
    expect(
      (await agent.request('PUT', '/api/internet/operator-contacts', body, { 'if-match': '"0"' })).status,
    ).toBe(403);
    expect((await admin.request('PUT', '/api/internet/operator-contacts', body)).status).toBe(428);
    const ok = await admin.request('PUT', '/api/internet/operator-contacts', body, { 'if-match': '"0"' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ partnerTechnicalEmail: 'tech@partner.example', version: 1 });
    expect(
      (await admin.request('PUT', '/api/internet/operator-contacts', body, { 'if-match': '"0"' })).status,
    ).toBe(412);
  });

  it('NET-10 SET-09 no internet on a Partner box: incident opened, Hebrew e-mail signed by the agent in the outbox', async () => {
    const res = await agent.post(
      `/api/internet/subscriptions/${partnerSub}/troubleshooting`,
      { ...noInternet, lineTest: { ontRxDbm: -29.5 } },
      { 'idempotency-key': 'care-partner-1' },
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ escalation: 'partner_email', lineVerdict: 'weak', callSheet: null });
    const incident = res.body.incident as { id: string; reference: string };
    const mails = (await outbox()).filter((m) => m.recipient === 'tech@partner.example');
    expect(mails).toHaveLength(1);
    const mail = (await admin.get(`/api/outbox/${mails[0]?.id}`)).body as {
      bodyHtml: string;
      bodyText: string;
      subject: string;
    };
    expect(mail.subject).toContain('אין חיבור לאינטרנט');
    expect(mail.bodyHtml).toContain('<html lang="he" dir="rtl">');
    expect(mail.bodyText).toContain('מספר לקוח: a4410987');
    expect(mail.bodyText).toContain('עוצמת אות אופטי בקליטה ב-ONT');
    // Signed by the agent (the fixture's display name).
    expect(mail.bodyText.trimEnd()).toMatch(/תודה רבה,\nagent isp-care\nRevendeur isp-care$/);
    // A retry with the same key replays, sending nothing twice.
    const again = await agent.post(
      `/api/internet/subscriptions/${partnerSub}/troubleshooting`,
      { ...noInternet, lineTest: { ontRxDbm: -29.5 } },
      {
        'idempotency-key': 'care-partner-1',
      },
    );
    expect(again.body.id).toBe(res.body.id);
    expect((await outbox()).filter((m) => m.recipient === 'tech@partner.example')).toHaveLength(1);
    // The customer's history holds the incident, with the steps and the e-mail on its timeline.
    const inc = await agent.get(`/api/incidents/${incident.id}`);
    expect(inc.status).toBe(200);
    expect(JSON.stringify(inc.body)).toContain('E-mail technique en hébreu envoyé à Partner');
  });

  it('NET-10 a second pass updates the open incident; the third failure suggests a higher plan or HOT', async () => {
    const second = await agent.post(`/api/internet/subscriptions/${partnerSub}/troubleshooting`, noInternet);
    const third = await agent.post(`/api/internet/subscriptions/${partnerSub}/troubleshooting`, noInternet);
    expect(third.status).toBe(201);
    expect((second.body.incident as { id: string }).id).toBe((third.body.incident as { id: string }).id);
    expect(second.body.upgrades).toEqual([]);
    expect(third.body.upgrades).toEqual(['higher_plan', 'switch_to_hot']);
    expect((await agent.get('/api/incidents')).body.total).toBe(1);
  });

  it('NET-10 NET-21 HOT: the call sheet carries the MASAP, the LEDs, the steps and the Wi-Fi speed test', async () => {
    const res = await agent.post(`/api/internet/subscriptions/${hotSub}/troubleshooting`, {
      kind: 'slow',
      leds: { power: 'on', infrastructure: 'on', internet: 'on', wifi: 'on' },
      powerCycled: true,
      conditions: { connection: 'wifi', distanceOk: true, repeaters: false },
      speedTest: { downMbps: 120, upMbps: 30, overWifi: true },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ speedVerdict: 'too_slow', escalation: 'hot_call', email: null });
    const sheet = (res.body.callSheet as string[]).join('\n');
    expect(sheet).toContain('MASAP) : 70012345');
    expect(sheet).toContain('Infrastructure (S) allumé');
    expect(sheet).toContain('test de débit en Wi-Fi : 120 Mbit/s / 30 Mbit/s pour un forfait de 500 Mb');
  });

  it('NET-21 a satisfactory speed test is not escalated; SET-07 the Hot Box 4 splits the bands', async () => {
    const res = await agent.post(`/api/internet/subscriptions/${hotSub}/troubleshooting/preview`, {
      kind: 'slow',
      leds: { power: 'on', infrastructure: 'on', internet: 'on', wifi: 'on' },
      powerCycled: true,
      conditions: { connection: 'wifi', distanceOk: true, repeaters: false },
      speedTest: { downMbps: 300, overWifi: true },
    });
    expect(res.body).toMatchObject({ speedVerdict: 'ok', nextStep: 'split_bands', escalation: null });
  });

  it('SET-08 a sector outage is recorded once, links the affected customers’ incidents and tells them', async () => {
    const outageLeds = { power: 'on', infrastructure: 'blinking', internet: 'off', wifi: 'on' };
    const pass = await agent.post(`/api/internet/subscriptions/${hotHaifa}/troubleshooting`, {
      kind: 'no_internet',
      leds: outageLeds,
      powerCycled: true,
    });
    expect(pass.body).toMatchObject({
      diagnosis: 'sector_outage',
      nextStep: 'ask_outage_delay',
      escalation: null,
      outage: null,
    });
    const before = (await outbox()).length;
    const o = await agent.post('/api/internet/outages', { operator: 'hot', area: 'Haifa', delayHours: 6 });
    expect(o.status, JSON.stringify(o.body)).toBe(201);
    // The HOT customer in Haifa, not the Partner one (another operator) nor the Tel Aviv one.
    expect(o.body).toMatchObject({ linked: 1, resolvedBy: '2026-12-06T16:00:00.000Z' });
    const told = (await outbox()).slice(0, (await outbox()).length - before);
    expect(told.map((m) => m.recipient)).toEqual(['avi@example.co.il']);
    expect(told[0]?.subject).toContain('Panne de secteur HOT');
    // A later pass in the area links to it at once, and that customer is told too.
    const later = await agent.post(`/api/internet/subscriptions/${hotHaifa}/troubleshooting/preview`, {
      kind: 'no_internet',
      leds: outageLeds,
      powerCycled: false,
    });
    expect(later.body.outage).toMatchObject({ id: o.body.id, area: 'Haifa' });
    expect((await agent.get('/api/internet/outages')).body.items).toHaveLength(1);
    clock.set(new Date('2026-12-06T16:00:01Z'));
    expect((await agent.get('/api/internet/outages')).body.items).toHaveLength(0);
  });

  it('validation: an unknown LED state or kind is refused with a stable code', async () => {
    const res = await agent.post(`/api/internet/subscriptions/${hotSub}/troubleshooting`, {
      ...noInternet,
      leds: { power: 'red' },
    });
    expect(res.status).toBe(400);
    const res2 = await agent.post(`/api/internet/subscriptions/${hotSub}/troubleshooting`, {
      ...noInternet,
      kind: 'tv',
    });
    expect(res2.status).toBe(400);
  });
});
