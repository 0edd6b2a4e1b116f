import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { BenchEntry, EntryContext } from './types.ts';
import type { BenchOptions } from '../lib/cli.ts';
import type { ExplainedStatement, LinesReady, UseCase } from '../servers/lines.ts';
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
import { backendCpuProbe, serverVersion } from '../lib/pg.ts';
import { details, table } from '../lib/markdown.ts';
import { codeState } from '../lib/machine.ts';
import { fmt, median, pct, spreadPct } from '../lib/stats.ts';
import { dropFleet, ensureFleet, type Fleet } from '../lib/fleet.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = fileURLToPath(new URL('../servers/lines.ts', import.meta.url));
/** The migration that holds the indexes this benchmark asked for (issue 3 §8). */
const INDEX_MIGRATION = fileURLToPath(
  new URL('../../src/platform/db/migrations/0011_search_indexes.sql', import.meta.url),
);
/**
 * Issue 14's targets, at FAIR_CONNECTIONS clients: a precise read (line detail, an account's lines,
 * a search by SIRET, phone, MSISDN or ICCID) within 20 ms at p99, a fleet list or a name search
 * within 50 ms; each at least 80 % of its bare route's req/s.
 */
const TARGET_P99_MS: Record<Reach, number> = { precise: 20, broad: 50 };
const TARGET_RATIO = 0.8;
const DISTURBED = 0.15;

type Group = 'search' | 'list' | 'detail';
type Reach = 'precise' | 'broad';

interface Scenario {
  id: string;
  group: Group;
  /** Which of the issue's targets applies. */
  reach: Reach;
  label: string;
  /** What the inputs are, for the report. */
  inputs: string;
  /** Each input as a use case, in the order the load cycles through them. */
  useCases: UseCase[];
  /** The next lever when the time is in the use case itself (its SQL and rows), for the report. */
  sqlLever: string;
}

/** The path of a use case under /api (Relais) and /bare (baseline), with its query. */
function pathOf(u: UseCase): string {
  if (u.kind === 'line') return `lines/${u.id}`;
  const q = qs(u.query);
  return q ? `${u.kind}?${q}` : u.kind;
}

