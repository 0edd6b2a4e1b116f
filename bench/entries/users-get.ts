import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchEntry, EntryContext } from './types.ts';
import type { BenchOptions } from '../lib/cli.ts';
import type { DbBenchResult, PlanCost, ProfileSummary, UsersGetReady } from '../servers/users-get.ts';
import { startChild, type ChildServer } from '../lib/child.ts';
import { onInterrupt } from '../lib/cleanup.ts';
import {
  FAIR_CONNECTIONS,
  load,
  measure,
  selfCpuProbe,
  type Measurement,
  type Probe,
  type Target,
} from '../lib/load.ts';
import { previousRunSection } from '../lib/previous.ts';
import { backendCpuProbe, createBenchDatabase, serverVersion } from '../lib/pg.ts';
import { details, table } from '../lib/markdown.ts';
import { codeState, treeFingerprint } from '../lib/machine.ts';
import { fmt, median, pct, spreadPct } from '../lib/stats.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = fileURLToPath(new URL('../servers/users-get.ts', import.meta.url));
const TARGET_RATIO = 0.7;
/** Share of the machine's CPU taken by other processes above which a run counts as disturbed. */
const DISTURBED = 0.15;

type Engine = 'pglite' | 'postgres';
type VariantId =
  | 'bare'
  | 'relais-token'
  | 'relais-cookie'
  | 'bare-noop'
  | 'stack'
  | 'stack-auth'
  | 'fix-one-tx'
  | 'fix-cached'
  | 'fix-cached-1rt'
  | 'fix-quiet';

type Kind = 'headline' | 'ablation' | 'candidate';

interface Variant {
  id: VariantId;
  kind: Kind;
  label: string;
  what: string;
  target(r: UsersGetReady, creds: Credentials): Target;
}

interface Credentials {
  token: string;
  cookieValue: string;
}

const VARIANTS: Variant[] = [
  {
    id: 'bare',
    kind: 'headline',
    label: 'bare Fastify',
    what: 'plain `fastify()` route, the store’s SQL on a plain `pg.Pool` / the same PGlite instance, no transaction, no auth',
    target: (r) => ({ url: `${r.bareUrl}/users/${r.userId}` }),
  },
  {
    id: 'relais-token',
    kind: 'headline',
    label: 'Relais, API token',
    what: 'the real `GET /api/users/:id` (buildApp), `Authorization: Bearer …`',
    target: (r, c) => ({
      url: `${r.relaisUrl}/api/users/${r.userId}`,
      headers: { authorization: `Bearer ${c.token}` },
    }),
  },
  {
    id: 'relais-cookie',
    kind: 'headline',
    label: 'Relais, session cookie',
    what: 'the real `GET /api/users/:id` (buildApp), `Cookie: relais_session=…`',
    target: (r, c) => ({
      url: `${r.relaisUrl}/api/users/${r.userId}`,
      headers: { cookie: `relais_session=${c.cookieValue}` },
    }),
  },
  {
    id: 'bare-noop',
    kind: 'ablation',
    label: 'bare Fastify, no DB',
    what: 'bare route answering the same JSON from memory: the HTTP + Fastify floor',
    target: (r) => ({ url: `${r.bareUrl}/noop/users/${r.userId}` }),
  },
  {
    id: 'stack',
    kind: 'ablation',
    label: 'Relais stack, no auth, no DB',
    what: '`createServer()` (helmet, cookie, request id, locale, logger, metrics, schema serialization) around a constant user; policy `public`, no credentials',
    target: (r) => ({ url: `${r.stackUrl}/api/bench/stack/users/${r.userId}` }),
  },
  {
    id: 'stack-auth',
    kind: 'ablation',
    label: 'Relais stack + token authentication, no data query',
    what: 'as `stack` with policy `users.read` and a Bearer token: authentication runs (look-up or cache hit), the data query does not',
    target: (r, c) => ({
      url: `${r.stackUrl}/api/bench/stack-auth/users/${r.userId}`,
      headers: { authorization: `Bearer ${c.token}` },
    }),
  },
  {
    id: 'fix-one-tx',
    kind: 'candidate',
    label: 'A. auth + data in one tenant transaction',
    what: 'Relais stack; the token look-up (`findApiToken`) and `users.getUser` in one `db.tenant()`',
    target: (r, c) => ({
      url: `${r.stackUrl}/api/bench/fix-one-tx/users/${r.userId}`,
      headers: { 'x-bench-token': c.token },
    }),
  },
  {
    id: 'fix-cached',
    kind: 'candidate',
    label: 'B. principal cache',
    what: 'Relais stack; principal from an LRU keyed by SHA-256 of the token (hit), then the real route code (`inTenant` + `users.getUser`)',
    target: (r, c) => ({
      url: `${r.stackUrl}/api/bench/fix-cached/users/${r.userId}`,
      headers: { 'x-bench-token': c.token },
    }),
  },
  {
    id: 'fix-cached-1rt',
    kind: 'candidate',
    label: 'B + D. principal cache, data read in one round trip',
    what: 'as B, with `db.tenant()` sending BEGIN; SET LOCAL ROLE; set_config; the query (parameters inlined); COMMIT as one message',
    target: (r, c) => ({
      url: `${r.stackUrl}/api/bench/fix-cached-1rt/users/${r.userId}`,
      headers: { 'x-bench-token': c.token },
    }),
  },
  {
    id: 'fix-quiet',
    kind: 'candidate',
    label: 'B + D + C (logging). and no per-request log lines',
    what: 'as B + D, on a platform stack whose logger is at `warn`: Fastify’s two `info` lines per request are not written',
    target: (r, c) => ({
      url: `${r.quietUrl}/api/bench/fix-quiet/users/${r.userId}`,
      headers: { 'x-bench-token': c.token },
    }),
  },
];

