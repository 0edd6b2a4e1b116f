import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionRegistry, defaultOperators } from '../../src/actions.ts';
import { buildApp } from '../../src/app.ts';
import { ManualClock } from '../../src/platform/clock.ts';
import { loadConfig } from '../../src/platform/config.ts';
import type { App } from '../../src/platform/http/server.ts';
import { createSecretBox } from '../../src/platform/secrets/index.ts';
import { createTestDb, type TestDb } from '../support/db.ts';

// The built UI as web/vite.config.ts writes it: each text asset with its .br and .gz beside it.
const JS = 'export const x = 1;\n'.repeat(200);
const HTML = '<!doctype html><html lang="fr"><body><div id="root"></div></body></html>';

describe('built web UI: precompressed, cached by fingerprint', () => {
  let dir: string;
  let app: App;
  let testDb: TestDb;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'relais-web-'));
    await mkdir(path.join(dir, 'assets'));
    for (const [name, body] of [
      ['index.html', HTML],
      ['assets/index-abc123.js', JS],
    ] as const) {
      await writeFile(path.join(dir, name), body);
      await writeFile(path.join(dir, `${name}.gz`), gzipSync(body));
      await writeFile(path.join(dir, `${name}.br`), brotliCompressSync(body));
    }
    testDb = await createTestDb();
    const config = loadConfig({ LOG_LEVEL: 'silent', RELAIS_DEMO: 'false' }, { databaseUrl: testDb.url });
    const deps = {
      config,
      db: testDb.db,
      clock: new ManualClock('2026-11-23T09:00:00Z'),
      secrets: createSecretBox({ key: Buffer.alloc(32, 1).toString('base64') }),
      operators: defaultOperators(),
      actions: buildActionRegistry(),
    };
    app = await buildApp(deps, { logger: false, webDir: dir });
  });

  afterAll(async () => {
    await app?.close();
    await testDb?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('sends the brotli file to a browser that accepts it, with Vary and a year-long immutable cache', async () => {
    const res = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.rawPayload.length).toBeLessThan(JS.length / 10);
  });

  it('falls back to gzip, then to the plain file, for clients that do not accept brotli', async () => {
    const gz = await app.inject({ url: '/assets/index-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(JS);
    expect(String(plain.headers.vary)).toMatch(/accept-encoding/i);
  });

  it('serves index.html for client-side routes, compressed and never cached without revalidation', async () => {
    const res = await app.inject({ url: '/accounts/42', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
  });
});