const pathsOf = (s: Scenario) => s.useCases.map(pathOf);

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
      paths: pathsOf(s).map((p) => `/api/${p}`),
      headers: { authorization: `Bearer ${token}` },
    }),
  },
  {
    id: 'bare',
    label: 'bare route, same use case',
    target: (r, s) => ({ url: r.bareUrl, paths: pathsOf(s).map((p) => `/bare/${p}`) }),
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

const STATES = ['active', 'suspended', 'terminated', 'in_progress', 'cancelled'] as const;
const NETWORKS = ['orange', 'bouygues'] as const;

interface Samples {
  names: string[];
  /** Line user names ("Inès Aubry"), for the fleet search. */
  userNames: string[];
  sirets: string[];
  phones: string[];
  msisdns: string[];
  iccids: string[];
  lineIds: string[];
  accountIds: string[];
  biggestAccount: { id: string; lines: number };
  offers: { network: string; offer: string; lines: number }[];
  stateCounts: Map<string, number>;
  /** Lines per state and network, counted from the lines themselves: what the fleet figures must say. */
  fleetCounts: { state: string; network: string; n: number }[];
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
    const userNames = await col(
      `SELECT user_name AS v FROM lines WHERE tenant_id = $1 ORDER BY md5(id::text) LIMIT 48`,
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
    const fleet = await c.query<{ state: string; network: string; n: number }>(
      `SELECT state, network, count(*)::int AS n FROM lines WHERE tenant_id = $1 GROUP BY 1, 2`,
      [tenantId],
    );
    const stateCounts = new Map<string, number>();
    for (const r of fleet.rows) stateCounts.set(r.state, (stateCounts.get(r.state) ?? 0) + r.n);
    return {
      names: nameInputs(people.rows, companies),
      userNames,
      sirets,
      phones: phones.map(national),
      msisdns,
      iccids,
      lineIds,
      accountIds,
      biggestAccount: { id: big.rows[0]?.id ?? '', lines: big.rows[0]?.n ?? 0 },
      offers: offers.rows,
      stateCounts,
      fleetCounts: fleet.rows,
    };
  } finally {
    await c.end();
  }
}

/** A surname's first letters as an agent types them: 4 to 6, never the whole name ("Dubo"). */
const prefixOf = (name: string) => name.slice(0, Math.max(4, Math.min(6, name.length - 1)));

/**
 * Name fragments as an agent types them, from accounts of the data set: a surname's first letters,
 * a person's full name, a company's first word and a name's first letters ("Transp Dubo").
 */
function nameInputs(people: { first: string; last: string }[], companies: string[]): string[] {
  const out: string[] = [];
  people.forEach((p, i) => {
    out.push(i % 2 === 0 ? prefixOf(p.last) : `${p.first} ${p.last}`);
  });
  for (const c of companies) {
    const [activity = '', name = ''] = c.split(' ');
    out.push(`${activity.slice(0, 6)} ${name.slice(0, 4)}`.trim());
  }
  return out;
}

/**
 * What an agent types in the fleet page's search to find a line by its user, from user names of
 * the data set ("Inès Aubry"): mostly surnames (the first letters, all of it, a piece from inside,
 * three letters: the trigram minimum), the full name, sometimes a first name alone. Never under
 * three letters, and in the case the user name has or in lower case, as agents type.
 */
function userNameInputs(userNames: string[]): string[] {
  return userNames.map((name, i) => {
    const space = name.indexOf(' ');
    const first = space > 0 ? name.slice(0, space) : name;
    const last = space > 0 ? name.slice(space + 1) : name;
    const lower = last.toLowerCase();
    const fragment = [
      name,
      prefixOf(lower),
      last.length >= 6 ? lower.slice(1, 5) : lower,
      first,
      name.toLowerCase(),
      prefixOf(last),
      last,
      lower.slice(0, 3),
    ][i % 8] as string;
    return fragment.length >= 3 ? fragment : name;
  });
}

interface ApiSupport {
  offer: boolean;
  sort: string | null;
}

/** Where the time of a precise search goes when its own SQL is the cost. */
const SEARCH_LEVER =
  'its own SQL: the search reads one or a few rows by unique index, so the cost is the fixed part ' +
  '(the union of every search source, planned as a whole), e.g. only the sources the input can match';
const FLEET_LIST_LEVER =
  'the rows of its page: the page joins 25 lines to their account, order and catalog offer name; ' +
  'a covering index for the order, or the offer names without the per-row catalog subquery';

function scenarios(s: Samples, api: ApiSupport): Scenario[] {
  const accounts = (q: string): UseCase => ({ kind: 'accounts', query: { q } });
  const lines = (query: Record<string, string>): UseCase => ({ kind: 'lines', query });
  const search = (id: string, label: string, inputs: string, qs0: string[]): Scenario => ({
    id,
    group: 'search',
    reach: 'precise',
    label,
    inputs,
    useCases: qs0.map(accounts),
    sqlLever: SEARCH_LEVER,
  });
  const list = (
    id: string,
    label: string,
    inputs: string,
    queries: Record<string, string>[],
    reach: Reach = 'broad',
  ): Scenario => ({
    id,
    group: 'list',
    reach,
    label,
    inputs,
    useCases: queries.map(lines),
    sqlLever: FLEET_LIST_LEVER,
  });
  const sort: Record<string, string> = api.sort ? { sort: api.sort } : {};
  const top = s.offers.slice(0, 16);
  const out: Scenario[] = [
    {
      ...search(
        'search-name',
        'Account search by name fragment',
        'surname prefixes (“Dubo”), full names (“Inès Aubry”), company and name fragments (“Transp Dubo”) of 48 accounts',
        s.names,
      ),
      reach: 'broad',
      sqlLever:
        'the matches themselves: a common name prefix finds thousands of accounts, each read to be sorted by ' +
        'name (and counted in the same pass); read the page in name order from an index on the name when the ' +
        'matches are many, or count less (a lower cap for searches)',
    },
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
    {
      ...list(
        'fleet-search-name',
        'Fleet search by user name (trigram)',
        '48 fragments of line user names: surname prefixes (“dubo”), whole surnames, 4 letters from inside (“uboi”), ' +
          'the first 3 letters, full names (“Inès Aubry”), first names alone',
        userNameInputs(s.userNames).map((q) => ({ q, ...sort })),
      ),
      group: 'search',
      sqlLever:
        'the count: the page itself is cheap since 0072 (the newest 25 read from the index that carries the ' +
        'user name, the walk stopping at the page), but the total counts the matches through the trigram ' +
        'index up to its cap of 1,000, most of the PostgreSQL CPU per request; next, a lower cap for name ' +
        'searches (« plus de 100 »), or the count asked for only when the user opens the last page',
    },
    {
      ...list(
        'fleet-search-number',
        'Fleet search by MSISDN or ICCID',
        '32 line numbers and 32 ICCIDs typed whole in the fleet search',
        s.msisdns
          .slice(0, 32)
          .flatMap((m, i) => [m, s.iccids[i] ?? m])
          .map((q) => ({ q, ...sort })),
        'precise',
      ),
      group: 'search',
      sqlLever: SEARCH_LEVER,
    },
    list(
      'fleet-figures',
      'Fleet figures (the fleet page’s totals by state × network)',
      `every state (and none) × every network (and none)${api.sort ? `, sort=${api.sort}` : ''}: 18 page views`,
      ['', ...STATES].flatMap((state) =>
        ['', ...NETWORKS].map((network) => ({
          ...(state ? { state } : {}),
          ...(network ? { network } : {}),
          ...sort,
        })),
      ),
    ),
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
        NETWORKS.map((network) => ({ state, network, ...sort })),
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
      'precise',
    ),
    {
      id: 'detail',
      group: 'detail',
      reach: 'precise',
      label: 'Line detail',
      inputs: '512 random lines',
      useCases: s.lineIds.map((id) => ({ kind: 'line', id })),
      sqlLever: 'its own SQL: one line by key, joined to its account, order, offer name and options',
    },
  );
  return out;
}

