/**
 * Child process of the `users-get` entry: one database (PGlite or PostgreSQL), and on it
 *  - the real Relais app (buildApp, production logger and config defaults),
 *  - a bare Fastify app running the store's own SQL for GET /api/users/:id,
 *  - on the platform's own createServer: ablation routes that add one piece of the Relais stack
 *    at a time, and candidate-fix routes (A, B, B + D, B + D without request logs) that do what
 *    a proposed change would do, with the real store, service and unit-of-work code.
 * Only one of them is under load at any moment; the parent drives everything over IPC.
 *
 * Env: BENCH_ENGINE (pglite | postgres), BENCH_DB_URL (postgres), BENCH_POOL, BENCH_LOG_LEVEL.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { PGlite } from '@electric-sql/pglite';
import { Type } from '@sinclair/typebox';
import Fastify, { type FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import { buildApp } from '../../src/app.ts';
import { defaultOperators } from '../../src/actions.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { systemClock } from '../../src/platform/clock.ts';
import type { Ctx, Deps } from '../../src/platform/context.ts';
import { APP_ROLE, tenantPrelude, wrap, type Db, type Row, type Tx } from '../../src/platform/db/db.ts';
import { AppError } from '../../src/platform/errors.ts';
import { openPglite } from '../../src/platform/db/pglite.ts';
import { openPostgres } from '../../src/platform/db/postgres.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { createServer, type App } from '../../src/platform/http/server.ts';
import { ProblemSchema, errorResponses } from '../../src/platform/http/schemas.ts';
import { etagOf } from '../../src/platform/http/etag.ts';
import { inTenant } from '../../src/platform/http/unit-of-work.ts';
import { authenticate } from '../../src/platform/auth/authenticate.ts';
import { parseApiToken, sha256 } from '../../src/platform/auth/credentials.ts';
import { allows } from '../../src/platform/auth/policies.ts';
import { actorOf, type Principal } from '../../src/platform/auth/principal.ts';
import { findApiToken, type TokenPrincipalRow } from '../../src/platform/auth/store.ts';
import { createSecretBox } from '../../src/platform/secrets/index.ts';
import { createActionRegistry } from '../../src/platform/jobs/index.ts';
import { UserSchema } from '../../src/modules/users/schemas.ts';
import { IdParams } from '../../src/platform/http/schemas.ts';
import * as userStore from '../../src/modules/users/store.ts';
import * as userService from '../../src/modules/users/service.ts';
import { toUser, type User } from '../../src/modules/users/service.ts';
import { createTenant, TEST_PASSWORD } from '../../test/support/app.ts';
import { reportFatal, serveParent } from '../lib/child.ts';

export interface UsersGetReady {
  engine: 'pglite' | 'postgres';
  engineVersion: string;
  relaisUrl: string;
  stackUrl: string;
  quietUrl: string;
  bareUrl: string;
  tenantId: string;
  userId: string;
  adminLogin: string;
  password: string;
  sql: string;
}

export interface DbBenchResult {
  ops: number;
  seconds: number;
  cpuMicros: number;
  roundTrips: number;
}

export interface ProfileSummary {
  file: string;
  busyMs: number;
  idleMs: number;
  categories: { name: string; ms: number }[];
  functions: { name: string; where: string; ms: number }[];
}

type AnyFn = (...args: unknown[]) => unknown;

const engine = process.env.BENCH_ENGINE === 'postgres' ? 'postgres' : 'pglite';
const dbUrl = process.env.BENCH_DB_URL;
const poolSize = Number(process.env.BENCH_POOL ?? '10');
const logLevel = process.env.BENCH_LOG_LEVEL ?? 'info';

/**
 * Round trips to the database: every PGlite query/exec/execProtocol call, every pg Client.query
 * not pipelined behind another one issued in the same tick. Counted by
 * wrapping the drivers' prototypes, so Relais' own adapters run unchanged. The PGlite wrapper
 * also hands us the instance Relais opened, so the bare route can use the very same one.
 */
