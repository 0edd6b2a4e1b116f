import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { tmfErrors } from '../support/tmf.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { EventListener, signatureValid } from '../support/listener.ts';
import { createPlatformWorker, type PlatformWorker } from '../../src/platform/jobs/platform-worker.ts';
import { silentLogger } from '../../src/platform/jobs/logger.ts';

const TMF621 = 'TMF621-TroubleTicket-v4.0.0.swagger.json';
const TMF622 = 'TMF622-ProductOrdering-v4.0.0.swagger.json';
const TT = '/tmf-api/troubleTicket/v4';
const PO = '/tmf-api/productOrderingManagement/v4';

/**
 * Issue 15, Done when: a listener registered on TMF621 and TMF622 receives the create and
 * state-change events of a ticket and an order created through the TMF APIs exactly once, signed,
 * although it was down when they happened (the outbox retries with backoff).
 */
describe(`TM Forum event hub (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let agent: Client;
  let admin: Client;
  /** An integration's API token (role agent): registers and unregisters its own listeners. */
  let integration: Client;
  let worker: PlatformWorker;
  let accountId: string;
  const listener = new EventListener();

  const advance = async (ms: number) => {
    t.clock.set(new Date(t.clock.now().getTime() + ms));
  };

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.db, 'hub');
    agent = await Client.login(t.url, a.users.agent.email);
    admin = await Client.login(t.url, a.users.admin.email);
    worker = createPlatformWorker(t.deps, silentLogger, { mailboxDir: null });
    const token = await admin.post('/api/tokens', { name: 'ERP', role: 'agent' });
    expect(token.status).toBe(201);
    integration = Client.withToken(t.url, String(token.body.secret));
    const acc = await agent.post('/api/accounts', {
      kind: 'business',
      companyType: 'SAS',
      companyName: 'Transports Lefèvre',
      siret: '901 122 334 00021',
      email: 'flotte@transports-lefevre.fr',
      billingDay: 1,
    });
    accountId = String(acc.body.id);
    expect(
      (
        await agent.post('/api/stock/sims/import', {
          csv: simCsv([1, 2, 3].map((n) => ({ iccid: iccid(n) }))),
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await agent.post('/api/stock/numbers/import', {
          csv: 'reseau;premier;dernier\norange;0700000000;0700000009',
        })
      ).status,
    ).toBe(201);
    await listener.reservePort();
    // Much set-up (demo seed with password hashing, stock, a ticket escalated to the operator):
    // more than the default hook time on a busy machine with PGlite.
  }, 240_000);
  afterAll(async () => {
    await listener.stop();
    await worker.stop();
    await t.close();
  });

  it('registers, delivers after an outage, exactly once per event and listener, signed', async () => {
    // The listener is down (nothing listens on its port) when it registers and when things happen.
    const hubT = await integration.post(`${TT}/hub`, { callback: listener.url });
    expect(hubT.status, JSON.stringify(hubT.body)).toBe(201);
    expect(hubT.headers.get('location')).toBe(`${TT}/hub/${String(hubT.body.id)}`);
    expect(tmfErrors(TMF621, 'EventSubscription', hubT.body)).toEqual([]);
    const hubO = await integration.post(`${PO}/hub`, {
      callback: listener.url,
      query: 'eventType=ProductOrderCreateEvent,ProductOrderStateChangeEvent',
    });
    expect(hubO.status).toBe(201);
    expect(tmfErrors(TMF622, 'EventSubscription', hubO.body)).toEqual([]);
    const secrets = new Map([
      ['TMF621', String(hubT.body.secret)],
      ['TMF622', String(hubO.body.secret)],
    ]);
    // The secret is stored encrypted, never in clear.
    const stored = await t.db.system((tx) =>
      tx.query<{ secret_encrypted: string }>(`SELECT secret_encrypted FROM tmf_hub_subscriptions`),
    );
    expect(stored).toHaveLength(2);
    for (const s of stored) expect([...secrets.values()]).not.toContain(s.secret_encrypted);

    const ticket = await agent.post(`${TT}/troubleTicket`, {
      description: 'Plus de connexion depuis ce matin',
      severity: 'major',
      ticketType: 'incident',
      relatedParty: [{ id: accountId, role: 'customer', '@referredType': 'Customer' }],
      relatedEntity: [{ id: 'mobile', role: 'service', '@referredType': 'ServiceSpecification' }],
    });
    expect(ticket.status, JSON.stringify(ticket.body)).toBe(201);
    const moved = await agent.request(
      'PATCH',
      `${TT}/troubleTicket/${String(ticket.body.id)}`,
      { status: 'inProgress' },
      { 'content-type': 'application/merge-patch+json' },
    );
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);

    const order = await agent.post(`${PO}/productOrder`, {
      relatedParty: [{ id: accountId, role: 'customer' }],
      productOrderItem: [
        {
          id: '1',
          action: 'add',
          productOffering: { id: 'orange-unlimited-5gb-blocked' },
          product: {
            productCharacteristic: [
              { name: 'userName', value: 'Léa Petit' },
              {
                name: 'options',
                value: [
                  'orange-cutoff-usa-canada-0mb',
                  'orange-cutoff-maghreb-turkey-0mb',
                  'orange-cutoff-rest-of-world-0mb',
                ],
              },
            ],
          },
        },
      ],
    });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    // The worker submits the order to the operator (simulator): completed, a state change.
    await worker.runDue();
    expect((await agent.get(`${PO}/productOrder/${String(order.body.id)}`)).body.state).toBe('completed');

    // Down: every delivery fails and is rescheduled; visible on the outbox page as pending events.
    const first = await worker.deliverEvents();
    expect(first).toMatchObject({ claimed: 4, sent: 0, retrying: 4 });
    await advance(31_000);
    expect(await worker.deliverEvents()).toMatchObject({ claimed: 4, retrying: 4 });
    const pending = await admin.get('/api/outbox?status=pending&limit=50');
    const events = (pending.body.items ?? []).filter((m) => m.channel === 'webhook');
    expect(events).toHaveLength(4);
    for (const e of events) {
      expect(e.attempts).toBe(2);
      expect(String(e.lastError)).not.toBe('');
    }
    expect(listener.received).toHaveLength(0);

    // Back up: the next due pass delivers each event once; later passes deliver nothing more.
    await listener.start();
    await advance(30_000);
    expect(await worker.deliverEvents()).toMatchObject({ claimed: 0 });
    await advance(31_000);
    expect(await worker.deliverEvents()).toMatchObject({ claimed: 4, sent: 4 });
    await advance(3_600_000);
    expect(await worker.deliverEvents()).toMatchObject({ claimed: 0 });

    const types = listener.received.map((e) => e.json.eventType).sort();
    expect(types).toEqual([
      'ProductOrderCreateEvent',
      'ProductOrderStateChangeEvent',
      'TroubleTicketCreateEvent',
      'TroubleTicketStatusChangeEvent',
    ]);
    expect(new Set(listener.received.map((e) => e.json.eventId)).size).toBe(4);
    for (const e of listener.received) {
      const api = e.json.eventType.startsWith('Trouble') ? 'TMF621' : 'TMF622';
      expect(signatureValid(secrets.get(api) ?? '', e), e.json.eventType).toBe(true);
      expect(signatureValid('another secret', e)).toBe(false);
      expect(e.headers['x-relais-event-id']).toBe(e.json.eventId);
      const file = api === 'TMF621' ? TMF621 : TMF622;
      expect(tmfErrors(file, e.json.eventType, e.json), e.json.eventType).toEqual([]);
      const resource = api === 'TMF621' ? 'TroubleTicket' : 'ProductOrder';
      const key = api === 'TMF621' ? 'troubleTicket' : 'productOrder';
      expect(tmfErrors(file, resource, e.json.event[key])).toEqual([]);
    }
    const ttEvent = listener.of('TroubleTicketStatusChangeEvent')[0];
    expect(ttEvent?.json.event.troubleTicket).toMatchObject({ id: ticket.body.id, status: 'inProgress' });
    const poEvent = listener.of('ProductOrderStateChangeEvent')[0];
    expect(poEvent?.json.event.productOrder).toMatchObject({ id: order.body.id, state: 'completed' });

    const sent = await admin.get('/api/outbox?status=sent&limit=50');
    const delivered = (sent.body.items ?? []).filter((m) => m.channel === 'webhook');
    expect(delivered).toHaveLength(4);
    expect(delivered.every((m) => m.transport === 'webhook')).toBe(true);
  });

  it('a delivery refused for good is failed, then retried from the outbox like an e-mail', async () => {
    listener.received = [];
    listener.status = 410;
    const ticket = await agent.post(`${TT}/troubleTicket`, {
      description: 'Coupures',
      severity: 'minor',
      ticketType: 'incident',
      relatedParty: [{ id: accountId }],
      relatedEntity: [{ id: 'mobile', role: 'service' }],
    });
    expect(ticket.status).toBe(201);
    expect(await worker.deliverEvents()).toMatchObject({ claimed: 1, failed: 1 });
    const failed = await admin.get('/api/outbox?status=failed&limit=50');
    const row = (failed.body.items ?? []).find((m) => m.channel === 'webhook');
    expect(row?.lastError).toMatch(/410/);
    listener.status = 200;
    const retried = await admin.post(`/api/outbox/${String(row?.id)}/retry`);
    expect(retried.status).toBe(200);
    expect(await worker.deliverEvents()).toMatchObject({ claimed: 1, sent: 1 });
    expect(listener.of('TroubleTicketCreateEvent')).toHaveLength(1);
  });

  it('unregistering stops the events; callbacks other than http(s) are refused', async () => {
    const list = await agent.get('/api/outbox?limit=1');
    expect(list.status).toBe(200);
    const hub = await integration.post(`${TT}/hub`, { callback: listener.url });
    const id = String(hub.body.id);
    expect((await integration.get(`${TT}/hub/${id}`)).body).toMatchObject({ id, callback: listener.url });
    expect((await integration.delete(`${TT}/hub/${id}`)).status).toBe(204);
    expect((await integration.get(`${TT}/hub/${id}`)).status).toBe(404);
    expect((await integration.delete(`${TT}/hub/${id}`)).status).toBe(404);
    for (const callback of [
      'file:///etc/passwd',
      'gopher://127.0.0.1:70/x',
      'http://user:pw@example.test/x',
      'nonsense',
    ]) {
      const bad = await integration.post(`${TT}/hub`, { callback });
      expect(bad.status, callback).toBe(400);
      expect(bad.body.code).toBe('tmf.callback_invalid');
    }
    const installer = await Client.login(t.url, a.users.installer.email);
    expect((await installer.post(`${TT}/hub`, { callback: listener.url })).status).toBe(403);
  });

  it('registering and unregistering a listener: admins, supervisors, or the API token that registered it', async () => {
    // A signed-in agent registers none and unregisters none (review of issue 15).
    const refused = await agent.post(`${TT}/hub`, { callback: listener.url });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('auth.forbidden');
    const mine = await integration.post(`${TT}/hub`, { callback: `${listener.url}/erp` });
    expect(mine.status).toBe(201);
    const byAdmin = await admin.post(`${TT}/hub`, { callback: `${listener.url}/admin` });
    expect(byAdmin.status).toBe(201);
    const supervisor = await Client.login(t.url, a.users.supervisor.email);
    const bySupervisor = await supervisor.post(`${TT}/hub`, { callback: `${listener.url}/sup` });
    expect(bySupervisor.status).toBe(201);
    const other = await admin.post('/api/tokens', { name: 'CRM', role: 'agent' });
    const crm = Client.withToken(t.url, String(other.body.secret));
    for (const id of [mine.body.id, byAdmin.body.id]) {
      // Neither the agent nor another integration's token can remove it; nothing is removed.
      expect((await agent.delete(`${TT}/hub/${String(id)}`)).status).toBe(403);
      expect((await crm.delete(`${TT}/hub/${String(id)}`)).status).toBe(403);
      expect((await admin.get(`${TT}/hub/${String(id)}`)).status).toBe(200);
    }
    // An integration's token removes only its own listener.
    expect((await integration.delete(`${TT}/hub/${String(byAdmin.body.id)}`)).status).toBe(403);
    expect((await integration.delete(`${TT}/hub/${String(mine.body.id)}`)).status).toBe(204);
    // A supervisor removes anyone's, an admin too.
    expect((await supervisor.delete(`${TT}/hub/${String(byAdmin.body.id)}`)).status).toBe(204);
    expect((await admin.delete(`${TT}/hub/${String(bySupervisor.body.id)}`)).status).toBe(204);
    const audit = await admin.get('/api/audit-events?action=tmf_hub.unregistered&limit=50');
    const removed = (audit.body.items as { entityId: string }[]).map((e) => e.entityId);
    expect(removed).toEqual(expect.arrayContaining([mine.body.id, byAdmin.body.id, bySupervisor.body.id]));
  });

  it('ORD-03 TMF622 PATCH: a description changed, then a queued order cancelled, each event once', async () => {
    // Sunday 10:00 Paris: Orange creation is closed, the order waits for Monday (ORD-03).
    t.clock.set(new Date('2026-12-06T09:00:00Z'));
    agent = await Client.login(t.url, a.users.agent.email);
    const hub = await integration.post(`${PO}/hub`, {
      callback: listener.url,
      query: 'eventType=ProductOrderAttributeValueChangeEvent,ProductOrderStateChangeEvent',
    });
    expect(hub.status).toBe(201);
    const order = await agent.post('/api/orders', {
      accountId,
      configuration: 'unit',
      lines: [
        {
          offer: 'orange-unlimited-5gb-blocked',
          options: [
            'orange-cutoff-usa-canada-0mb',
            'orange-cutoff-maghreb-turkey-0mb',
            'orange-cutoff-rest-of-world-0mb',
          ],
          userName: 'Marc Roux',
          simType: 'pin',
          portability: false,
        },
      ],
    });
    expect(order.body).toMatchObject({ state: 'queued' });
    const url = `${PO}/productOrder/${String(order.body.id)}`;
    const merge = { 'content-type': 'application/merge-patch+json' };
    expect((await agent.request('PATCH', url, { description: 'Chantier de Nantes' }, merge)).status).toBe(
      200,
    );
    // The same value again changes nothing and tells no one.
    expect((await agent.request('PATCH', url, { description: 'Chantier de Nantes' }, merge)).status).toBe(
      200,
    );
    expect((await agent.request('PATCH', url, { state: 'cancelled' }, merge)).status).toBe(200);
    listener.received = [];
    await worker.deliverEvents();
    // The first test's listener (order create and state events) still listens: only this one's.
    const mine = listener.received.filter((e) => signatureValid(String(hub.body.secret), e));
    const changed = mine.filter((e) => e.json.eventType === 'ProductOrderAttributeValueChangeEvent');
    const cancelled = mine.filter((e) => e.json.eventType === 'ProductOrderStateChangeEvent');
    expect(mine).toHaveLength(2);
    expect(changed).toHaveLength(1);
    expect(cancelled).toHaveLength(1);
    expect(changed[0]?.json.event.productOrder).toMatchObject({
      description: 'Chantier de Nantes',
      state: 'acknowledged',
    });
    expect(cancelled[0]?.json.event.productOrder).toMatchObject({ id: order.body.id, state: 'cancelled' });
    for (const e of mine) {
      expect(tmfErrors(TMF622, e.json.eventType, e.json), e.json.eventType).toEqual([]);
      expect(tmfErrors(TMF622, 'ProductOrder', e.json.event.productOrder)).toEqual([]);
    }
    // The admins' listeners page: this listener under TMF622 with its two deliveries, no secret.
    const listed = await (await Client.login(t.url, a.users.admin.email)).get('/api/tmf-hub/listeners');
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain(String(hub.body.secret));
    const row = (listed.body.items as { id: string }[]).find((l) => l.id === hub.body.id);
    expect(row).toMatchObject({
      api: 'TMF622',
      base: PO,
      callback: listener.url,
      sent: 2,
      failed: 0,
      pending: 0,
    });
    expect((await agent.get('/api/tmf-hub/listeners')).status).toBe(403);
    expect((await integration.delete(`${PO}/hub/${String(hub.body.id)}`)).status).toBe(204);
  });
});
