import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { BenchEntry, EntryContext } from './types.ts';
import type { BenchOptions } from '../lib/cli.ts';
import type { ExplainedStatement, LinesReady, UseCase } from '../servers/lines.ts';
import { startChild, type ChildServer } from '../lib/child.ts';
import { onInterrupt } from '../lib/cleanup.ts';
import { load, measure, selfCpuProbe, type Measurement, type Probe, type Target } from '../lib/load.ts';
import { backendCpuProbe, serverVersion } from '../lib/pg.ts';
import { details, table } from '../lib/markdown.ts';
import { codeState } from '../lib/machine.ts';
import { fmt, median, spreadPct } from '../lib/stats.ts';
import { dropFleet, ensureFleet, type Fleet } from '../lib/fleet.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = fileURLToPath(new URL('../servers/lines.ts', import.meta.url));
/** The migration that holds the indexes this benchmark asked for (issue 3 §8). */
const INDEX_MIGRATION = fileURLToPath(
  new URL('../../src/platform/db/migrations/0011_search_indexes.sql', import.meta.url),
);
const TARGET_P99_MS = 20;
const DISTURBED = 0.15;

type Group = 'search' | 'list' | 'detail';

interface Scenario {
  id: string;
  group: Group;
  label: string;
  /** What the inputs are, for the report. */
  inputs: string;
  /** Paths under /api (Relais) and /bare (baseline), with their query. */
  paths: string[];
  /** The use case of the first path, for EXPLAIN. */
  useCase: UseCase;
}

interface Variant {
  id: 'relais' | 'bare';
  label: string;
  target(r: LinesReady, s: Scenario, token: string): Target;
}

const VARIANTS: Variant[] = [
  {
    id: 'relais',
    label: 'Relais (API token)',
    target: (r, s, token) => ({
      url: r.relaisUrl,
      paths: s.paths.map((p) => `/api/${p}`),
      headers: { authorization: `Bearer ${token}` },
    }),
  },
  {
    id: 'bare',
    label: 'bare route, same use case',
    target: (r, s) => ({ url: r.bareUrl, paths: s.paths.map((p) => `/bare/${p}`) }),
  },
];

/** The index names migration 0011 creates: hidden (dropped in a rolled-back transaction) for the "before" plans. */
function migrationIndexes(): string[] {
  if (!existsSync(INDEX_MIGRATION)) return [];
  const sql = readFileSync(INDEX_MIGRATION, 'utf8').replace(/--.*$/gm, '');
  return [...sql.matchAll(/CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF NOT EXISTS\s+)?(\w+)/gi)].map(
    (m) => m[1] as string,
  );
}

const qs = (o: Record<string, string>) => new URLSearchParams(o).toString();

/** "+33612345678" → "06 12 34 56 78", as an agent would type it. */
function national(e164: string): string {
  const n = `0${e164.slice(3)}`;
  return n.replace(/(\d{2})(?=\d)/g, '$1 ');
}

interface Samples {
  names: string[];
  sirets: string[];
  phones: string[];
  msisdns: string[];
  iccids: string[];
  lineIds: string[];
  accountIds: string[];
  biggestAccount: { id: string; lines: number };
  offers: { network: string; offer: string; lines: number }[];
  stateCounts: Map<string, number>;
}

