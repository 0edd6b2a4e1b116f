import { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { buildActionRegistry, defaultOperators } from '../../src/actions.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { LOG_REDACT, type App } from '../../src/platform/http/server.ts';
import { createSecretBox } from '../../src/platform/secrets/index.ts';
import { createTestDb, type TestDb } from '../support/db.ts';
import { Client, createTenant, TEST_PASSWORD } from '../support/app.ts';
import { linkTokenFor } from '../support/links.ts';

describe('JSON logs', () => {
  let t: TestDb;
  let app: App;
  let url: string;
  const lines: string[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    const key = randomBytes(32).toString('base64');
    const config = loadConfig(
      { LOG_LEVEL: 'trace', RELAIS_DEMO: 'false' },
      { secretKey: key, databaseUrl: t.url },
    );
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    app = await buildApp(
      {
        config,
        db: t.db,
        clock: new ManualClock(),
        secrets: createSecretBox({ key }),
        operators: defaultOperators(),
        actions: buildActionRegistry(),
      },
      { logger: { level: 'trace', redact: { paths: LOG_REDACT, censor: '[redacted]' }, stream } },
    );
    await app.listen({ port: 0, host: '127.0.0.1' });
    const addr = app.server.address();
    url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('are JSON with a request id, and never hold passwords, cookies, tokens or set-password links', async () => {
    const tenant = await createTenant(t.db, 'journal');
    const admin = await Client.login(
      url,
      tenant.users.admin.email,
      TEST_PASSWORD,
      {},
      { 'x-request-id': 'demande-0001' },
    );
    const created = await admin.post('/api/users', {
      email: 'log@journal.test',
      displayName: 'Log',
      role: 'agent',
    });
    const token = await admin.post('/api/tokens', { name: 'log', role: 'agent' });
    // Issue 8: the set-password link travels in a request body, never in a log line.
    const link = await linkTokenFor(admin, String((created.body.user as { id: string }).id));
    const used = await new Client(url).post('/api/password-links/use', {
      token: link,
      newPassword: 'un mot de passe journalisé ?',
    });
    expect(used.status).toBe(200);
    await Client.withToken(url, String(token.body.secret)).get('/api/audit-events');
    const parsed = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    // One access line per request, with its status and duration.
    const access = parsed.filter((l) => l.msg === 'request');
    expect(access.length).toBeGreaterThanOrEqual(4);
    expect(access.every((l) => typeof l.statusCode === 'number' && typeof l.ms === 'number')).toBe(true);
    expect(parsed.some((l) => l.reqId === 'demande-0001')).toBe(true);
    const all = lines.join('\n');
    for (const secret of [
      TEST_PASSWORD,
      link,
      link.split('.')[1] ?? 'x',
      'un mot de passe journalisé ?',
      String(token.body.secret),
      admin.cookie.split('=')[1] ?? 'x',
      admin.csrf,
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});
