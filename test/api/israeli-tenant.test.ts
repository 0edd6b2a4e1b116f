import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';

/**
 * Issue 11 §6 over HTTP: the product families a tenant sells (a tenant setting admins change),
 * Israeli customers identified by their ח.פ. / ת.ז. with the check digit, Israeli phones by default.
 */
describe(`an Israeli reseller (${testEngine})`, () => {
  let t: TestApp;
  let il: TenantFixture;
  let fr: TenantFixture;
  let agent: Client;
  let admin: Client;
  let agentFr: Client;

  beforeAll(async () => {
    t = await startTestApp();
    il = await createTenant(t.db, 'shalom', { country: 'IL' });
    fr = await createTenant(t.db, 'bonjour');
    agent = await Client.login(t.url, il.users.agent.email);
    admin = await Client.login(t.url, il.users.admin.email);
    agentFr = await Client.login(t.url, fr.users.agent.email);
  });
  afterAll(() => t.close());

  const families = async (c: Client) =>
    ((await c.get('/api/session')).body.tenant as { productFamilies: string[] }).productFamilies;

  const person = (over: Record<string, unknown> = {}) => ({
    kind: 'person',
    firstName: 'Noa',
    lastName: 'Levi',
    email: 'noa.levi@example.co.il',
    phone: '054-123-4567',
    billingDay: 10,
    ...over,
  });

  it('the tenant says which product families it sells; only an admin changes it, audited', async () => {
    expect(await families(agent)).toEqual(['mobile']);
    const before = await admin.get('/api/tenant');
    const etag = before.headers.get('etag') ?? '';
    expect(
      (await agent.patch('/api/tenant', { productFamilies: ['internet'] }, { 'if-match': etag })).status,
    ).toBe(403);
    const empty = await admin.patch('/api/tenant', { productFamilies: [] }, { 'if-match': etag });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toMatchObject([
      { pointer: '/body/productFamilies', code: 'tenant.product_families_invalid' },
    ]);
    const unknown = await admin.patch('/api/tenant', { productFamilies: ['tv'] }, { 'if-match': etag });
    expect(unknown.status).toBe(400);
    const ok = await admin.patch(
      '/api/tenant',
      { productFamilies: ['internet', 'internet'] },
      { 'if-match': etag },
    );
    expect(ok.status).toBe(200);
    expect(ok.body.productFamilies).toEqual(['internet']);
    expect(await families(agent)).toEqual(['internet']);
    const events = await admin.get('/api/audit-events?entityType=tenant');
    expect(events.body.items?.[0]).toMatchObject({
      action: 'tenant.updated',
      before: { productFamilies: ['mobile'] },
      after: { productFamilies: ['internet'] },
    });
    // Another tenant's setting is untouched.
    expect(await families(agentFr)).toEqual(['mobile']);
  });

  it('what a tenant does not sell cannot be ordered through the API either: 422, nothing written', async () => {
    // The Israeli tenant now sells internet only (test above); the French one mobile only.
    const mobile = await agent.post('/api/orders', {
      accountId: '00000000-0000-4000-8000-000000000000',
      configuration: 'unit',
      lines: [{ offer: 'any', userName: 'Noa Levi', simType: 'pin', portability: false }],
    });
    expect(mobile.status).toBe(422);
    // The family by its French name, never its code (review of issue 11).
    expect(mobile.body).toMatchObject({
      code: 'tenant.family_not_sold',
      detail:
        'Ce revendeur ne vend pas de téléphonie mobile : un administrateur peut l’ajouter dans les paramètres.',
    });
    expect((await agent.get('/api/orders?limit=1')).body.total).toBe(0);
    const internet = await agentFr.post('/api/internet/subscriptions', {
      accountId: '00000000-0000-4000-8000-000000000000',
      operator: 'hot',
      masap: '123456',
      planCode: 'any',
      address: 'Rehov Herzl 1, Tel Aviv',
    });
    expect(internet.status).toBe(422);
    expect(internet.body).toMatchObject({ code: 'tenant.family_not_sold' });
    expect((await agentFr.get('/api/internet/subscription-list?limit=1')).body.total).toBe(0);
  });

  it('ACC-01 a ת.ז. with a bad check digit is a 400 on /body/nationalId, in precise French; nothing written', async () => {
    const res = await agent.post('/api/accounts', person({ nationalId: '123456783' }));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'account.il_id_checksum',
      detail: 'Chiffre de contrôle du ת.ז. invalide (le dernier chiffre) : vérifiez les chiffres saisis.',
    });
    expect(res.body.errors).toMatchObject([{ pointer: '/body/nationalId', code: 'account.il_id_checksum' }]);
    expect((await agent.get('/api/accounts?limit=1')).body.total).toBe(0);
  });

  it('ACC-01 ACC-02 an Israeli person with a ת.ז. and an Israeli phone; found by the number; one account per number', async () => {
    const res = await agent.post('/api/accounts', person({ nationalId: '12345678-2' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      country: 'IL',
      phone: '+972541234567',
      nationalIdKind: 'il_identity',
      nationalId: '123456782',
      siret: null,
    });
    const found = await agent.get('/api/accounts?q=123456782');
    expect((found.body.items ?? []).map((a) => a.id)).toEqual([res.body.id]);
    const again = await agent.post('/api/accounts', person({ firstName: 'Dana', nationalId: '123456782' }));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'account.il_id_taken' });
  });

  it('ACC-01 an Israeli business needs its ח.פ.; a French account takes no Israeli number', async () => {
    const business = {
      kind: 'business',
      companyType: 'Ltd',
      companyName: 'Cohen Computers',
      email: 'office@cohen.co.il',
      billingDay: 1,
    };
    const missing = await agent.post('/api/accounts', business);
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toMatchObject([
      { pointer: '/body/nationalId', code: 'account.il_id_required' },
    ]);
    const ok = await agent.post('/api/accounts', { ...business, nationalId: '52-001395-4' });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ nationalIdKind: 'il_company', nationalId: '520013954' });
    const french = await agentFr.post('/api/accounts', {
      kind: 'person',
      lastName: 'Martin',
      email: 'martin@example.fr',
      billingDay: 1,
      nationalId: '123456782',
    });
    expect(french.status).toBe(400);
    expect(french.body.errors).toMatchObject([
      { pointer: '/body/nationalId', code: 'account.il_id_outside_israel' },
    ]);
  });

  it('an internet-only reseller declares incidents on its internet access only: a mobile or ADSL incident is a 422, nothing written', async () => {
    // The Israeli tenant sells internet only (first test): no mobile line, no French copper access.
    const customer = await agent.post(
      '/api/accounts',
      person({
        firstName: 'Avi',
        email: 'avi@example.co.il',
        phone: '052-765-4321',
        nationalId: '000000018',
      }),
    );
    expect(customer.status, JSON.stringify(customer.body)).toBe(201);
    const incident = (service: string) => ({
      accountId: customer.body.id,
      service,
      channel: 'phone',
      priority: 'normal',
      title: 'Plus d’internet depuis ce matin',
    });
    const mobile = await agent.post('/api/incidents', incident('mobile'));
    expect(mobile.status).toBe(422);
    expect(mobile.body).toMatchObject({
      code: 'tenant.family_not_sold',
      detail:
        'Ce revendeur ne vend pas de téléphonie mobile : un administrateur peut l’ajouter dans les paramètres.',
    });
    const adsl = await agent.post('/api/incidents', incident('adsl'));
    expect(adsl.status).toBe(422);
    expect(adsl.body).toMatchObject({ code: 'support.service_not_offered' });
    expect(String(adsl.body.detail)).toContain('incident ADSL');
    expect(adsl.body.errors).toMatchObject([
      { pointer: '/body/service', code: 'support.service_not_offered' },
    ]);
    expect((await agent.get('/api/incidents?limit=1')).body.total).toBe(0);
    const fibre = await agent.post('/api/incidents', incident('fibre'));
    expect(fibre.status, JSON.stringify(fibre.body)).toBe(201);
    // The French reseller (mobile) keeps the desk's services.
    const french = await agentFr.post('/api/accounts', {
      kind: 'person',
      lastName: 'Martin',
      email: 'martin@example.fr',
      billingDay: 1,
    });
    expect(french.status, JSON.stringify(french.body)).toBe(201);
    for (const service of ['mobile', 'adsl'])
      expect(
        (await agentFr.post('/api/incidents', { ...incident(service), accountId: french.body.id })).status,
      ).toBe(201);
  });
});
