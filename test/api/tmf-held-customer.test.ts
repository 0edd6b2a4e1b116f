import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { createCustomer } from '../support/fleet.ts';
import { EventListener } from '../support/listener.ts';
import { tmfErrors } from '../support/tmf.ts';
import { createPlatformWorker, type PlatformWorker } from '../../src/platform/jobs/platform-worker.ts';
import { silentLogger } from '../../src/platform/jobs/logger.ts';

const TMF629 = 'TMF629-Customer-v4.0.0.swagger.json';
const CU = '/tmf-api/customerManagement/v4/customer';

type Body = Record<string, unknown>;

/**
 * Issue 15: a TMF629 customer sent with the standard's mandatory attributes (engagedParty, name)
 * but without what an account needs (ACC-05 e-mail…) is held « à compléter »: stored as sent, TMF
 * status Initialized, no account opened; an agent rejects it, or releases it with the account
 * created for it, audited, each change a TMF629 event.
 */
describe(`TMF629 held customers (${testEngine})`, () => {
  let t: TestApp;
  let agent: Client;
  let admin: Client;
  let agentB: Client;
  let worker: PlatformWorker;
  const listener = new EventListener();

  beforeAll(async () => {
    t = await startTestApp();
    const a = await createTenant(t.db, 'heldcu-a');
    const b = await createTenant(t.db, 'heldcu-b');
    agent = await Client.login(t.url, a.users.agent.email);
    admin = await Client.login(t.url, a.users.admin.email);
    agentB = await Client.login(t.url, b.users.agent.email);
    worker = createPlatformWorker(t.deps, silentLogger, { mailboxDir: null });
    await listener.start();
  }, 400_000);
  afterAll(async () => {
    await listener.stop();
    await t.close();
  });

  it('ACC-05 a customer without its e-mail is held as sent, listed, read; another reseller sees nothing', async () => {
    const hub = await admin.post('/tmf-api/customerManagement/v4/hub', { callback: listener.url });
    expect(hub.status, JSON.stringify(hub.body)).toBe(201);
    const accountsBefore = (await agent.get('/api/accounts')).body.total;
    const res = await agent.post(CU, {
      name: 'Léa Petit',
      engagedParty: { id: 'crm-4521', '@referredType': 'Individual' },
      contactMedium: [
        { mediumType: 'phone', characteristic: { phoneNumber: '06 12 34 56 78' } },
        {
          mediumType: 'postalAddress',
          characteristic: { street1: '12 rue des Lilas', postCode: '75011', city: 'Paris' },
        },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(tmfErrors(TMF629, 'Customer', res.body)).toEqual([]);
    const id = String(res.body.id);
    expect(res.body).toMatchObject({ href: `${CU}/${id}`, name: 'Léa Petit', status: 'Initialized' });
    expect(res.headers.get('location')).toBe(`${CU}/${id}`);
    // No account opened.
    expect((await agent.get('/api/accounts')).body.total).toBe(accountsBefore);

    const read = await agent.get(`${CU}/${id}`);
    expect(read.status).toBe(200);
    expect(tmfErrors(TMF629, 'Customer', read.body)).toEqual([]);
    expect(read.body).toEqual(res.body);
    const list = await agent.get(`${CU}?status=Initialized`);
    expect((list.body as unknown as Body[]).map((c) => c.id)).toEqual([id]);
    for (const c of list.body as unknown as Body[]) expect(tmfErrors(TMF629, 'Customer', c)).toEqual([]);

    expect((await agentB.get(`${CU}/${id}`)).status).toBe(404);
    expect((await agentB.get(`${CU}?status=Initialized`)).body).toEqual([]);
    const heldB = await agentB.get('/api/accounts/held');
    expect(heldB.status, JSON.stringify(heldB.body)).toBe(200);
    expect(heldB.body.items).toEqual([]);

    // The agents' list: what was sent, as the customer form's fields.
    const held = await agent.get('/api/accounts/held');
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    expect(held.body.items).toEqual([
      expect.objectContaining({
        id,
        state: 'held',
        name: 'Léa Petit',
        kind: 'person',
        lastName: 'Léa Petit',
        email: null,
        phone: '06 12 34 56 78',
        addresses: [
          {
            kind: 'site',
            line1: '12 rue des Lilas',
            line2: null,
            postalCode: '75011',
            city: 'Paris',
            country: null,
          },
        ],
        accountId: null,
      }),
    ]);

    await worker.deliverEvents();
    const got = listener.of('CustomerCreateEvent');
    expect(got).toHaveLength(1);
    expect(tmfErrors(TMF629, 'CustomerCreateEvent', got[0]?.json)).toEqual([]);
    expect((got[0]?.json.event.customer as Body).id).toBe(id);

    // What was sent and is wrong is still refused, not held.
    const badPhone = await agent.post(CU, {
      name: 'Léa Petit',
      engagedParty: { '@referredType': 'Individual' },
      contactMedium: [{ mediumType: 'phone', characteristic: { phoneNumber: 'abc' } }],
    });
    expect(badPhone.status).toBeGreaterThanOrEqual(400);
    expect(badPhone.status).toBeLessThan(500);
    const badEmail = await agent.post(CU, {
      name: 'Léa Petit',
      engagedParty: { '@referredType': 'Individual' },
      contactMedium: [{ mediumType: 'email', characteristic: { emailAddress: 'pas-une-adresse' } }],
    });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.code).toBe('account.email_invalid');
    expect((await agent.get('/api/accounts/held')).body.total).toBe(1);
    // With everything, the account is opened at once, as before.
    const full = await agent.post(CU, {
      name: 'Durand',
      engagedParty: { '@referredType': 'Individual' },
      contactMedium: [{ mediumType: 'email', characteristic: { emailAddress: 'durand@example.fr' } }],
    });
    expect(full.status).toBe(201);
    expect(full.body.status).toBe('Approved');
    expect((await agent.get('/api/accounts/held')).body.total).toBe(1);
  });

  it('rejecting and releasing a held customer are audited, once, and emit a StateChange event', async () => {
    listener.received = [];
    const post = async () => {
      const r = await agent.post(CU, {
        name: 'Moreau SARL',
        engagedParty: { '@referredType': 'Organization' },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      expect(r.body.status).toBe('Initialized');
      return String(r.body.id);
    };
    const toReject = await post();
    const toRelease = await post();

    expect((await agentB.post(`/api/accounts/held/${toReject}/reject`, {})).status).toBe(404);
    const rejected = await agent.post(`/api/accounts/held/${toReject}/reject`, {});
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(rejected.body).toMatchObject({
      id: toReject,
      state: 'rejected',
      accountId: null,
      kind: 'business',
    });
    const again = await agent.post(`/api/accounts/held/${toReject}/reject`, {});
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('account.held_not_held');
    const rejectedTmf = await agent.get(`${CU}/${toReject}`);
    expect(rejectedTmf.body.status).toBe('Rejected');
    expect(tmfErrors(TMF629, 'Customer', rejectedTmf.body)).toEqual([]);

    const unknown = await agent.post(`/api/accounts/held/${toRelease}/release`, {
      accountId: '00000000-0000-7000-8000-000000000000',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('account.held_account_unknown');
    const accountId = await createCustomer(agent);
    const released = await agent.post(`/api/accounts/held/${toRelease}/release`, { accountId });
    expect(released.status, JSON.stringify(released.body)).toBe(200);
    expect(released.body).toMatchObject({ id: toRelease, state: 'released', accountId });
    expect((await agent.post(`/api/accounts/held/${toRelease}/reject`, {})).status).toBe(409);
    expect((await agent.post(`/api/accounts/held/${toRelease}/release`, { accountId })).status).toBe(409);
    // Released: the held customer reads as the account created for it, listed once.
    const tmf = await agent.get(`${CU}/${toRelease}`);
    expect(tmf.status).toBe(200);
    expect(tmf.body).toMatchObject({ id: accountId, status: 'Approved' });
    expect(tmfErrors(TMF629, 'Customer', tmf.body)).toEqual([]);
    const ids = ((await agent.get(`${CU}?limit=100`)).body as unknown as Body[]).map((c) => c.id);
    expect(ids).not.toContain(toRelease);
    expect(ids.filter((x) => x === accountId)).toHaveLength(1);

    const audit = await admin.get('/api/audit-events?entityType=held_customer&limit=50');
    const actions = (audit.body.items as Body[]).map((e) => `${String(e.action)} ${String(e.entityId)}`);
    expect(actions).toContain(`held_customer.rejected ${toReject}`);
    expect(actions).toContain(`held_customer.released ${toRelease}`);
    expect(actions).toContain(`held_customer.received ${toRelease}`);
    expect(
      actions.filter((x) => x.startsWith('held_customer.rejected') || x.startsWith('held_customer.released')),
    ).toHaveLength(2);

    await worker.deliverEvents();
    const changes = listener.of('CustomerStateChangeEvent');
    expect(changes.map((e) => (e.json.event.customer as Body).id).sort()).toEqual(
      [toReject, accountId].sort(),
    );
    for (const e of changes) expect(tmfErrors(TMF629, 'CustomerStateChangeEvent', e.json)).toEqual([]);
  });

  it('« Compléter » creates the account and releases the held customer in one request: audited, once, replayed on retry', async () => {
    const received = await agent.post(CU, {
      name: 'Léa Petit',
      engagedParty: { id: 'crm-7730', '@referredType': 'Individual' },
      contactMedium: [{ mediumType: 'phone', characteristic: { phoneNumber: '06 12 34 56 78' } }],
    });
    expect(received.status, JSON.stringify(received.body)).toBe(201);
    const id = String(received.body.id);
    const accounts = async () => Number((await agent.get('/api/accounts')).body.total);
    const before = await accounts();
    const form = {
      kind: 'person',
      lastName: 'Petit',
      firstName: 'Léa',
      email: 'lea.petit@example.fr',
      phone: '06 12 34 56 78',
      billingDay: 5,
    };

    // What the account needs is still checked: refused, nothing written, the customer still waits.
    const refused = await agent.post(`/api/accounts/held/${id}/account`, {
      ...form,
      email: 'pas-une-adresse',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('account.email_invalid');
    expect(await accounts()).toBe(before);
    expect((await agent.get(`${CU}/${id}`)).body.status).toBe('Initialized');

    const key = { 'idempotency-key': `complete-${id}` };
    const done = await agent.post(`/api/accounts/held/${id}/account`, form, key);
    expect(done.status, JSON.stringify(done.body)).toBe(201);
    const accountId = String(done.body.id);
    expect(done.body).toMatchObject({ kind: 'person', email: 'lea.petit@example.fr', lastName: 'Petit' });
    expect(done.headers.get('location')).toBe(`/api/accounts/${accountId}`);
    const held = await agent.get('/api/accounts/held?state=released');
    expect((held.body.items as Body[]).filter((h) => h.id === id)).toEqual([
      expect.objectContaining({ id, state: 'released', accountId }),
    ]);
    expect((await agent.get(`${CU}/${id}`)).body).toMatchObject({ id: accountId, status: 'Approved' });

    // The same request again (a lost answer): the same answer, no second account.
    const replay = await agent.post(`/api/accounts/held/${id}/account`, form, key);
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(done.body);
    // Completed a second time (another agent, another key): refused, no second account.
    const twice = await agent.post(`/api/accounts/held/${id}/account`, form);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('account.held_not_held');
    expect(await accounts()).toBe(before + 1);

    const audit = await admin.get('/api/audit-events?limit=100');
    const actions = (audit.body.items as Body[])
      .filter((e) => e.entityId === id || e.entityId === accountId)
      .map((e) => String(e.action))
      .sort();
    expect(actions).toEqual(['account.created', 'held_customer.received', 'held_customer.released']);
  });

  it('two agents completing one held customer at once: one account, the other told it is done', async () => {
    const received = await agent.post(CU, {
      name: 'Moreau SARL',
      engagedParty: { '@referredType': 'Organization' },
    });
    expect(received.status, JSON.stringify(received.body)).toBe(201);
    const id = String(received.body.id);
    const accounts = async () => Number((await agent.get('/api/accounts')).body.total);
    const before = await accounts();
    const form = (n: number) => ({
      kind: 'person',
      lastName: 'Moreau',
      email: `moreau${n}@example.fr`,
      billingDay: 1,
    });
    const answers = await Promise.all([
      agent.post(`/api/accounts/held/${id}/account`, form(1)),
      admin.post(`/api/accounts/held/${id}/account`, form(2)),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.status === 409)?.body.code).toBe('account.held_not_held');
    expect(await accounts()).toBe(before + 1);
    const won = answers.find((a) => a.status === 201);
    const held = await agent.get('/api/accounts/held?state=released');
    expect((held.body.items as Body[]).find((h) => h.id === id)).toMatchObject({ accountId: won?.body.id });
  });
});
