import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { tmfErrors } from '../support/tmf.ts';
import { createPlatformWorker } from '../../src/platform/jobs/platform-worker.ts';
import { silentLogger } from '../../src/platform/jobs/index.ts';

const TMF621 = 'TMF621-TroubleTicket-v4.0.0.swagger.json';
const TMF646 = 'TMF646-Appointment-v4.0.0.swagger.json';

type Body = Record<string, unknown>;
type Detail = Body & {
  id: string;
  state: string;
  overdue: boolean;
  version: number;
  notice: { checks: string[]; minimum: Body | null };
  consents: { id: string; text: string }[];
  interventions: {
    id: string;
    status: string;
    kind: string;
    technicianCallsFirst: boolean;
    reachablePhones: string[];
  }[];
  charges: {
    id: string;
    code: string;
    status: string;
    amount: { amount: number };
    contestDeadline: string;
  }[];
  emails: { to: string; subject: string; template: string }[];
  costs: { due: { amount: number }; waived: { amount: number } };
  actions: { action: string; allowed: boolean; code: string | null; reason: string | null }[];
  timeline: { kind: string; channel: string | null }[];
};

const INFO = {
  siteContactName: 'Mme Claire Durand',
  siteContactPhone: '+33142000000',
  siteOpeningHours: 'Lun–Ven 9h–18h',
  modemMakeModel: 'Zyxel VMG8825',
  routerMakeModel: 'Cisco RV340',
  modemLedStates: 'Power vert fixe, DSL orange clignotant',
};

