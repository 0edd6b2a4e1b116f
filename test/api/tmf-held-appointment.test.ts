import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { createCustomer } from '../support/fleet.ts';
import { incidentReadyForIntervention } from '../support/incidents.ts';
import { EventListener } from '../support/listener.ts';
import { tmfErrors } from '../support/tmf.ts';
import { createPlatformWorker, type PlatformWorker } from '../../src/platform/jobs/platform-worker.ts';
import { silentLogger } from '../../src/platform/jobs/logger.ts';

const TMF646 = 'TMF646-Appointment-v4.0.0.swagger.json';
const APPOINTMENTS = '/tmf-api/appointment/v4/appointment';
const SLOT = { startDateTime: '2027-01-05T08:00:00Z', endDateTime: '2027-01-05T10:00:00Z' };

type Body = Record<string, unknown>;

/**
 * Issue 15: a TMF646 appointment sent with validFor alone (the standard's only mandatory
 * attribute), or without its ticket, place, phone or kind, is kept « à compléter »: 201 in status
 * initialized, no technician booked. An agent completes it (the intervention planned on the chosen
 * incident under the same id, with every desk guard) or rejects it (cancelled); both final,
 * audited, each change a TMF646 event.
 */
describe(`TMF646 appointments received « à compléter » (${testEngine})`, () => {
  let t: TestApp;
  let agent: Client;
  let admin: Client;
  let agentB: Client;
  let incidentId: string;
  let worker: PlatformWorker;
  const listener = new EventListener();
  const hold = async (body: Body = { validFor: SLOT }, headers: Record<string, string> = {}) => {
    const res = await agent.post(APPOINTMENTS, body, headers);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res;
  };
  const plan = (over: Body = {}) => ({
    incidentId,
    kind: 'on_site',
    slotStart: '2027-01-05T08:00:00Z',
    slotEnd: '2027-01-05T10:00:00Z',
    address: '12 rue des Lilas, 75011 Paris',
    reachablePhones: ['06 12 34 56 78'],
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp();
    const a = await createTenant(t.db, 'appt-a');
    const b = await createTenant(t.db, 'appt-b');
    agent = await Client.login(t.url, a.users.agent.email);
    admin = await Client.login(t.url, a.users.admin.email);
    agentB = await Client.login(t.url, b.users.agent.email);
    incidentId = await incidentReadyForIntervention(agent, await createCustomer(agent));
    worker = createPlatformWorker(t.deps, silentLogger, { mailboxDir: null });
    await listener.start();
    const hub = await admin.post('/tmf-api/appointment/v4/hub', { callback: listener.url });
    expect(hub.status, JSON.stringify(hub.body)).toBe(201);
  }, 300_000);
  afterAll(async () => {
    await listener.stop();
    await worker.stop();
    await t.close();
  });

  it('validFor alone: 201 initialized with Location, read and listed, no technician booked, AppointmentCreateEvent; another reseller sees nothing', async () => {
    listener.received = [];
    const res = await hold();
    expect(tmfErrors(TMF646, 'Appointment', res.body)).toEqual([]);
    const id = String(res.body.id);
    expect(res.headers.get('location')).toBe(`${APPOINTMENTS}/${id}`);
    expect(res.body).toMatchObject({
      href: `${APPOINTMENTS}/${id}`,
      status: 'initialized',
      validFor: { startDateTime: '2027-01-05T08:00:00.000Z', endDateTime: '2027-01-05T10:00:00.000Z' },
      contactMedium: [],
      relatedEntity: [],
      '@type': 'Appointment',
    });
    const read = await agent.get(`${APPOINTMENTS}/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(res.body);
    const listed = await agent.get(`${APPOINTMENTS}?status=initialized`);
    expect((listed.body as unknown as Body[]).map((x) => x.id)).toEqual([id]);

    // The ticket and the phone without the place: held too, what was sent kept and shown.
    const partial = await hold({
      validFor: SLOT,
      description: 'Box injoignable',
      relatedEntity: [{ id: incidentId, role: 'troubleTicket', '@referredType': 'TroubleTicket' }],
      contactMedium: [{ mediumType: 'phone', characteristic: { phoneNumber: '06 12 34 56 78' } }],
    });
    expect(partial.body).toMatchObject({
      status: 'initialized',
      relatedEntity: [{ id: incidentId, role: 'troubleTicket', '@referredType': 'TroubleTicket' }],
    });
    expect(tmfErrors(TMF646, 'Appointment', partial.body)).toEqual([]);
    const reference = String((await agent.get(`/api/incidents/${incidentId}`)).body.reference);
    const held = await agent.get('/api/appointments/held?state=held');
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    expect(held.body.items).toEqual([
      expect.objectContaining({
        id: partial.body.id,
        state: 'held',
        kind: null,
        address: null,
        phones: ['06 12 34 56 78'],
        description: 'Box injoignable',
        ticket: { id: incidentId, reference },
        incidentId: null,
      }),
      {
        id,
        state: 'held',
        receivedAt: expect.any(String),
        receivedBy: expect.any(String),
        slotStart: '2027-01-05T08:00:00.000Z',
        slotEnd: '2027-01-05T10:00:00.000Z',
        kind: null,
        address: null,
        phones: [],
        description: null,
        externalId: null,
        ticket: null,
        incidentId: null,
      },
    ]);
    // No intervention on the incident the client named.
    expect((await agent.get(`/api/incidents/${incidentId}`)).body.interventions).toEqual([]);

    // A slot in the past or backwards, an unknown kind: refused, naming the attribute.
    const past = await agent.post(APPOINTMENTS, {
      validFor: { startDateTime: '2026-01-05T08:00:00Z', endDateTime: '2026-01-05T10:00:00Z' },
    });
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual([
      expect.objectContaining({ pointer: '/body/validFor', code: 'support.slot_invalid' }),
    ]);
    const backwards = await agent.post(APPOINTMENTS, {
      validFor: { startDateTime: SLOT.endDateTime, endDateTime: SLOT.startDateTime },
    });
    expect(backwards.status).toBe(400);
    const garden = await agent.post(APPOINTMENTS, { validFor: SLOT, category: 'garden' });
    expect(garden.status).toBe(400);
    expect(garden.body.errors).toEqual([expect.objectContaining({ pointer: '/body/category' })]);

    // Another reseller: not found, not listed.
    expect((await agentB.get(`${APPOINTMENTS}/${id}`)).status).toBe(404);
    expect((await agentB.get(APPOINTMENTS)).body).toEqual([]);
    expect((await agentB.get('/api/appointments/held')).body.items).toEqual([]);

    await worker.deliverEvents();
    const got = listener.of('AppointmentCreateEvent');
    expect(got.map((e) => (e.json.event.appointment as Body).id).sort()).toEqual(
      [id, String(partial.body.id)].sort(),
    );
    for (const e of got) expect(tmfErrors(TMF646, 'AppointmentCreateEvent', e.json)).toEqual([]);
  });

  it('Idempotency-Key: a retry answers the same appointment, held once', async () => {
    const first = await hold({ validFor: SLOT, externalId: 'CRM-881' }, { 'idempotency-key': 'appt-881' });
    const retry = await hold({ validFor: SLOT, externalId: 'CRM-881' }, { 'idempotency-key': 'appt-881' });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.id).toBe(first.body.id);
    const held = await agent.get('/api/appointments/held?state=held&limit=100');
    expect((held.body.items ?? []).filter((h) => h.externalId === 'CRM-881')).toHaveLength(1);
  });

  it('SUP-03 NET-05 completing plans the intervention under the same id, with the desk guards; rejecting cancels; final, audited, StateChange events', async () => {
    // The events of the tests before are out of the way.
    await worker.deliverEvents();
    listener.received = [];
    const toComplete = String((await hold()).body.id);
    const toReject = String((await hold()).body.id);

    const unknown = await agent.post(
      `/api/appointments/held/${toComplete}/complete`,
      plan({ incidentId: '00000000-0000-7000-8000-000000000000' }),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([
      expect.objectContaining({
        pointer: '/body/incidentId',
        code: 'support.held_appointment_incident_unknown',
      }),
    ]);
    // The desk's guards: a new incident has not reached the operator, so takes no intervention.
    const fresh = await agent.post('/api/incidents', {
      accountId: (await agent.get(`/api/incidents/${incidentId}`)).body.accountId,
      service: 'adsl',
      channel: 'phone',
      priority: 'normal',
      title: 'Coupures',
    });
    expect(fresh.status).toBe(201);
    const early = await agent.post(
      `/api/appointments/held/${toComplete}/complete`,
      plan({ incidentId: fresh.body.id }),
    );
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('support.transition_not_allowed');
    const badPhone = await agent.post(
      `/api/appointments/held/${toComplete}/complete`,
      plan({ reachablePhones: ['12'] }),
    );
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.code).toBe('support.phone_invalid');
    expect((await agentB.post(`/api/appointments/held/${toComplete}/complete`, plan())).status).toBe(404);

    const completed = await agent.post(`/api/appointments/held/${toComplete}/complete`, plan());
    expect(completed.status, JSON.stringify(completed.body)).toBe(200);
    expect(completed.body).toMatchObject({ id: toComplete, state: 'completed', incidentId });
    const tmf = await agent.get(`${APPOINTMENTS}/${toComplete}`);
    expect(tmf.status).toBe(200);
    expect(tmfErrors(TMF646, 'Appointment', tmf.body)).toEqual([]);
    expect(tmf.body).toMatchObject({
      id: toComplete,
      status: 'confirmed',
      category: 'on_site',
      relatedEntity: [{ id: incidentId, '@referredType': 'TroubleTicket' }],
      relatedPlace: { name: '12 rue des Lilas, 75011 Paris' },
      contactMedium: [expect.objectContaining({ characteristic: { phoneNumber: '+33612345678' } })],
    });
    const incident = await agent.get(`/api/incidents/${incidentId}`);
    expect(incident.body.state).toBe('intervention_planned');
    expect((incident.body.interventions as Body[]).map((v) => v.id)).toEqual([toComplete]);
    const all = (await agent.get(`${APPOINTMENTS}?limit=200`)).body as unknown as Body[];
    expect(all.filter((x) => x.id === toComplete)).toHaveLength(1);
    const again = await agent.post(`/api/appointments/held/${toComplete}/complete`, plan());
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('support.held_appointment_not_held');
    expect((await agent.post(`/api/appointments/held/${toComplete}/reject`, {})).status).toBe(409);

    expect((await agentB.post(`/api/appointments/held/${toReject}/reject`, {})).status).toBe(404);
    const rejected = await agent.post(`/api/appointments/held/${toReject}/reject`, {});
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(rejected.body).toMatchObject({ id: toReject, state: 'rejected', incidentId: null });
    expect((await agent.post(`/api/appointments/held/${toReject}/reject`, {})).body.code).toBe(
      'support.held_appointment_not_held',
    );
    const cancelled = await agent.get(`${APPOINTMENTS}/${toReject}`);
    expect(cancelled.body.status).toBe('cancelled');
    expect(tmfErrors(TMF646, 'Appointment', cancelled.body)).toEqual([]);
    const waiting = await agent.get('/api/appointments/held?state=held&limit=100');
    expect((waiting.body.items ?? []).map((h) => h.id)).not.toContain(toComplete);
    expect((waiting.body.items ?? []).map((h) => h.id)).not.toContain(toReject);

    const audit = await admin.get('/api/audit-events?entityType=held_appointment&limit=100');
    const actions = (audit.body.items as Body[]).map((e) => `${String(e.action)} ${String(e.entityId)}`);
    expect(actions).toContain(`held_appointment.completed ${toComplete}`);
    expect(actions).toContain(`held_appointment.rejected ${toReject}`);

    await worker.deliverEvents();
    const changes = listener.of('AppointmentStateChangeEvent');
    expect(
      changes
        .map((e) => {
          const a = e.json.event.appointment as Body;
          return `${String(a.id)} ${String(a.status)}`;
        })
        .sort(),
    ).toEqual([`${toComplete} confirmed`, `${toReject} cancelled`].sort());
    for (const e of changes) expect(tmfErrors(TMF646, 'AppointmentStateChangeEvent', e.json)).toEqual([]);
    expect(
      listener
        .of('AppointmentCreateEvent')
        .map((e) => (e.json.event.appointment as Body).id)
        .sort(),
    ).toEqual([toComplete, toReject].sort());
  });
});