/** Inputs drawn from the data set (deterministically: ordered by a hash of the id). */
async function sample(url: string, tenantId: string): Promise<Samples> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const col = async (sql: string) => (await c.query<{ v: string }>(sql, [tenantId])).rows.map((r) => r.v);
    const people = await c.query<{ first: string; last: string }>(
      `SELECT first_name AS first, last_name AS last FROM customer_accounts WHERE tenant_id = $1 AND kind = 'person'
        ORDER BY md5(id::text) LIMIT 32`,
      [tenantId],
    );
    const companies = await col(
      `SELECT company_name AS v FROM customer_accounts WHERE tenant_id = $1 AND kind = 'business'
        ORDER BY md5(id::text) LIMIT 16`,
    );
    const sirets = await col(
      `SELECT siret AS v FROM customer_accounts WHERE tenant_id = $1 AND siret IS NOT NULL AND status = 'active'
        ORDER BY md5(id::text) LIMIT 64`,
    );
    const phones = await col(
      `SELECT phone AS v FROM customer_accounts WHERE tenant_id = $1 AND phone IS NOT NULL ORDER BY md5(id::text) LIMIT 64`,
    );
    const msisdns = await col(
      `SELECT msisdn AS v FROM lines WHERE tenant_id = $1 AND msisdn IS NOT NULL ORDER BY md5(id::text) LIMIT 64`,
    );
    const iccids = await col(
      `SELECT iccid AS v FROM lines WHERE tenant_id = $1 AND iccid IS NOT NULL ORDER BY md5(id::text) LIMIT 64`,
    );
    const lineIds = await col(
      `SELECT id::text AS v FROM lines WHERE tenant_id = $1 ORDER BY md5(id::text) LIMIT 512`,
    );
    const accountIds = await col(
      `SELECT DISTINCT account_id::text AS v FROM lines WHERE tenant_id = $1 AND id = ANY(
         SELECT id FROM lines WHERE tenant_id = $1 ORDER BY md5(id::text) LIMIT 64)`,
    );
    const big = await c.query<{ id: string; n: number }>(
      `SELECT account_id::text AS id, count(*)::int AS n FROM lines WHERE tenant_id = $1 GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
      [tenantId],
    );
    const offers = await c.query<{ network: string; offer: string; lines: number }>(
      `SELECT network, offer_code AS offer, count(*)::int AS lines FROM lines WHERE tenant_id = $1 AND state = 'active'
        GROUP BY 1, 2 ORDER BY 3 DESC`,
      [tenantId],
    );
    const states = await c.query<{ state: string; n: number }>(
      `SELECT state, count(*)::int AS n FROM lines WHERE tenant_id = $1 GROUP BY 1`,
      [tenantId],
    );
    return {
      names: nameInputs(people.rows, companies),
      sirets,
      phones: phones.map(national),
      msisdns,
      iccids,
      lineIds,
      accountIds,
      biggestAccount: { id: big.rows[0]?.id ?? '', lines: big.rows[0]?.n ?? 0 },
      offers: offers.rows,
      stateCounts: new Map(states.rows.map((r) => [r.state, r.n])),
    };
  } finally {
    await c.end();
  }
}

/**
 * Name fragments as an agent types them, from accounts of the data set: a surname's first letters,
 * a person's full name, a company's first word and a name's first letters ("Transp Dubo").
 */
function nameInputs(people: { first: string; last: string }[], companies: string[]): string[] {
  const out: string[] = [];
  people.forEach((p, i) => {
    out.push(
      i % 2 === 0 ? p.last.slice(0, Math.max(4, Math.min(6, p.last.length - 1))) : `${p.first} ${p.last}`,
    );
  });
  for (const c of companies) {
    const [activity = '', name = ''] = c.split(' ');
    out.push(`${activity.slice(0, 6)} ${name.slice(0, 4)}`.trim());
  }
  return out;
}

interface ApiSupport {
  offer: boolean;
  sort: string | null;
}

function scenarios(s: Samples, api: ApiSupport): Scenario[] {
  const search = (id: string, label: string, inputs: string, qs0: string[]): Scenario => ({
    id,
    group: 'search',
    label,
    inputs,
    paths: qs0.map((q) => `accounts?${qs({ q })}`),
    useCase: { kind: 'accounts', query: { q: qs0[0] as string } },
  });
  const list = (id: string, label: string, inputs: string, queries: Record<string, string>[]): Scenario => ({
    id,
    group: 'list',
    label,
    inputs,
    paths: queries.map((q) => (Object.keys(q).length > 0 ? `lines?${qs(q)}` : 'lines')),
    useCase: { kind: 'lines', query: queries[0] as Record<string, string> },
  });
  const sort: Record<string, string> = api.sort ? { sort: api.sort } : {};
  const top = s.offers.slice(0, 16);
  const out: Scenario[] = [
    search(
      'search-name',
      'Account search by name fragment',
      'surname prefixes (“Dubo”), full names (“Inès Aubry”), company and name fragments (“Transp Dubo”) of 48 accounts',
      s.names,
    ),
    search(
      'search-siret',
      'Account search by SIRET',
      '64 SIRETs of active businesses, half typed in groups (“732 829 320 00074”)',
      s.sirets.map((v, i) => (i % 2 ? v.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4') : v)),
    ),
    search(
      'search-phone',
      'Account search by phone',
      '64 account phone numbers typed nationally (“06 12 34 56 78”)',
      s.phones,
    ),
    search(
      'search-msisdn',
      'Account search by MSISDN',
      '64 line numbers (10 digits, and 14-digit Orange data/M2M numbers)',
      s.msisdns,
    ),
    search('search-iccid', 'Account search by ICCID', '64 ICCIDs (19 digits)', s.iccids),
  ];
  if (api.offer) {
    out.push(
      list(
        'list-offer',
        'Fleet list by state + network + offer',
        `state=active, network and offer of the 16 most common offers${api.sort ? `, sort=${api.sort}` : ''}`,
        top.map((o) => ({ state: 'active', network: o.network, offer: o.offer, ...sort })),
      ),
    );
  }
  out.push(
    list(
      'list-state-network',
      'Fleet list by state + network',
      `state ∈ suspended, terminated, in_progress × both networks${api.sort ? `, sort=${api.sort}` : ''}`,
      ['suspended', 'terminated', 'in_progress'].flatMap((state) =>
        ['orange', 'bouygues'].map((network) => ({ state, network, ...sort })),
      ),
    ),
    list('list-active', 'Fleet list, all active lines', 'state=active (85 % of the fleet)', [
      { state: 'active', ...sort },
    ]),
    list('list-all', 'Fleet list, no filter (the fleet page as it opens)', 'no filter', [{ ...sort }]),
    list(
      'list-account',
      'Lines of one account (customer page)',
      `the accounts of 64 random lines (mostly large fleets), and the largest (${fmt(s.biggestAccount.lines)} lines)`,
      [s.biggestAccount.id, ...s.accountIds].map((accountId) => ({ accountId })),
    ),
    {
      id: 'detail',
      group: 'detail',
      label: 'Line detail',
      inputs: '512 random lines',
      paths: s.lineIds.map((id) => `lines/${id}`),
      useCase: { kind: 'line', id: s.lineIds[0] as string },
    },
  );
  return out;
}

async function signIn(r: LinesReady, fleet: Fleet): Promise<string> {
  const res = await fetch(`${r.relaisUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: fleet.adminEmail, password: fleet.password }),
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const m = /relais_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '');
  if (!m?.[1]) throw new Error('login set no session cookie');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const tok = await fetch(`${r.relaisUrl}/api/tokens`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: `relais_session=${m[1]}`,
      'x-csrf-token': csrfToken,
    },
    body: JSON.stringify({ name: 'bench lines', role: 'admin' }),
  });
  if (tok.status !== 201) throw new Error(`token creation failed: ${tok.status} ${await tok.text()}`);
  return ((await tok.json()) as { secret: string }).secret;
}

