import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { runDueActions } from '../support/fleet.ts';
import { addTestInstaller, installerSignsIn } from '../support/referral.ts';

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

  const signIn = (key: string) => installerSignsIn(t, installers[key]!);

  async function addInstaller(key: string, body: Record<string, unknown>, charter: boolean) {
    installers[key] = await addTestInstaller(admin, key, body, charter);
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
  let customerId = '';

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
    customerId = id;
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
    // REF-04: no visit before the customer accepts the quote.
    const noQuote = await aix.post(`/api/referral/portal/referrals/${referralId}/visit`, {
      visitDate: '2026-12-17',
    });
    expect(noQuote.status).toBe(409);
    expect(noQuote.body.code).toBe('referral.quote_not_accepted');
    const quote = await aix.post(`/api/referral/portal/referrals/${referralId}/quote`, {
      decision: 'accepted',
    });
    expect(quote.status, JSON.stringify(quote.body)).toBe(200);
    expect(quote.body).toMatchObject({ status: 'contacted', quoteDecision: 'accepted' });
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
    // REF-09: the checklist waits for the pre-travel check, which needs equipment and credentials.
    const noCheck = await aix.post(`/api/referral/portal/referrals/${referralId}/checklist`, {
      items: { box: 'done' },
    });
    expect(noCheck.body.code).toBe('referral.pretravel_missing');
    const notReady = await aix.post(`/api/referral/portal/referrals/${referralId}/pretravel-check`, {
      equipmentReceived: true,
      credentialsReceived: false,
    });
    expect(notReady.status).toBe(422);
    expect(notReady.body).toMatchObject({
      code: 'referral.pretravel_incomplete',
      errors: [{ pointer: '/body/credentialsReceived' }],
    });
    const ready = await aix.post(`/api/referral/portal/referrals/${referralId}/pretravel-check`, {
      equipmentReceived: true,
      credentialsReceived: true,
    });
    expect(ready.status).toBe(200);
    expect(ready.body.pretravelCheckedAt).toBe('2026-12-03T09:00:00.000Z');
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

  const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n');
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const file = (kind: string, bytes: Buffer, fileName = `${kind}.pdf`) => ({
    kind,
    fileName,
    contentBase64: bytes.toString('base64'),
  });
  let couponId = '';

  it('REF-06 the installer issues one coupon after the installation, printed or on paper', async () => {
    const aix = await signIn('aix');
    const issued = await aix.post(`/api/referral/portal/referrals/${referralId}/coupon`, { medium: 'paper' });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const coupon = issued.body.coupon as Record<string, unknown>;
    expect(coupon).toMatchObject({
      amountMinor: 10_000,
      currency: 'EUR',
      medium: 'paper',
      returnedAt: null,
      files: [],
    });
    expect(String(coupon.code)).toMatch(/^BON-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    couponId = String(coupon.id);
    const again = await aix.post(`/api/referral/portal/referrals/${referralId}/coupon`, {
      medium: 'printed',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('referral.coupon_already_issued');
    // The agent sees the coupon on the customer's card.
    const card = await agent.get(`/api/referral/accounts/${customerId}`);
    expect((card.body.referrals as { coupon: { code: string } }[])[0]!.coupon.code).toBe(coupon.code);
  });

  it('REF-06 REF-08 the discount reaches the charges only with the coupon and both invoices; the installation is never charged', async () => {
    const charges = async () =>
      ((await agent.get(`/api/charges?accountId=${customerId}`)).body.items ?? []) as Record<
        string,
        unknown
      >[];
    // REF-08: referral, visit and checklist charged the customer nothing.
    expect(await charges()).toEqual([]);
    const path = `/api/referral/coupons/${couponId}/return`;
    const missing = await agent.post(path, {
      files: [file('coupon', PDF), file('internet_invoice', PDF)],
    });
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({
      code: 'referral.coupon_files_refused',
      errors: [{ pointer: '/body/files', code: 'missing_installation_invoice' }],
    });
    // A text file renamed .pdf is refused on its bytes.
    const fake = await agent.post(path, {
      files: [
        file('coupon', PDF),
        file('internet_invoice', PDF),
        file('installation_invoice', Buffer.from('<html>facture</html>')),
      ],
    });
    expect(fake.body.errors).toMatchObject([
      { pointer: '/body/files/2/contentBase64', code: 'type_refused' },
    ]);
    const big = Buffer.alloc(2 * 1024 * 1024 + 1);
    PDF.copy(big);
    const tooBig = await agent.post(path, {
      files: [file('coupon', big), file('internet_invoice', PDF), file('installation_invoice', PDF)],
    });
    expect(tooBig.status).toBe(422);
    expect(tooBig.body.errors).toMatchObject([{ pointer: '/body/files/0/contentBase64', code: 'too_large' }]);
    expect(await charges()).toEqual([]);
    // Nothing was half-written by the refusals.
    const card = await agent.get(`/api/referral/accounts/${customerId}`);
    expect((card.body.referrals as { coupon: { files: unknown[] } }[])[0]!.coupon.files).toEqual([]);

    const ok = await agent.post(path, {
      files: [
        file('coupon', PNG, 'bon.png'),
        file('internet_invoice', PDF),
        file('installation_invoice', PDF),
      ],
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const coupon = ok.body.coupon as { returnedAt: string; files: Record<string, unknown>[] };
    expect(coupon.returnedAt).toBe('2026-12-03T09:01:00.000Z');
    expect(coupon.files.map((f) => [f.kind, f.mediaType, f.sizeBytes])).toEqual([
      ['coupon', 'image/png', PNG.length],
      ['installation_invoice', 'application/pdf', PDF.length],
      ['internet_invoice', 'application/pdf', PDF.length],
    ]);
    // REF-06: the 100 € discount, once; REF-08: nothing for the installation.
    // Named for the agent, never by its code (the ledger asks the referral module).
    expect((await charges()).map((c) => [c.itemCode, c.itemName, c.amount, c.currency])).toEqual([
      ['referral-coupon', 'Remise parrainage installateur (bon retourné)', '-100.00', 'EUR'],
    ]);
    const twice = await agent.post(path, {
      files: [file('coupon', PNG), file('internet_invoice', PDF), file('installation_invoice', PDF)],
    });
    expect(twice.body.code).toBe('referral.coupon_already_returned');
    expect(await charges()).toHaveLength(1);
    // The file comes back as received, with its sniffed type; another tenant cannot read it.
    const got = await fetch(
      `${t.url}/api/referral/coupons/${couponId}/files/${String(coupon.files[0]!.id)}`,
      {
        headers: { cookie: agent.cookie },
      },
    );
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await got.arrayBuffer())).toEqual(PNG);
    const b = await createTenant(t.db, 'beta-coupons');
    const other = await Client.login(t.url, b.users.agent.email);
    expect(
      (await other.get(`/api/referral/coupons/${couponId}/files/${String(coupon.files[0]!.id)}`)).status,
    ).toBe(404);
    // The installer cannot record the return (it is the reseller's bill).
    const aix = await signIn('aix');
    expect((await aix.post(path, { files: [file('coupon', PDF)] })).status).toBe(403);
  });

  it('REF-04 a refused quote closes the referral: no visit, no coupon', async () => {
    await at('2026-12-03T10:00:00Z');
    const id = await customer('Bruno');
    await agent.post(`/api/referral/accounts/${id}/consents`, {
      purpose: 'Mise en relation',
      channel: 'phone',
    });
    const ref = await agent.post(`/api/referral/accounts/${id}/referrals`, referBody);
    const aix = await signIn('aix');
    const base = `/api/referral/portal/referrals/${String(ref.body.id)}`;
    await aix.post(`${base}/contact`);
    const refused = await aix.post(`${base}/quote`, { decision: 'refused' });
    expect(refused.body).toMatchObject({ status: 'quote_refused', quoteDecision: 'refused' });
    expect((await aix.post(`${base}/visit`, { visitDate: '2026-12-19' })).body.code).toBe(
      'referral.wrong_state',
    );
    expect((await aix.post(`${base}/coupon`, { medium: 'printed' })).body.code).toBe('referral.wrong_state');
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

  it('REF-04 a missed 48 h contact alerts the reseller and reassigns at once to the next nearest signed installer when the tenant chose "perform"', async () => {
    await at('2026-12-07T09:00:00Z');
    const perform = await admin.request('PUT', '/api/referral/settings', { missedContact: 'perform' });
    expect(perform.body).toEqual({ missedVisit: 'offer', missedContact: 'perform' });
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
    const offer = await admin.request('PUT', '/api/referral/settings', { missedContact: 'offer' });
    expect(offer.body).toEqual({ missedVisit: 'offer', missedContact: 'offer' });
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

  it('REF-04 a missed 48 h contact (offer, the default) marks the referral late and alerts the reseller; the agent reassigns it', async () => {
    await at('2026-12-15T09:00:00Z');
    expect((await admin.get('/api/referral/settings')).body).toEqual({
      missedVisit: 'offer',
      missedContact: 'offer',
    });
    const id = await customer('Fanny');
    await agent.post(`/api/referral/accounts/${id}/consents`, {
      purpose: 'Mise en relation',
      channel: 'phone',
    });
    const first = await agent.post(`/api/referral/accounts/${id}/referrals`, referBody);
    expect(first.body).toMatchObject({ installerCompany: 'Chambéry Paraboles', contactMissedAt: null });
    const early = await agent.post(`/api/referral/referrals/${String(first.body.id)}/reassign`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('referral.not_late');
    await at('2026-12-17T09:00:01Z');
    await runDueActions(t);
    const alertsOf = async () =>
      (await mails('referral.contact_missed')).filter((m) => String(m.subject).includes('Fanny Client'));
    const alerts = await alertsOf();
    expect(alerts.map((m) => m.recipient).sort()).toEqual(
      [a.users.admin.email, a.users.supervisor.email].sort(),
    );
    // Nothing is reassigned: the referral stays with its installer, marked late.
    const card = (await agent.get(`/api/referral/accounts/${id}`)).body.referrals as Record<
      string,
      unknown
    >[];
    expect(card).toHaveLength(1);
    expect(card[0]).toMatchObject({
      status: 'sent',
      installerCompany: 'Chambéry Paraboles',
      contactMissedAt: '2026-12-17T09:00:01.000Z',
      visitMissedAt: null,
    });
    await runDueActions(t);
    expect(await alertsOf()).toHaveLength(2);
    // The agent's « Réattribuer »: the next nearest signed, active installer; the days keep counting.
    const next = await agent.post(`/api/referral/referrals/${String(first.body.id)}/reassign`);
    expect(next.status, JSON.stringify(next.body)).toBe(200);
    expect(next.body).toMatchObject({
      status: 'sent',
      installerCompany: 'Grenoble Antennes',
      previousId: first.body.id,
      referredAt: '2026-12-15T09:00:00.000Z',
      contactMissedAt: null,
    });
    const old = (await agent.get(`/api/referral/accounts/${id}`)).body.referrals as Record<string, unknown>[];
    expect(old[1]).toMatchObject({ id: first.body.id, status: 'reassigned' });
    const again = await agent.post(`/api/referral/referrals/${String(first.body.id)}/reassign`);
    expect(again.body.code).toBe('referral.not_late');
  });
});