let roundTrips = 0;
/** Requests that reached any of the servers (counted on arrival; all complete before a read). */
let served = 0;
function countRequests(server: { on(event: 'request', fn: () => void): unknown }): void {
  server.on('request', () => {
    served++;
  });
}
let pgliteInstance: PGlite | null = null;
function instrumentDrivers(): void {
  if (engine === 'pglite') {
    const proto = PGlite.prototype as unknown as { query: AnyFn; exec: AnyFn; execProtocol: AnyFn };
    // execProtocol: Db.read's one batch (PGlite's own query/exec do not go through it).
    for (const name of ['query', 'exec', 'execProtocol'] as const) {
      const original = proto[name];
      proto[name] = function (this: PGlite, ...args: unknown[]) {
        roundTrips++;
        return original.apply(this, args);
      };
    }
    const statics = PGlite as unknown as { create: AnyFn };
    const create = statics.create.bind(PGlite);
    statics.create = async (...args: unknown[]) => {
      pgliteInstance = (await create(...args)) as PGlite;
      return pgliteInstance;
    };
  } else {
    const proto = pg.Client.prototype as unknown as { query: AnyFn };
    const original = proto.query;
    // Queries a client issues in the same tick are pipelined (Db.read's four): one round trip.
    const issuing = new WeakSet<pg.Client>();
    proto.query = function (this: pg.Client, ...args: unknown[]) {
      if (!issuing.has(this)) {
        roundTrips++;
        issuing.add(this);
        queueMicrotask(() => issuing.delete(this));
      }
      return original.apply(this, args);
    };
  }
}

/** An SQL literal, as a driver would inline it (pg's escapeLiteral for text). */
function literal(v: unknown): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return pg.escapeLiteral(v.toISOString());
  return pg.escapeLiteral(String(v));
}

/**
 * Candidate D, as a `Db`: `tenant()` sends BEGIN, the RLS prelude, the (single) statement with
 * its parameters inlined, and COMMIT in one round trip. Only for single-statement reads.
 */
function oneTripDb(base: Db, run: (text: string) => Promise<Row[][]>): Db {
  return {
    engine: base.engine,
    system: (fn) => base.system(fn),
    read: (tenantId, sql, params) => base.read(tenantId, sql, params),
    listen: (channel, fn, onError) => base.listen(channel, fn, onError),
    close: () => base.close(),
    async tenant<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
      let used = false;
      const query = async (text: string, params: readonly unknown[] = []): Promise<Row[]> => {
        if (used) throw new Error('one-round-trip transactions run a single statement');
        used = true;
        const inlined = text.replace(/\$(\d+)/g, (_m, n: string) => literal(params[Number(n) - 1]));
        const results = await run(`${tenantPrelude(tenantId)}; ${inlined}; COMMIT`);
        return results[3] ?? [];
      };
      return fn(
        wrap(tenantId, query, () =>
          Promise.reject(new Error('exec is not available in a one-round-trip read')),
        ),
      );
    },
  };
}

/** The principal authenticate() builds from an API token row (src/platform/auth/authenticate.ts). */
function tokenPrincipal(tenantId: string, row: TokenPrincipalRow): Principal {
  return {
    kind: 'token',
    tenantId,
    userId: null,
    tokenId: row.id,
    sessionId: null,
    role: row.role,
    label: `API : ${row.name}`,
    csrfToken: null,
    mustChangePassword: false,
    customerAccountId: null,
  };
}

/** The SQL the store runs for GET /api/users/:id, captured from the store itself. */
function storeSql(): string {
  let sql = '';
  const capture = {
    maybeOne: (s: string) => {
      sql = s;
      return Promise.resolve(undefined);
    },
  } as unknown as Tx;
  void userStore.getUser(capture, '00000000-0000-0000-0000-000000000000');
  if (!/^SELECT [\s\S]+ FROM users WHERE id = \$1$/.test(sql))
    throw new Error(`unexpected store SQL: ${sql}`);
  return sql;
}

export interface PlanCost {
  /** Planning time per execution (ms), median of the runs: the statement planned each time. */
  adhoc: number;
  /** The same from a prepared statement once its plan is cached (after PostgreSQL's 5 custom plans). */
  prepared: number;
  /** Execution time (ms), median, for scale. */
  execution: number;
  runs: number;
}

/**
 * Plan cost of the store's SQL as the tenant: EXPLAIN ANALYZE of the statement sent with its
 * parameter (planned on every execution, as an unnamed statement is), against EXPLAIN ANALYZE
 * EXECUTE of a prepared statement past its first five (custom) plans, i.e. what Db.read's named
 * statements run from the plan cache.
 */