/** The lines the fleet figures must count for a filter, from the data set itself. */
function expectedFleetTotal(s: Samples, query: Record<string, string>): number {
  return s.fleetCounts
    .filter(
      (c) => (!query.state || c.state === query.state) && (!query.network || c.network === query.network),
    )
    .reduce((a, c) => a + c.n, 0);
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

/**
 * Every input of every scenario answers 200 on both servers, every search finds something, and
 * both servers agree on the total. Returns the total of each input checked, in order (matches of a
 * search, lines of a list; undefined for a line's detail, which has none).
 */
async function check(r: LinesReady, s: Scenario, token: string): Promise<(number | undefined)[]> {
  const totals: (number | undefined)[] = [];
  const [relais, bare] = VARIANTS.map((v) => v.target(r, s, token)) as [Target, Target];
  const paths = s.group === 'detail' ? pathsOf(s).slice(0, 64) : pathsOf(s);
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
    totals.push(a.total);
  }
  return totals;
}

interface Explained {
  /** The input explained: the one with the largest total (the heaviest), else the first. */
  input: number;
  after: ExplainedStatement[];
  before: ExplainedStatement[] | null;
}

interface Result {
  fleet: Fleet;
  version: string;
  api: ApiSupport;
  scenarios: Scenario[];
  /** Concurrencies measured: FAIR_CONNECTIONS (the targets) first, then --connections if another. */
  concurrencies: number[];
  runs: Map<string, Measurement[]>;
  explained: Map<string, Explained>;
  /** Per scenario, the totals its inputs answer (accounts found, lines listed). */
  totals: Map<string, (number | undefined)[]>;
  /** Fleet figures that differ from the lines counted in the data set (expected none). */
  wrongFigures: string[];
  hidden: string[];
  samples: Samples;
  seconds: number;
}