/** Which list options GET /api/lines offers (the issue asks for an offer filter and sorting). */
async function apiSupport(r: LinesReady, token: string, offer: string): Promise<ApiSupport> {
  const ok = async (query: string) =>
    (
      await fetch(`${r.relaisUrl}/api/lines?limit=1&${query}`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).status === 200;
  let sort: string | null = null;
  for (const candidate of ['-createdAt', 'msisdn', '-activatedAt']) {
    if (await ok(`sort=${candidate}`)) {
      sort = candidate;
      break;
    }
  }
  return { offer: await ok(`offer=${encodeURIComponent(offer)}`), sort };
}

/** Every input of every scenario answers 200 on both servers; every search finds something. */
/**
 * Every input of every scenario answers 200 on both servers, every search finds something, and
 * both servers agree on the total. Returns the totals (matches of a search, lines of a list).
 */
async function check(r: LinesReady, s: Scenario, token: string): Promise<number[]> {
  const totals: number[] = [];
  const [relais, bare] = VARIANTS.map((v) => v.target(r, s, token)) as [Target, Target];
  const paths = s.group === 'detail' ? s.paths.slice(0, 64) : s.paths;
  for (const p of paths) {
    const got: { total?: number }[] = [];
    for (const [t, prefix] of [
      [relais, '/api/'],
      [bare, '/bare/'],
    ] as const) {
      const res = await fetch(`${t.url}${prefix}${p}`, { headers: t.headers ?? {} });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`${s.id} ${prefix}${p}: ${res.status} ${text.slice(0, 300)}`);
      got.push(JSON.parse(text) as { total?: number });
    }
    const [a, b] = got as [{ total?: number }, { total?: number }];
    if (s.group === 'search' && !(a.total && a.total > 0)) {
      throw new Error(`${s.id} ${p}: the search found nothing; the scenario would measure a miss`);
    }
    if (a.total !== b.total)
      throw new Error(`${s.id} ${p}: Relais counts ${a.total}, the bare route ${b.total}`);
    if (a.total !== undefined) totals.push(a.total);
  }
  return totals;
}

