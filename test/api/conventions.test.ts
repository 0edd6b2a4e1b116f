import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTenant, startTestApp, type TenantFixture, type TestApp } from '../support/app.ts';
import { linkTokenFor } from '../support/links.ts';
import { testEngine } from '../support/db.ts';

async function countRows(t: TestApp, tenantId: string) {
  return t.db.tenant(tenantId, (tx) =>
    tx.one<{ users: number; audit: number; outbox: number; keys: number }>(
      `SELECT (SELECT count(*)::int FROM users) AS users, (SELECT count(*)::int FROM audit_events) AS audit,
              (SELECT count(*)::int FROM outbox) AS outbox, (SELECT count(*)::int FROM idempotency_keys) AS keys`,
    ),
  );
}

const METRICS_TOKEN = 'scraper-token-0123456789abcdefghijklmnop';

describe(`HTTP conventions (${testEngine})`, () => {
  let t: TestApp;
  let a: TenantFixture;
  let admin: Client;

  beforeAll(async () => {
    t = await startTestApp({ RELAIS_BODY_LIMIT: '4096', RELAIS_METRICS_TOKEN: METRICS_TOKEN });
    a = await createTenant(t.db, 'alpha');
    admin = await Client.login(t.url, a.users.admin.email);
  });
  afterAll(() => t.close());

  it('malformed JSON is a 400 problem and writes nothing', async () => {
    const before = await countRows(t, a.id);
    const res = await admin.post('/api/users', '{"email": "x@alpha.test", ');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
    expect(res.body.code).toBe('request.malformed_json');
    expect(await countRows(t, a.id)).toEqual(before);
  });

  it('unknown fields and wrong types are refused field by field, in French', async () => {
    const res = await admin.post('/api/users', {
      email: 'pas-un-email',
      displayName: 42,
      role: 'agent',
      admin: true,
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('validation.failed');
    const errors = res.body.errors as { pointer: string; code: string; detail: string }[];
    const byPointer = Object.fromEntries(errors.map((e) => [e.pointer, e]));
    expect(byPointer['/body/admin']?.code).toBe('additionalProperties');
    expect(byPointer['/body/admin']?.detail).toMatch(/Champ inconnu/);
    expect(byPointer['/body/email']?.code).toBe('format');
    expect(byPointer['/body/displayName']?.code).toBe('type');
  });

  it('answers in English when asked', async () => {
    const en = new Client(t.url, 'en-GB,en;q=0.9');
    en.cookie = admin.cookie;
    en.csrf = admin.csrf;
    const res = await en.post('/api/users', { displayName: 'X', role: 'agent' });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-language')).toBe('en');
    const errors = res.body.errors as { pointer: string; detail: string }[];
    expect(errors.find((e) => e.pointer === '/body/email')?.detail).toBe(
      '"E-mail address" is required: fill it in.',
    );
  });

  it('an oversize body is 413', async () => {
    const res = await admin.post('/api/users', {
      email: 'a@alpha.test',
      displayName: 'x'.repeat(5000),
      role: 'agent',
    });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('request.too_large');
  });

  it('Idempotency-Key: same key and body replays the response and creates once; other body is 422', async () => {
    const body = { email: 'idem@alpha.test', displayName: 'Idem', role: 'agent' };
    const key = { 'idempotency-key': 'cle-unique-001' };
    const first = await admin.post('/api/users', body, key);
    expect(first.status).toBe(201);
    const second = await admin.post('/api/users', body, key);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    const before = await countRows(t, a.id);
    const other = await admin.post('/api/users', { ...body, displayName: 'Autre' }, key);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('idempotency.key_reused');
    expect(await countRows(t, a.id)).toEqual(before);
    const list = await admin.get('/api/users?q=idem@alpha.test');
    expect(list.body.total).toBe(1);
  });

  it('concurrent retries with one Idempotency-Key create one user', async () => {
    const body = { email: 'concurrent@alpha.test', displayName: 'Concurrent', role: 'agent' };
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        admin.post('/api/users', body, { 'idempotency-key': 'cle-concurrente' }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    const ids = new Set(results.map((r) => (r.body.user as { id: string }).id));
    expect(ids.size).toBe(1);
    expect((await admin.get('/api/users?q=concurrent@alpha.test')).body.total).toBe(1);
  });

  it('updates need If-Match: 428 without, 412 when stale, 200 with the current ETag', async () => {
    const path = `/api/users/${a.users.admin.id}`;
    const read = await admin.get(path);
    const etag = String(read.headers.get('etag'));
    expect(etag).toMatch(/^"\d+"$/);
    expect((await admin.patch(path, { displayName: 'Sans etag' })).status).toBe(428);
    const ok = await admin.patch(path, { displayName: 'Agente renommée' }, { 'if-match': etag });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).not.toBe(etag);
    const stale = await admin.patch(path, { displayName: 'Écrasement' }, { 'if-match': etag });
    expect(stale.status).toBe(412);
    expect(stale.body.code).toBe('conflict.stale_version');
    expect((await admin.get(path)).body.displayName).toBe('Agente renommée');
  });

  it('lists paginate, filter and sort one way, with X-Total-Count', async () => {
    const page = await admin.get('/api/users?limit=2&offset=0&sort=-email');
    expect(page.status).toBe(200);
    expect(page.body.limit).toBe(2);
    expect(page.body.items).toHaveLength(2);
    expect(Number(page.headers.get('x-total-count'))).toBe(page.body.total);
    const emails = (page.body.items ?? []).map((u) => String(u.email));
    expect([...emails].sort().reverse()).toEqual(emails);
    const next = await admin.get('/api/users?limit=2&offset=2&sort=-email');
    expect((next.body.items ?? []).some((u) => emails.includes(String(u.email)))).toBe(false);
    const agents = await admin.get('/api/users?role=agent');
    expect((agents.body.items ?? []).every((u) => u.role === 'agent')).toBe(true);
    const bad = await admin.get('/api/users?sort=password');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation.failed');
    expect((await admin.get('/api/users?limit=500')).status).toBe(400);
  });

  it('unknown routes are problem+json 404', async () => {
    const res = await admin.get('/api/nope');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('route.not_found');
  });

  it('serves health, readiness, metrics, OpenAPI 3.1 and its docs', async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${t.url}/readyz`)).status).toBe(200);
    // Metrics only for the scraper holding the token.
    expect((await fetch(`${t.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${t.url}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const res = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('relais_http_request_duration_seconds');
    const doc = (await (await fetch(`${t.url}/api/docs/json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/users',
        '/api/users/{id}',
        '/api/tokens',
        '/api/audit-events',
        '/api/outbox',
      ]),
    );
    const docs = await fetch(`${t.url}/api/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).not.toMatch(/https?:\/\/(cdn|unpkg|jsdelivr)/);
  });

  it('sets security headers and a request id', async () => {
    const res = await fetch(`${t.url}/api/session`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-frame-options')).toBeTruthy();
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('every answer carries helmet’s security headers: a read, a refusal, an unknown route', async () => {
    // helmet runs once at start and its headers are copied onto each response (issue 14): the
    // same set must reach answers that end early (401 in the authentication hook, 404).
    const expected = {
      'content-security-policy':
        "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';" +
        "frame-ancestors 'none';img-src 'self' data:;object-src 'none';script-src 'self';" +
        "script-src-attr 'none';style-src 'self' 'unsafe-inline';connect-src 'self'",
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'SAMEORIGIN',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    };
    const read = await admin.get(`/api/users/${a.users.admin.id}`);
    const refused = await fetch(`${t.url}/api/users/${a.users.admin.id}`);
    const unknown = await fetch(`${t.url}/api/nulle-part`);
    expect([read.status, refused.status, unknown.status]).toEqual([200, 401, 404]);
    for (const headers of [read.headers, refused.headers, unknown.headers]) {
      for (const [name, value] of Object.entries(expected)) expect(headers.get(name), name).toBe(value);
      expect(headers.get('strict-transport-security')).toBeNull();
      expect(headers.get('x-powered-by')).toBeNull();
    }
  });

  it('every change is audited with who, when, before and after, secrets masked', async () => {
    const created = await admin.post('/api/users', {
      email: 'audite@alpha.test',
      displayName: 'Audité',
      role: 'agent',
    });
    const id = String((created.body.user as { id: string }).id);
    const audit = await admin.get(`/api/audit-events?entityType=user&entityId=${id}`);
    const event = audit.body.items?.[0] as {
      action: string;
      actorLabel: string;
      after: Record<string, unknown>;
    };
    expect(event.action).toBe('user.created');
    expect(event.actorLabel).toContain(a.users.admin.email);
    const link = await linkTokenFor(admin, id);
    expect(JSON.stringify(audit.body)).not.toContain(link.split('.')[1]);
    expect(JSON.stringify(audit.body)).not.toMatch(/argon2/);
  });
});
