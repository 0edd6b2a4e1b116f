import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';

/**
 * A user or token of one tenant gets 404 for every resource of another tenant and never sees it
 * in a list. Row-level security does it, not the handlers: these tests go through HTTP.
 */
describe(`tenant isolation over HTTP (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let adminA: Client;
  let adminB: Client;
  let tokenA: Client;
  let bTokenId: string;

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.db, 'alpha');
    b = await createTenant(t.db, 'bravo', { country: 'IL' });
    adminA = await Client.login(t.url, a.users.admin.email);
    adminB = await Client.login(t.url, b.users.admin.email);
    const created = await adminA.post('/api/tokens', { name: 'intégration', role: 'admin' });
    expect(created.status).toBe(201);
    tokenA = Client.withToken(t.url, String(created.body.secret));
    const bToken = await adminB.post('/api/tokens', { name: 'bravo-int', role: 'agent' });
    bTokenId = String((bToken.body.token as { id: string }).id);
    // Something in B's outbox and audit log.
    await adminB.post('/api/users', {
      email: 'nouvel.agent@bravo.test',
      displayName: 'Nouvel agent',
      role: 'agent',
    });
  });
  afterAll(() => t.close());

  for (const who of ['session', 'token'] as const) {
    const client = () => (who === 'session' ? adminA : tokenA);

    it(`${who}: reading another tenant's user is 404`, async () => {
      const res = await client().get(`/api/users/${b.users.agent.id}`);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('resource.not_found');
    });

    it(`${who}: changing another tenant's user is 404 and changes nothing`, async () => {
      const res = await client().patch(
        `/api/users/${b.users.agent.id}`,
        { displayName: 'pirate' },
        { 'if-match': '"1"' },
      );
      expect(res.status).toBe(404);
      const check = await adminB.get(`/api/users/${b.users.agent.id}`);
      expect(check.body.displayName).toBe('agent bravo');
    });

    it(`${who}: resetting another tenant's password is 404`, async () => {
      expect((await client().post(`/api/users/${b.users.agent.id}/password-reset`)).status).toBe(404);
    });

    it(`${who}: revoking another tenant's token is 404`, async () => {
      expect((await client().delete(`/api/tokens/${bTokenId}`)).status).toBe(404);
    });

    it(`${who}: lists never show another tenant's rows`, async () => {
      const users = await client().get('/api/users?limit=200');
      const emails = (users.body.items ?? []).map((u) => String(u.email));
      expect(emails.length).toBeGreaterThanOrEqual(5);
      expect(emails.every((e) => e.endsWith('@alpha.test'))).toBe(true);
      const tokens = await client().get('/api/tokens?limit=200');
      expect((tokens.body.items ?? []).some((x) => x.id === bTokenId)).toBe(false);
      const audit = await client().get('/api/audit-events?limit=200');
      expect(JSON.stringify(audit.body)).not.toContain('bravo');
      const outbox = await client().get('/api/outbox?limit=200');
      expect(JSON.stringify(outbox.body)).not.toContain('bravo');
      const actions = await client().get('/api/pending-actions?limit=200');
      expect(actions.status).toBe(200);
      const tenant = await client().get('/api/tenant');
      expect(tenant.body.slug).toBe('alpha');
    });

    it(`${who}: another tenant's outbox message is 404`, async () => {
      const bOutbox = await adminB.get('/api/outbox?limit=1');
      const id = String(bOutbox.body.items?.[0]?.id);
      expect((await client().get(`/api/outbox/${id}`)).status).toBe(404);
      expect((await client().post(`/api/outbox/${id}/retry`)).status).toBe(404);
    });
  }

  it('a token naming another tenant in its prefix but with a foreign secret is refused', async () => {
    const forged = String(tokenA.bearer).replace(/^relais_[0-9a-f]{32}/, `relais_${b.id.replace(/-/g, '')}`);
    const res = await Client.withToken(t.url, forged).get('/api/users');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('auth.token_invalid');
  });
});
