import { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { buildActionRegistry, defaultOperators } from '../../src/actions.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import type { Deps } from '../../src/platform/context.ts';
import { LOG_REDACT, type App } from '../../src/platform/http/server.ts';
import type { WorkerLogger } from '../../src/platform/jobs/logger.ts';
import { createMailer, deliverOutbox } from '../../src/platform/notify/index.ts';
import { createSecretBox } from '../../src/platform/secrets/index.ts';
import { Client, createTenant, TEST_PASSWORD, type TenantFixture } from '../support/app.ts';
import { createTestDb, testEngine, type TestDb } from '../support/db.ts';
import { linkTokenFor } from '../support/links.ts';

/**
 * Issue 8 item 5, property-based: whatever users, resets, set-password links, API tokens and
 * password changes happen, in any order and with any names, logins and passwords, no password and
 * no token (API token secret, session cookie, CSRF token) is ever found in a stored e-mail or SMS,
 * an idempotency row, an audit event or a log line (the server's pino lines and the worker's).
 * A set-password link appears only in the body of its own access e-mail, never in what an agent
 * reads, and nowhere at all once it has been used and the e-mail delivered.
 */
describe(`no credential at rest or in logs, property-based (${testEngine})`, () => {
  let t: TestDb;
  let app: App;
  let url: string;
  let a: TenantFixture;
  let admin: Client;
  let agent: Client;
  const clock = new ManualClock('2026-11-23T09:00:00Z');
  const lines: string[] = [];
  const capture = (level: string) => (obj: Record<string, unknown>, msg?: string) =>
    void lines.push(`${level} ${msg ?? ''} ${JSON.stringify(obj)}`);
  const workerLogger: WorkerLogger = {
    debug: capture('debug'),
    info: capture('info'),
    warn: capture('warn'),
    error: capture('error'),
  };
  /** Never anywhere: passwords, API token secrets, session cookie secrets, CSRF tokens. */
  const secrets = new Set<string>([TEST_PASSWORD]);
  /** Link tokens already used: nowhere once their e-mail is delivered. */
  const usedLinks = new Set<string>();
  /** Every link token issued: never in an idempotency row, an audit event, a log or an agent's view. */
  const allLinks = new Set<string>();
  const users: { id: string; email: string }[] = [];
  let counter = 0;

  beforeAll(async () => {
    t = await createTestDb();
    const key = randomBytes(32).toString('base64');
    const config = loadConfig(
      { LOG_LEVEL: 'trace', RELAIS_DEMO: 'false', RELAIS_LOGIN_MAX_ATTEMPTS: '10000' },
      { secretKey: key, databaseUrl: t.url },
    );
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const deps: Deps = {
      config,
      db: t.db,
      clock,
      secrets: createSecretBox({ key }),
      operators: defaultOperators(),
      actions: buildActionRegistry(),
    };
    app = await buildApp(deps, {
      logger: { level: 'trace', redact: { paths: LOG_REDACT, censor: '[redacted]' }, stream },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    a = await createTenant(t.db, 'proprietes');
    admin = await Client.login(url, a.users.admin.email);
    agent = await Client.login(url, a.users.agent.email);
    for (const c of [admin, agent]) {
      secrets.add(c.csrf);
      secrets.add(c.cookie.split('.')[1] ?? c.cookie);
    }
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const displayName = fc
    .string({ minLength: 1, maxLength: 60 })
    .filter((s) => /\S/.test(s) && !s.includes('\u0000'));
  const password = fc
    .string({ minLength: 12, maxLength: 40 })
    .filter((s) => !s.includes('\u0000'))
    // A marker keeps a shrunk value ("            ") from matching unrelated text by chance.
    .map((s) => `pw${++counter}§${s}`);
  const idem = fc.boolean();
  const op = fc.oneof(
    fc.record({
      kind: fc.constant('createUser' as const),
      name: displayName,
      role: fc.constantFrom('admin', 'supervisor', 'agent', 'installer'),
      locale: fc.constantFrom('fr', 'en'),
      login: fc.option(fc.stringMatching(/^[a-z0-9._-]{3,20}$/), { nil: undefined }),
      idem,
    }),
    fc.record({ kind: fc.constant('reset' as const), pick: fc.nat(), idem }),
    fc.record({ kind: fc.constant('useLink' as const), pick: fc.nat(), password }),
    fc.record({
      kind: fc.constant('token' as const),
      name: displayName,
      role: fc.constantFrom('admin', 'agent'),
      idem,
    }),
    fc.record({ kind: fc.constant('changePassword' as const), pick: fc.nat(), password }),
    fc.record({ kind: fc.constant('deliver' as const) }),
  );
  type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

  const key = (on: boolean): Record<string, string> => (on ? { 'idempotency-key': `k-${++counter}` } : {});
  const expectNo5xx = (res: { status: number; text: string }) => {
    expect(res.status, res.text).toBeLessThan(500);
  };

  /** Where a user's own password is known, to change it. */
  const known = new Map<string, string>();

  async function run(o: Op): Promise<void> {
    switch (o.kind) {
      case 'createUser': {
        const email = `u${++counter}@proprietes.test`;
        const res = await admin.post(
          '/api/users',
          {
            email,
            displayName: o.name,
            role: o.role,
            locale: o.locale,
            ...(o.login ? { login: o.login } : {}),
          },
          key(o.idem),
        );
        expectNo5xx(res);
        if (res.status === 201) {
          const id = String((res.body.user as { id: string }).id);
          users.push({ id, email });
          allLinks.add(await linkTokenFor(admin, id));
        }
        return;
      }
      case 'reset': {
        const u = users[o.pick % Math.max(1, users.length)];
        if (!u) return;
        const res = await admin.post(`/api/users/${u.id}/password-reset`, undefined, key(o.idem));
        expectNo5xx(res);
        known.delete(u.id);
        allLinks.add(await linkTokenFor(admin, u.id));
        return;
      }
      case 'useLink': {
        const u = users[o.pick % Math.max(1, users.length)];
        if (!u) return;
        // Once used (or replaced), the e-mail keeps no link: nothing to follow.
        const link = await linkTokenFor(admin, u.id).catch(() => null);
        if (!link) return;
        const res = await new Client(url).post('/api/password-links/use', {
          token: link,
          newPassword: o.password,
        });
        expectNo5xx(res);
        if (res.status === 200) {
          usedLinks.add(link);
          secrets.add(o.password);
          known.set(u.id, o.password);
        }
        return;
      }
      case 'token': {
        const res = await admin.post('/api/tokens', { name: o.name, role: o.role }, key(o.idem));
        expectNo5xx(res);
        if (res.status === 201) {
          const secret = String(res.body.secret);
          secrets.add(secret);
          secrets.add(secret.slice(-43));
        }
        return;
      }
      case 'changePassword': {
        const u =
          users.find((x, i) => known.has(x.id) && i >= o.pick % Math.max(1, users.length)) ??
          users.find((x) => known.has(x.id));
        if (!u) return;
        const current = known.get(u.id) ?? '';
        const c = await Client.login(url, u.email, current);
        secrets.add(c.csrf);
        secrets.add(c.cookie.split('.')[1] ?? c.cookie);
        const res = await c.post('/api/session/password', {
          currentPassword: current,
          newPassword: o.password,
        });
        expectNo5xx(res);
        if (res.status === 204) {
          secrets.add(o.password);
          known.set(u.id, o.password);
        }
        return;
      }
      case 'deliver': {
        const mailer = createMailer({ mailFrom: 'Relais <no-reply@relais.test>' });
        await deliverOutbox({ db: t.db, clock, mailer, logger: workerLogger });
        await mailer.close();
        return;
      }
    }
  }

  async function checkInvariants(): Promise<void> {
    const { outbox, keys, audit } = await t.db.system(async (tx) => ({
      outbox: await tx.query<{ sensitive: boolean; template: string; status: string; row: string }>(
        `SELECT sensitive, template, status, row_to_json(o)::text AS row FROM outbox o`,
      ),
      keys: await tx.query<{ row: string }>(`SELECT row_to_json(k)::text AS row FROM idempotency_keys k`),
      audit: await tx.query<{ row: string }>(`SELECT row_to_json(e)::text AS row FROM audit_events e`),
    }));
    const logs = lines.join('\n');
    const places: [string, string][] = [
      ...outbox.map((r) => [`outbox ${r.template}`, r.row] as [string, string]),
      ...keys.map((r) => ['idempotency row', r.row] as [string, string]),
      ...audit.map((r) => ['audit event', r.row] as [string, string]),
      ['logs', logs],
    ];
    for (const [where, text] of places)
      for (const s of secrets) expect(text.includes(s), `${where} holds a secret`).toBe(false);
    for (const link of allLinks) {
      const secret = link.split('.')[1] ?? link;
      for (const [where, text] of places) {
        if (where.startsWith('outbox')) continue;
        expect(text.includes(secret), `${where} holds a set-password link`).toBe(false);
      }
      for (const r of outbox) {
        if (!r.row.includes(secret)) continue;
        // Only in an access e-mail, and not once the link was used and the e-mail went out.
        expect(r.sensitive).toBe(true);
        expect(usedLinks.has(link) && r.status === 'sent').toBe(false);
      }
    }
    // What an agent reads of the outbox holds no link.
    const list = await agent.get('/api/outbox?limit=1000');
    for (const item of list.body.items ?? []) {
      const one = await agent.get(`/api/outbox/${String(item.id)}`);
      expect(one.text).not.toMatch(/set-password#/);
      for (const s of secrets) expect(one.text.includes(s)).toBe(false);
    }
  }

  it('issue 8: no password or token in stored e-mails, idempotency rows, audit events or logs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 5 }), async (ops) => {
        for (const o of ops) await run(o);
        await run({ kind: 'deliver' });
        await checkInvariants();
      }),
      { numRuns: 12 },
    );
  });
});
