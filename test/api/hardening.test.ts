import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { testEngine } from '../support/db.ts';
import { iccid, simCsv } from '../support/stock.ts';
import { buildApp } from '../../src/app.ts';

const business = (over: Record<string, unknown> = {}) => ({
  kind: 'business',
  companyType: 'SAS',
  companyName: 'Transports Lefèvre',
  siret: '901 122 334 00021',
  email: 'flotte@transports-lefevre.fr',
  billingDay: 1,
  ...over,
});

/** Issue 8 §4: the fixes at the edges, each over the real server and database. */
describe(`hardening at the edges (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let b: TenantFixture;
  let agent: Client;
  let admin: Client;
  let accountId: string;
  let accountIdB: string;

  beforeAll(async () => {
    t = await startTestApp();
    a = await createTenant(t.db, 'alpha');
    b = await createTenant(t.db, 'bravo');
    agent = await Client.login(t.url, a.users.agent.email);
    admin = await Client.login(t.url, a.users.admin.email);
    const created = await agent.post('/api/accounts', business());
    expect(created.status).toBe(201);
    accountId = String(created.body.id);
    const agentB = await Client.login(t.url, b.users.agent.email);
    accountIdB = String((await agentB.post('/api/accounts', business())).body.id);
  }, 240_000);
  afterAll(() => t.close());

  it('a NUL character in a query string, a body or a path is a 400 naming the field, never a 500', async () => {
    const q = await agent.get('/api/accounts?q=lef%00evre');
    expect(q.status).toBe(400);
    expect(q.body.code).toBe('validation.failed');
    expect(q.body.errors).toEqual([
      { pointer: '/query/q', code: 'nulCharacter', detail: "Le caractère nul (\\u0000) n'est pas accepté." },
    ]);
    const body = await agent.post('/api/accounts', business({ companyName: 'Transports\u0000Lefèvre' }));
    expect(body.status).toBe(400);
    expect(body.body.errors).toEqual([expect.objectContaining({ pointer: '/body/companyName' })]);
    const nested = await admin.patch(
      '/api/tenant',
      { legalName: 'ok', 'bad\u0000key': 1 },
      { 'if-match': '"1"' },
    );
    expect(nested.status).toBe(400);
    const inPath = await agent.get('/api/stock/sims/8933%00');
    expect(inPath.status).toBeLessThan(500);
  });

  it('a "__proto__" key anywhere in a JSON body is a 400 naming that field, and nothing is written', async () => {
    const before = (await agent.get('/api/accounts')).body;
    // A computed key makes "__proto__" an own property, so JSON.stringify sends it as a key.
    const top = await agent.post('/api/accounts', { ...business(), ['__proto__']: { admin: true } });
    expect(top.status).toBe(400);
    expect(top.body.code).toBe('validation.failed');
    expect(top.body.errors).toEqual([expect.objectContaining({ pointer: '/body/__proto__' })]);
    const nested = await agent.post('/api/accounts', business({ email: { ['__proto__']: {} } }));
    expect(nested.status).toBe(400);
    expect(nested.body.errors).toEqual([expect.objectContaining({ pointer: '/body/email/__proto__' })]);
    const ctor = await agent.post(
      '/api/accounts',
      business({ companyName: { constructor: { prototype: {} } } }),
    );
    expect(ctor.status).toBe(400);
    expect(ctor.body.errors).toEqual([expect.objectContaining({ pointer: '/body/companyName/constructor' })]);
    // A field merely named "constructor" holding text is the route's own business (unknown here).
    const plain = await agent.post('/api/accounts', business({ constructor: 'x' }));
    expect(plain.status).toBe(400);
    expect(plain.body.errors).toEqual([
      expect.objectContaining({ pointer: '/body/constructor', code: 'additionalProperties' }),
    ]);
    expect((await agent.get('/api/accounts')).body).toEqual(before);
  });

  it('a 2 MB CSV cell is echoed cut at 300 characters, not twice in full', async () => {
    const huge = 'x'.repeat(2_000_000);
    const res = await agent.post('/api/stock/sims/import', {
      csv: simCsv([{ iccid: iccid(1), network: huge }]),
    });
    expect(res.status).toBe(400);
    expect(res.text.length).toBeLessThan(4_000);
    expect(res.text).toContain(`${'x'.repeat(300)}…`);
    expect(res.text).not.toContain('x'.repeat(301));
  });

  it('an account e-mail with a display name is refused at input with a field error', async () => {
    const res = await agent.post('/api/accounts', business({ email: '"Evil"<attacker@evil.test>' }));
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({ pointer: '/body/email', code: 'account.email_invalid' }),
    ]);
    const user = await admin.post('/api/users', {
      email: 'Evil <attacker@evil.test>',
      displayName: 'Evil',
      role: 'agent',
    });
    expect(user.status).toBe(400);
    expect(user.body.errors).toEqual([expect.objectContaining({ pointer: '/body/email', code: 'format' })]);
  });

  it("a user's customer account: fleet managers only, and only an account of the user's own reseller", async () => {
    const notFleet = await admin.post('/api/users', {
      email: 'agent2@alpha.test',
      displayName: 'Agent 2',
      role: 'agent',
      customerAccountId: accountId,
    });
    expect(notFleet.status).toBe(400);
    expect(notFleet.body.code).toBe('user.customer_account_not_allowed');
    expect(notFleet.body.errors).toEqual([expect.objectContaining({ pointer: '/body/customerAccountId' })]);
    for (const id of [accountIdB, '0190f1c4-0000-7000-8000-000000000000']) {
      const unknown = await admin.post('/api/users', {
        email: 'flotte@alpha.test',
        displayName: 'Flotte',
        role: 'fleet_manager',
        customerAccountId: id,
      });
      expect(unknown.status).toBe(400);
      expect(unknown.body.code).toBe('user.customer_account_unknown');
    }
    const missing = await admin.post('/api/users', {
      email: 'flotte@alpha.test',
      displayName: 'Flotte',
      role: 'fleet_manager',
    });
    expect(missing.body.code).toBe('user.customer_required');
    const ok = await admin.post('/api/users', {
      email: 'flotte@alpha.test',
      displayName: 'Flotte',
      role: 'fleet_manager',
      customerAccountId: accountId,
    });
    expect(ok.status).toBe(201);
    const id = String((ok.body.user as { id: string }).id);
    // The database holds the same rules, whatever writes to it.
    await expect(
      t.db.tenant(a.id, (tx) =>
        tx.query(`UPDATE users SET customer_account_id = $2 WHERE id = $1`, [id, accountIdB]),
      ),
    ).rejects.toThrow();
    await expect(
      t.db.tenant(a.id, (tx) =>
        tx.query(`UPDATE users SET customer_account_id = $2 WHERE id = $1`, [a.users.agent.id, accountId]),
      ),
    ).rejects.toThrow();
    // Leaving the role leaves the account.
    const read = await admin.get(`/api/users/${id}`);
    const demoted = await admin.patch(
      `/api/users/${id}`,
      { role: 'agent' },
      { 'if-match': String(read.headers.get('etag')) },
    );
    expect(demoted.status).toBe(200);
    expect(demoted.body.customerAccountId).toBeNull();
  });

  it('the SECURITY DEFINER search pins pg_catalog first and pg_temp last, and relais_app cannot create temporary objects', async () => {
    const fn = await t.db.system((tx) =>
      tx.one<{ config: string[]; src: string; temp: boolean }>(
        `SELECT p.proconfig AS config, p.prosrc AS src,
                has_database_privilege('relais_app', current_database(), 'TEMPORARY') AS temp
           FROM pg_proc p WHERE p.proname = 'relais_search_accounts'`,
      ),
    );
    expect(fn.config).toEqual(['search_path=pg_catalog, public, pg_temp']);
    expect(fn.src).toMatch(/FROM public\.customer_accounts/);
    expect(fn.src).toMatch(/FROM public\.account_contacts/);
    expect(fn.src).not.toMatch(/FROM (customer_accounts|account_contacts)\b/);
    expect(fn.temp).toBe(false);
    await expect(
      t.db.tenant(a.id, (tx) => tx.query(`CREATE TEMP TABLE customer_accounts (id uuid)`)),
    ).rejects.toThrow(/permission denied/);
    // The search still finds by word and by e-mail.
    expect((await agent.get('/api/accounts?q=lefevre')).body.total).toBe(1);
    expect((await agent.get('/api/accounts?q=flotte@transports-lefevre.fr')).body.total).toBe(1);
  });

  it('/metrics does not exist without RELAIS_METRICS_TOKEN', async () => {
    const res = await fetch(`${t.url}/metrics`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('relais_http_request_duration_seconds');
  });

  it('an SVG logo is sanitised by an allowlist: entity-encoded javascript: and foreignObject do not survive', async () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 60">' +
      '<a href="jav&#x61;script:alert(document.cookie)"><rect width="120" height="60" fill="#0a5"/></a>' +
      '<foreignObject width="120" height="60"><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.test"/></body></foreignObject>' +
      '</svg>';
    const tenant = await admin.get('/api/tenant');
    const res = await admin.patch(
      '/api/tenant',
      { logoDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` },
      { 'if-match': String(tenant.headers.get('etag')) },
    );
    expect(res.status).toBe(200);
    const stored = Buffer.from(String(res.body.logoDataUrl).split(',')[1] ?? '', 'base64').toString('utf8');
    expect(stored).toMatch(/^<svg /);
    expect(stored).toContain('<rect');
    expect(stored).not.toMatch(/javascript|jav&#x61;|foreignObject|iframe|href/i);
  });

  it('source maps are never served, even when a build leaves one', async () => {
    const webDir = await mkdtemp(path.join(os.tmpdir(), 'relais-web-'));
    try {
      await mkdir(path.join(webDir, 'assets'));
      await writeFile(path.join(webDir, 'index.html'), '<!doctype html><title>Relais</title>');
      await writeFile(
        path.join(webDir, 'assets', 'app.js'),
        'console.log(1);\n//# sourceMappingURL=app.js.map',
      );
      await writeFile(path.join(webDir, 'assets', 'app.js.map'), '{"version":3,"sources":["secret.ts"]}');
      const app = await buildApp(t.deps, { logger: false, webDir });
      try {
        expect((await app.inject({ method: 'GET', url: '/assets/app.js' })).statusCode).toBe(200);
        const map = await app.inject({ method: 'GET', url: '/assets/app.js.map' });
        expect(map.statusCode).toBe(404);
        expect(map.body).not.toContain('secret.ts');
      } finally {
        await app.close();
      }
    } finally {
      await rm(webDir, { recursive: true, force: true });
    }
  });
});