async function planCost(db: Db, tenantId: string, sql: string, userId: string): Promise<PlanCost> {
  const runs = 25;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  const explain = async (tx: Tx, text: string, params: unknown[]) => {
    const [row] = await tx.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, params);
    const raw = row?.['QUERY PLAN'];
    const plan = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
      'Planning Time': number;
      'Execution Time': number;
    }[];
    return plan[0] as { 'Planning Time': number; 'Execution Time': number };
  };
  return db.tenant(tenantId, async (tx) => {
    const adhoc: number[] = [];
    const prepared: number[] = [];
    const execution: number[] = [];
    for (let i = 0; i < runs; i++) {
      const p = await explain(tx, sql, [userId]);
      adhoc.push(p['Planning Time']);
      execution.push(p['Execution Time']);
    }
    await tx.exec(`PREPARE bench_plan_cost AS ${sql.replace('$1', `$1::uuid`)}`);
    try {
      for (let i = 0; i < runs + 5; i++) {
        const p = await explain(tx, `EXECUTE bench_plan_cost('${userId}')`, []);
        if (i >= 5) prepared.push(p['Planning Time']);
      }
    } finally {
      await tx.exec('DEALLOCATE bench_plan_cost');
    }
    return { adhoc: median(adhoc), prepared: median(prepared), execution: median(execution), runs };
  });
}

async function listen(app: { listen(o: { port: number; host: string }): Promise<string> }): Promise<string> {
  return app.listen({ port: 0, host: '127.0.0.1' });
}