interface Explained {
  after: ExplainedStatement[];
  before: ExplainedStatement[] | null;
}

interface Result {
  fleet: Fleet;
  version: string;
  api: ApiSupport;
  scenarios: Scenario[];
  runs: Map<string, Measurement[]>;
  explained: Map<string, Explained>;
  /** Per scenario, the totals its inputs answer (accounts found, lines listed). */
  totals: Map<string, number[]>;
  hidden: string[];
  samples: Samples;
}

const key = (s: Scenario, v: Variant) => `${s.id}:${v.id}`;

async function runAll(ctx: EntryContext): Promise<Result> {
  const { opts, log } = ctx;
  const fleet = await ensureFleet({
    baseUrl: opts.databaseUrl,
    lines: opts.lines,
    accounts: opts.accounts,
    rebuild: opts.rebuildFleet,
    log,
  });
  const cleanups: (() => Promise<void>)[] = [];
  if (opts.dropFleet) cleanups.push(() => dropFleet(opts.databaseUrl, fleet.database));
  try {
    const version = await serverVersion(fleet.url);
    const samples = await sample(fleet.url, fleet.tenantId);
    const probe = await backendCpuProbe(fleet.url, fleet.database);
    cleanups.unshift(() => probe.close());
    log('lines: starting Relais (startRelais) and the bare server');
    const child: ChildServer<LinesReady> = await startChild<LinesReady>(SERVER, {
      BENCH_DB_URL: fleet.url,
      BENCH_POOL: String(opts.pool),
      BENCH_LOG_LEVEL: opts.logLevel,
      BENCH_TENANT_ID: fleet.tenantId,
    });
    const forget = onInterrupt(() => child.close());
    cleanups.unshift(async () => {
      forget();
      await child.close();
    });
    const r = child.ready;
    const token = await signIn(r, fleet);
    const api = await apiSupport(r, token, samples.offers[0]?.offer ?? 'orange-payg');
    log(
      `lines: API offers ${api.offer ? 'an offer filter' : 'no offer filter'}, ${api.sort ? `sort ${api.sort}` : 'a fixed order'}`,
    );
    const list = scenarios(samples, api);
    const totals = new Map<string, number[]>();
    for (const s of list) totals.set(s.id, await check(r, s, token));

    const probes: Probe[] = [
      { name: 'serverCpu', read: () => child.call<number>('cpu') },
      { name: 'served', read: () => child.call<number>('served') },
      selfCpuProbe,
      probe.probe,
    ];
    if (opts.warmup > 0) {
      log(`lines: warm-up ${opts.warmup} s × ${list.length * VARIANTS.length}`);
      for (const s of list)
        for (const v of VARIANTS) await load(v.target(r, s, token), opts.warmup, opts.connections);
    }
    const runs = new Map<string, Measurement[]>();
    for (let round = 0; round < opts.rounds; round++) {
      for (const s of round % 2 === 0 ? list : [...list].reverse()) {
        for (const v of round % 2 === 0 ? VARIANTS : [...VARIANTS].reverse()) {
          const m = await measure(v.target(r, s, token), opts.duration, opts.connections, probes);
          const k = key(s, v);
          runs.set(k, [...(runs.get(k) ?? []), m]);
          log(
            `lines round ${round + 1}/${opts.rounds} ${s.id.padEnd(18)} ${v.id.padEnd(6)} ${fmt(m.rps).padStart(6)} req/s  ` +
              `p50 ${m.p50.toFixed(1)} ms  p99 ${m.p99.toFixed(1)} ms`,
          );
        }
      }
    }

    const hidden = migrationIndexes();
    const explained = new Map<string, Explained>();
    for (const s of list) {
      const after = await child.call<ExplainedStatement[]>('explain', {
        useCase: s.useCase,
        hide: [],
        repeat: 3,
      });
      const before =
        hidden.length > 0
          ? await child.call<ExplainedStatement[]>('explain', { useCase: s.useCase, hide: hidden, repeat: 3 })
          : null;
      explained.set(s.id, { after, before });
      const ms = (x: ExplainedStatement[]) => x.reduce((a, b) => a + b.ms, 0).toFixed(2);
      log(
        `lines explain ${s.id.padEnd(18)} ${ms(after)} ms${before ? ` (without 0011: ${ms(before)} ms)` : ''}`,
      );
    }
    return { fleet, version, api, scenarios: list, runs, explained, totals, hidden, samples };
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
  other: number;
}

function otherShare(m: Measurement): number {
  if (m.machineBusyMicros === null || !m.machineTotalMicros) return NaN;
  const known = (m.deltas.serverCpu ?? 0) + (m.deltas.pgCpu ?? 0) + (m.deltas.loadgenCpu ?? 0);
  return Math.max(0, (m.machineBusyMicros - known) / m.machineTotalMicros);
}

function summarize(ms: Measurement[]): Summary {
  const per = (name: string) =>
    median(ms.map((m) => (m.deltas[name] ?? NaN) / (m.deltas.served ?? m.requests)));
  return {
    rps: median(ms.map((m) => m.rps)),
    spread: spreadPct(ms.map((m) => m.rps)),
    p50: median(ms.map((m) => m.p50)),
    p99: median(ms.map((m) => m.p99)),
    serverCpu: per('serverCpu'),
    pgCpu: per('pgCpu'),
    other: median(ms.map(otherShare)),
  };
}

const ms1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const us = (n: number) => (Number.isFinite(n) ? fmt(n, n < 10 ? 1 : 0) : '–');

function commandLine(o: BenchOptions): string {
  return (
    `npm run bench -- --lines ${o.lines}${o.accounts !== Math.round(o.lines / 5) ? ` --accounts ${o.accounts}` : ''} ` +
    `--duration ${o.duration} --warmup ${o.warmup} --rounds ${o.rounds} --connections ${o.connections} --pool ${o.pool}`
  );
}

function statementName(sql: string): string {
  if (/tenant_id = relais_tenant\(\) AND \$1::text IS NOT NULL AND search_vector/.test(sql)) {
    return 'inside relais_search_accounts (as owner)';
  }
  if (/^SELECT count\(\*\)/i.test(sql)) return 'count';
  if (/FROM line_options/i.test(sql)) return 'options';
  if (/FROM tenants/i.test(sql)) return 'tenant settings';
  if (/FROM lines l JOIN/i.test(sql)) return 'rows';
  if (/FROM customer_accounts WHERE/i.test(sql)) return 'rows';
  return 'statement';
}

function render(ctx: EntryContext, res: Result, started: Date, code: string): string {
  const { opts, machine } = ctx;
  const { fleet } = res;
  const out: string[] = [];
  const get = (s: Scenario, v: Variant) => summarize(res.runs.get(key(s, v)) ?? []);
  const relais = VARIANTS[0] as Variant;
  const bare = VARIANTS[1] as Variant;

  out.push(
    `Run on ${started.toISOString().replace(/\.\d+Z$/, 'Z')} with \`${commandLine(opts)}\`. ` +
      `A reseller with **${fmt(fleet.lines)} lines and ${fmt(fleet.accounts)} accounts** on PostgreSQL; account ` +
      `search, the fleet list and the line detail through the real HTTP server at ${opts.connections} concurrent ` +
      `clients, each against a bare route running the same use case in the same run. Target (issue 3 §8): ` +
      `**p99 ≤ ${TARGET_P99_MS} ms**.`,
  );

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
        ['Code under test', code],
        ['PostgreSQL', res.version],
      ],
      ['l', 'l'],
    ),
  );

  out.push('### Data set');
  const states = [...res.samples.stateCounts.entries()].sort((a, b) => b[1] - a[1]);
  const total = states.reduce((a, [, n]) => a + n, 0);
  out.push(
    `Database \`${fleet.database}\`, ${fleet.built ? `built in this run in ${fmt(fleet.buildSeconds)} s` : `reused from the cache (built in ${fmt(fleet.buildSeconds)} s)`}` +
      `${fleet.migrated.length > 0 ? `; migrations applied to it in this run: ${fleet.migrated.join(', ')}` : ''}. ` +
      `Built by \`bench/lib/fleet.ts\` in a few \`INSERT … SELECT\` statements as the owner, through every constraint ` +
      `(secondary indexes and foreign keys added after the load, which checks them once), then \`VACUUM (ANALYZE)\`. ` +
      `Businesses (40 %, SIRET with a valid key, a contact person, fleets from one line to ` +
      `${fmt(res.samples.biggestAccount.lines)}, power-law sized) and private persons (one to three lines); French names, ` +
      `e-mails and valid E.164 phones; offers of the real catalog on both networks; 10-digit MSISDNs and 14-digit Orange ` +
      `data/M2M numbers; Luhn-valid ICCIDs; options on about 40 % of voice lines. A second tenant with 1 % of the ` +
      `data gives row-level security rows to filter out. Line states: ` +
      states.map(([s, n]) => `${s} ${((n / total) * 100).toFixed(1)} %`).join(', ') +
      '.',
  );
  out.push(
    table(
      ['Table', 'rows (both tenants)', 'table MiB', 'indexes MiB'],
      fleet.tables.map((t) => [`\`${t.table}\``, fmt(t.rows), fmt(t.tableMb), fmt(t.indexMb)]),
    ),
  );

  out.push('### Method');
  out.push(
    [
      `- **Server.** \`bench/servers/lines.ts\`, a child process: Relais started by \`startRelais\` — what \`npm start\` runs (migrations, catalog, worker, HTTP server, production logger to a discarded stdout, \`NODE_ENV=production\`), pool ${opts.pool} (\`RELAIS_DB_POOL\`). Requests carry an API token created through \`POST /api/tokens\` by the tenant's admin.`,
      `- **Baseline.** A bare Fastify route in the same process running the same use case — the modules' own \`service.ts\`/\`store.ts\`, so the same SQL and plans — on a plain \`pg.Pool\` (${opts.pool} connections) whose connections are scoped to the tenant once per session (\`SET ROLE relais_app\`, \`relais.tenant_id\`): no Relais HTTP stack, no authentication, no transaction. _Relais / bare_ is the ratio of their req/s: the cost of the stack around the same queries.`,
      `- **Load.** autocannon, ${opts.connections} connections, no pipelining; each scenario cycles through its inputs (table below) so that no single cached answer is measured. ${opts.warmup} s of warm-up per scenario and server, then ${opts.rounds} interleaved rounds of ${opts.duration} s (alternating direction); reported: the median over the rounds of req/s and of each round's exact p50/p99 over every response. Any non-2xx answer aborts the run; before measuring, every input is checked to answer 200 on both servers and every search to find at least one account.`,
      `- **Plans.** After the load, each scenario's use case (its first input) runs once more in a tenant transaction where every statement is sent as \`EXPLAIN (ANALYZE, BUFFERS)\` (3 times, median time kept), as Relais runs it (role \`relais_app\`, row-level security on). _Without 0011_ repeats that with the indexes of migration \`0011_search_indexes.sql\` (${res.hidden.length > 0 ? res.hidden.map((n) => `\`${n}\``).join(', ') : 'none found'}) dropped inside that transaction, then rolled back, and the account search sent as the store wrote it before that migration (word and e-mail matches inline under row-level security, the search as \`OR id IN (…)\`; \`sqlBefore0011\` in the server): the plans and SQL time before, on the same data.`,
    ].join('\n'),
  );

  out.push('### Results');
  const rows = res.scenarios.map((s) => {
    const a = get(s, relais);
    const b = get(s, bare);
    return [
      s.label,
      fmt(a.rps),
      `± ${a.spread.toFixed(0)} %`,
      ms1(a.p50),
      `**${ms1(a.p99)}**`,
      a.p99 <= TARGET_P99_MS ? 'met' : '**missed**',
      fmt(b.rps),
      ms1(b.p99),
      `${((a.rps / b.rps) * 100).toFixed(0)} %`,
      us(a.serverCpu),
      us(a.pgCpu),
    ];
  });
  out.push(
    table(
      [
        'Scenario',
        'Relais req/s',
        'runs',
        'p50 ms',
        'p99 ms',
        `p99 ≤ ${TARGET_P99_MS} ms`,
        'bare req/s',
        'bare p99 ms',
        'Relais / bare',
        'server CPU µs/req',
        'PG CPU µs/req',
      ],
      rows,
    ),
  );
  const others = res.scenarios.flatMap((s) => VARIANTS.map((v) => get(s, v).other));
  const disturbed = median(others);
  if (disturbed > DISTURBED) {
    out.push(
      `> **Noisy machine:** other processes used a median ${(disturbed * 100).toFixed(0)} % of the machine's CPU during ` +
        `these runs (threshold ${DISTURBED * 100} %); absolute figures are pessimistic, ratios less affected. Re-run on a ` +
        `quiet machine: \`${commandLine(opts)}\`.`,
    );
  }
  out.push(
    table(
      ['Scenario', 'inputs', 'total per input: median (min–max)'],
      res.scenarios.map((s) => {
        const t = [...(res.totals.get(s.id) ?? [])].sort((a, b) => a - b);
        return [
          s.label,
          s.inputs,
          t.length > 0 ? `${fmt(median(t))} (${fmt(t[0] as number)}–${fmt(t[t.length - 1] as number)})` : '–',
        ];
      }),
      ['l', 'l', 'r'],
    ),
  );
  if (!res.api.offer || !res.api.sort) {
    out.push(
      `> \`GET /api/lines\` offers ${res.api.offer ? 'an offer filter' : '**no offer filter**'} and ` +
        `${res.api.sort ? `sorting (\`sort=${res.api.sort}\` measured)` : '**no sort parameter** (its order is fixed: `created_at DESC, position, id`)'}` +
        ` in this code; the scenarios measure what the API offers.`,
    );
  }

  out.push('### Indexes and plans');
  out.push(
    `Per scenario: the statements the use case runs, the indexes their plans read with migration 0011 (and any ` +
      `sequential scan), and the SQL time (EXPLAIN ANALYZE planning + execution, summed over the statements) with and ` +
      `without the 0011 indexes.`,
  );
  const planRows = res.scenarios.map((s) => {
    const e = res.explained.get(s.id);
    if (!e) return [s.label, '–', '–', '–', '–'];
    const sum = (x: ExplainedStatement[]) => x.reduce((a, b) => a + b.ms, 0);
    const used = e.after
      .map((st) => {
        const idx = st.indexes.map((i) => `\`${i}\``).join(', ') || '—';
        const seq =
          st.seqScans.length > 0 ? `; **seq scan** ${st.seqScans.map((t) => `\`${t}\``).join(', ')}` : '';
        return `${statementName(st.sql)}: ${idx}${seq}`;
      })
      .join('<br>');
    const beforeSeq = e.before
      ? [...new Set(e.before.flatMap((st) => st.seqScans))].map((t) => `\`${t}\``).join(', ') || '—'
      : '–';
    return [s.label, used, ms1b(sum(e.after)), e.before ? ms1b(sum(e.before)) : '–', beforeSeq];
  });
  out.push(
    table(
      [
        'Scenario',
        'statement: indexes read (with 0011)',
        'SQL ms',
        'SQL ms without 0011',
        'seq scans without 0011',
      ],
      planRows,
      ['l', 'l', 'r', 'r', 'l'],
    ),
  );
  for (const s of res.scenarios) {
    const e = res.explained.get(s.id);
    if (!e) continue;
    const body = e.after
      .map(
        (st) =>
          `\`${statementName(st.sql)}\` — params \`${JSON.stringify(st.params).slice(0, 200)}\`\n\n\`\`\`sql\n${st.sql}\n\`\`\`\n\n\`\`\`text\n${st.plan}\n\`\`\``,
      )
      .join('\n\n');
    const before = e.before
      ? `\n\n**Without the 0011 indexes:**\n\n` +
        e.before.map((st) => `\`${statementName(st.sql)}\`\n\n\`\`\`text\n${st.plan}\n\`\`\``).join('\n\n')
      : '';
    out.push(details(`Plans: ${s.label}`, body + before));
  }

  const every = res.scenarios.flatMap((s) =>
    VARIANTS.flatMap((v) =>
      (res.runs.get(key(s, v)) ?? []).map((m, i) => [
        s.id,
        v.id,
        i + 1,
        fmt(m.rps),
        ms1(m.p50),
        ms1(m.p99),
        fmt(m.requests),
        m.machineBusyMicros !== null && m.machineTotalMicros
          ? `${((m.machineBusyMicros / m.machineTotalMicros) * 100).toFixed(0)} %`
          : '–',
        Number.isFinite(otherShare(m)) ? `${(otherShare(m) * 100).toFixed(0)} %` : '–',
      ]),
    ),
  );
  out.push(
    details(
      'Every run',
      `_Other_ is the share of the machine's CPU used by processes other than the server, the bench database's ` +
        `PostgreSQL backends and autocannon.\n\n` +
        table(
          ['Scenario', 'Server', 'Round', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'machine busy', 'other'],
          every,
        ),
    ),
  );
  out.push(
    `Re-run (the data set is cached in \`${fleet.database}\` and rebuilt only when the generator, the size or an ` +
      `applied migration changes): \`${commandLine(opts)}\`.`,
  );
  return out.join('\n\n');
}

function ms1b(n: number): string {
  return Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '–';
}

export const linesEntry: BenchEntry = {
  id: 'lines',
  title: 'Fleet at scale (issue 3 §8) — account search, fleet list, line detail on PostgreSQL',
  optIn: true,
  async run(ctx) {
    const started = new Date();
    const code = codeState(ROOT);
    const res = await runAll(ctx);
    return render(ctx, res, started, code);
  },
};