/** The support desk over HTTP (SUP-01..SUP-09, NET-05, CS-01, CAL-01/02, TMF621, TMF646). */
describe(`support desk over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let agent: Client;
  let agentB: Client;
  let accountId: string;
  let sdslAccountId: string;

  /** Moves the clock; sessions last 12 h since last use, so sign in again at the new instant. */
  const at = async (iso: string) => {
    t.clock.set(iso);
    agent = await Client.login(t.url, a.users.agent.email);
  };

  beforeAll(async () => {
    // The clock moves across weeks here and each move signs in again (sessions last 12 h).
    t = await startTestApp({ RELAIS_LOGIN_MAX_ATTEMPTS: '1000' });
    a = await createTenant(t.db, 'alpha');
    b = await createTenant(t.db, 'bravo');
    agent = await Client.login(t.url, a.users.agent.email);
    agentB = await Client.login(t.url, b.users.agent.email);
    const acc = await agent.post('/api/accounts', {
      kind: 'person',
      firstName: 'Julien',
      lastName: 'Moreau',
      email: 'julien.moreau@example.fr',
      billingDay: 1,
    });
    expect(acc.status).toBe(201);
    accountId = String(acc.body.id);
    const acc2 = await agent.post('/api/accounts', {
      kind: 'person',
      firstName: 'Inès',
      lastName: 'Garnier',
      email: 'ines.garnier@example.fr',
      billingDay: 1,
    });
    sdslAccountId = String(acc2.body.id);
  }, 240_000);
  afterAll(() => t.close());

  const get = async (id: string) => (await agent.get(`/api/incidents/${id}`)).body as Detail;
  const declare = async (service = 'adsl', over: Body = {}) => {
    const res = await agent.post('/api/incidents', {
      accountId: service === 'sdsl' ? sdslAccountId : accountId,
      service,
      channel: 'phone',
      priority: 'normal',
      title: 'Plus de synchronisation ADSL',
      ...over,
    });
    expect(res.status).toBe(201);
    return res.body as Detail;
  };
  const move = (id: string, to: string) => agent.post(`/api/incidents/${id}/transitions`, { to });
  const confirmAll = async (d: Detail) => {
    for (const check of d.notice.checks) {
      const r = await agent.post(`/api/incidents/${d.id}/checks`, {
        check,
        by: 'Julien Moreau',
        channel: 'email',
        text: `Je confirme : ${check} fait.`,
      });
      expect(r.status).toBe(201);
    }
  };
  const fillInfo = async (id: string) => {
    const cur = await get(id);
    const r = await agent.patch(`/api/incidents/${id}`, INFO, { 'if-match': `"${cur.version}"` });
    expect(r.status).toBe(200);
  };
  /** An incident escalated to the operator (SUP-02 satisfied), with the customer's consent (SUP-03). */
  const escalated = async (service = 'adsl', consent = true) => {
    const d = await declare(service);
    expect((await move(d.id, 'diagnosis')).status).toBe(201);
    await confirmAll(d);
    await fillInfo(d.id);
    expect((await move(d.id, 'with_operator')).status).toBe(201);
    if (consent) {
      const c = await agent.post(`/api/incidents/${d.id}/consents`, {
        by: 'Julien Moreau',
        channel: 'email',
        text: "J'accepte l'intervention d'un technicien et ses frais éventuels.",
      });
      expect(c.status).toBe(201);
    }
    return get(d.id);
  };
  const plan = (id: string, over: Body = {}) =>
    agent.post(`/api/incidents/${id}/interventions`, {
      kind: 'on_site',
      slotStart: '2027-01-05T08:00:00Z',
      slotEnd: '2027-01-05T10:00:00Z',
      address: '12 rue des Lilas, 75011 Paris',
      reachablePhones: ['+33612345678', '+33142000000'],
      ...over,
    });

  it('SUP-01 declaring shows the checks of the service and the 250 € HT minimum', async () => {
    const n = await agent.get('/api/support/notice?service=adsl');
    expect(n.status).toBe(200);
    expect(n.body).toEqual({
      checks: [
        'restart',
        'internal_wiring',
        'electrical_disturbances',
        'modem_head_of_line',
        'modem_swap',
        'cabling',
      ],
      minimum: { amount: 25_000, currency: 'EUR', vatIncluded: false },
    });
    const d = await declare();
    expect(d.state).toBe('new');
    expect(d.notice.minimum).toEqual({ amount: 25_000, currency: 'EUR', vatIncluded: false });
    // CS-01: the first contact is in the timeline with its channel.
    expect(d.timeline).toContainEqual(expect.objectContaining({ kind: 'contact', channel: 'phone' }));
  });

  it('SUP-02 escalation is refused without the checks, then without the information, and writes nothing', async () => {
    const d = await declare();
    expect((await move(d.id, 'diagnosis')).status).toBe(201);
    const before = await get(d.id);
    const noChecks = await move(d.id, 'with_operator');
    expect(noChecks.status).toBe(422);
    expect(noChecks.body.code).toBe('support.checks_missing');
    expect(noChecks.body.detail).toBe(
      'Le client doit confirmer par écrit chaque vérification avant le passage à l’opérateur ; manquent : Redémarrage des équipements, Câblage interne vérifié, Perturbations électriques écartées, Modem branché en tête de ligne, Échange du modem, Câblage vérifié.',
    );
    const blocked = before.actions.find((x) => x.action === 'transition:with_operator');
    expect(blocked).toMatchObject({ allowed: false, code: 'support.checks_missing' });
    await confirmAll(d);
    const noInfo = await move(d.id, 'with_operator');
    expect(noInfo.status).toBe(422);
    expect(noInfo.body.code).toBe('support.information_missing');
    expect(noInfo.body.detail).toBe(
      "Renseignez avant le passage à l’opérateur : Contact sur site, Téléphone du contact, Horaires d'ouverture, Modem (marque, modèle), Routeur (marque, modèle), État des voyants du modem.",
    );
    const still = await get(d.id);
    expect(still.state).toBe('diagnosis');
    expect(still.emails).toEqual([]);
    await fillInfo(d.id);
    const ok = await move(d.id, 'with_operator');
    expect(ok.status).toBe(201);
    const after = ok.body as Detail;
    expect(after.state).toBe('with_operator');
    // SUP-02: the operator e-mail, through the outbox, carries the checks and the information.
    expect(after.emails).toEqual([
      expect.objectContaining({ to: 'technique@openip.fr', template: 'support.operator_escalation' }),
    ]);
    const admin = await Client.login(t.url, a.users.admin.email);
    const outbox = await admin.get('/api/outbox?limit=50');
    const mail = (outbox.body.items ?? []).find((m) => m.template === 'support.operator_escalation');
    expect(mail).toBeDefined();
    const full = await admin.get(`/api/outbox/${String(mail?.id)}`);
    expect(JSON.stringify(full.body)).toContain('Zyxel VMG8825');
    expect(JSON.stringify(full.body)).toContain('Je confirme : modem_swap fait.');
    // Each check names the channel it came by, in words (issue 10: not "(email)").
    expect(String(full.body.bodyText)).toContain('(e-mail) : « Je confirme');
    expect(String(full.body.bodyText)).not.toContain('(email)');
  });

  it('SUP-02 the escalation e-mail follows the operator: OpenIP for ADSL, the generic template for fibre or when chosen', async () => {
    const ops = await agent.get('/api/support/operators');
    expect(ops.status).toBe(200);
    expect(
      (ops.body as unknown as { code: string; template: string }[]).map((o) => [o.code, o.template]),
    ).toEqual([
      ['generic', 'generic'],
      ['openip', 'openip'],
    ]);
    const admin = await Client.login(t.url, a.users.admin.email);
    const escalate = async (service: string, over: Body = {}) => {
      const d = await declare(service, over);
      expect((await move(d.id, 'diagnosis')).status).toBe(201);
      await confirmAll(d);
      await fillInfo(d.id);
      const res = await move(d.id, 'with_operator');
      expect(res.status).toBe(201);
      const mail = (res.body as Detail).emails.find((m) =>
        m.template.startsWith('support.operator_escalation'),
      );
      const outbox = await admin.get('/api/outbox?limit=200');
      const row = (outbox.body.items ?? []).find(
        (m) => m.template === mail?.template && String(m.subject).includes(String(d.reference)),
      );
      const full = await admin.get(`/api/outbox/${String(row?.id)}`);
      return { d: res.body as Detail, mail, text: JSON.stringify(full.body) };
    };
    // ADSL: derived from the service, OpenIP and its template, with all six pieces of information.
    const adsl = await escalate('adsl');
    expect(adsl.d).toMatchObject({ operatorCode: 'openip', operatorName: 'OpenIP' });
    expect(adsl.mail).toMatchObject({ to: 'technique@openip.fr', template: 'support.operator_escalation' });
    expect(adsl.text).toContain("Signalement d'incident ADSL");
    expect(adsl.text).toContain('Je confirme : modem_swap fait.');
    expect(adsl.text).toContain('Power vert fixe, DSL orange clignotant');
    // Fibre: the generic operator, its template, its checks and only the information it asks for.
    const fibre = await escalate('fibre');
    expect(fibre.d.operatorCode).toBe('generic');
    expect(fibre.mail).toMatchObject({
      to: 'support@operateur.example',
      template: 'support.operator_escalation_generic',
    });
    expect(fibre.text).toContain('Demande de ticket FIBRE');
    expect(fibre.text).toContain('Je confirme : cabling fait.');
    expect(fibre.text).not.toContain('Je confirme : modem_swap fait.');
    expect(fibre.text).toContain('Cisco RV340');
    expect(fibre.text).toContain('Mme Claire Durand');
    expect(fibre.text).not.toContain('Power vert fixe');
    // Chosen on the incident: an ADSL line escalated to the generic operator.
    const chosen = await escalate('adsl', { operatorCode: 'generic' });
    expect(chosen.mail?.template).toBe('support.operator_escalation_generic');
    // The list filters by operator.
    const list = await agent.get('/api/incidents?operator=generic&limit=200');
    const ids = (list.body.items as { id: string }[]).map((i) => i.id);
    expect(ids).toContain(fibre.d.id);
    expect(ids).toContain(chosen.d.id);
    expect(ids).not.toContain(adsl.d.id);
    // An unknown operator is a 400 on the field and writes nothing.
    const before = (await agent.get('/api/incidents?limit=1')).body.total;
    const bad = await agent.post('/api/incidents', {
      accountId,
      service: 'adsl',
      channel: 'phone',
      priority: 'normal',
      title: 'x',
      operatorCode: 'nobody',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('support.operator_unknown');
    expect((await agent.get('/api/incidents?limit=1')).body.total).toBe(before);
  });

  it('a transition not allowed now is a 409 with a precise code and writes nothing', async () => {
    const d = await declare();
    const res = await move(d.id, 'closed');
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('support.transition_not_allowed');
    expect(res.body.detail).toBe('Un incident à l’état « Nouveau » ne peut pas passer à l’état « Clos ».');
    expect((await get(d.id)).version).toBe(d.version);
  });

  it('SUP-03 an intervention is refused without written consent; the consent is immutable', async () => {
    const d = await escalated('adsl', false);
    const refused = await plan(d.id);
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('support.consent_required');
    expect((await get(d.id)).interventions).toEqual([]);
    const c = await agent.post(`/api/incidents/${d.id}/consents`, {
      by: 'Julien Moreau',
      channel: 'email',
      text: "J'accepte l'intervention.",
    });
    expect(c.status).toBe(201);
    const consent = (c.body as Detail).consents[0];
    const edit = await agent.patch(`/api/incidents/${d.id}/consents/${String(consent?.id)}`, {
      text: 'autre chose',
    });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('support.consent_immutable');
    expect((await get(d.id)).consents[0]?.text).toBe("J'accepte l'intervention.");
    // The database refuses it too: the application role has no UPDATE grant on consents.
    await expect(
      t.db.tenant(a.id, (tx) =>
        tx.query(`UPDATE incident_consents SET text = 'x' WHERE incident_id = $1`, [d.id]),
      ),
    ).rejects.toThrow();
    const ok = await plan(d.id);
    expect(ok.status).toBe(201);
    expect((ok.body as Detail).state).toBe('intervention_planned');
  });

  it('NET-05 SUP-10 the appointment records reachable numbers, the technician calls first, and exports iCalendar', async () => {
    const d = await escalated();
    const res = await plan(d.id);
    const v = (res.body as Detail).interventions[0];
    expect(v).toMatchObject({
      technicianCallsFirst: true,
      reachablePhones: ['+33612345678', '+33142000000'],
    });
    const ics = await agent.get(`/api/incidents/${d.id}/interventions/${String(v?.id)}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(ics.text).toContain('BEGIN:VEVENT\r\n');
    expect(ics.text).toContain('DTSTART:20270105T080000Z');
    expect(ics.text).toContain('LOCATION:12 rue des Lilas\\, 75011 Paris');
    // SUP-10: the customer is advised to call support during the intervention (unfolded lines).
    expect(ics.text.replace(/\r\n /g, '')).toContain(
      'Appelez le support pendant l’intervention pour valider ce qui a été fait.',
    );
    const noPhone = await plan(d.id, { reachablePhones: [' '] });
    expect(noPhone.status).toBe(400);
    expect(noPhone.body.code).toBe('support.reachable_phone_required');
  });

  it('SUP-04 a qualification not in the tariff is a 400 and writes nothing', async () => {
    const d = await escalated();
    const v = (await plan(d.id)).body as Detail;
    const iid = String(v.interventions[0]?.id);
    const res = await agent.post(`/api/incidents/${d.id}/interventions/${iid}/qualification`, {
      qualification: 'vga_wrongful_intervention',
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('support.qualification_unknown');
    const after = await get(d.id);
    expect(after.interventions[0]?.status).toBe('planned');
    expect(after.charges).toEqual([]);
    const tariff = await agent.get('/api/support/tariff');
    const lines = tariff.body as unknown as { code: string; onQuote: boolean }[];
    expect(lines.find((l) => l.code === 'sdsl_internal_wiring_repair')?.onQuote).toBe(true);
  });

  it('SUP-05 SUP-06 a 250 € wrongful charge is e-mailed, then waived by an expertise that fixes the fault; summary at resolution', async () => {
    const d = await escalated();
    const first = ((await plan(d.id)).body as Detail).interventions[0];
    t.clock.set('2026-11-23T10:00:00Z');
    const q = await agent.post(`/api/incidents/${d.id}/interventions/${String(first?.id)}/qualification`, {
      qualification: 'no_fault_at_supplier',
    });
    expect(q.status).toBe(201);
    const charged = q.body as Detail;
    expect(charged.charges).toEqual([
      expect.objectContaining({
        code: 'no_fault_at_supplier',
        status: 'due',
        amount: expect.objectContaining({ amount: 25_000 }),
      }),
    ]);
    expect(charged.emails.map((m) => m.template)).toContain('support.charge_notice');
    expect(charged.emails.find((m) => m.template === 'support.charge_notice')?.subject).toContain('250,00');
    const noReferent = await plan(d.id, { kind: 'expertise' });
    expect(noReferent.body.code).toBe('support.referent_required');
    t.clock.set('2026-11-23T11:00:00Z');
    const exp = await plan(d.id, { kind: 'expertise', referent: 'M. Petit (DSI)' });
    expect(exp.status).toBe(201);
    const expertise = (exp.body as Detail).interventions.find((x) => x.kind === 'expertise');
    const fixed = await agent.post(
      `/api/incidents/${d.id}/interventions/${String(expertise?.id)}/qualification`,
      {
        qualification: 'fault_fixed',
      },
    );
    expect(fixed.status).toBe(201);
    const waived = fixed.body as Detail;
    expect(waived.charges[0]?.status).toBe('waived');
    expect(waived.costs).toMatchObject({ due: { amount: 0 }, waived: { amount: 25_000 } });
    const resolved = await move(d.id, 'resolved');
    expect(resolved.status).toBe(201);
    expect((resolved.body as Detail).emails.map((m) => m.template)).toContain('support.resolution_summary');
  });

  it('SUP-07 CAL-01 the contest window closes at 23:59:59.999 of the 2nd working day, across Christmas and a weekend', async () => {
    // Notified Thursday 24 December 2026: Friday 25 is a holiday, then Saturday and Sunday;
    // Monday 28 is the 1st working day, Tuesday 29 the 2nd.
    await at('2026-12-24T10:00:00Z');
    const d = await escalated();
    await plan(d.id);
    const two = ((await plan(d.id)).body as Detail).interventions;
    for (const v of two) {
      const r = await agent.post(`/api/incidents/${d.id}/interventions/${v.id}/qualification`, {
        qualification: 'no_fault_at_supplier',
      });
      expect(r.status).toBe(201);
    }
    const charges = (await get(d.id)).charges;
    expect(charges.map((c) => c.contestDeadline)).toEqual([
      '2026-12-29T22:59:59.999Z',
      '2026-12-29T22:59:59.999Z',
    ]);
    await at('2026-12-29T22:59:00.000Z');
    t.clock.set('2026-12-29T22:59:59.999Z');
    const inside = await agent.post(`/api/incidents/${d.id}/charges/${String(charges[0]?.id)}/contest`, {
      text: 'Le technicien n’est jamais venu.',
    });
    expect(inside.status).toBe(201);
    t.clock.set('2026-12-29T23:00:00.000Z');
    const late = await agent.post(`/api/incidents/${d.id}/charges/${String(charges[1]?.id)}/contest`, {
      text: 'Je conteste.',
    });
    expect(late.status).toBe(422);
    expect(late.body.code).toBe('support.contest_window_closed');
    expect(late.body.detail).toBe(
      'Le délai de 2 jours ouvrés a pris fin le mardi 29 décembre 2026 à 23:59 : le client doit écrire au Service Clients à l’adresse serviceclients@openip.fr.',
    );
    const after = await get(d.id);
    expect(after.charges.map((c) => c.status)).toEqual(['contested', 'due']);
    await at('2026-11-23T09:00:00Z');
  });

  it('SUP-08 SUP-09 CAL-02 SAV+ costs 185 €; cancelled 49 business hours before the slot it is free, 47 hours before 95 €', async () => {
    await at('2026-11-23T09:00:00Z');
    const d = await escalated();
    // Slot Monday 30 November 10:00 Paris; Sunday 29 is not a jour ouvrable (CAL-02).
    const slot = { kind: 'sav_plus', slotStart: '2026-11-30T09:00:00Z', slotEnd: '2026-11-30T11:00:00Z' };
    const booked = (await plan(d.id, slot)).body as Detail;
    expect(booked.charges).toEqual([
      expect.objectContaining({ code: 'adsl_sav_plus', amount: expect.objectContaining({ amount: 18_500 }) }),
    ]);
    // The API says until when the cancellation is free: Friday 27 10:00 Paris, 48 business hours before.
    expect(booked.interventions[0]).toMatchObject({ freeCancellationUntil: '2026-11-27T09:00:00.000Z' });
    await at('2026-11-27T08:00:00Z'); // Friday 09:00 Paris: 49 business hours before.
    const free = await agent.post(
      `/api/incidents/${d.id}/interventions/${String(booked.interventions[0]?.id)}/cancellation`,
      {},
    );
    expect(free.status).toBe(201);
    expect((free.body as Detail).charges.map((c) => c.code)).toEqual(['adsl_sav_plus']);
    const again = (await plan(d.id, slot)).body as Detail;
    const second = again.interventions.find((v) => v.status === 'planned');
    await at('2026-11-27T10:00:00Z'); // Friday 11:00 Paris: 47 business hours before.
    const late = await agent.post(
      `/api/incidents/${d.id}/interventions/${String(second?.id)}/cancellation`,
      {},
    );
    expect(late.status).toBe(201);
    expect((late.body as Detail).charges.at(-1)).toMatchObject({
      code: 'adsl_sav_plus_late_cancellation',
      amount: { amount: 9_500, currency: 'EUR', vatIncluded: false },
    });
    await at('2026-11-23T09:00:00Z');
  });

  it('SUP-04 a quote-based line needs the quoted amount, waits for the acceptance, then is due and e-mailed', async () => {
    const d = await escalated('sdsl');
    const v = ((await plan(d.id)).body as Detail).interventions[0];
    const path = `/api/incidents/${d.id}/interventions/${String(v?.id)}/qualification`;
    const noAmount = await agent.post(path, { qualification: 'sdsl_internal_wiring_repair' });
    expect(noAmount.status).toBe(400);
    expect(noAmount.body.code).toBe('support.quote_amount_required');
    const quoted = await agent.post(path, {
      qualification: 'sdsl_internal_wiring_repair',
      quoteAmountCents: 32_000,
    });
    expect(quoted.status).toBe(201);
    const charge = (quoted.body as Detail).charges[0];
    expect(charge).toMatchObject({ status: 'awaiting_acceptance', amount: { amount: 32_000 } });
    expect((quoted.body as Detail).costs.due.amount).toBe(0);
    const accepted = await agent.post(`/api/incidents/${d.id}/charges/${String(charge?.id)}/acceptance`, {});
    expect(accepted.status).toBe(201);
    expect((accepted.body as Detail).charges[0]?.status).toBe('due');
    expect((accepted.body as Detail).costs.due.amount).toBe(32_000);
    expect(
      (accepted.body as Detail).emails.filter((m) => m.template === 'support.charge_notice'),
    ).toHaveLength(2);
    const twice = await agent.post(`/api/incidents/${d.id}/charges/${String(charge?.id)}/acceptance`, {});
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('support.charge_not_awaiting_acceptance');
  });

  it('SUP-09 a SAV+ appointment cannot be moved (409, nothing written); an on-site one can', async () => {
    await at('2026-11-23T09:00:00Z');
    const d = await escalated();
    const sav = ((await plan(d.id, { kind: 'sav_plus' })).body as Detail).interventions[0];
    const move = { slotStart: '2027-01-12T08:00:00Z', slotEnd: '2027-01-12T10:00:00Z' };
    const refused = await agent.post(
      `/api/incidents/${d.id}/interventions/${String(sav?.id)}/reschedule`,
      move,
    );
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('support.sav_plus_not_movable');
    expect(refused.body.detail).toBe('Un rendez-vous SAV+ ne peut pas être déplacé, seulement annulé.');
    const after = await get(d.id);
    expect(after.interventions[0]).toMatchObject({ status: 'planned' });
    expect((after.interventions[0] as unknown as { slotStart: string }).slotStart).toBe(
      '2027-01-05T08:00:00.000Z',
    );
    const onSite = ((await plan(d.id)).body as Detail).interventions.find((x) => x.kind === 'on_site');
    const moved = await agent.post(
      `/api/incidents/${d.id}/interventions/${String(onSite?.id)}/reschedule`,
      move,
    );
    expect(moved.status).toBe(201);
    const movedOne = (moved.body as Detail).interventions.find((x) => x.id === onSite?.id);
    expect((movedOne as unknown as { slotStart: string }).slotStart).toBe('2027-01-12T08:00:00.000Z');
  });

  it('SUP-08 a SAV+ follows the line point by point with a speed at each, in order, audited and in the timeline', async () => {
    await at('2026-11-23T09:00:00Z');
    const d = await escalated();
    const booked = (await plan(d.id, { kind: 'sav_plus' })).body as Detail;
    const sav = booked.interventions.find((v) => v.kind === 'sav_plus');
    const path = `/api/incidents/${d.id}/interventions/${String(sav?.id)}/sav-plus-steps`;
    const step = (name: string, faultShown: boolean, down: number, up: number, unit = 'kbit/s') =>
      agent.post(path, { step: name, faultShown, speed: { down, up, unit } });
    expect((await get(d.id)).interventions[0]).toMatchObject({
      nextSavPlusStep: 'site_tests',
      savPlusSteps: [],
    });
    // Out of order: the main frame before the site tests is refused and writes nothing.
    const early = await step('main_frame', true, 2000, 500);
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('support.sav_plus_step_order');
    expect(early.body.detail).toContain('Tests sur site');
    expect(
      ((await get(d.id)).interventions[0] as unknown as { savPlusSteps: unknown[] }).savPlusSteps,
    ).toEqual([]);
    expect((await step('site_tests', true, 1.2, 0.4, 'Mbit/s')).status).toBe(201);
    expect((await step('main_frame', false, 7800, 900)).status).toBe(201);
    expect((await step('main_frame', false, 7800, 900)).body.code).toBe('support.sav_plus_step_order');
    expect((await step('sub_frame', false, 7600, 880)).status).toBe(201);
    expect((await step('concentration_point', true, 2100, 400)).status).toBe(201);
    const last = await step('second_site_visit', false, 7500, 850);
    expect(last.status).toBe(201);
    const v = (last.body as Detail).interventions[0] as unknown as {
      savPlusSteps: { step: string; downKbps: number; upKbps: number; faultShown: boolean }[];
      nextSavPlusStep: string | null;
    };
    expect(v.savPlusSteps.map((x) => [x.step, x.downKbps, x.upKbps, x.faultShown])).toEqual([
      ['site_tests', 1200, 400, true],
      ['main_frame', 7800, 900, false],
      ['sub_frame', 7600, 880, false],
      ['concentration_point', 2100, 400, true],
      ['second_site_visit', 7500, 850, false],
    ]);
    expect(v.nextSavPlusStep).toBeNull();
    expect((last.body as Detail).timeline.filter((e) => e.kind === 'sav_plus_step')).toHaveLength(5);
    const history = await agent.get(`/api/accounts/${accountId}/history?limit=200`);
    expect(JSON.stringify(history.body)).toContain('incident.sav_plus_step_recorded');
    // A clean site test ends the follow-up: no point of the line is visited after it.
    const d2 = await escalated();
    const sav2 = ((await plan(d2.id, { kind: 'sav_plus' })).body as Detail).interventions[0];
    const path2 = `/api/incidents/${d2.id}/interventions/${String(sav2?.id)}/sav-plus-steps`;
    const ok = await agent.post(path2, {
      step: 'site_tests',
      faultShown: false,
      speed: { down: 8, up: 1, unit: 'Mbit/s' },
    });
    expect(ok.status).toBe(201);
    const after = await agent.post(path2, {
      step: 'main_frame',
      faultShown: true,
      speed: { down: 1, up: 1, unit: 'Mbit/s' },
    });
    expect(after.status).toBe(422);
    // Only a SAV+ appointment takes measurements.
    const onSite = ((await plan(d2.id)).body as Detail).interventions.find((x) => x.kind === 'on_site');
    const notSav = await agent.post(
      `/api/incidents/${d2.id}/interventions/${String(onSite?.id)}/sav-plus-steps`,
      {
        step: 'site_tests',
        faultShown: true,
        speed: { down: 1, up: 1, unit: 'kbit/s' },
      },
    );
    expect(notSav.status).toBe(409);
    expect(notSav.body.code).toBe('support.not_sav_plus');
  });

  it('NET-05 an appointment past its slot without outcome is flagged late; the operator is chased and the customer told', async () => {
    await at('2026-11-23T09:00:00Z');
    const d = await escalated();
    const v = ((await plan(d.id)).body as Detail).interventions[0];
    const path = `/api/incidents/${d.id}/interventions/${String(v?.id)}/operator-reminder`;
    const early = await agent.post(path, {});
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('support.appointment_not_overdue');
    expect((await get(d.id)).emails).toHaveLength(1); // the escalation only: nothing written
    // Slot 2027-01-05 08:00–10:00 UTC; at 10:00 exactly it is not late yet, one minute later it is.
    await at('2027-01-05T10:00:00Z');
    expect((await get(d.id)).overdue).toBe(false);
    await at('2027-01-05T10:01:00Z');
    const late = await get(d.id);
    expect(late.overdue).toBe(true);
    expect(late.interventions[0]).toMatchObject({ overdue: true });
    const list = await agent.get('/api/incidents?limit=200');
    expect((list.body.items as { id: string; overdue: boolean }[]).find((i) => i.id === d.id)?.overdue).toBe(
      true,
    );
    const chased = await agent.post(path, {});
    expect(chased.status).toBe(201);
    const mails = (chased.body as Detail).emails;
    expect(mails).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ to: 'technique@openip.fr', template: 'support.operator_reminder' }),
        expect.objectContaining({ to: 'julien.moreau@example.fr', template: 'support.appointment_late' }),
      ]),
    );
    expect((chased.body as Detail).timeline.at(-1)).toMatchObject({ kind: 'email' });
    // Once qualified, the appointment is no longer late and cannot be chased.
    await agent.post(`/api/incidents/${d.id}/interventions/${String(v?.id)}/qualification`, {
      qualification: 'fault_fixed',
    });
    expect((await get(d.id)).overdue).toBe(false);
    expect((await agent.post(path, {})).status).toBe(409);
    await at('2026-11-23T09:00:00Z');
  });

  it('SUP-06 SUP-08 the expertise and SAV+ are refused on SDSL', async () => {
    const d = await escalated('sdsl');
    const res = await plan(d.id, { kind: 'sav_plus' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('support.adsl_only');
  });

  it('CS-01 contacts on any channel land in the timeline and in the customer history', async () => {
    const d = await declare();
    const c = await agent.post(`/api/incidents/${d.id}/contacts`, {
      channel: 'social',
      direction: 'outbound',
      summary: 'Réponse sur X au client',
    });
    expect(c.status).toBe(201);
    expect((c.body as Detail).timeline).toContainEqual(
      expect.objectContaining({ kind: 'contact', channel: 'social' }),
    );
    const history = await agent.get(`/api/accounts/${accountId}/history?limit=200`);
    const actions = (history.body.items ?? []).map((e) => e.action);
    expect(actions).toContain('incident.created');
    expect(actions).toContain('incident.contact_added');
  });

  it('SLA incidents breached are flagged and filtered in the list', async () => {
    await at('2026-11-23T09:00:00Z');
    const d = await declare('adsl', { priority: 'critical', title: 'Site coupé' });
    t.clock.set('2026-11-23T11:30:00Z');
    const list = await agent.get('/api/incidents?slaRisk=breached&limit=200');
    expect(list.status).toBe(200);
    expect((list.body.items ?? []).map((i) => i.id)).toContain(d.id);
    t.clock.set('2026-11-23T09:00:00Z');
  });

  it('SLA the worker alerts the supervisors through the outbox, once at risk and once breached', async () => {
    await at('2026-11-23T09:00:00Z'); // Monday 10:00 in Paris, inside the desk hours.
    const d = await declare('adsl', { priority: 'critical', title: 'Site entier sans accès' });
    const worker = createPlatformWorker(t.deps, silentLogger, { mailboxDir: null });
    const drain = async () => {
      for (let i = 0; i < 50 && (await worker.runDue()) > 0; i++);
    };
    const alerts = () =>
      t.db.tenant(a.id, (tx) =>
        tx.query<{ recipient: string; subject: string }>(
          `SELECT recipient, subject FROM outbox WHERE template = 'support.sla_alert' AND entity_id = $1 ORDER BY created_at`,
          [d.id],
        ),
      );
    t.clock.set('2026-11-23T09:30:00Z'); // 0.5 desk hour of the 1 h first-response target.
    await drain();
    expect(await alerts()).toEqual([]);
    t.clock.set('2026-11-23T09:50:00Z'); // past 80 %: at risk.
    await drain();
    expect(await alerts()).toEqual([
      {
        recipient: a.users.supervisor.email,
        subject: `[${String(d.reference)}] SLA à risque — Julien Moreau`,
      },
    ]);
    t.clock.set('2026-11-23T10:05:00Z'); // past the target: breached.
    await drain();
    t.clock.set('2026-11-23T10:30:00Z');
    await drain();
    expect((await alerts()).map((m) => m.subject)).toEqual([
      `[${String(d.reference)}] SLA à risque — Julien Moreau`,
      `[${String(d.reference)}] SLA dépassé — Julien Moreau`,
    ]);
    await worker.stop();
    t.clock.set('2026-11-23T09:00:00Z');
  });

  it('ACC-02 SUP-02 NET-05 a site-contact phone or reachable number that is not a phone is refused; valid ones are kept in E.164', async () => {
    const d = await declare();
    const version = `"${(await get(d.id)).version}"`;
    const bad = await agent.patch(
      `/api/incidents/${d.id}`,
      { siteContactPhone: 'pas un numéro' },
      { 'if-match': version },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('support.phone_invalid');
    expect(bad.body.errors).toEqual([
      {
        pointer: '/body/siteContactPhone',
        code: 'support.phone_invalid',
        detail:
          '« pas un numéro » n’est pas un numéro de téléphone valide. Saisissez-le au format national (par exemple 06 12 34 56 78) ou international (+…).',
      },
    ]);
    const kept = await get(d.id);
    expect((kept.information as Body).siteContactPhone).toBeNull();
    const ok = await agent.patch(
      `/api/incidents/${d.id}`,
      { siteContactPhone: '01 42 00 00 00' },
      { 'if-match': version },
    );
    expect(ok.status).toBe(200);
    expect(((ok.body as Detail).information as Body).siteContactPhone).toBe('+33142000000');

    const e = await escalated();
    const refused = await plan(e.id, { reachablePhones: ['06 12 34 56 78', 'pas un numéro', '12'] });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('support.phone_invalid');
    expect((refused.body.errors as { pointer: string }[]).map((x) => x.pointer)).toEqual([
      '/body/reachablePhones/1',
      '/body/reachablePhones/2',
    ]);
    expect((await get(e.id)).interventions).toEqual([]);
    const planned = await plan(e.id, { reachablePhones: ['06 12 34 56 78', '01 42 00 00 00'] });
    expect(planned.status).toBe(201);
    expect((planned.body as Detail).interventions[0]?.reachablePhones).toEqual([
      '+33612345678',
      '+33142000000',
    ]);
  });

  it('tenant isolation: another tenant sees nothing and cannot attach to a foreign customer', async () => {
    const d = await declare();
    expect((await agentB.get(`/api/incidents/${d.id}`)).status).toBe(404);
    expect((await agentB.get('/api/incidents')).body.total).toBe(0);
    const foreign = await agentB.post('/api/incidents', {
      accountId,
      service: 'adsl',
      channel: 'phone',
      priority: 'normal',
      title: 'x',
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe('support.account_unknown');
    const installer = await Client.login(t.url, a.users.installer.email);
    expect((await installer.get('/api/incidents')).status).toBe(403);
  });

  it('TMF621 trouble tickets validate against the official definition (create, list, get, patch)', async () => {
    const created = await agent.post('/tmf-api/troubleTicket/v4/troubleTicket', {
      description: 'Coupures répétées',
      severity: 'major',
      ticketType: 'adsl',
      channel: { name: 'email' },
      relatedParty: [{ id: accountId, role: 'customer', '@referredType': 'Customer' }],
    });
    expect(created.status).toBe(201);
    expect(tmfErrors(TMF621, 'TroubleTicket', created.body)).toEqual([]);
    // A client written before issue 15 named the service in ticketType: read as the service, and the
    // ticket is the standard's "incident" (issue 15).
    expect(created.body).toMatchObject({
      status: 'acknowledged',
      ticketType: 'incident',
      priority: 'high',
      relatedEntity: [{ id: 'adsl', role: 'service' }],
    });
    const list = await agent.get('/tmf-api/troubleTicket/v4/troubleTicket?limit=5');
    // TMF630 (issue 15): a page that is not the whole list is 206 Partial Content.
    expect(list.status).toBe(Number(list.headers.get('x-total-count')) > 5 ? 206 : 200);
    for (const item of list.body as unknown as Body[])
      expect(tmfErrors(TMF621, 'TroubleTicket', item)).toEqual([]);
    const one = await agent.get(`/tmf-api/troubleTicket/v4/troubleTicket/${String(created.body.id)}`);
    expect(tmfErrors(TMF621, 'TroubleTicket', one.body)).toEqual([]);
    const patched = await agent.patch(`/tmf-api/troubleTicket/v4/troubleTicket/${String(created.body.id)}`, {
      status: 'inProgress',
    });
    expect(patched.status).toBe(200);
    expect(patched.body.status).toBe('inProgress');
    expect(tmfErrors(TMF621, 'TroubleTicket', patched.body)).toEqual([]);
    // SUP-02 holds on this path too.
    const held = await agent.patch(`/tmf-api/troubleTicket/v4/troubleTicket/${String(created.body.id)}`, {
      status: 'held',
    });
    expect(held.status).toBe(422);
    expect(held.body.code).toBe('support.checks_missing');
  });

  it('TMF646 appointments validate against the official definition (create, list, get)', async () => {
    const d = await escalated();
    const created = await agent.post('/tmf-api/appointment/v4/appointment', {
      category: 'on_site',
      validFor: { startDateTime: '2027-01-06T08:00:00Z', endDateTime: '2027-01-06T10:00:00Z' },
      relatedEntity: [{ id: d.id, role: 'troubleTicket', '@referredType': 'TroubleTicket' }],
      relatedPlace: { name: '12 rue des Lilas, 75011 Paris' },
      contactMedium: [{ mediumType: 'phone', characteristic: { phoneNumber: '+33612345678' } }],
    });
    expect(created.status).toBe(201);
    expect(tmfErrors(TMF646, 'Appointment', created.body)).toEqual([]);
    const list = await agent.get('/tmf-api/appointment/v4/appointment?limit=50');
    for (const item of list.body as unknown as Body[])
      expect(tmfErrors(TMF646, 'Appointment', item)).toEqual([]);
    const one = await agent.get(`/tmf-api/appointment/v4/appointment/${String(created.body.id)}`);
    expect(one.status).toBe(200);
    expect(tmfErrors(TMF646, 'Appointment', one.body)).toEqual([]);
    const noConsent = await escalated('adsl', false);
    const refused = await agent.post('/tmf-api/appointment/v4/appointment', {
      category: 'on_site',
      validFor: { startDateTime: '2027-01-06T08:00:00Z', endDateTime: '2027-01-06T10:00:00Z' },
      relatedEntity: [{ id: noConsent.id }],
      relatedPlace: { name: '12 rue des Lilas' },
      contactMedium: [{ mediumType: 'phone', characteristic: { phoneNumber: '+33612345678' } }],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('support.consent_required');
  });
});
