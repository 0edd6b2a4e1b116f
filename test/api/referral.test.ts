import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Client,
  createTenant,
  startTestApp,
  TEST_PASSWORD,
  type TenantFixture,
  type TestApp,
} from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { runDueActions } from '../support/fleet.ts';
import { hashPassword } from '../../src/platform/auth/passwords.ts';

/**
 * Issue 13 (seed 001): installer directory, consent, referral to the nearest signed installer, the
 * installer portal and the 48 h reassignment, over HTTP on a real server and database.
 */
describe(`referral to chartered installers (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let admin: Client;
  let agent: Client;
  const installers: Record<string, { id: string; userId: string; email: string }> = {};

  /** The installer chooses a password (as with the set-password link), then signs in. */
  async function signIn(key: string): Promise<Client> {
    const hash = await hashPassword(TEST_PASSWORD);
    await t.db.system((tx) =>
      tx.query(`UPDATE users SET password_hash = $1, must_change_password = false WHERE id = $2`, [
        hash,
        installers[key]!.userId,
      ]),
    );
    return Client.login(t.url, installers[key]!.email);
  }

  async function addInstaller(key: string, body: Record<string, unknown>, charter: boolean) {
    const res = await admin.post('/api/referral/installers', {
      contactName: 'Responsable',
      line1: '1 rue du Lac',
      email: `${key}@installateurs.test`,
      ...body,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const inst = res.body.installer as { id: string; userId: string; email: string };
    installers[key] = { id: inst.id, userId: inst.userId, email: inst.email };
    if (charter) {
      const signed = await admin.post(`/api/referral/installers/${inst.id}/charter`, {
        charterVersion: '2009-11',
      });
      expect(signed.status).toBe(200);
      expect(signed.body).toMatchObject({ charterVersion: '2009-11', receivesReferrals: true });
    }
  }

  async function customer(first: string): Promise<string> {
    const res = await agent.post('/api/accounts', {
      kind: 'person',
      firstName: first,
      lastName: 'Client',
      email: `${first.toLowerCase()}@client.test`,
      phone: '06 12 34 56 78',
      billingDay: 1,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return String(res.body.id);
  }

  /** Moves the clock; sessions idle past their lifetime end, so the staff sign in again. */
  async function at(iso: string) {
    t.clock.set(new Date(iso));
    admin = await Client.login(t.url, a.users.admin.email);
    agent = await Client.login(t.url, a.users.agent.email);
  }

  const mails = async (template: string) =>
    ((await admin.get('/api/outbox?limit=200')).body.items ?? []).filter((m) => m.template === template);
  const referBody = { postalCode: '74000', needsSatelliteAndInternet: true, tvOverAdslEligible: false };

  beforeAll(async () => {
    t = await startTestApp({}, undefined);
    t.clock.set(new Date('2026-12-01T09:00:00Z'));
    a = await createTenant(t.db, 'alpha');
    admin = await Client.login(t.url, a.users.admin.email);
    agent = await Client.login(t.url, a.users.agent.email);
    // The customer lives in Annecy. The nearest installer (in Annecy) has not signed the charter.
    await addInstaller('annecy', { company: 'Antennes du Lac', postalCode: '74000' }, false);
    await addInstaller(
      'aix',
      { company: 'Savoie Satellite', postalCode: '73100', communeCode: '73008' },
      true,
    );
    await addInstaller(
      'chambery',
      { company: 'Chambéry Paraboles', postalCode: '73000', communeCode: '73065' },
      true,
    );
    await addInstaller('grenoble', { company: 'Grenoble Antennes', postalCode: '38000' }, true);
  }, 240_000);
  afterAll(() => t.close());

  it('the geocoder answers real postal codes: one commune, several communes, unknown codes', async () => {
    const one = await agent.get('/api/referral/geocode?postalCode=74000');
    expect(one.body).toEqual({
      postalCode: '74000',
      communes: [{ code: '74010', name: 'Annecy', located: true }],
    });
    const several = await agent.get('/api/referral/geocode?postalCode=73100');
    expect((several.body.communes as { name: string }[]).map((c) => c.name)).toEqual(
      expect.arrayContaining(['Aix-les-Bains', 'Tresserve', 'Grésy-sur-Aix']),
    );
    const unknown = await agent.get('/api/referral/geocode?postalCode=99999');
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({
      code: 'referral.postal_code_unknown',
      title: 'Code postal inconnu',
    });
    expect(unknown.body.errors).toMatchObject([{ pointer: '/query/postalCode' }]);
  });

  it('REF-01 an installer at a postal code of several communes needs the commune; an unknown code is refused', async () => {
    const choose = await admin.post('/api/referral/installers', {
      company: 'Sans commune',
      contactName: 'X',
      email: 'x@installateurs.test',
      line1: '1 rue',
      postalCode: '73000',
    });
    expect(choose.status).toBe(422);
    expect(choose.body).toMatchObject({ code: 'referral.commune_required' });
    expect(choose.body.errors).toMatchObject([{ pointer: '/body/communeCode' }]);
    const unknown = await admin.post('/api/referral/installers', {
      company: 'Nulle part',
      contactName: 'X',
      email: 'y@installateurs.test',
      line1: '1 rue',
      postalCode: '00000',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.code).toBe('referral.postal_code_unknown');
  });

  it('REF-01 each installer gets an installer user with a set-password link, never a password', async () => {
    const users = await admin.get('/api/users?limit=100');
    const user = (users.body.items ?? []).find((u) => u.id === installers.aix!.userId);
    expect(user).toMatchObject({
      role: 'installer',
      mustChangePassword: true,
      displayName: 'Savoie Satellite',
    });
    const welcome = (await mails('user.welcome')).find((m) => m.recipient === installers.aix!.email);
    expect(welcome).toBeDefined();
    const list = await agent.get('/api/referral/installers');
    const annecy = (list.body.items ?? []).find((i) => i.id === installers.annecy!.id);
    expect(annecy).toMatchObject({ charterSignedAt: null, receivesReferrals: false, communeName: 'Annecy' });
    expect((await agent.post('/api/referral/installers', {})).status).toBe(403);
  });

  let referralId = '';

  it('REF-02 nothing is shared without consent', async () => {
    const id = await customer('Alice');
    const refused = await agent.post(`/api/referral/accounts/${id}/referrals`, referBody);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('referral.consent_required');
    expect(await mails('referral.sent')).toHaveLength(0);
  });

  it('REF-02 REF-03 REF-07 with consent, the nearest signed installer gets the e-mail; the nearer unsigned one is skipped', async () => {
    const id = await customer('Bernard');
    const consent = await agent.post(`/api/referral/accounts/${id}/consents`, {
      purpose: 'Transmettre mes coordonnées à un antenniste de la charte',
      channel: 'phone',
    });
    expect(consent.status).toBe(201);
    expect(consent.body).toMatchObject({
      channel: 'phone',
      recordedBy: expect.stringContaining('agent'),
      withdrawnAt: null,
    });
    const notEligible = await agent.post(`/api/referral/accounts/${id}/referrals`, {
      ...referBody,
      tvOverAdslEligible: true,
    });
    expect(notEligible.status).toBe(422);
    expect(notEligible.body.code).toBe('referral.customer_not_eligible');

    const res = await agent.post(`/api/referral/accounts/${id}/referrals`, referBody);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      installerCompany: 'Savoie Satellite',
      status: 'sent',
      communeName: 'Annecy',
      contactBy: '2026-12-03T09:00:00.000Z',
      visitFrom: '2026-12-16',
      visitTo: '2026-12-21',
      skipped: [{ company: 'Antennes du Lac', reason: 'unsigned' }],
    });
    referralId = String(res.body.id);
    const sent = await mails('referral.sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.recipient).toBe(installers.aix!.email);
    const full = await admin.get(`/api/outbox/${String(sent[0]!.id)}`);
    // REF-03 the customer's details; REF-09 the advice to check equipment and credentials.
    expect(full.body.bodyText).toContain('bernard@client.test');
    expect(full.body.bodyText).toContain('+33612345678');
    expect(full.body.bodyText).toContain('reçu le matériel');
    expect(full.body.bodyText).toContain('identifiants');
    const again = await agent.post(`/api/referral/accounts/${id}/referrals`, referBody);
    expect(again.body.code).toBe('referral.already_open');
  });

  it('roles: an installer sees only its own referrals; staff cannot use the portal', async () => {
    const aix = await signIn('aix');
    const chambery = await signIn('chambery');
    const mine = await aix.get('/api/referral/portal');
    expect(mine.status).toBe(200);
    expect((mine.body.items ?? []).map((r) => r.id)).toEqual([referralId]);
    expect((await chambery.get('/api/referral/portal')).body.items).toEqual([]);
    expect((await chambery.post(`/api/referral/portal/referrals/${referralId}/contact`)).status).toBe(404);
    expect((await aix.get('/api/referral/installers')).status).toBe(403);
    expect((await aix.get('/api/accounts')).status).toBe(403);
    expect((await agent.get('/api/referral/portal')).status).toBe(403);
  });

  it('REF-04 contact at the 48th hour, visit on day 16 (day 14 and 21 refused), REF-05 checklist', async () => {
    await at('2026-12-03T09:00:00Z'); // exactly 48 h after the e-mail
    const aix = await signIn('aix');
    const contact = await aix.post(`/api/referral/portal/referrals/${referralId}/contact`);
    expect(contact.status, JSON.stringify(contact.body)).toBe(200);
    expect(contact.body.status).toBe('contacted');
    const early = await aix.post(`/api/referral/portal/referrals/${referralId}/visit`, {
      visitDate: '2026-12-15',
    });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({
      code: 'referral.visit_too_early',
      errors: [{ pointer: '/body/visitDate' }],
    });
    expect(String(early.body.detail)).toContain('2026-12-16');
    const late = await aix.post(`/api/referral/portal/referrals/${referralId}/visit`, {
      visitDate: '2026-12-22',
    });
    expect(late.body.code).toBe('referral.visit_too_late');
    const safety = await aix.post(`/api/referral/portal/referrals/${referralId}/visit`, {
      visitDate: '2026-12-10',
      safetyReason: 'Toiture verglacée',
    });
    expect(safety.status).toBe(200);
    expect(safety.body).toMatchObject({ visitDate: '2026-12-10', safetyReason: 'Toiture verglacée' });
    const ok = await aix.post(`/api/referral/portal/referrals/${referralId}/visit`, {
      visitDate: '2026-12-17',
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'visit_booked', visitDate: '2026-12-17', safetyReason: null });
    const partial = await aix.post(`/api/referral/portal/referrals/${referralId}/checklist`, {
      items: { box: 'done', internetComputers: 'done' },
    });
    expect(partial.status).toBe(422);
    expect(partial.body.code).toBe('referral.checklist_incomplete');
    const done = await aix.post(`/api/referral/portal/referrals/${referralId}/checklist`, {
      items: {
        box: 'done',
        wifiAdapter: 'not_needed',
        key3g: 'not_needed',
        internetComputers: 'done',
        mailbox: 'done',
        tvDecoder: 'done',
        powerline: 'done',
        firstLesson: 'done',
      },
    });
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('completed');
    // The 48 h check finds the contact recorded and does nothing.
    await at('2026-12-03T09:01:00Z');
    await runDueActions(t);
    expect((await mails('referral.contact_missed')).length).toBe(0);
  });

  it('REF-02 after a withdrawal nothing more is shared and the installer is told', async () => {
    await at('2026-12-04T09:00:00Z');
    const id = await customer('Chantal');
    const consent = await agent.post(`/api/referral/accounts/${id}/consents`, {
      purpose: 'Mise en relation antenniste',
      channel: 'shop',
    });
    const ref = await agent.post(`/api/referral/accounts/${id}/referrals`, referBody);
    expect(ref.status).toBe(201);
    const w = await agent.post(`/api/referral/consents/${String(consent.body.id)}/withdrawal`, {
      channel: 'phone',
    });
    expect(w.status).toBe(200);
    expect(w.body.withdrawnAt).toBe('2026-12-04T09:00:00.000Z');
    const told = await mails('referral.withdrawn');
    expect(told.map((m) => m.recipient)).toEqual([installers.aix!.email]);
    const card = await agent.get(`/api/referral/accounts/${id}`);
    expect(card.body.consentInForce).toBeNull();
    expect((card.body.referrals as { status: string }[])[0]!.status).toBe('withdrawn');
    const refused = await agent.post(`/api/referral/accounts/${id}/referrals`, referBody);
    expect(refused.body.code).toBe('referral.consent_required');
    expect(
      (await agent.post(`/api/referral/consents/${String(consent.body.id)}/withdrawal`, { channel: 'phone' }))
        .body.code,
    ).toBe('referral.consent_already_withdrawn');
    // The withdrawn referral's 48 h check passes it to nobody.
    const before = (await mails('referral.sent')).length;
    await at('2026-12-06T09:00:02Z');
    await runDueActions(t);
    expect((await mails('referral.sent')).length).toBe(before);
  });

  it('REF-04 a missed 48 h contact alerts the reseller and reassigns to the next nearest signed installer', async () => {
    await at('2026-12-07T09:00:00Z');
    const id = await customer('Denis');
    await agent.post(`/api/referral/accounts/${id}/consents`, {
      purpose: 'Mise en relation',
      channel: 'phone',
    });
    const first = await agent.post(`/api/referral/accounts/${id}/referrals`, referBody);
    expect(first.body.installerCompany).toBe('Savoie Satellite');
    await at('2026-12-09T09:00:01Z');
    const aix = await signIn('aix');
    const late = await aix.post(`/api/referral/portal/referrals/${String(first.body.id)}/contact`);
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('referral.contact_window_closed');
    await at('2026-12-09T09:00:02Z');
    await runDueActions(t);
    const card = await agent.get(`/api/referral/accounts/${id}`);
    const [next, old] = card.body.referrals as Record<string, unknown>[];
    expect(old).toMatchObject({ status: 'reassigned', installerCompany: 'Savoie Satellite' });
    expect(next).toMatchObject({
      status: 'sent',
      installerCompany: 'Chambéry Paraboles',
      previousId: first.body.id,
      // Reading 15: the days still count from the referral.
      referredAt: '2026-12-07T09:00:00.000Z',
      visitFrom: '2026-12-22',
      contactBy: '2026-12-11T09:00:02.000Z',
    });
    const alerts = await mails('referral.contact_missed');
    expect(alerts.map((m) => m.recipient).sort()).toEqual(
      [a.users.admin.email, a.users.supervisor.email].sort(),
    );
    expect(String(alerts[0]!.subject)).toContain('Denis Client');
    const chambery = await signIn('chambery');
    expect((await chambery.get('/api/referral/portal')).body.items).toHaveLength(1);
    // A second miss goes to Grenoble, then nobody is left.
    await at('2026-12-11T09:00:04Z');
    await runDueActions(t);
    const third = (
      (await agent.get(`/api/referral/accounts/${id}`)).body.referrals as Record<string, unknown>[]
    )[0];
    expect(third).toMatchObject({ installerCompany: 'Grenoble Antennes', status: 'sent' });
    await at('2026-12-13T09:00:06Z');
    await runDueActions(t);
    const last = (
      (await agent.get(`/api/referral/accounts/${id}`)).body.referrals as Record<string, unknown>[]
    )[0];
    expect(last).toMatchObject({ installerCompany: 'Grenoble Antennes', status: 'lapsed' });
  });

  it('REF-01 a deactivated installer receives no referral', async () => {
    await at('2026-12-14T09:00:00Z');
    const off = await admin.post(`/api/referral/installers/${installers.aix!.id}/active`, { active: false });
    expect(off.body).toMatchObject({ active: false, receivesReferrals: false });
    const id = await customer('Emile');
    await agent.post(`/api/referral/accounts/${id}/consents`, {
      purpose: 'Mise en relation',
      channel: 'email',
    });
    const res = await agent.post(`/api/referral/accounts/${id}/referrals`, referBody);
    expect(res.body).toMatchObject({
      installerCompany: 'Chambéry Paraboles',
      skipped: [
        { company: 'Antennes du Lac', reason: 'unsigned' },
        { company: 'Savoie Satellite', reason: 'inactive' },
      ],
    });
  });
});
