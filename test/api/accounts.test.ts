import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { tmfErrors, tmfFieldErrors } from '../support/tmf.ts';

const TMF629 = 'TMF629-Customer-v4.0.0.swagger.json';

const business = (over: Record<string, unknown> = {}) => ({
  kind: 'business',
  companyType: 'SAS',
  companyName: 'Transports Lefèvre',
  siret: '901 122 334 00021',
  email: 'flotte@transports-lefevre.fr',
  billingDay: 1,
  ...over,
});

/** Customer accounts over HTTP on the real server (ACC-01, ACC-02, ACC-05, CAL-06, TMF629). */
describe(`accounts over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let agent: Client;
  let agentB: Client;
  let installer: Client;
  let lefevreId: string;

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.db, 'alpha');
    b = await createTenant(t.db, 'bravo', { country: 'IL' });
    agent = await Client.login(t.url, a.users.agent.email);
    agentB = await Client.login(t.url, b.users.agent.email);
    installer = await Client.login(t.url, a.users.installer.email);
  });
  afterAll(() => t.close());

  const count = async (c: Client) => Number((await c.get('/api/accounts?limit=1')).body.total);

  it('ACC-01 a wrong SIRET is a 400 on /body/siret, in precise French, and writes nothing', async () => {
    const before = await count(agent);
    const res = await agent.post('/api/accounts', business({ siret: '123 456 789 01234' }));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('account.siret_checksum');
    expect(res.body.detail).toBe('Clé de contrôle du SIRET invalide : vérifiez les chiffres.');
    expect(res.body.errors).toEqual([
      {
        pointer: '/body/siret',
        code: 'account.siret_checksum',
        detail: 'Clé de contrôle du SIRET invalide : vérifiez les chiffres.',
      },
    ]);
    const short = await agent.post('/api/accounts', business({ siret: '901 122 334 000' }));
    expect(short.status).toBe(400);
    expect(short.body.detail).toBe('Le SIRET doit compter 14 chiffres (12 saisis).');
    expect(await count(agent)).toBe(before);
    const audit = await Client.login(t.url, a.users.admin.email);
    const events = await audit.get('/api/audit-events?entityType=account');
    expect(events.body.total).toBe(0);
  });

  it('ACC-01 ACC-05 every wrong field is named at once; English on request', async () => {
    const en = new Client(t.url, 'en');
    en.cookie = agent.cookie;
    en.csrf = agent.csrf;
    const res = await en.post('/api/accounts', {
      kind: 'business',
      companyType: '',
      companyName: 'X',
      siret: '8123456780001A',
      email: '',
      phone: '06 12',
      billingDay: 32,
    });
    expect(res.status).toBe(400);
    expect((res.body.errors as { pointer: string }[]).map((e) => e.pointer)).toEqual([
      '/body/companyType',
      '/body/siret',
      '/body/email',
      '/body/phone',
      '/body/billingDay',
    ]);
    expect(res.body.detail).toMatch(/legal form/);
  });

  it('ACC-01 ACC-02 CAL-06 creates a business: reference, E.164, next Billing Day, audit', async () => {
    const res = await agent.post(
      '/api/accounts',
      business({
        phone: '04 72 10 20 30',
        contacts: [{ name: 'Marc Lefèvre', role: 'Responsable flotte', mobile: '06 98 76 54 32' }],
        addresses: [{ kind: 'billing', line1: '18 avenue Jean Jaurès', postalCode: '69007', city: 'Lyon' }],
      }),
    );
    expect(res.status).toBe(201);
    lefevreId = String(res.body.id);
    expect(res.headers.get('location')).toBe(`/api/accounts/${lefevreId}`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(res.body).toMatchObject({
      reference: 'C-000001',
      siret: '90112233400021',
      displayName: 'Transports Lefèvre',
      phone: '+33472102030',
      country: 'FR',
      billingDay: 1,
      // CAL-06: the clock says 2026-11-23.
      nextBillingDate: '2026-12-01',
      status: 'active',
    });
    expect(res.body.contacts).toMatchObject([{ name: 'Marc Lefèvre', mobile: '+33698765432' }]);
    const history = await agent.get(`/api/accounts/${lefevreId}/history`);
    expect(history.status).toBe(200);
    expect(history.body.items?.[0]).toMatchObject({
      action: 'account.created',
      entityType: 'account',
      entityLabel: 'Transports Lefèvre (C-000001)',
    });
  });

  it('ACC-01 a second active account with the same SIRET is refused, naming the first', async () => {
    const res = await agent.post('/api/accounts', business({ companyName: 'Doublon' }));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('account.siret_taken');
    expect(res.body.detail).toMatch(/C-000001 \(Transports Lefèvre\)/);
  });

  it('ACC-02 finds an account by a contact phone typed in any form, and by name, SIRET, reference', async () => {
    const person = await agent.post('/api/accounts', {
      kind: 'person',
      firstName: 'Julien',
      lastName: 'Moreau',
      email: 'julien.moreau@example.fr',
      phone: '07 11 22 33 44',
      billingDay: 28,
    });
    expect(person.status).toBe(201);
    const find = async (q: string) =>
      ((await agent.get(`/api/accounts?q=${encodeURIComponent(q)}`)).body.items ?? []).map((x) =>
        String(x.displayName),
      );
    for (const q of ['06 98 76 54 32', '+33698765432', '0698765432', '+33 6 98 76 54 32']) {
      expect(await find(q), q).toEqual(['Transports Lefèvre']);
    }
    expect(await find('07.11.22.33.44')).toEqual(['Julien Moreau']);
    expect(await find('lefevre')).toEqual(['Transports Lefèvre']);
    expect(await find('Lefè')).toEqual(['Transports Lefèvre']);
    expect(await find('marc')).toEqual(['Transports Lefèvre']);
    expect(await find('901 122 334')).toEqual(['Transports Lefèvre']);
    expect(await find('90112233400021')).toEqual(['Transports Lefèvre']);
    expect(await find('C-000002')).toEqual(['Julien Moreau']);
    expect(await find('julien.moreau@example.fr')).toEqual(['Julien Moreau']);
    expect(await find('inconnu')).toEqual([]);
    const people = await agent.get('/api/accounts?kind=person');
    expect(people.body.total).toBe(1);
    expect(people.headers.get('x-total-count')).toBe('1');
    // A search longer than its page is counted with the page (a window), past its end by a count.
    const all = await agent.get('/api/accounts?q=C-00000&limit=200');
    const matches = (all.body.items ?? []).length;
    expect(matches).toBeGreaterThanOrEqual(2);
    for (const page of ['limit=1', `limit=1&offset=${matches - 1}`, `limit=5&offset=${matches + 3}`]) {
      const res = await agent.get(`/api/accounts?q=C-00000&${page}`);
      expect(res.body.total, page).toBe(matches);
      expect(res.headers.get('x-total-count'), page).toBe(String(matches));
    }
  });

  it('ACC-02 an Israeli tenant finds its customer by 054-123-4567 or +972541234567', async () => {
    const res = await agentB.post('/api/accounts', {
      kind: 'person',
      firstName: 'Noa',
      lastName: 'Levi',
      email: 'noa.levi@example.co.il',
      phone: '054-123-4567',
      billingDay: 10,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ phone: '+972541234567', country: 'IL', reference: 'C-000001' });
    for (const q of ['054-123-4567', '+972541234567', '+972 54-123-4567']) {
      const found = await agentB.get(`/api/accounts?q=${encodeURIComponent(q)}`);
      expect(found.body.total, q).toBe(1);
    }
  });

  it('tenant isolation: another tenant’s account is 404 everywhere and never listed', async () => {
    expect((await agentB.get(`/api/accounts/${lefevreId}`)).status).toBe(404);
    const patch = await agentB.patch(
      `/api/accounts/${lefevreId}`,
      { email: 'pirate@example.com' },
      { 'if-match': '"1"' },
    );
    expect(patch.status).toBe(404);
    expect((await agentB.post(`/api/accounts/${lefevreId}/contacts`, { name: 'Pirate' })).status).toBe(404);
    expect((await agentB.get(`/api/accounts/${lefevreId}/history`)).status).toBe(404);
    expect((await agentB.get(`/tmf-api/customerManagement/v4/customer/${lefevreId}`)).status).toBe(404);
    const list = await agentB.get('/api/accounts?q=lefevre');
    expect(list.body.total).toBe(0);
    const all = await agentB.get('/api/accounts?limit=200');
    expect(JSON.stringify(all.body)).not.toContain('Lefèvre');
    expect((await agent.get(`/api/accounts/${lefevreId}`)).body.email).toBe('flotte@transports-lefevre.fr');
  });

  it('updates need If-Match: 428 without, 412 when stale; a new Billing Day is audited', async () => {
    const path = `/api/accounts/${lefevreId}`;
    expect((await agent.patch(path, { billingDay: 15 })).status).toBe(428);
    expect((await agent.patch(path, { billingDay: 15 }, { 'if-match': '"7"' })).status).toBe(412);
    const ok = await agent.patch(path, { billingDay: 15 }, { 'if-match': '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    expect(ok.body).toMatchObject({ billingDay: 15, nextBillingDate: '2026-12-15', version: 2 });
    const bad = await agent.patch(path, { siret: '901 122 334 00022' }, { 'if-match': '"2"' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toMatchObject([{ pointer: '/body/siret' }]);
    const history = await agent.get(`${path}/history`);
    expect(history.body.items?.[0]).toMatchObject({
      action: 'account.updated',
      before: { billingDay: 1 },
      after: { billingDay: 15 },
    });
  });

  it('Idempotency-Key: a retried creation creates one account and replays the answer', async () => {
    const before = await count(agent);
    const body = business({
      companyName: 'Boulangerie Martin',
      siret: '812 345 678 00013',
      email: 'c@bm.fr',
    });
    const headers = { 'idempotency-key': 'creation-boulangerie-1' };
    const first = await agent.post('/api/accounts', body, headers);
    const second = await agent.post('/api/accounts', body, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body.id).toBe(first.body.id);
    expect(await count(agent)).toBe(before + 1);
  });

  it('concurrent creations each get their own reference number', async () => {
    const created = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        agent.post('/api/accounts', {
          kind: 'person',
          lastName: `Parallèle ${i}`,
          email: `p${i}@example.fr`,
          billingDay: 5,
        }),
      ),
    );
    expect(created.map((r) => r.status)).toEqual(Array(8).fill(201));
    const refs = new Set(created.map((r) => String(r.body.reference)));
    expect(refs.size).toBe(8);
    for (const r of refs) expect(r).toMatch(/^C-\d{6}$/);
    // Kept out of the lists the next tests count.
    for (const r of created) {
      const closed = await agent.patch(
        `/api/accounts/${String(r.body.id)}`,
        { status: 'closed' },
        { 'if-match': '"1"' },
      );
      expect(closed.status).toBe(200);
    }
  });

  it('contacts and addresses: add, change with If-Match, remove; one billing address only', async () => {
    const base = `/api/accounts/${lefevreId}`;
    const c = await agent.post(`${base}/contacts`, { name: 'Sophie Garnier', phone: '06 12' });
    expect(c.status).toBe(400);
    expect(c.body.errors).toMatchObject([{ pointer: '/body/phone', code: 'account.phone_invalid' }]);
    expect(String(c.body.detail)).toContain('06 12 34 56 78');
    const added = await agent.post(`${base}/contacts`, { name: 'Sophie Garnier', phone: '04 72 00 00 01' });
    expect(added.status).toBe(201);
    const contactId = String(added.body.id);
    const changed = await agent.patch(
      `${base}/contacts/${contactId}`,
      { mobile: '+33 7 00 00 00 01' },
      { 'if-match': '"1"' },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.mobile).toBe('+33700000001');
    expect((await agent.get(`/api/accounts?q=${encodeURIComponent('07 00 00 00 01')}`)).body.total).toBe(1);
    expect((await agent.get('/api/accounts?q=garnier')).body.total).toBe(1);
    expect((await agent.delete(`${base}/contacts/${contactId}`)).status).toBe(204);
    expect((await agent.get('/api/accounts?q=garnier')).body.total).toBe(0);

    const billing = await agent.post(`${base}/addresses`, {
      kind: 'billing',
      line1: '1 rue Autre',
      postalCode: '69001',
      city: 'Lyon',
    });
    expect(billing.status).toBe(409);
    expect(billing.body.code).toBe('account.billing_address_exists');
    const badZip = await agent.post(`${base}/addresses`, {
      line1: '4 rue du Progrès',
      postalCode: '692',
      city: 'V',
    });
    expect(badZip.status).toBe(400);
    expect(badZip.body.errors).toMatchObject([{ pointer: '/body/postalCode' }]);
    const site = await agent.post(`${base}/addresses`, {
      kind: 'site',
      label: 'Dépôt',
      line1: '4 rue du Progrès',
      postalCode: '69200',
      city: 'Vénissieux',
    });
    expect(site.status).toBe(201);
    const moved = await agent.patch(
      `${base}/addresses/${String(site.body.id)}`,
      { city: 'Vénissieux Sud' },
      { 'if-match': '"1"' },
    );
    expect(moved.body.city).toBe('Vénissieux Sud');
    const detail = await agent.get(base);
    expect((detail.body.addresses as unknown[]).length).toBe(2);
    const history = await agent.get(`${base}/history?limit=50`);
    const actions = (history.body.items ?? []).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'account.contact_added',
        'account.contact_updated',
        'account.contact_removed',
        'account.address_added',
        'account.address_updated',
      ]),
    );
  });

  it('closing and reopening an account is audited', async () => {
    const path = `/api/accounts/${lefevreId}`;
    const current = await agent.get(path);
    const closed = await agent.patch(
      path,
      { status: 'closed' },
      { 'if-match': String(current.headers.get('etag')) },
    );
    expect(closed.status).toBe(200);
    expect(closed.body.closedAt).not.toBeNull();
    const closedList = await agent.get('/api/accounts?status=closed&limit=200');
    expect((closedList.body.items ?? []).map((x) => x.id)).toContain(lefevreId);
    const reopened = await agent.patch(
      path,
      { status: 'active' },
      { 'if-match': String(closed.headers.get('etag')) },
    );
    expect(reopened.body).toMatchObject({ status: 'active', closedAt: null });
    const history = await agent.get(`${path}/history`);
    expect((history.body.items ?? []).slice(0, 2).map((e) => e.action)).toEqual([
      'account.reopened',
      'account.closed',
    ]);
  });

  it('policies: an installer may not read accounts', async () => {
    expect((await installer.get('/api/accounts')).status).toBe(403);
    expect((await installer.get('/tmf-api/customerManagement/v4/customer')).status).toBe(403);
  });

  it('TMF629 customer list and get validate against the official Customer definition', async () => {
    const list = await agent.get('/tmf-api/customerManagement/v4/customer?offset=0&limit=2');
    const total = await count(agent);
    // TMF630 (issue 15): a page that is not the whole list is 206 Partial Content.
    expect(list.status).toBe(total > 2 ? 206 : 200);
    const items = list.body as unknown as Record<string, unknown>[];
    expect(Array.isArray(items)).toBe(true);
    expect(items.length).toBe(2);
    expect(list.headers.get('x-total-count')).toBe(String(total));
    expect(list.headers.get('x-result-count')).toBe('2');
    for (const c of items) expect(tmfErrors(TMF629, 'Customer', c)).toEqual([]);
    // fields selects attributes (it was ignored before issue 15); id, href and @type stay.
    const picked = await agent.get('/tmf-api/customerManagement/v4/customer?offset=0&limit=2&fields=name');
    for (const c of picked.body as unknown as Record<string, unknown>[]) {
      expect(Object.keys(c).sort()).toEqual(['@type', 'href', 'id', 'name']);
      expect(tmfFieldErrors(TMF629, 'Customer', c)).toEqual([]);
    }

    const one = await agent.get(`/tmf-api/customerManagement/v4/customer/${lefevreId}`);
    expect(one.status).toBe(200);
    expect(tmfErrors(TMF629, 'Customer', one.body)).toEqual([]);
    expect(one.body).toMatchObject({
      id: lefevreId,
      href: `/tmf-api/customerManagement/v4/customer/${lefevreId}`,
      name: 'Transports Lefèvre',
      '@type': 'Customer',
      engagedParty: { id: lefevreId, '@referredType': 'Organization' },
    });
    const chars = one.body.characteristic as { name: string; value: unknown }[];
    expect(chars).toEqual(
      expect.arrayContaining([
        { name: 'siret', valueType: 'string', value: '90112233400021' },
        { name: 'billingDay', valueType: 'integer', value: 15 },
      ]),
    );
    const media = one.body.contactMedium as { mediumType: string; characteristic: Record<string, string> }[];
    expect(media.find((m) => m.mediumType === 'email')?.characteristic.emailAddress).toBe(
      'flotte@transports-lefevre.fr',
    );
    expect(media.find((m) => m.mediumType === 'phone')?.characteristic.phoneNumber).toBe('+33472102030');
    const person = items.find((c) => c.name === 'Julien Moreau');
    if (person) expect(person.engagedParty).toMatchObject({ '@referredType': 'Individual' });
    expect((await agent.get('/tmf-api/customerManagement/v4/customer/not-a-uuid')).status).toBe(404);
  });

  it('the outbox lists messages about one entity', async () => {
    const admin = await Client.login(t.url, a.users.admin.email);
    await admin.post('/api/users', { email: 'nouveau@alpha.test', displayName: 'Nouveau', role: 'agent' });
    const users = await admin.get('/api/users?q=nouveau');
    const userId = String(users.body.items?.[0]?.id);
    const mine = await admin.get(`/api/outbox?entityType=user&entityId=${userId}`);
    expect(mine.body.total).toBe(1);
    const none = await admin.get(`/api/outbox?entityType=account&entityId=${lefevreId}`);
    expect(none.body.total).toBe(0);
  });
});
