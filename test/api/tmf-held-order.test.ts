import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { createCustomer, runDueActions } from '../support/fleet.ts';
import { EventListener } from '../support/listener.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { tmfErrors } from '../support/tmf.ts';
import { createOperatorSimulator } from '../../src/modules/orders/operators/simulator.ts';
import { createPlatformWorker, type PlatformWorker } from '../../src/platform/jobs/platform-worker.ts';
import { silentLogger } from '../../src/platform/jobs/logger.ts';

const TMF622 = 'TMF622-ProductOrdering-v4.0.0.swagger.json';
const PO = '/tmf-api/productOrderingManagement/v4/productOrder';
const OFFER = 'orange-unlimited-5gb-blocked';

type Body = Record<string, unknown>;

/**
 * Issue 15: a TMF622 order sent with the standard's mandatory attributes only (items with an id
 * and an action), or without a customer, is held « à compléter »: stored as sent, state held, never
 * sent to an operator; an agent rejects it, or releases it with the order created for it, audited,
 * each change a TMF622 event.
 */
describe(`TMF622 held orders (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let agent: Client;
  let admin: Client;
  let agentB: Client;
  let accountId: string;
  let worker: PlatformWorker;
  const sim = createOperatorSimulator();
  const listener = new EventListener();

  beforeAll(async () => {
    t = await startTestApp({}, undefined, undefined, { operators: sim });
    a = await createTenant(t.db, 'held-a');
    const b = await createTenant(t.db, 'held-b');
    agent = await Client.login(t.url, a.users.agent.email);
    admin = await Client.login(t.url, a.users.admin.email);
    agentB = await Client.login(t.url, b.users.agent.email);
    accountId = await createCustomer(agent);
    expect(
      (await agent.post('/api/stock/sims/import', { csv: simCsv([1, 2].map((n) => ({ iccid: iccid(n) }))) }))
        .status,
    ).toBe(201);
    expect(
      (
        await agent.post('/api/stock/numbers/import', {
          csv: 'reseau;premier;dernier\norange;0700000000;0700000009',
        })
      ).status,
    ).toBe(201);
    worker = createPlatformWorker(t.deps, silentLogger, { mailboxDir: null });
    await listener.start();
  }, 400_000);
  afterAll(async () => {
    await listener.stop();
    await t.close();
  });

  it('a product order with the mandatory attributes only is held, listed, never sent; another reseller sees nothing', async () => {
    const hub = await admin.post('/tmf-api/productOrderingManagement/v4/hub', { callback: listener.url });
    expect(hub.status, JSON.stringify(hub.body)).toBe(201);
    const res = await agent.post(PO, {
      productOrderItem: [
        { id: '1', action: 'add', quantity: 3, productOffering: { id: OFFER } },
        { id: '2', action: 'add' },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(tmfErrors(TMF622, 'ProductOrder', res.body)).toEqual([]);
    const id = String(res.body.id);
    expect(res.body).toMatchObject({ href: `${PO}/${id}`, state: 'held', '@type': 'ProductOrder' });
    expect(res.headers.get('location')).toBe(`${PO}/${id}`);
    expect(res.body.productOrderItem).toEqual([
      expect.objectContaining({
        id: '1',
        action: 'add',
        quantity: 3,
        state: 'held',
        productOffering: expect.objectContaining({ id: OFFER }),
      }),
      { id: '2', action: 'add', quantity: 1, state: 'held' },
    ]);

    const read = await agent.get(`${PO}/${id}`);
    expect(read.status).toBe(200);
    expect(tmfErrors(TMF622, 'ProductOrder', read.body)).toEqual([]);
    expect(read.body).toEqual(res.body);
    const list = await agent.get(`${PO}?state=held`);
    expect((list.body as unknown as Body[]).map((o) => o.id)).toEqual([id]);
    for (const o of list.body as unknown as Body[]) expect(tmfErrors(TMF622, 'ProductOrder', o)).toEqual([]);
    // No customer: not in a customer's orders.
    expect(await agent.get(`${PO}?relatedParty.id=${accountId}`).then((r) => r.body)).toEqual([]);

    // Another reseller: not found, not listed.
    expect((await agentB.get(`${PO}/${id}`)).status).toBe(404);
    expect((await agentB.get(PO)).body).toEqual([]);
    const heldB = await agentB.get('/api/orders/held');
    expect(heldB.status, JSON.stringify(heldB.body)).toBe(200);
    expect(heldB.body.items).toEqual([]);

    // The agents' list: offer names where known, « offre non précisée » is the UI's for null.
    const held = await agent.get('/api/orders/held');
    expect(held.status).toBe(200);
    expect(held.body.items).toEqual([
      {
        id,
        state: 'held',
        receivedAt: expect.any(String),
        receivedBy: expect.any(String),
        orderId: null,
        items: [
          { offerCode: OFFER, offerName: expect.stringMatching(/Orange/), quantity: 3 },
          { offerCode: null, offerName: null, quantity: 1 },
        ],
      },
    ]);

    // Nothing reaches an operator, however often the worker runs.
    await runDueActions(t);
    expect(sim.created).toEqual([]);
    expect((await agent.get('/api/orders')).body.total).toBe(0);

    await worker.deliverEvents();
    const got = listener.of('ProductOrderCreateEvent');
    expect(got).toHaveLength(1);
    expect(tmfErrors(TMF622, 'ProductOrderCreateEvent', got[0]?.json)).toEqual([]);
    expect((got[0]?.json.event.productOrder as Body).id).toBe(id);

    // A customer without an offer is held too; malformed bodies are still refused.
    const noOffer = await agent.post(PO, {
      relatedParty: [{ id: accountId, role: 'customer' }],
      productOrderItem: [{ id: '1', action: 'add' }],
    });
    expect(noOffer.status).toBe(201);
    expect(noOffer.body.state).toBe('held');
    // And a customer and an offer without the line's user.
    const noUser = await agent.post(PO, {
      relatedParty: [{ id: accountId, role: 'customer' }],
      productOrderItem: [{ id: '1', action: 'add', productOffering: { id: OFFER } }],
    });
    expect(noUser.status).toBe(201);
    expect(noUser.body.state).toBe('held');
    expect(tmfErrors(TMF622, 'ProductOrder', noUser.body)).toEqual([]);
    expect(noUser.body.relatedParty).toEqual([
      { id: accountId, role: 'customer', '@referredType': 'Customer' },
    ]);
    await runDueActions(t);
    expect(sim.created).toEqual([]);
    expect((await agent.post(PO, { productOrderItem: [] })).status).toBe(400);
    expect((await agent.post(PO, { productOrderItem: [{ id: '1' }] })).status).toBe(400);
    expect(
      (await agent.post(PO, { productOrderItem: [{ id: '1', action: 'add' }], colour: 'x' })).status,
    ).toBe(400);
  });

  it('rejecting and releasing a held order are audited, once, and emit a StateChange event', async () => {
    listener.received = [];
    const post = async () => {
      const r = await agent.post(PO, {
        productOrderItem: [{ id: '1', action: 'add', productOffering: { id: OFFER } }],
      });
      expect(r.status).toBe(201);
      return String(r.body.id);
    };
    const toReject = await post();
    const toRelease = await post();

    const foreign = await agentB.post(`/api/orders/held/${toReject}/reject`, {});
    expect(foreign.status).toBe(404);
    const rejected = await agent.post(`/api/orders/held/${toReject}/reject`, {});
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(rejected.body).toMatchObject({ id: toReject, state: 'rejected', orderId: null });
    const again = await agent.post(`/api/orders/held/${toReject}/reject`, {});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('order.held_not_held');
    expect((await agent.get(`${PO}/${toReject}`)).body.state).toBe('rejected');

    // Released with the order an agent created for it (with a customer and a user name).
    const unknown = await agent.post(`/api/orders/held/${toRelease}/release`, {
      orderId: '00000000-0000-7000-8000-000000000000',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('order.held_order_unknown');
    const order = await agent.post('/api/orders', {
      accountId,
      configuration: 'unit',
      lines: [
        {
          offer: OFFER,
          options: [
            'orange-cutoff-usa-canada-0mb',
            'orange-cutoff-maghreb-turkey-0mb',
            'orange-cutoff-rest-of-world-0mb',
          ],
          userName: 'Léa Petit',
          simType: 'pin',
          portability: false,
        },
      ],
    });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    const released = await agent.post(`/api/orders/held/${toRelease}/release`, { orderId: order.body.id });
    expect(released.status, JSON.stringify(released.body)).toBe(200);
    expect(released.body).toMatchObject({ id: toRelease, state: 'released', orderId: order.body.id });
    expect((await agent.post(`/api/orders/held/${toRelease}/reject`, {})).status).toBe(409);
    const tmf = await agent.get(`${PO}/${toRelease}`);
    expect(tmf.body.state).toBe('completed');
    expect(tmfErrors(TMF622, 'ProductOrder', tmf.body)).toEqual([]);

    const audit = await admin.get('/api/audit-events?entityType=held_order&limit=50');
    const actions = (audit.body.items as Body[]).map((e) => `${String(e.action)} ${String(e.entityId)}`);
    expect(actions).toContain(`held_order.rejected ${toReject}`);
    expect(actions).toContain(`held_order.released ${toRelease}`);
    expect(
      actions.filter((x) => x.startsWith('held_order.rejected') || x.startsWith('held_order.released')),
    ).toHaveLength(2);

    await worker.deliverEvents();
    const changes = listener.of('ProductOrderStateChangeEvent');
    expect(changes.map((e) => (e.json.event.productOrder as Body).id).sort()).toEqual(
      [toReject, toRelease].sort(),
    );
    for (const e of changes) expect(tmfErrors(TMF622, 'ProductOrderStateChangeEvent', e.json)).toEqual([]);
  });

  it('« Compléter » creates the order and releases the held one in one request: audited, once, replayed on retry', async () => {
    expect(
      (await agent.post('/api/stock/sims/import', { csv: simCsv([3, 4].map((n) => ({ iccid: iccid(n) }))) }))
        .status,
    ).toBe(201);
    const received = await agent.post(PO, {
      productOrderItem: [{ id: '1', action: 'add', productOffering: { id: OFFER } }],
    });
    expect(received.status).toBe(201);
    const id = String(received.body.id);
    const orders = async () => Number((await agent.get('/api/orders')).body.total);
    const before = await orders();
    const form = (offer: string) => ({
      accountId,
      configuration: 'unit',
      lines: [
        {
          offer,
          options: [
            'orange-cutoff-usa-canada-0mb',
            'orange-cutoff-maghreb-turkey-0mb',
            'orange-cutoff-rest-of-world-0mb',
          ],
          userName: 'Léa Petit',
          simType: 'pin',
          portability: false,
        },
      ],
    });

    // What the order needs is still checked: refused, nothing written, the received order waits.
    const refused = await agent.post(`/api/orders/held/${id}/order`, form('no-such-offer'));
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect(await orders()).toBe(before);
    expect((await agent.get(`${PO}/${id}`)).body.state).toBe('held');

    const key = { 'idempotency-key': `complete-${id}` };
    const done = await agent.post(`/api/orders/held/${id}/order`, form(OFFER), key);
    expect(done.status, JSON.stringify(done.body)).toBe(201);
    const orderId = String(done.body.id);
    expect(done.body).toMatchObject({ accountId, configuration: 'unit' });
    expect(done.headers.get('location')).toBe(`/api/orders/${orderId}`);
    const held = await agent.get('/api/orders/held?state=released');
    expect((held.body.items as Body[]).filter((h) => h.id === id)).toEqual([
      expect.objectContaining({ id, state: 'released', orderId }),
    ]);
    expect((await agent.get(`${PO}/${id}`)).body.state).toBe('completed');

    // The same request again (a lost answer): the same answer, no second order.
    const replay = await agent.post(`/api/orders/held/${id}/order`, form(OFFER), key);
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(done.body);
    // Completed a second time (another agent, another key): refused, no second order.
    const twice = await agent.post(`/api/orders/held/${id}/order`, form(OFFER));
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('order.held_not_held');
    expect(await orders()).toBe(before + 1);

    const audit = await admin.get('/api/audit-events?limit=100');
    const actions = (audit.body.items as Body[])
      .filter((e) => e.entityId === id || e.entityId === orderId)
      .map((e) => String(e.action))
      .sort();
    expect(actions).toEqual(['held_order.received', 'held_order.released', 'order.created']);
  });

  it('two agents completing one held order at once: one order, the other told it is done', async () => {
    const received = await agent.post(PO, { productOrderItem: [{ id: '1', action: 'add' }] });
    expect(received.status).toBe(201);
    const id = String(received.body.id);
    const orders = async () => Number((await agent.get('/api/orders')).body.total);
    const before = await orders();
    const form = {
      accountId,
      configuration: 'unit',
      lines: [
        {
          offer: OFFER,
          options: [
            'orange-cutoff-usa-canada-0mb',
            'orange-cutoff-maghreb-turkey-0mb',
            'orange-cutoff-rest-of-world-0mb',
          ],
          userName: 'Marc Petit',
          simType: 'pin',
          portability: false,
        },
      ],
    };
    const answers = await Promise.all([
      agent.post(`/api/orders/held/${id}/order`, form),
      admin.post(`/api/orders/held/${id}/order`, form),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(answers.find((r) => r.status === 409)?.body.code).toBe('order.held_not_held');
    expect(await orders()).toBe(before + 1);
  });
});