const DB_OPS = [
  { id: 'query', what: 'the store’s SQL, bare (no transaction)' },
  {
    id: 'rls-floor',
    what: 'the same on a connection already scoped at session level (role + tenant): only the RLS predicate is left; a bound, not a proposal',
  },
  { id: 'system-tx', what: '`db.system()`: BEGIN · query · COMMIT' },
  { id: 'tenant-tx', what: '`db.tenant()`: BEGIN; SET LOCAL ROLE; set_config · query · COMMIT' },
  {
    id: 'tenant-tx-1rt',
    what: 'the same transaction in one round trip, parameters inlined (the 2026-11 ablation; not used: it inlines values)',
  },
  {
    id: 'read',
    what: '`db.read()`, what Relais runs now: a read-only tenant transaction in one round trip, tenant id and parameters bound, named (prepared) statements',
  },
  { id: 'auth-token', what: '`authenticate()` with a Bearer token (a tenant tx + token look-up)' },
  { id: 'auth-session', what: '`authenticate()` with a session cookie (a tenant tx + session ⋈ user)' },
] as const;

interface EngineResult {
  engine: Engine;
  version: string;
  runs: Map<VariantId, Measurement[]>;
  dbBench: { op: string; what: string; r: DbBenchResult; pgCpu: number | null }[];
  profile: { summary: ProfileSummary; requests: number } | null;
  variants: Variant[];
  /** Headline variants at FAIR_CONNECTIONS clients. */
  fair: Map<VariantId, Measurement[]>;
  plan: PlanCost | null;
}

function pkgVersion(name: string): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    };
    return pkg.version;
  } catch {
    return '?';
  }
}