async function main(): Promise<void> {
  instrumentDrivers();
  const sql = storeSql();
  let tmpDir: string | null = null;
  let db: Db;
  if (engine === 'pglite') {
    // On disk, like the embedded production mode (RELAIS_DATA_DIR/pgdata).
    tmpDir = await mkdtemp(path.join(os.tmpdir(), 'relais-bench-pglite-'));
    db = await openPglite(path.join(tmpDir, 'pgdata'));
  } else {
    if (!dbUrl) throw new Error('BENCH_DB_URL is required for postgres');
    db = await openPostgres(dbUrl, poolSize);
  }
  await migrate(db);
  const engineVersion = (await db.system((tx) => tx.one<{ v: string }>('SELECT version() AS v'))).v;

  // Two tenants, so row-level security has something to filter out.
  const tenant = await createTenant(db, 'bench-a');
  await createTenant(db, 'bench-b');
  const userId = tenant.users.supervisor.id;

  const secretKey = randomBytes(32).toString('base64');
  const config = loadConfig(
    { NODE_ENV: 'production', LOG_LEVEL: logLevel, RELAIS_DEMO: 'false', RELAIS_DB_POOL: String(poolSize) },
    { secretKey, databaseUrl: engine === 'postgres' ? dbUrl : undefined, dataDir: tmpDir ?? os.tmpdir() },
  );
  const deps: Deps = {
    config,
    db,
    clock: systemClock,
    secrets: createSecretBox({ key: secretKey }),
    operators: defaultOperators(),
    actions: createActionRegistry(),
  };

  // 1. Relais as it runs in production (logger: LOG_LEVEL to stdout, which the parent discards).
  const relais = await buildApp(deps);
  const relaisUrl = await listen(relais);

  // 2. Bare Fastify, same SQL, no Relais stack: no RLS transaction, no auth, no hooks, no schema.
  const barePool =
    engine === 'postgres' ? new pg.Pool({ connectionString: dbUrl, max: poolSize }) : undefined;
  barePool?.on('error', () => undefined);
  const pglite = pgliteInstance as PGlite | null;
  if (engine === 'pglite' && !pglite) throw new Error('PGlite instance not captured');
  const direct = async (id: string): Promise<Row | undefined> =>
    barePool ? (await barePool.query<Row>(sql, [id])).rows[0] : (await pglite!.query<Row>(sql, [id])).rows[0];
  const publicRow = (row: Row) => {
    const { password_hash: _hash, ...rest } = row;
    return rest;
  };
  const sample = await direct(userId);
  if (!sample) throw new Error('seeded user not found');
  const bareBody = publicRow(sample);

  const bare = Fastify({ logger: false });
  bare.get('/noop/users/:id', async () => bareBody);
  bare.get<{ Params: { id: string } }>('/users/:id', async (req, reply) => {
    const row = await direct(req.params.id);
    if (!row) return reply.code(404).send({ error: 'not found' });
    return publicRow(row);
  });
  const bareUrl = await listen(bare);

  // Candidate D: a whole tenant transaction as one simple-protocol message.
  const runOneTrip = async (text: string): Promise<Row[][]> => {
    if (barePool) {
      const client = await barePool.connect();
      try {
        const results = (await client.query(text)) as unknown as pg.QueryResult<Row>[];
        return results.map((r) => r.rows);
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    }
    return (await pglite!.exec(text)).map((r) => r.rows as Row[]);
  };

  // 3. The Relais platform stack (createServer: plugins, hooks, logger, metrics, auth) with bench
  //    routes that add one piece at a time, all answering through the real response schema.
  const stack: App = await createServer(deps);
  stack.addSchema(ProblemSchema);
  stack.addSchema(UserSchema);
  const schema = { params: IdParams, response: { 200: Type.Ref('User'), ...errorResponses } };
  const constantUser = toUser(sample as unknown as userStore.UserRow);
  type Reply = { header(k: string, v: string): unknown };
  const answer = (reply: Reply, user: User) => {
    reply.header('ETag', etagOf(user.version));
    return user;
  };
  // Ablations: the stack alone (no credentials, no DB), then the stack with the auth look-up only.
  stack.get('/api/bench/stack/users/:id', { schema, config: { policy: 'public' } }, async (_req, reply) =>
    answer(reply, constantUser),
  );
  stack.get(
    '/api/bench/stack-auth/users/:id',
    { schema, config: { policy: 'users.read' } },
    async (_req, reply) => answer(reply, constantUser),
  );

  // Candidate fixes, measured rather than projected. The credential travels in X-Bench-Token so
  // that the platform's onRequest hook (route policy `public`) does not authenticate it again.
  const tokenOf = (req: FastifyRequest): string => {
    const t = req.headers['x-bench-token'];
    if (typeof t !== 'string') throw new AppError('auth.required');
    return t;
  };
  const guard = (req: FastifyRequest, p: Principal | null): Principal => {
    if (!p) throw new AppError('auth.token_invalid');
    if (!allows('users.read', p.role)) throw new AppError('auth.forbidden');
    req.principal = p;
    return p;
  };
  // A. The auth look-up and the use case in one tenant transaction.
  stack.get(
    '/api/bench/fix-one-tx/users/:id',
    { schema, config: { policy: 'public' } },
    async (req, reply) => {
      const parsed = parseApiToken(tokenOf(req));
      if (!parsed) throw new AppError('auth.token_invalid');
      const now = deps.clock.now();
      const user = await deps.db.tenant(parsed.tenantId, async (tx) => {
        const row = await findApiToken(tx, sha256(parsed.secret), now);
        const p = guard(req, row ? tokenPrincipal(parsed.tenantId, row) : null);
        const ctx: Ctx = {
          tx,
          tenantId: p.tenantId,
          actor: actorOf(p),
          now,
          requestId: req.id,
          locale: req.locale,
        };
        return userService.getUser(ctx, req.params.id);
      });
      return answer(reply, user);
    },
  );
  // B. A principal cache in front of authenticate() (hit path: SHA-256 + LRU get), then the real
  //    route code (inTenant + users service).
  const principals = new LRUCache<string, Principal>({ max: 10_000, ttl: 10_000 });
  const cachedPrincipal = async (token: string): Promise<Principal | null> => {
    const key = sha256(token);
    const hit = principals.get(key);
    if (hit) return hit;
    const p = await authenticate(deps, undefined, `Bearer ${token}`);
    if (p) principals.set(key, p);
    return p;
  };
  stack.get(
    '/api/bench/fix-cached/users/:id',
    { schema, config: { policy: 'public' } },
    async (req, reply) => {
      guard(req, await cachedPrincipal(tokenOf(req)));
      return answer(reply, await inTenant(deps, req, (ctx) => userService.getUser(ctx, req.params.id)));
    },
  );
  // B + D. The same, with the data read sent as one round trip (prelude; query; COMMIT).
  const oneTripDeps: Deps = { ...deps, db: oneTripDb(db, runOneTrip) };
  const cachedOneTrip =
    (d: Deps) => async (req: FastifyRequest<{ Params: { id: string } }>, reply: Reply) => {
      guard(req, await cachedPrincipal(tokenOf(req)));
      return answer(reply, await inTenant(d, req, (ctx) => userService.getUser(ctx, req.params.id)));
    };
  stack.get(
    '/api/bench/fix-cached-1rt/users/:id',
    { schema, config: { policy: 'public' } },
    cachedOneTrip(oneTripDeps),
  );
  await stack.ready();
  const stackUrl = await listen(stack);

  // B + D + request logging off: a platform stack whose logger is at `warn`, so Fastify's two
  // per-request `info` lines are not written (the logging half of C, at its most).
  const quietDeps: Deps = { ...oneTripDeps, config: { ...config, logLevel: 'warn' } };
  const quiet: App = await createServer(quietDeps);
  quiet.addSchema(ProblemSchema);
  quiet.addSchema(UserSchema);
  quiet.get(
    '/api/bench/fix-quiet/users/:id',
    { schema, config: { policy: 'public' } },
    cachedOneTrip(quietDeps),
  );
  await quiet.ready();
  const quietUrl = await listen(quiet);
  for (const app of [relais, bare, stack, quiet]) countRequests(app.server);

  let credentials: { token: string; cookie: string } | null = null;
  // The RLS floor: the query on a connection already scoped (session-level role and tenant), so
  // the only RLS cost left is the policy predicate. Not a proposal (session state on pooled
  // connections is what SET LOCAL avoids), a bound for what plumbing changes can reach.
  const scopeSession = `SET ROLE ${APP_ROLE}; SELECT set_config('relais.tenant_id', '${tenant.id}', false)`;
  const floorPool =
    engine === 'postgres' ? new pg.Pool({ connectionString: dbUrl, max: poolSize }) : undefined;
  floorPool?.on('error', () => undefined);
  floorPool?.on('connect', (client) => {
    // Queued before any query the pool hands this client to.
    client.query(scopeSession).catch(() => undefined);
  });
  const floor = async (): Promise<Row | undefined> =>
    floorPool
      ? (await floorPool.query<Row>(sql, [userId])).rows[0]
      : (await pglite!.query<Row>(sql, [userId])).rows[0];
  const dbSetup: Record<string, { before(): Promise<void>; after(): Promise<void> }> = {
    'rls-floor': {
      before: async () => {
        if (pglite) await pglite.exec(scopeSession);
      },
      after: async () => {
        if (pglite) await pglite.exec(`RESET ROLE; SELECT set_config('relais.tenant_id', '', false)`);
      },
    },
  };

  const dbOps: Record<string, () => Promise<unknown>> = {
    query: () => direct(userId),
    'rls-floor': floor,
    'system-tx': () => db.system((tx) => tx.maybeOne(sql, [userId])),
    'tenant-tx': () => db.tenant(tenant.id, (tx) => tx.maybeOne(sql, [userId])),
    'tenant-tx-1rt': () => oneTripDeps.db.tenant(tenant.id, (tx) => tx.maybeOne(sql, [userId])),
    read: async () => (await db.read(tenant.id, sql, [userId]))[0],
    'auth-token': () => authenticate(deps, undefined, `Bearer ${credentials?.token}`),
    'auth-session': () => authenticate(deps, credentials?.cookie, undefined),
  };

  let profiler: Session | null = null;
  const loop = async (fn: () => Promise<unknown>, seconds: number, concurrency: number) => {
    const cpu0 = process.cpuUsage();
    const rt0 = roundTrips;
    const t0 = performance.now();
    const deadline = t0 + seconds * 1000;
    let ops = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < deadline) {
          await fn();
          ops++;
        }
      }),
    );
    const cpu = process.cpuUsage(cpu0);
    return {
      ops,
      seconds: (performance.now() - t0) / 1000,
      cpuMicros: cpu.user + cpu.system,
      roundTrips: roundTrips - rt0,
    } satisfies DbBenchResult;
  };

  const ready: UsersGetReady = {
    engine,
    engineVersion,
    relaisUrl,
    stackUrl,
    quietUrl,
    bareUrl,
    tenantId: tenant.id,
    userId,
    adminLogin: tenant.users.admin.email,
    password: TEST_PASSWORD,
    sql,
  };
  serveParent(
    ready,
    {
      cpu: () => {
        const u = process.cpuUsage();
        return u.user + u.system;
      },
      roundTrips: () => roundTrips,
      served: () => served,
      planCost: () => planCost(db, tenant.id, sql, userId),
      credentials: (args) => {
        credentials = args as { token: string; cookie: string };
        return null;
      },
      dbBench: async (args) => {
        const { op, seconds, warmup, concurrency } = args as {
          op: string;
          seconds: number;
          warmup: number;
          concurrency: number;
        };
        const fn = dbOps[op];
        if (!fn) throw new Error(`unknown op ${op}`);
        const setup = dbSetup[op];
        await setup?.before();
        try {
          const result = await fn();
          if (!result) throw new Error(`${op} returned nothing`);
          // Warm-up: new pool connections, plan caches, JIT.
          if (warmup > 0) await loop(fn, warmup, concurrency);
          return await loop(fn, seconds, concurrency);
        } finally {
          await setup?.after();
        }
      },
      profileStart: async () => {
        profiler = new Session();
        profiler.connect();
        await profiler.post('Profiler.enable');
        await profiler.post('Profiler.setSamplingInterval', { interval: 200 });
        await profiler.post('Profiler.start');
        return null;
      },
      profileStop: async (args) => {
        if (!profiler) throw new Error('profiler not started');
        const { profile } = await profiler.post('Profiler.stop');
        profiler.disconnect();
        profiler = null;
        const file = path.join(os.tmpdir(), `relais-bench-${(args as { label: string }).label}.cpuprofile`);
        await writeFile(file, JSON.stringify(profile));
        return summarizeProfile(profile, file);
      },
    },
    async () => {
      await relais.close().catch(() => undefined);
      await stack.close().catch(() => undefined);
      await quiet.close().catch(() => undefined);
      await bare.close().catch(() => undefined);
      await barePool?.end().catch(() => undefined);
      await floorPool?.end().catch(() => undefined);
      await db.close().catch(() => undefined);
      if (tmpDir) await rm(tmpDir, { recursive: true, force: true });
    },
  );
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/** Self time by package / source file, from a V8 CPU profile. */
function summarizeProfile(
  profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] },
  file: string,
): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const cats = new Map<string, number>();
  const fns = new Map<string, { name: string; where: string; ms: number }>();
  let idle = 0;
  let busy = 0;
  samples.forEach((id, i) => {
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const cat = category(node.callFrame.url, node.callFrame.functionName);
    if (cat === 'idle') {
      idle += ms;
      return;
    }
    busy += ms;
    cats.set(cat, (cats.get(cat) ?? 0) + ms);
    const name = node.callFrame.functionName || '(anonymous)';
    const where = shortUrl(node.callFrame.url, node.callFrame.lineNumber);
    const key = `${name}@${where}`;
    const f = fns.get(key) ?? { name, where, ms: 0 };
    f.ms += ms;
    fns.set(key, f);
  });
  return {
    file,
    busyMs: busy,
    idleMs: idle,
    categories: [...cats.entries()].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms),
    functions: [...fns.values()].sort((a, b) => b.ms - a.ms).slice(0, 15),
  };
}

