import { buildActionRegistry, defaultOperators } from '../../src/actions.ts';
import type { OperatorGateway } from '../../src/modules/orders/operators/operator-gateway.ts';
import { randomBytes } from 'node:crypto';
import { buildApp } from '../../src/app.ts';
import type { RelaisModule } from '../../src/platform/module.ts';
import { loadConfig, type Config } from '../../src/platform/config.ts';
import { ManualClock, newId } from '../../src/platform/clock.ts';
import type { Deps } from '../../src/platform/context.ts';
import type { Db } from '../../src/platform/db/db.ts';
import type { App } from '../../src/platform/http/server.ts';
import { hashPassword } from '../../src/platform/auth/passwords.ts';
import type { Role } from '../../src/platform/auth/principal.ts';
import { createSecretBox } from '../../src/platform/secrets/index.ts';
import { createTestDb, type TestDb } from './db.ts';
import { loadCatalog } from '../../src/modules/catalog/load.ts';
import { loadInternetCatalog } from '../../src/modules/internet/load-catalog.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let cachedHash: Promise<string> | undefined;

export interface TestApp {
  app: App;
  url: string;
  db: Db;
  testDb: TestDb;
  clock: ManualClock;
  deps: Deps;
  close(): Promise<void>;
}

/** The real server on a real database, listening on a random loopback port. */
export async function startTestApp(
  env: Record<string, string> = {},
  clock = new ManualClock('2026-11-23T09:00:00Z'),
  /** The modules to run when a test adds one of its own (default: Relais' list). */
  modules?: readonly RelaisModule[],
  /** The operators' systems (issue 9 §5): a test injects a slow or failing simulator. */
  services: { operators?: OperatorGateway } = {},
): Promise<TestApp> {
  const testDb = await createTestDb();
  await loadCatalog(testDb.db);
  await loadInternetCatalog(testDb.db);
  const config: Config = loadConfig(
    { LOG_LEVEL: 'silent', RELAIS_DEMO: 'false', ...env },
    { secretKey: randomBytes(32).toString('base64'), databaseUrl: testDb.url },
  );
  const secrets = createSecretBox({ key: config.secretKey ?? '' });
  const operators = services.operators ?? defaultOperators();
  const deps: Deps = {
    config,
    db: testDb.db,
    clock,
    secrets,
    operators,
    actions: buildActionRegistry(modules, { operators }),
  };
  const app = await buildApp(deps, { logger: false, ...(modules ? { modules } : {}) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  return {
    app,
    url,
    db: testDb.db,
    testDb,
    clock,
    deps,
    async close() {
      await app.close();
      await testDb.close();
    },
  };
}

export interface TenantFixture {
  id: string;
  slug: string;
  users: Record<Role, { id: string; email: string }>;
}

/** A tenant with one active user per role, all with TEST_PASSWORD and no forced change. */
export async function createTenant(
  db: Db,
  slug: string,
  opts: { country?: 'FR' | 'IL'; now?: Date; productFamilies?: ('mobile' | 'internet')[] } = {},
): Promise<TenantFixture> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const hash = await cachedHash;
  const id = newId();
  const now = opts.now ?? new Date('2026-11-01T00:00:00Z');
  const country = opts.country ?? 'FR';
  const users = {} as TenantFixture['users'];
  await db.system(async (tx) => {
    await tx.query(
      `INSERT INTO tenants (id, slug, legal_name, country, time_zone, currency, created_at, updated_at,
                            product_families)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7, coalesce($8::text[], ARRAY['mobile']::text[]))`,
      [
        id,
        slug,
        `Revendeur ${slug}`,
        country,
        country === 'FR' ? 'Europe/Paris' : 'Asia/Jerusalem',
        country === 'FR' ? 'EUR' : 'ILS',
        now,
        opts.productFamilies ?? null,
      ],
    );
    await tx.scoped(id, async (s) => {
      for (const role of ['admin', 'supervisor', 'agent', 'fleet_manager', 'installer'] as Role[]) {
        const userId = newId();
        const email = `${role}@${slug}.test`;
        await s.query(
          `INSERT INTO users (tenant_id, id, email, display_name, role, customer_account_id, password_hash, must_change_password, created_at, updated_at)
           VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, false, $7, $7)`,
          // No customer account in a bare tenant: a test needing a fleet manager's account sets one.
          [userId, email, `${role} ${slug}`, role, null, hash, now],
        );
        users[role] = { id: userId, email };
      }
    });
  });
  return { id, slug, users };
}

/** A signed-in HTTP client: keeps the session cookie and sends the CSRF token on unsafe methods. */
export class Client {
  cookie = '';
  csrf = '';
  bearer = '';
  constructor(
    readonly base: string,
    readonly lang = 'fr',
  ) {}

  static async login(
    base: string,
    login: string,
    password = TEST_PASSWORD,
    extra: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<Client> {
    const c = new Client(base);
    const res = await c.request('POST', '/api/session', { login, password, ...extra }, headers);
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
    return c;
  }

  static withToken(base: string, token: string): Client {
    const c = new Client(base);
    c.bearer = token;
    return c;
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{
    status: number;
    body: Record<string, unknown> & { items?: Record<string, unknown>[] };
    headers: Headers;
    text: string;
  }> {
    const h: Record<string, string> = { 'accept-language': this.lang, ...headers };
    if (body !== undefined && !('content-type' in h)) h['content-type'] = 'application/json';
    if (this.cookie) h.cookie = this.cookie;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    const res = await fetch(this.base + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const m = /relais_session=([^;]*)/.exec(setCookie);
      if (m) this.cookie = m[1] ? `relais_session=${m[1]}` : '';
    }
    const text = await res.text();
    let parsed: Record<string, unknown>;
    try {
      parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      parsed = {};
    }
    if (path === '/api/session' && method !== 'DELETE' && res.status === 200)
      this.csrf = String(parsed.csrfToken);
    return {
      status: res.status,
      body: parsed as Record<string, unknown> & { items?: Record<string, unknown>[] },
      headers: res.headers,
      text,
    };
  }

  get(path: string, headers?: Record<string, string>) {
    return this.request('GET', path, undefined, headers);
  }
  post(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', path, body, headers);
  }
  patch(path: string, body: unknown, headers?: Record<string, string>) {
    return this.request('PATCH', path, body, headers);
  }
  delete(path: string, headers?: Record<string, string>) {
    return this.request('DELETE', path, undefined, headers);
  }
}