async function signIn(r: UsersGetReady): Promise<Credentials> {
  const res = await fetch(`${r.relaisUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: r.adminLogin, password: r.password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const m = /relais_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
  if (!m?.[1]) throw new Error('login set no session cookie');
  const cookieValue = decodeURIComponent(m[1]);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const tok = await fetch(`${r.relaisUrl}/api/tokens`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: `relais_session=${m[1]}`,
      'x-csrf-token': csrfToken,
    },
    body: JSON.stringify({ name: 'bench', role: 'admin' }),
  });
  if (tok.status !== 201) throw new Error(`token creation failed: ${tok.status} ${await tok.text()}`);
  const { secret } = (await tok.json()) as { secret: string };
  return { token: secret, cookieValue };
}

/** Every variant must answer 200 with the expected user before it is measured. */
async function check(v: Variant, t: Target, userId: string): Promise<void> {
  const res = await fetch(t.url, { headers: t.headers ?? {} });
  const body = (await res.json()) as { id?: string };
  if (res.status !== 200 || body.id !== userId) {
    throw new Error(`${v.id}: expected 200 with user ${userId}, got ${res.status} ${JSON.stringify(body)}`);
  }
}

async function runEngine(ctx: EntryContext, engine: Engine): Promise<EngineResult> {
  const { opts, log } = ctx;
  const cleanups: (() => Promise<void>)[] = [];
  try {
    let env: Record<string, string> = {
      BENCH_ENGINE: engine,
      BENCH_POOL: String(opts.pool),
      BENCH_LOG_LEVEL: opts.logLevel,
    };
    let pgProbe: Probe | null = null;
    let version: string;
    if (engine === 'postgres') {
      const database = await createBenchDatabase(opts.databaseUrl);
      const forget = onInterrupt(() => database.drop());
      cleanups.push(async () => {
        forget();
        await database.drop();
      });
      log(`postgres: created database ${database.name}`);
      env = { ...env, BENCH_DB_URL: database.url };
      version = await serverVersion(database.url);
      const probe = await backendCpuProbe(database.url, database.name);
      cleanups.unshift(() => probe.close());
      pgProbe = probe.probe;
    } else {
      version = '';
    }
    log(`${engine}: starting servers`);
    const child: ChildServer<UsersGetReady> = await startChild<UsersGetReady>(SERVER, env);
    const forgetChild = onInterrupt(() => child.close());
    cleanups.unshift(async () => {
      forgetChild();
      await child.close();
    });
    const r = child.ready;
    if (engine === 'pglite') {
      const pgv = /PostgreSQL (\S+)/.exec(r.engineVersion)?.[1] ?? '?';
      version = `PGlite ${pkgVersion('@electric-sql/pglite')} (PostgreSQL ${pgv}, wasm32, on disk)`;
    }
    const creds = await signIn(r);
    await child.call('credentials', { token: creds.token, cookie: creds.cookieValue });

    const probes: Probe[] = [
      { name: 'serverCpu', read: () => child.call<number>('cpu') },
      { name: 'roundTrips', read: () => child.call<number>('roundTrips') },
      { name: 'served', read: () => child.call<number>('served') },
      selfCpuProbe,
      ...(pgProbe ? [pgProbe] : []),
    ];
    const variants = VARIANTS.filter((v) => v.kind === 'headline' || opts.ablations);
    for (const v of variants) await check(v, v.target(r, creds), r.userId);

    const seconds = (v: Variant) => (v.kind === 'headline' ? opts.duration : opts.ablationDuration);
    if (opts.warmup > 0) {
      log(`${engine}: warm-up ${opts.warmup} s × ${variants.length} variants`);
      for (const v of variants) await load(v.target(r, creds), opts.warmup, opts.connections);
    }
    const runs = new Map<VariantId, Measurement[]>(variants.map((v) => [v.id, []]));
    for (let round = 0; round < opts.rounds; round++) {
      // Interleaved, alternating direction, so that drift of a noisy machine hits every variant alike.
      const order = round % 2 === 0 ? variants : [...variants].reverse();
      for (const v of order) {
        const m = await measure(v.target(r, creds), seconds(v), opts.connections, probes);
        runs.get(v.id)?.push(m);
        log(
          `${engine} round ${round + 1}/${opts.rounds} ${v.id.padEnd(15)} ${fmt(m.rps).padStart(7)} req/s  ` +
            `p50 ${m.p50.toFixed(2)} ms  p99 ${m.p99.toFixed(2)} ms`,
        );
      }
    }

    const fair = new Map<VariantId, Measurement[]>();
    const headline = variants.filter((v) => v.kind === 'headline');
    for (let round = 0; round < opts.rounds; round++) {
      const order = round % 2 === 0 ? headline : [...headline].reverse();
      for (const v of order) {
        const m = await measure(v.target(r, creds), opts.duration, FAIR_CONNECTIONS, probes);
        fair.set(v.id, [...(fair.get(v.id) ?? []), m]);
        log(
          `${engine} round ${round + 1}/${opts.rounds} ${v.id.padEnd(15)} c=${FAIR_CONNECTIONS} ` +
            `${fmt(m.rps).padStart(7)} req/s  p50 ${m.p50.toFixed(2)} ms  p99 ${m.p99.toFixed(2)} ms`,
        );
      }
    }
    const plan = await child.call<PlanCost>('planCost');
    log(`${engine}: planning ${plan.adhoc.toFixed(3)} ms ad hoc, ${plan.prepared.toFixed(3)} ms prepared`);

    const dbBench: EngineResult['dbBench'] = [];
    if (opts.dbBench > 0) {
      // Interleaved rounds as for HTTP; the run with the median rate is kept (with its CPU figures).
      const dbRuns = new Map<string, { r: DbBenchResult; pgCpu: number | null }[]>();
      for (let round = 0; round < opts.rounds; round++) {
        for (const op of DB_OPS) {
          const pg0 = pgProbe ? await pgProbe.read() : null;
          const r = await child.call<DbBenchResult>('dbBench', {
            op: op.id,
            seconds: opts.dbBench,
            warmup: round === 0 ? Math.min(0.2, opts.dbBench) : 0,
            concurrency: opts.connections,
          });
          const pg1 = pgProbe ? await pgProbe.read() : null;
          const list = dbRuns.get(op.id) ?? [];
          list.push({ r, pgCpu: pg0 !== null && pg1 !== null ? pg1 - pg0 : null });
          dbRuns.set(op.id, list);
        }
      }
      for (const op of DB_OPS) {
        const list = [...(dbRuns.get(op.id) ?? [])].sort(
          (x, y) => x.r.ops / x.r.seconds - y.r.ops / y.r.seconds,
        );
        const mid = list[Math.floor(list.length / 2)];
        if (!mid) continue;
        dbBench.push({ op: op.id, what: op.what, ...mid });
        log(`${engine} db ${op.id.padEnd(13)} ${fmt(mid.r.ops / mid.r.seconds).padStart(7)} op/s (median)`);
      }
    }

    let profile: EngineResult['profile'] = null;
    if (opts.profile > 0) {
      const v = VARIANTS.find((x) => x.id === 'relais-token') as Variant;
      const served0 = await child.call<number>('served');
      await child.call('profileStart');
      await load(v.target(r, creds), opts.profile, opts.connections);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const summary = await child.call<ProfileSummary>('profileStop', { label: `users-get-${engine}` });
      profile = { summary, requests: (await child.call<number>('served')) - served0 };
      log(`${engine}: CPU profile written to ${summary.file}`);
    }
    return { engine, version, runs, dbBench, profile, variants, fair, plan };
  } finally {
    for (const c of cleanups) await c().catch((e: unknown) => log(`cleanup failed: ${String(e)}`));
  }
}

// ---------------------------------------------------------------------------------------------
// Report

interface Summary {
  rps: number;
  spread: number;
  p50: number;
  p99: number;
  serverCpu: number;
  pgCpu: number;
  loadgenCpu: number;
  roundTrips: number;
  /** Machine time per request at this throughput: 1e6 / req/s, µs. */
  cost: number;
  /** Share of the machine's CPU used by other processes during the runs (median). */
  other: number;
}

function otherShare(m: Measurement): number {
  if (m.machineBusyMicros === null || !m.machineTotalMicros) return NaN;
  const known = (m.deltas.serverCpu ?? 0) + (m.deltas.pgCpu ?? 0) + (m.deltas.loadgenCpu ?? 0);
  return Math.max(0, (m.machineBusyMicros - known) / m.machineTotalMicros);
}

function summarize(ms: Measurement[]): Summary {
  // Per request the server handled (autocannon's count misses those in flight when it stopped).
  const per = (name: string) =>
    median(ms.map((m) => (m.deltas[name] ?? NaN) / (m.deltas.served ?? m.requests)));
  const rps = median(ms.map((m) => m.rps));
  return {
    rps,
    spread: spreadPct(ms.map((m) => m.rps)),
    p50: median(ms.map((m) => m.p50)),
    p99: median(ms.map((m) => m.p99)),
    serverCpu: per('serverCpu'),
    pgCpu: per('pgCpu'),
    loadgenCpu: per('loadgenCpu'),
    roundTrips: per('roundTrips'),
    cost: 1e6 / rps,
    other: median(ms.map(otherShare)),
  };
}

type Cost = 'cost' | 'serverCpu' | 'pgCpu' | 'roundTrips';

function commandLine(o: BenchOptions): string {
  return (
    `npm run bench -- --duration ${o.duration} --ablation-duration ${o.ablationDuration} ` +
    `--warmup ${o.warmup} --rounds ${o.rounds} --connections ${o.connections} --pool ${o.pool} ` +
    `--profile ${o.profile} --db-bench ${o.dbBench}${o.ablations ? '' : ' --no-ablations'}`
  );
}

const us = (n: number) => (Number.isFinite(n) ? fmt(n, n < 10 ? 1 : 0) : '–');

interface CodeInfo {
  state: string;
  /** src/ was modified while the entry ran: the engines may have measured different code. */
  changed: boolean;
}

function render(ctx: EntryContext, results: EngineResult[], started: Date, code: CodeInfo): string {
  const { opts, machine } = ctx;
  const out: string[] = [];
  const sums = new Map<Engine, Map<VariantId, Summary>>();
  for (const e of results) {
    sums.set(e.engine, new Map([...e.runs.entries()].map(([id, ms]) => [id, summarize(ms)])));
  }
  const get = (e: Engine, id: VariantId) => sums.get(e)?.get(id);

  out.push(
    `Run on ${started.toISOString().replace(/\.\d+Z$/, 'Z')}. ` +
      `An authenticated, tenant-scoped \`GET /api/users/:id\` through the whole Relais stack, against a ` +
      `bare Fastify route running the same SQL on the same database, measured in the same run.`,
  );

  // A shared machine under load makes every figure below unreliable: say so where it is read.
  const load1 = Number.parseFloat(machine.loadAtStart);
  const others = results.flatMap((e) =>
    e.variants.filter((v) => v.kind === 'headline').map((v) => get(e.engine, v.id)?.other ?? NaN),
  );
  const otherMedian = median(others.filter((x) => Number.isFinite(x)));
  if (load1 > machine.cpus || otherMedian > DISTURBED) {
    out.push(
      `> **⚠ Noisy run.** Load average ${fmt(load1, 1)} at start on ${machine.cpus} cores, and other ` +
        `processes used a median ${pct(otherMedian)} of the machine’s CPU during the headline runs: req/s, ` +
        'latencies and ratios below measure the contention more than the code. The CPU per request and round ' +
        'trips per request columns, and the plan cost, are the robust part. Re-run on a quiet machine ' +
        '(`npm run bench -- --only users-get`) before drawing conclusions.',
    );
  }

  out.push('### Machine');
  out.push(
    table(
      ['', ''],
      [
        ['Node.js', machine.node],
        ['CPU', `${machine.cpus} × ${machine.cpuModel}${machine.cpuLimit ? `, ${machine.cpuLimit}` : ''}`],
        ['Memory', `${machine.memoryGiB} GiB`],
        ['OS', machine.os],
        ['Load average at start (1/5/15 min)', machine.loadAtStart],
        [
          'Code under test',
          code.state +
            (code.changed
              ? ' — **src/platform, src/app.ts or the users/tokens/session modules changed during the run**'
              : ''),
        ],
        ...results.map((e) => [e.engine === 'pglite' ? 'PGlite' : 'PostgreSQL', e.version]),
        [
          'Libraries',
          `fastify ${pkgVersion('fastify')}, pg ${pkgVersion('pg')}, autocannon ${pkgVersion('autocannon')}`,
        ],
      ],
      ['l', 'l'],
    ),
  );

  out.push('### Method');
  out.push(
    [
      `- **Processes.** The servers run in a child process (\`bench/servers/users-get.ts\`, one per engine); ` +
        `autocannon runs in the parent. On ${machine.cpus} cores a load generator sharing the server's event loop ` +
        `would take CPU from it and flatter neither side, so they are kept apart. The child holds the real ` +
        `Relais app (\`buildApp\`, production logger at \`LOG_LEVEL=${opts.logLevel}\` writing to a discarded ` +
        `stdout, \`NODE_ENV=production\`), the bare app, and a second app built with the platform's ` +
        `\`createServer\` carrying the ablation and candidate-fix routes; only one variant is under load at a time. ` +
        `The processes (and PostgreSQL) share the machine's ${machine.cpus} cores.`,
      `- **Data.** A fresh, migrated database per engine: PGlite on disk in a temporary directory (as the ` +
        `embedded mode runs), and on PostgreSQL a new database created from \`BENCH_DATABASE_URL\` ` +
        `(dropped afterwards). Two tenants of five users each (\`createTenant\` from the test support); ` +
        `the admin of the first tenant reads its supervisor. The session comes from \`POST /api/session\`, the ` +
        `API token from \`POST /api/tokens\`. PostgreSQL pool: ${opts.pool} for Relais (\`RELAIS_DB_POOL\`) and ` +
        `for the bare \`pg.Pool\`.`,
      `- **Bare route.** \`SELECT … FROM users WHERE id = $1\` with exactly the store's SQL (captured from ` +
        `\`users/store.ts\` at start), on a plain \`pg.Pool\` as the connecting role, or on the very PGlite ` +
        `instance Relais opened; no transaction, no RLS, no auth; the row minus \`password_hash\` as JSON.`,
      `- **Load.** autocannon, ${opts.connections} connections, no pipelining. Per engine: ${opts.warmup} s of ` +
        `warm-up per variant, then ${opts.rounds} interleaved rounds (each round runs every variant once, ` +
        `alternating direction) of ${opts.duration} s per headline measurement and ${opts.ablationDuration} s ` +
        `per ablation or candidate. Reported: the **median over the rounds**; ± is half the min–max range of ` +
        `req/s; latencies are exact percentiles of every response. Any non-2xx answer or socket error aborts ` +
        `the run. This run: \`${commandLine(opts)}\`.`,
      `- **Costs.** *Server CPU* is the child's \`process.cpuUsage()\`, *PG CPU* the \`/proc\` CPU time of the ` +
        `PostgreSQL backends of the bench database, *round trips* the number of driver calls ` +
        `(\`pg\` \`Client.query\`, counted once for queries a client issues in the same tick, which pipeline; ` +
        `PGlite \`query\`/\`exec\`/\`execProtocol\`), all divided by the requests the server ` +
        `received (each run waits for requests in flight to finish before reading the counters). ` +
        `*Time/req* is 1 000 000 / (req/s): machine time per request at saturation, which adds up across ` +
        `the ablation ladder and is what the attribution below subtracts.`,
    ].join('\n'),
  );

  // Headline
  out.push('### Results');
  const headRows: string[][] = [];
  for (const e of results) {
    const bare = get(e.engine, 'bare');
    for (const v of e.variants.filter((x) => x.kind === 'headline')) {
      const s = get(e.engine, v.id);
      if (!s || !bare) continue;
      headRows.push([
        e.engine === 'pglite' ? 'PGlite' : 'PostgreSQL',
        v.label,
        fmt(s.rps),
        `± ${s.spread.toFixed(0)} %`,
        fmt(s.p50, 1),
        fmt(s.p99, 1),
        v.id === 'bare' ? '—' : pct(s.rps / bare.rps),
        us(s.serverCpu),
        e.engine === 'postgres' ? us(s.pgCpu) : '–',
        fmt(s.roundTrips, 1),
      ]);
    }
  }
  out.push(
    table(
      [
        'Engine',
        'Variant',
        'req/s',
        'runs',
        'p50 ms',
        'p99 ms',
        'Relais / bare',
        'server CPU µs/req',
        'PG CPU µs/req',
        'DB round trips/req',
      ],
      headRows,
    ),
  );

  out.push(`#### At ${FAIR_CONNECTIONS} concurrent clients`);
  out.push(
    `The same variants, same rounds scheme, at ${FAIR_CONNECTIONS} connections (issue 14 §4: on ` +
      `${machine.cpus} cores, ${opts.connections} clients mostly measure the queue). Ratio against the bare route ` +
      `at the same concurrency.`,
  );
  const fairRows: string[][] = [];
  for (const e of results) {
    const fb = e.fair.get('bare');
    const bare = fb ? summarize(fb) : undefined;
    for (const v of e.variants.filter((x) => x.kind === 'headline')) {
      const ms = e.fair.get(v.id);
      if (!ms || !bare) continue;
      const f = summarize(ms);
      fairRows.push([
        e.engine === 'pglite' ? 'PGlite' : 'PostgreSQL',
        v.label,
        fmt(f.rps),
        `± ${f.spread.toFixed(0)} %`,
        fmt(f.p50, 2),
        fmt(f.p99, 2),
        v.id === 'bare' ? '—' : pct(f.rps / bare.rps),
        fmt(f.roundTrips, 1),
        pct(f.other),
      ]);
    }
  }
  out.push(
    table(
      [
        'Engine',
        'Variant',
        'req/s',
        'runs',
        'p50 ms',
        'p99 ms',
        'Relais / bare',
        'DB round trips/req',
        'other processes',
      ],
      fairRows,
    ),
  );

  out.push('#### Plan cost of the read (prepared statements)');
  out.push(
    'Planning time of the store’s SQL as the tenant (`EXPLAIN ANALYZE`, median of the runs): sent as an ' +
      'unnamed statement, as every read was before issue 14, it is planned on every execution; from a ' +
      'prepared statement past its first five custom plans (what `db.read()`’s named statements run), the ' +
      'cached plan is reused.',
  );
  out.push(
    table(
      [
        'Engine',
        'planning, planned each time (before) ms',
        'planning, prepared (now) ms',
        'execution ms',
        'runs',
      ],
      results
        .filter((e) => e.plan)
        .map((e) => {
          const p = e.plan as PlanCost;
          return [
            e.engine === 'pglite' ? 'PGlite' : 'PostgreSQL',
            fmt(p.adhoc, 3),
            fmt(p.prepared, 3),
            fmt(p.execution, 3),
            String(p.runs),
          ];
        }),
    ),
  );

  out.push(...previousRunSection(ctx.previous));

  // Target
  out.push('### Target: Relais ≥ 70 % of the bare route’s req/s');
  const verdicts: string[] = [];
  let missed = false;
  for (const e of results) {
    const bare = get(e.engine, 'bare');
    for (const id of ['relais-token', 'relais-cookie'] as const) {
      const s = get(e.engine, id);
      if (!s || !bare) continue;
      const ratio = s.rps / bare.rps;
      const ok = ratio >= TARGET_RATIO;
      if (!ok) missed = true;
      const need = bare.cost / TARGET_RATIO;
      verdicts.push(
        `- ${e.engine === 'pglite' ? 'PGlite' : 'PostgreSQL'}, ${id === 'relais-token' ? 'API token' : 'session cookie'}: ` +
          `**${pct(ratio)}** — ${ok ? '**met**' : `**missed**: ${us(s.cost)} µs of machine time per request against ${us(bare.cost)} µs bare; 70 % needs ≤ ${us(need)} µs, i.e. ${us(s.cost - need)} µs/req less`}.`,
      );
    }
  }
  out.push(verdicts.join('\n'));

  // Attribution
  if (opts.ablations) {
    out.push('### Where the gap goes');
    out.push(
      'Each ablation adds one piece to the previous one. Differences of time/req telescope, so parts 1–3 ' +
        'sum exactly to the measured gap (API token); server and PostgreSQL CPU per request are differenced ' +
        'the same way and show which process pays. Part 2 uses candidate B below (the real route code behind ' +
        'a principal-cache hit) as “Relais without the auth look-up”.',
    );
    for (const e of results) {
      const S = (id: VariantId) => get(e.engine, id) as Summary;
      const [N, B, St, A, FC, R, C] = (
        ['bare-noop', 'bare', 'stack', 'stack-auth', 'fix-cached', 'relais-token', 'relais-cookie'] as const
      ).map(S);
      if (!N || !B || !St || !A || !FC || !R || !C) continue;
      const gap = R.cost - B.cost;
      const d = (x: Summary, y: Summary, k: Cost) => x[k] - y[k];
      const isPg = e.engine === 'postgres';
      const row = (label: string, how: string, f: (k: Cost) => number) => [
        label,
        how,
        us(f('cost')),
        pct(f('cost') / gap),
        us(f('serverCpu')),
        isPg ? us(f('pgCpu')) : '–',
        fmt(f('roundTrips'), 1),
      ];
      out.push(`#### ${isPg ? 'PostgreSQL' : 'PGlite'}`);
      out.push(
        table(
          [
            'Part of the gap',
            'Measured as',
            'time µs/req',
            'share of gap',
            'server CPU µs/req',
            'PG CPU µs/req',
            'round trips/req',
          ],
          [
            row(
              '1. Relais HTTP stack (plugins, hooks, logging, metrics, schema)',
              '`stack` − `bare-noop`',
              (k) => d(St, N, k),
            ),
            row(
              '2. Data read in a tenant transaction instead of one bare query (+ mapping, ETag)',
              '(`fix-cached` − `stack`) − (`bare` − `bare-noop`)',
              (k) => d(FC, St, k) - d(B, N, k),
            ),
            row(
              '3. Authentication (look-up transaction, or principal-cache hit)',
              '`relais-token` − `fix-cached`',
              (k) => d(R, FC, k),
            ),
            row('**Total gap, API token (1 + 2 + 3)**', '`relais-token` − `bare`', (k) => d(R, B, k)),
            row('for reference: authentication alone, no data read', '`stack-auth` − `stack`', (k) =>
              d(A, St, k),
            ),
            row(
              'Session cookie instead of token (session ⋈ user look-up)',
              '`relais-cookie` − `relais-token`',
              (k) => d(C, R, k),
            ),
          ],
          ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
        ),
      );
      const rate = (op: string) => {
        const b = e.dbBench.find((x) => x.op === op);
        return b ? b.r.ops / b.r.seconds : NaN;
      };
      if (e.dbBench.length > 0) {
        const q = 1e6 / rate('query');
        const sys = 1e6 / rate('system-tx');
        const ten = 1e6 / rate('tenant-tx');
        const one = 1e6 / rate('tenant-tx-1rt');
        const floor = 1e6 / rate('rls-floor');
        out.push(
          `The database layer alone (table further down) splits a tenant transaction: the bare query takes ` +
            `${us(q)} µs/op; BEGIN/COMMIT (\`db.system\`, two more round trips) adds ${us(sys - q)} µs; the RLS ` +
            `prelude (\`SET LOCAL ROLE\` + \`set_config\`, sent with BEGIN) and the RLS predicate add ` +
            `${us(ten - sys)} µs more, for ${us(ten)} µs/op in all (\`db.tenant\`, ${pct(q / ten)} of the bare ` +
            `query’s rate). The same transaction in one round trip takes ${us(one)} µs/op; the query on a ` +
            `connection already scoped to the tenant (only the RLS predicate left) ${us(floor)} µs/op.`,
        );
      }
    }

    out.push(...suggestions(results, sums, missed));

    out.push('### All variants (medians)');
    const rows: string[][] = [];
    for (const e of results) {
      for (const v of e.variants) {
        const s = get(e.engine, v.id);
        if (!s) continue;
        rows.push([
          e.engine === 'pglite' ? 'PGlite' : 'PostgreSQL',
          `\`${v.id}\``,
          v.what,
          fmt(s.rps),
          `± ${s.spread.toFixed(0)} %`,
          fmt(s.p50, 1),
          fmt(s.p99, 1),
          us(s.cost),
          us(s.serverCpu),
          e.engine === 'postgres' ? us(s.pgCpu) : '–',
          us(s.loadgenCpu),
          fmt(s.roundTrips, 1),
          `${pct(s.other)}${s.other > DISTURBED ? ' ⚠' : ''}`,
        ]);
      }
    }
    out.push(
      table(
        [
          'Engine',
          'Variant',
          'What',
          'req/s',
          'runs',
          'p50 ms',
          'p99 ms',
          'time µs/req',
          'server CPU µs/req',
          'PG CPU µs/req',
          'autocannon CPU µs/req',
          'round trips/req',
          'other processes',
        ],
        rows,
        ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    out.push(
      `*Other processes*: median share of the machine’s CPU used by processes other than the server, the ` +
        `bench database’s backends and autocannon (other work on a shared machine). ⚠ marks more than ` +
        `${pct(DISTURBED)}: that variant’s req/s is depressed by interference; its CPU/req columns much less so.`,
    );
  }

  // DB layer
  const withDb = results.filter((e) => e.dbBench.length > 0);
  if (withDb.length > 0) {
    out.push('### The database layer alone (no HTTP)');
    out.push(
      `Inside the server process, ${opts.connections} concurrent loops for ${opts.dbBench} s per operation, ` +
        `${opts.rounds} interleaved rounds, median run shown, ` +
        'through the same adapters the app uses. Separates BEGIN/COMMIT from the RLS prelude ' +
        '(`SET LOCAL ROLE` + `set_config`, sent with BEGIN in one round trip) and prices the auth look-up.',
    );
    const rows: string[][] = [];
    for (const e of withDb) {
      const q = e.dbBench.find((x) => x.op === 'query');
      for (const b of e.dbBench) {
        const rate = b.r.ops / b.r.seconds;
        rows.push([
          e.engine === 'pglite' ? 'PGlite' : 'PostgreSQL',
          `\`${b.op}\``,
          b.what,
          fmt(rate),
          q ? pct(rate / (q.r.ops / q.r.seconds)) : '–',
          us(1e6 / rate),
          us(b.r.cpuMicros / b.r.ops),
          b.pgCpu !== null ? us(b.pgCpu / b.r.ops) : '–',
          fmt(b.r.roundTrips / b.r.ops, 1),
        ]);
      }
    }
    out.push(
      table(
        [
          'Engine',
          'Operation',
          'What',
          'op/s',
          'vs bare query',
          'time µs/op',
          'Node CPU µs/op',
          'PG CPU µs/op',
          'round trips/op',
        ],
        rows,
        ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
  }

  // Profile
  const withProfile = results.filter((e) => e.profile);
  if (withProfile.length > 0) {
    out.push('### CPU profile of the Relais server (token variant)');
    out.push(
      `V8 sampling profile of the server's main thread during ${opts.profile} s of load on \`relais-token\` ` +
        '(taken after the measurements, so its overhead is not in them): self time grouped by package or ' +
        'source directory, per request. Samples are wall time on the main thread, so a syscall during which ' +
        'the thread was descheduled (loopback socket writes waking PostgreSQL on a 2-core machine) counts ' +
        'in full; shares are the reliable part. Async work is attributed where it runs: this says *which code ' +
        'runs*, not which request phase waited.',
    );
    for (const e of withProfile) {
      const p = e.profile as NonNullable<EngineResult['profile']>;
      const perReq = (ms: number) => (ms * 1000) / p.requests;
      const busy = p.summary.busyMs;
      const top = p.summary.categories.slice(0, 12);
      const rest = p.summary.categories.slice(12).reduce((a, c) => a + c.ms, 0);
      out.push(
        `#### ${e.engine === 'pglite' ? 'PGlite' : 'PostgreSQL'}: ${us(perReq(busy))} µs/req on the main thread, ` +
          `${pct(busy / (busy + p.summary.idleMs))} busy`,
      );
      out.push(
        table(
          ['Where', 'µs/req', 'share'],
          [
            ...top.map((c) => [c.name, us(perReq(c.ms)), pct(c.ms / busy)]),
            ...(rest > 0 ? [['everything else', us(perReq(rest)), pct(rest / busy)]] : []),
          ],
        ),
      );
      out.push(
        details(
          'Top functions by self time',
          table(
            ['Function', 'Where', 'µs/req', 'share'],
            p.summary.functions.map((f) => [
              `\`${f.name}\``,
              `\`${f.where}\``,
              us(perReq(f.ms)),
              pct(f.ms / busy),
            ]),
            ['l', 'l', 'r', 'r'],
          ),
        ),
      );
    }
  }

  // Raw runs
  const raw: string[][] = [];
  for (const e of results) {
    for (const v of e.variants) {
      (e.runs.get(v.id) ?? []).forEach((m, i) => {
        const busy =
          m.machineBusyMicros !== null && m.machineTotalMicros
            ? m.machineBusyMicros / m.machineTotalMicros
            : NaN;
        const other = otherShare(m);
        raw.push([
          e.engine,
          v.id,
          String(i + 1),
          fmt(m.rps),
          fmt(m.p50, 1),
          fmt(m.p99, 1),
          fmt(m.requests),
          pct(busy),
          pct(other),
        ]);
      });
    }
  }
  out.push(
    details(
      'Every run',
      'Machine busy is all cores (from /proc/stat); *other* is the part not used by the server, the ' +
        'PostgreSQL backends of the bench database or autocannon: other processes on a shared machine.\n\n' +
        table(
          ['Engine', 'Variant', 'Round', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'machine busy', 'other'],
          raw,
        ),
    ),
  );
  return out.join('\n\n');
}

/**
 * Server CPU µs/req spent in packages whose name matches: their share of the profile's busy
 * samples, applied to the server CPU per request measured (the profile's own clock is wall time).
 */
function profiledCpu(e: EngineResult, serverCpu: number, re: RegExp): number {
  if (!e.profile || e.profile.summary.busyMs === 0) return NaN;
  const ms = e.profile.summary.categories.filter((c) => re.test(c.name)).reduce((a, c) => a + c.ms, 0);
  return (ms / e.profile.summary.busyMs) * serverCpu;
}

function suggestions(
  results: EngineResult[],
  sums: Map<Engine, Map<VariantId, Summary>>,
  missed: boolean,
): string[] {
  const out: string[] = ['### How to close the gap'];
  if (!missed) {
    out.push('The target is met on every engine; nothing to close.');
    return out;
  }
  out.push(
    'Candidates A, B, B + D and B + D without request logging were **measured** in the same rounds as the ' +
      'headline (rows `fix-*`): bench routes on the real platform stack (`createServer`) doing what the ' +
      'change would do, with the real store, service and `inTenant` code. The *estimate* rows subtract a ' +
      'profiled cost (helmet) or the whole measured HTTP-stack cost from the last measured row.',
  );
  const rows: string[][] = [];
  const notes: string[] = [];
  // What the code under test already does, read from the measured round trips (both engines agree
  // unless the code changed during the run).
  let authLookupPerRequest = false;
  let dataTripsToday = 0;
  let helmetMax = 0;
  let loggingMax = 0;
  for (const e of results) {
    const s = sums.get(e.engine);
    const g = (id: VariantId) => s?.get(id) as Summary;
    const [N, B, St, R, F1, FC, FC1, FQ] = (
      [
        'bare-noop',
        'bare',
        'stack',
        'relais-token',
        'fix-one-tx',
        'fix-cached',
        'fix-cached-1rt',
        'fix-quiet',
      ] as const
    ).map(g);
    if (!N || !B || !St || !R || !F1 || !FC || !FC1 || !FQ) continue;
    const name = e.engine === 'pglite' ? 'PGlite' : 'PostgreSQL';
    const pos = (n: number) => (Number.isFinite(n) ? Math.max(0, n) : 0);
    const stack = pos(St.cost - N.cost);
    const logging = pos(profiledCpu(e, R.serverCpu, /pino|redact|sonic-boom/)); // incl. its stdout writes
    const helmet = pos(profiledCpu(e, R.serverCpu, /helmet/));
    const metrics = pos(profiledCpu(e, R.serverCpu, /prom-client/));
    if (R.roundTrips - FC.roundTrips > 0.5) authLookupPerRequest = true;
    dataTripsToday = Math.max(dataTripsToday, FC.roundTrips);
    helmetMax = Math.max(helmetMax, helmet);
    loggingMax = Math.max(loggingMax, pos(FC1.cost - FQ.cost));
    const measured = (label: string, x: Summary) =>
      rows.push([
        name,
        label,
        'measured',
        fmt(x.rps),
        pct(x.rps / B.rps),
        us(R.cost - x.cost),
        fmt(x.roundTrips, 1),
      ]);
    const estimate = (label: string, cost: number, trips: number) =>
      rows.push([
        name,
        label,
        'estimate',
        fmt(1e6 / cost),
        pct(B.cost / cost),
        us(R.cost - cost),
        fmt(trips, 1),
      ]);
    measured('Relais today (API token)', R);
    measured('A. auth look-up and data in one tenant transaction (no cache)', F1);
    measured('B. principal cache', FC);
    measured('B + D. principal cache, data read in one round trip', FC1);
    measured('B + D + C₁. and no per-request log lines', FQ);
    const withHelmet = FQ.cost - helmet;
    estimate('B + D + C. and helmet’s profiled CPU too', withHelmet, FQ.roundTrips);
    estimate('bound: B + D with no HTTP-stack cost at all', FC1.cost - stack, FC1.roundTrips);
    const plausible = B.cost / withHelmet;
    notes.push(
      `- ${name}: 70 % of bare means ≤ ${us(B.cost / TARGET_RATIO)} µs/req (today ${us(R.cost)}, bare ` +
        `${us(B.cost)}). Measured: B + D ${pct(B.cost / FC1.cost)}, without request logging ` +
        `${pct(B.cost / FQ.cost)}; with helmet’s share too, about ${pct(plausible)}` +
        (plausible >= TARGET_RATIO
          ? ': the target is within reach of B + D + C.'
          : `: **still short of 70 %**. What remains is the rest of the HTTP stack (the whole stack costs ` +
            `${us(stack)} µs/req, ${pct(stack / B.cost)} of the entire bare request) and a one-round-trip RLS ` +
            `transaction in place of a plain query (${us(FC1.cost - St.cost - (B.cost - N.cost))} µs/req more ` +
            `than bare’s query).`) +
        ` Profile (share of the measured server CPU per request): request logging ${us(logging)} µs ` +
        `(pino, redaction, stdout writes), helmet ${us(helmet)} µs, prom-client ${us(metrics)} µs.`,
    );
  }
  out.push(
    table(['Engine', 'Change', '', 'req/s', 'Relais / bare', 'saves µs/req', 'round trips/req'], rows, [
      'l',
      'l',
      'l',
      'r',
      'r',
      'r',
      'r',
    ]),
  );
  out.push(notes.join('\n'));
  const advice: string[] = [];
  if (authLookupPerRequest) {
    advice.push(
      '- **B. Cache the resolved principal** in process (`lru-cache` is already a dependency), keyed by the ' +
        'SHA-256 of the secret, with a TTL of a few seconds; evict on logout, token revocation, password ' +
        'change, role change and user deactivation (these go through this process), and accept the TTL as ' +
        'the revocation delay on other instances. It removes the auth transaction from nearly every request.',
      '- **A. Authenticate inside the request’s transaction** (only if B is not wanted): `authenticate()` ' +
        'opens its own `db.tenant()` and the handler a second one for the same tenant; one transaction for ' +
        'both removes one BEGIN/prelude/COMMIT, two of the six round trips.',
    );
  } else {
    advice.push(
      '- **B is in place**: the auth look-up no longer runs per request (Relais today does as many round ' +
        'trips as candidate B); parts 3 and “authentication alone” above are the cost of a cache hit. A is ' +
        'moot for reads.',
    );
  }
  if (dataTripsToday > 1.5) {
    advice.push(
      '- **D. Send a read-only tenant transaction in one round trip**: ' +
        '`BEGIN; SET LOCAL ROLE relais_app; SELECT set_config(…); <query>; COMMIT` as one simple-protocol ' +
        'message (pg: `client.query(text)` without values; PGlite: `exec`), parameters inlined as literals ' +
        '(pg’s pure `escapeLiteral` serves both engines; the tenant id is already inlined today, after UUID ' +
        'validation), ROLLBACK on error before the connection is released. A `Db` method such as ' +
        '`db.tenantRead(tenantId, sql, params)` keeps it inside the two adapters; RLS is untouched, the ' +
        'statements are the same. Only for single-statement reads; writes keep today’s transaction.',
    );
  } else {
    advice.push('- **D is in place**: the data read already takes one round trip.');
  }
  advice.push(
    `- **C. Trim the per-request HTTP stack.** C₁: ` +
      (loggingMax >= 1
        ? `request logging still costs up to ${us(loggingMax)} µs/req (row C₁ against B + D: the logger at ` +
          '`warn` writes no per-request line). '
        : 'request logging no longer shows in time/req (row C₁, logger at `warn`, is not faster than B + D). ') +
      (helmetMax > 10
        ? `Helmet takes ${us(helmetMax)} µs/req of server CPU in the profile: if it is \`@fastify/helmet\`, ` +
          'it calls `helmet(configuration)` on every request (`buildHelmetOnRoutes` in ' +
          '`node_modules/@fastify/helmet/index.js`), re-validating the options and re-parsing the CSP; build ' +
          'the middleware once with `helmet(options)` at start, or precompute the header set. '
        : `Helmet is down to ${us(helmetMax)} µs/req of server CPU in the profile. `) +
      'Part 1 of the attribution bounds what C can recover.',
  );
  out.push(advice.join('\n'));
  return out;
}

export const usersGet: BenchEntry = {
  id: 'users-get',
  title: 'GET /api/users/:id — Relais stack vs a bare Fastify route',
  async run(ctx) {
    const started = new Date();
    // The code this route runs through (other modules only add routes to the router).
    const src = [
      'src/app.ts',
      'src/platform',
      'src/modules/users',
      'src/modules/tokens',
      'src/modules/session',
    ].map((p) => path.join(ROOT, p));
    const before = treeFingerprint(src);
    const state = codeState(ROOT);
    const results: EngineResult[] = [];
    for (const engine of ctx.opts.engines) results.push(await runEngine(ctx, engine));
    const changed = treeFingerprint(src) !== before;
    if (changed)
      ctx.log(
        'warning: the code under test changed during the run; engines may have measured different code',
      );
    return render(ctx, results, started, { state, changed });
  },
};