const key = (c: number, s: Scenario, v: Variant) => `${c}:${s.id}:${v.id}`;

const sumMs = (x: ExplainedStatement[]) => x.reduce((a, b) => a + b.ms, 0);

async function runAll(ctx: EntryContext): Promise<Result> {
  const { opts, log } = ctx;
  const t0 = performance.now();
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
    log('lines: sampling inputs');
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
    const totals = new Map<string, (number | undefined)[]>();
    const wrongFigures: string[] = [];
    for (const s of list) {
      const t = await check(r, s, token);
      totals.set(s.id, t);
      if (s.id !== 'fleet-figures') continue;
      s.useCases.forEach((u, i) => {
        if (u.kind !== 'lines') return;
        const expected = expectedFleetTotal(samples, u.query);
        if (t[i] !== expected)
          wrongFigures.push(`${pathOf(u)}: ${fmt(t[i] ?? NaN)}, the lines: ${fmt(expected)}`);
      });
    }

    const probes: Probe[] = [
      { name: 'serverCpu', read: () => child.call<number>('cpu') },
      { name: 'served', read: () => child.call<number>('served') },
      selfCpuProbe,
      probe.probe,
    ];
    const concurrencies = [...new Set([FAIR_CONNECTIONS, opts.connections])];
    const runs = new Map<string, Measurement[]>();
    for (const c of concurrencies) {
      if (opts.warmup > 0) {
        log(`lines: warm-up ${opts.warmup} s × ${list.length * VARIANTS.length} at ${c} clients`);
        for (const s of list) for (const v of VARIANTS) await load(v.target(r, s, token), opts.warmup, c);
      }
      for (let round = 0; round < opts.rounds; round++) {
        for (const s of round % 2 === 0 ? list : [...list].reverse()) {
          for (const v of round % 2 === 0 ? VARIANTS : [...VARIANTS].reverse()) {
            const m = await measure(v.target(r, s, token), opts.duration, c, probes);
            const k = key(c, s, v);
            runs.set(k, [...(runs.get(k) ?? []), m]);
            log(
              `lines c=${c} round ${round + 1}/${opts.rounds} ${s.id.padEnd(19)} ${v.id.padEnd(6)} ${fmt(m.rps).padStart(6)} req/s  ` +
                `p50 ${m.p50.toFixed(1)} ms  p99 ${m.p99.toFixed(1)} ms`,
            );
          }
        }
      }
    }

    const hidden = migrationIndexes();
    const explained = new Map<string, Explained>();
    for (const s of list) {
      const t = totals.get(s.id) ?? [];
      const input = t.reduce<number>((best, n, i) => ((n ?? -1) > (t[best] ?? -1) ? i : best), 0);
      const useCase = s.useCases[input] as UseCase;
      const after = await child.call<ExplainedStatement[]>('explain', { useCase, hide: [], repeat: 3 });
      const before =
        hidden.length > 0
          ? await child.call<ExplainedStatement[]>('explain', { useCase, hide: hidden, repeat: 3 })
          : null;
      explained.set(s.id, { input, after, before });
      log(
        `lines explain ${s.id.padEnd(19)} ${sumMs(after).toFixed(2)} ms${before ? ` (without 0011: ${sumMs(before).toFixed(2)} ms)` : ''}`,
      );
    }
    return {
      fleet,
      version,
      api,
      scenarios: list,
      concurrencies,
      runs,
      explained,
      totals,
      wrongFigures,
      hidden,
      samples,
      seconds: (performance.now() - t0) / 1000,
    };
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
  /** Share of the machine's CPU busy (every process). */
  busy: number;
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
    busy: median(
      ms.map((m) =>
        m.machineBusyMicros !== null && m.machineTotalMicros
          ? m.machineBusyMicros / m.machineTotalMicros
          : NaN,
      ),
    ),
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

function statementName(st: ExplainedStatement): string {
  const sql = st.sql;
  if (st.inside) return `inside ${st.inside} (as owner)`;
  if (/FROM line_counts/i.test(sql)) return 'total (line_counts)';
  if (/^SELECT count\(\*\)/i.test(sql)) return 'count';
  if (/FROM line_options/i.test(sql)) return 'options';
  if (/FROM tenants/i.test(sql)) return 'tenant settings';
  if (/FROM lines l\b/i.test(sql)) return 'rows';
  if (/FROM customer_accounts WHERE/i.test(sql)) return 'rows';
  return 'statement';
}

/** Where a page's total comes from: the counters, a count of the matches, or the page itself. */
function totalSource(e: Explained | undefined, s: Scenario): string {
  if (s.group === 'detail') return '—';
  if (!e) return '–';
  if (e.after.some((st) => /FROM line_counts/i.test(st.sql))) return '`line_counts` (kept by triggers)';
  if (e.after.some((st) => /^SELECT count\(\*\)/i.test(st.sql))) return `count of the matches (capped)`;
  if (e.after.some((st) => /count\(\*\) OVER \(\)/i.test(st.sql))) {
    return 'counted with the page (a window over the matches)';
  }
  return 'the page (shorter than its limit)';
}

/** Lists the fleet page opens with its filters only (no search, no account): never a count of lines. */
const isFleetPageView = (s: Scenario) =>
  s.group === 'list' &&
  s.useCases.every((u) => u.kind === 'lines' && u.query.q === undefined && u.query.accountId === undefined);

const STACK_LEVER =
  'the per-request cost of the HTTP stack around the same use case (request logging, helmet, the ' +
  'one-round-trip tenant transaction instead of a session-scoped connection; measured piece by piece by ' +
  'the `users-get` entry, “How to close the gap”)';

interface Verdict {
  p99: boolean;
  ratio: boolean;
}

function verdictOf(s: Scenario, a: Summary, b: Summary): Verdict {
  return { p99: a.p99 <= TARGET_P99_MS[s.reach], ratio: a.rps / b.rps >= TARGET_RATIO };
}

/** For a missed target: where the time goes (SQL, stack, queue) and the next lever. */
function missReason(
  s: Scenario,
  a: Summary,
  b: Summary,
  v: Verdict,
  e: Explained | undefined,
  totals: (number | undefined)[],
): string {
  const target = TARGET_P99_MS[s.reach];
  const sql = e ? sumMs(e.after) : NaN;
  const heaviest = e ? totals[e.input] : undefined;
  const stack = Math.max(0, a.p50 - b.p50);
  const misses = [
    v.p99 ? null : `p99 ${ms1(a.p99)} ms against ${target} ms`,
    v.ratio ? null : `${pct(a.rps / b.rps)} of the bare route’s req/s against ${pct(TARGET_RATIO)}`,
  ].filter(Boolean);
  const facts =
    `SQL ${ms1b(sql)} ms (EXPLAIN ANALYZE of its heaviest input${heaviest !== undefined ? `, ${fmt(heaviest)} found` : ''}); ` +
    `p50 ${ms1(a.p50)} ms through Relais, ${ms1(b.p50)} ms bare, so the stack adds ${ms1(stack)} ms; ` +
    `${us(a.serverCpu)} µs of server CPU and ${us(a.pgCpu)} µs of PostgreSQL CPU per request; the machine ` +
    `${pct(a.busy)} busy.`;
  let where: string;
  if (!v.p99 && b.p99 > target) {
    where =
      `The bare route misses too (p99 ${ms1(b.p99)} ms): the time is in the use case, not the stack. ` +
      `Next lever: ${s.sqlLever}.`;
  } else if (!v.p99 && a.busy >= 0.9 && sql < target / 4) {
    where =
      `The SQL is a small part and the 2 cores are saturated: the p99 is the queue behind other requests. ` +
      `Next lever: fewer CPU µs per request, first ${STACK_LEVER}.`;
  } else {
    where = `The bare route meets it: the time is in the stack. Next lever: ${STACK_LEVER}.`;
  }
  return `- **${s.label}** — ${misses.join('; ')}. ${facts} ${where}`;
}

function resultRows(res: Result, c: number, withTargets: boolean): string[][] {
  const relais = VARIANTS[0] as Variant;
  const bare = VARIANTS[1] as Variant;
  return res.scenarios.map((s) => {
    const a = summarize(res.runs.get(key(c, s, relais)) ?? []);
    const b = summarize(res.runs.get(key(c, s, bare)) ?? []);
    const v = verdictOf(s, a, b);
    const ratio = `${pct(a.rps / b.rps)}`;
    return [
      s.label,
      ...(withTargets ? [`≤ ${TARGET_P99_MS[s.reach]} ms`] : []),
      fmt(a.rps),
      `± ${a.spread.toFixed(0)} %`,
      ms1(a.p50),
      `**${ms1(a.p99)}**`,
      fmt(b.rps),
      ms1(b.p99),
      withTargets && !v.ratio ? `**${ratio}**` : ratio,
      ...(withTargets ? [v.p99 && v.ratio ? 'met' : '**missed**'] : []),
      us(a.serverCpu),
      us(a.pgCpu),
    ];
  });
}

function resultHead(withTargets: boolean): string[] {
  return [
    'Scenario',
    ...(withTargets ? ['target p99'] : []),
    'Relais req/s',
    'runs',
    'p50 ms',
    'p99 ms',
    'bare req/s',
    'bare p99 ms',
    'Relais / bare',
    ...(withTargets ? [`target met (p99, ≥ ${pct(TARGET_RATIO)})`] : []),
    'server CPU µs/req',
    'PG CPU µs/req',
  ];
}

function render(ctx: EntryContext, res: Result, started: Date, code: string): string {
  const { opts, machine } = ctx;
  const { fleet } = res;
  const out: string[] = [];
  const [fair, ...others] = res.concurrencies as [number, ...number[]];
  const relais = VARIANTS[0] as Variant;
  const bare = VARIANTS[1] as Variant;
  const get = (c: number, s: Scenario, v: Variant) => summarize(res.runs.get(key(c, s, v)) ?? []);

  out.push(
    `Run on ${started.toISOString().replace(/\.\d+Z$/, 'Z')} with \`${commandLine(opts)}\` (${fmt(res.seconds / 60, 1)} min). ` +
      `A reseller with **${fmt(fleet.lines)} lines and ${fmt(fleet.accounts)} accounts** on PostgreSQL; account ` +
      `search, the fleet's search, figures and lists and the line detail through the real HTTP server, each ` +
      `against a bare route running the same use case in the same run. Targets (issue 14), at **${fair} ` +
      `concurrent clients**: line detail, an account's lines and a search by SIRET, phone, MSISDN or ICCID ` +
      `**p99 ≤ ${TARGET_P99_MS.precise} ms**; fleet lists, fleet figures and name searches **p99 ≤ ` +
      `${TARGET_P99_MS.broad} ms**; each **≥ ${pct(TARGET_RATIO)} of its bare route's req/s**.`,
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
      `data/M2M numbers; Luhn-valid ICCIDs; options on about 40 % of voice lines; a business line's user is a ` +
      `first name and a surname drawn apart, a person's line is in the holder's name. A second tenant with 1 % of the ` +
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
      `- **Baseline.** A bare Fastify route in the same process running the same use case — the modules' own \`service.ts\`/\`store.ts\`, so the same SQL and plans — on a plain \`pg.Pool\` (${opts.pool} connections) whose connections are scoped to the tenant once per session (\`SET ROLE relais_app\`, \`relais.tenant_id\`): no Relais HTTP stack, no authentication, no transaction. _Relais / bare_ is the ratio of their req/s at the same concurrency: the cost of the stack around the same queries.`,
      `- **Load.** autocannon, no pipelining, at ${res.concurrencies.join(' then ')} connections (issue 14 §4: on ${machine.cpus} cores, 16 clients measure the queue more than the request; the targets are read at ${fair}). Each scenario cycles through its inputs (table below) so that no single cached answer is measured. Per concurrency, ${opts.warmup} s of warm-up per scenario and server, then ${opts.rounds} interleaved rounds of ${opts.duration} s (alternating direction); reported: the median over the rounds of req/s and of each round's exact p50/p99 over every response. Any non-2xx answer aborts the run; before measuring, every input is checked to answer 200 on both servers with the same total, every search to find at least one match, and the fleet figures to equal the lines counted in the data set.`,
      `- **Plans.** After the load, each scenario's heaviest input (the largest total; the first input of the line detail) runs once more in a tenant transaction where every statement is sent as \`EXPLAIN (ANALYZE, BUFFERS)\` (3 times, median time kept), as Relais runs it (role \`relais_app\`, row-level security on); the bodies of the search functions (\`relais_search_accounts\`, \`relais_search_lines\`) are explained apart as the owner runs them, their time being part of the calling statement's. _Without 0011_ repeats that with the indexes of migration \`0011_search_indexes.sql\` (${res.hidden.length > 0 ? res.hidden.map((n) => `\`${n}\``).join(', ') : 'none found'}) dropped inside that transaction, then rolled back, and the account search sent as the store wrote it before that migration (word and e-mail matches inline under row-level security, the search as \`OR id IN (…)\`; \`sqlBefore0011\` in the server): the plans and SQL time before, on the same data.`,
    ].join('\n'),
  );

  out.push('### Results');
  out.push(`#### At ${fair} concurrent clients: the targets`);
  out.push(table(resultHead(true), resultRows(res, fair, true)));
  const disturbed = median(
    res.concurrencies.flatMap((c) => res.scenarios.flatMap((s) => VARIANTS.map((v) => get(c, s, v).other))),
  );
  if (disturbed > DISTURBED) {
    out.push(
      `> **Noisy machine:** other processes used a median ${(disturbed * 100).toFixed(0)} % of the machine's CPU during ` +
        `these runs (threshold ${DISTURBED * 100} %); absolute figures are pessimistic, ratios less affected. Re-run on a ` +
        `quiet machine: \`${commandLine(opts)}\`.`,
    );
  }

  const misses = res.scenarios.flatMap((s) => {
    const a = get(fair, s, relais);
    const b = get(fair, s, bare);
    const v = verdictOf(s, a, b);
    return v.p99 && v.ratio
      ? []
      : [missReason(s, a, b, v, res.explained.get(s.id), res.totals.get(s.id) ?? [])];
  });
  out.push('#### Where the time goes, for each missed target');
  out.push(
    misses.length === 0
      ? `Every scenario meets its target at ${fair} clients.`
      : `${misses.length} of ${res.scenarios.length} scenarios miss. For each: the SQL time of its heaviest input ` +
          `(plans below), the latency through Relais against the bare route (the difference is the HTTP stack), the CPU ` +
          `each request costs, and what to pull next.\n\n${misses.join('\n')}`,
  );

  const pageViews = res.scenarios.filter(isFleetPageView);
  const counting = pageViews.filter((s) => !/line_counts/.test(totalSource(res.explained.get(s.id), s)));
  out.push('#### Fleet figures');
  out.push(
    (counting.length === 0
      ? `No page view counts the fleet: the total of every fleet page opened with filters only (${pageViews
          .map((s) => s.label)
          .join(
            '; ',
          )}) is a sum over \`line_counts\`, the per state, network and offer counters kept by triggers (migration 0017).`
      : `**Page views that still count the fleet's lines:** ${counting.map((s) => s.label).join('; ')}.`) +
      ` A search and an account's lines count their matches, up to the cap.` +
      (res.wrongFigures.length === 0
        ? ` Each of the ${pageViews.find((s) => s.id === 'fleet-figures')?.useCases.length ?? 0} state × network totals equals the lines counted in the data set.`
        : ` **Totals that differ from the lines counted in the data set:** ${res.wrongFigures.join('; ')}.`),
  );

  out.push(
    table(
      ['Scenario', 'inputs', 'total per input: median (min–max)'],
      res.scenarios.map((s) => {
        const t = (res.totals.get(s.id) ?? [])
          .filter((n): n is number => n !== undefined)
          .sort((a, b) => a - b);
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

  for (const c of others) {
    out.push(`#### At ${c} concurrent clients`);
    out.push(
      `The same scenarios and rounds at ${c} connections, as the issue-3 run measured them: on ${machine.cpus} cores ` +
        'mostly the queue. No target applies.',
    );
    out.push(table(resultHead(false), resultRows(res, c, false)));
  }

  out.push(...previousRunSection(ctx.previous));

  out.push('### Indexes and plans');
  out.push(
    `Per scenario, for its heaviest input: the statements the use case runs, the indexes their plans read with ` +
      `migration 0011 (and any sequential scan), where the page's total comes from, and the SQL time (EXPLAIN ANALYZE ` +
      `planning + execution, summed over the statements) with and without the 0011 indexes.`,
  );
  const planRows = res.scenarios.map((s) => {
    const e = res.explained.get(s.id);
    const input = e ? pathOf(s.useCases[e.input] as UseCase) : '–';
    if (!e) return [s.label, input, '–', '–', '–', '–', '–'];
    const used = e.after
      .map((st) => {
        const idx = st.indexes.map((i) => `\`${i}\``).join(', ') || '—';
        const seq =
          st.seqScans.length > 0 ? `; **seq scan** ${st.seqScans.map((t) => `\`${t}\``).join(', ')}` : '';
        return `${statementName(st)}: ${idx}${seq}`;
      })
      .join('<br>');
    const beforeSeq = e.before
      ? [...new Set(e.before.flatMap((st) => st.seqScans))].map((t) => `\`${t}\``).join(', ') || '—'
      : '–';
    return [
      s.label,
      `\`${input.length > 60 ? `${input.slice(0, 57)}…` : input}\``,
      used,
      totalSource(e, s),
      ms1b(sumMs(e.after)),
      e.before ? ms1b(sumMs(e.before)) : '–',
      beforeSeq,
    ];
  });
  out.push(
    table(
      [
        'Scenario',
        'input explained',
        'statement: indexes read (with 0011)',
        'total from',
        'SQL ms',
        'SQL ms without 0011',
        'seq scans without 0011',
      ],
      planRows,
      ['l', 'l', 'l', 'l', 'r', 'r', 'l'],
    ),
  );
  for (const s of res.scenarios) {
    const e = res.explained.get(s.id);
    if (!e) continue;
    const body = e.after
      .map(
        (st) =>
          `\`${statementName(st)}\` — params \`${JSON.stringify(st.params).slice(0, 200)}\`\n\n\`\`\`sql\n${st.sql}\n\`\`\`\n\n\`\`\`text\n${st.plan}\n\`\`\``,
      )
      .join('\n\n');
    const before = e.before
      ? `\n\n**Without the 0011 indexes:**\n\n` +
        e.before.map((st) => `\`${statementName(st)}\`\n\n\`\`\`text\n${st.plan}\n\`\`\``).join('\n\n')
      : '';
    out.push(details(`Plans: ${s.label}`, body + before));
  }

  const every = res.concurrencies.flatMap((c) =>
    res.scenarios.flatMap((s) =>
      VARIANTS.flatMap((v) =>
        (res.runs.get(key(c, s, v)) ?? []).map((m, i) => [
          String(c),
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
    ),
  );
  out.push(
    details(
      'Every run',
      `_Other_ is the share of the machine's CPU used by processes other than the server, the bench database's ` +
        `PostgreSQL backends and autocannon.\n\n` +
        table(
          [
            'Clients',
            'Scenario',
            'Server',
            'Round',
            'req/s',
            'p50 ms',
            'p99 ms',
            'requests',
            'machine busy',
            'other',
          ],
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
  title:
    'Fleet at scale (issues 3 §8, 14) — account and fleet search, fleet figures and lists, line detail on PostgreSQL',
  optIn: true,
  async run(ctx) {
    const started = new Date();
    const code = codeState(ROOT);
    const res = await runAll(ctx);
    return render(ctx, res, started, code);
  },
};
