import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { tmfErrors } from '../support/tmf.ts';

const TMF621 = 'TMF621-TroubleTicket-v4.0.0.swagger.json';
const TT = '/tmf-api/troubleTicket/v4/troubleTicket';

type Body = Record<string, unknown>;

/**
 * Issue 15: a TMF621 ticket sent with the standard's mandatory attributes only (description,
 * severity, ticketType) waits « à rattacher » in the desk's queue; an agent attaches it to a
 * customer (choosing the service when the ticket named none), once, audited; from then on it is
 * that customer's incident, on their page and in every desk action.
 */
describe(`TMF621 tickets without a customer (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let agent: Client;
  let agentB: Client;
  let accountId: string;

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.db, 'attach-a');
    b = await createTenant(t.db, 'attach-b');
    agent = await Client.login(t.url, a.users.agent.email);
    agentB = await Client.login(t.url, b.users.agent.email);
    const acc = await agent.post('/api/accounts', {
      kind: 'business',
      companyType: 'SAS',
      companyName: 'Boulangerie Martin',
      siret: '901 122 334 00021',
      email: 'contact@boulangerie-martin.fr',
      billingDay: 1,
    });
    expect(acc.status, JSON.stringify(acc.body)).toBe(201);
    accountId = String(acc.body.id);
  }, 240_000);
  afterAll(async () => {
    await t.close();
  });

  it('a ticket with the mandatory attributes only is « à rattacher »; an agent attaches it once', async () => {
    const created = await agent.post(TT, {
      description: 'Plus de connexion au magasin',
      severity: 'major',
      ticketType: 'incident',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(tmfErrors(TMF621, 'TroubleTicket', created.body)).toEqual([]);
    expect(created.body).toMatchObject({ relatedParty: [], relatedEntity: [], severity: 'major' });
    expect(created.headers.get('location')).toBe(`${TT}/${String(created.body.id)}`);
    const id = String(created.body.id);

    // In the desk's « à rattacher » queue, not in any customer's list.
    const queue = await agent.get('/api/incidents?unattached=true&limit=50');
    expect(queue.status).toBe(200);
    expect((queue.body.items as Body[]).map((i) => i.id)).toEqual([id]);
    expect((queue.body.items as Body[])[0]).toMatchObject({
      accountId: null,
      accountName: null,
      service: null,
    });
    expect((await agent.get(`/api/incidents?accountId=${accountId}`)).body.items).toEqual([]);
    expect((await agent.get('/api/incidents?unattached=false')).body.items).toEqual([]);
    const all = await agent.get('/api/incidents');
    expect((all.body.items as Body[]).map((i) => i.id)).toContain(id);
    const detail = await agent.get(`/api/incidents/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ accountId: null, service: null, actions: [], missingChecks: [] });
    // Another reseller sees nothing of it.
    expect((await agentB.get(`/api/incidents/${id}`)).status).toBe(404);
    expect((await agentB.get('/api/incidents?unattached=true')).body.items).toEqual([]);

    // No desk action until it is attached.
    const moved = await agent.post(`/api/incidents/${id}/transitions`, { to: 'diagnosis' });
    expect(moved.status).toBe(409);
    expect(moved.body.code).toBe('support.incident_unattached');
    const patched = await agent.request(
      'PATCH',
      `${TT}/${id}`,
      { status: 'inProgress' },
      {
        'content-type': 'application/merge-patch+json',
      },
    );
    expect(patched.status).toBe(409);

    // Attaching needs the service the ticket did not name, and a customer of this reseller.
    const noService = await agent.post(`/api/incidents/${id}/attach`, { accountId });
    expect(noService.status).toBe(400);
    expect(noService.body.code).toBe('support.service_required');
    const foreign = await agentB.post(`/api/incidents/${id}/attach`, { accountId, service: 'adsl' });
    expect(foreign.status).toBe(404);
    const unknown = await agent.post(`/api/incidents/${id}/attach`, {
      accountId: '00000000-0000-7000-8000-000000000000',
      service: 'adsl',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('support.account_unknown');

    const attached = await agent.post(`/api/incidents/${id}/attach`, { accountId, service: 'adsl' });
    expect(attached.status, JSON.stringify(attached.body)).toBe(200);
    expect(attached.body).toMatchObject({ accountId, accountName: 'Boulangerie Martin', service: 'adsl' });
    expect((attached.body.actions as unknown[]).length).toBeGreaterThan(0);
    expect(attached.body.timeline).toContainEqual(
      expect.objectContaining({ kind: 'attached', title: 'Rattaché à un client' }),
    );
    // Never to another customer, never back to none.
    const again = await agent.post(`/api/incidents/${id}/attach`, { accountId, service: 'fibre' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('support.incident_already_attached');

    // The customer's incident from now on: their list, the TM Forum view, the desk's actions, audit.
    expect(
      ((await agent.get(`/api/incidents?accountId=${accountId}`)).body.items as Body[]).map((i) => i.id),
    ).toEqual([id]);
    expect((await agent.get('/api/incidents?unattached=true')).body.items).toEqual([]);
    const ticket = await agent.get(`${TT}/${id}`);
    expect(tmfErrors(TMF621, 'TroubleTicket', ticket.body)).toEqual([]);
    expect(ticket.body.relatedParty).toEqual([
      { id: accountId, name: 'Boulangerie Martin', role: 'customer', '@referredType': 'Customer' },
    ]);
    expect(ticket.body.relatedEntity).toEqual([expect.objectContaining({ id: 'adsl', role: 'service' })]);
    expect((await agent.post(`/api/incidents/${id}/transitions`, { to: 'diagnosis' })).status).toBe(201);
    const admin = await Client.login(t.url, a.users.admin.email);
    const audit = await admin.get('/api/audit-events?action=incident.attached&limit=10');
    expect((audit.body.items as Body[]).map((e) => e.entityId).sort()).toEqual([accountId, id].sort());
  });

  it('a ticket naming its service but no customer keeps that service when attached', async () => {
    const created = await agent.post(TT, {
      description: 'Ligne mobile coupée',
      severity: 'minor',
      ticketType: 'incident',
      relatedEntity: [{ id: 'mobile', role: 'service' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.relatedParty).toEqual([]);
    const id = String(created.body.id);
    const attached = await agent.post(`/api/incidents/${id}/attach`, { accountId, service: 'fibre' });
    expect(attached.status).toBe(200);
    expect(attached.body).toMatchObject({ accountId, service: 'mobile' });
    // A service entity naming no service of Relais is refused, with or without a customer.
    const bad = await agent.post(TT, {
      description: 'x',
      severity: 'minor',
      ticketType: 'incident',
      relatedEntity: [{ id: 'satellite', role: 'service' }],
    });
    expect(bad.status).toBe(400);
  });
});