function category(url: string, fn: string): string {
  if (fn === '(idle)') return 'idle';
  if (fn === '(garbage collector)') return 'V8 garbage collector';
  if (fn === '(program)') return 'V8/native, unattributed (program)';
  if (url.startsWith('wasm://') || url.endsWith('.wasm')) return 'PGlite engine (WebAssembly)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = url.slice(nm + '/node_modules/'.length).split('/');
    const pkg = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? '?');
    return `npm: ${pkg}`;
  }
  if (url.startsWith('node:')) {
    const mod = url.slice(5).replace(/^internal\//, '');
    if (/^(_http|http|net|stream|streams|dns|tcp|url|timers)/.test(mod)) return 'node core: http/net/streams';
    if (/crypto/.test(mod)) return 'node core: crypto';
    return 'node core: other';
  }
  const src = url.indexOf('/src/');
  if (src >= 0) {
    const p = url.slice(src + 1);
    if (p.includes('/platform/http/')) return 'relais: src/platform/http';
    if (p.includes('/platform/auth/')) return 'relais: src/platform/auth';
    if (p.includes('/platform/db/')) return 'relais: src/platform/db';
    return 'relais: other src';
  }
  if (url.includes('/bench/')) return 'bench harness';
  if (url === '' && fn === 'writeString') return 'pino output (fs writeString to stdout)';
  if (url === '' && /^(writev|writeBuffer|write\w*String|readStart|readStop)$/.test(fn)) {
    return 'socket I/O syscalls (native writev/writeBuffer)';
  }
  if (url === '') return 'V8 builtins (JSON, RegExp, …)';
  return `other: ${url.slice(0, 60)}`;
}

function shortUrl(url: string, line: number): string {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('/node_modules/');
  const short =
    nm >= 0 ? url.slice(nm + '/node_modules/'.length) : url.replace(/^file:\/\/.*?\/(src|bench)\//, '$1/');
  return `${short}:${line + 1}`;
}

main().catch(reportFatal);
