import { parseArgs } from 'node:util';

/** Flags shared by every entry. Durations are in seconds. */
export interface BenchOptions {
  /** Seconds per headline measurement (the variants the target is about). */
  duration: number;
  /** Seconds per ablation measurement (variants that only explain the gap). */
  ablationDuration: number;
  /** Seconds of load per variant before its first measured round (JIT, pools, caches). */
  warmup: number;
  connections: number;
  /** Interleaved rounds; each result is the median over the rounds. */
  rounds: number;
  /** Entry ids to run; empty means all. */
  only: string[];
  engines: ('pglite' | 'postgres')[];
  ablations: boolean;
  /** Seconds of CPU profile taken per engine (0 disables). */
  profile: number;
  /** Seconds per DB-layer micro-measurement (0 disables). */
  dbBench: number;
  /** PostgreSQL pool size, for Relais (RELAIS_DB_POOL) and the bare pool alike. */
  pool: number;
  logLevel: string;
  databaseUrl: string;
  out: string;
  /**
   * Lines of the fleet benchmark (`lines` entry; default 1,000,000). That entry runs only when
   * asked for (`--lines N` or `--only lines`): its data set takes minutes to build.
   */
  lines: number;
  /** Accounts of the fleet benchmark (default: lines / 5). */
  accounts: number;
  /** Rebuild the fleet database even when a cached one matches. */
  rebuildFleet: boolean;
  /** Drop the fleet database at the end instead of keeping it as a cache. */
  dropFleet: boolean;
}

const USAGE = `npm run bench -- [flags]

  --duration N            seconds per headline measurement (default 2)
  --ablation-duration N   seconds per ablation/candidate measurement (default 1)
  --warmup N              seconds of warm-up per variant (default 0.3)
  --connections N         autocannon connections (default 16)
  --rounds N              interleaved rounds, median reported (default 3)
  --only a,b              entries to run (default all; other sections of the output are kept)
  --engines a,b           pglite,postgres (default both)
  --no-ablations          headline variants only (no attribution, no candidates)
  --profile N             seconds of CPU profile per engine, 0 = off (default 1.5)
  --db-bench N            seconds per DB-layer micro-measurement and round, 0 = off (default 0.25)
  --pool N                PostgreSQL pool size for both servers (default 10, Relais' default)
  --log-level L           Relais LOG_LEVEL (default info, the production default)
  --out FILE              report file (default BENCHMARKS.md)

  --lines N               run the fleet entry (\`lines\`) on N lines, PostgreSQL only; alone it runs
                          only that entry (default run: not included; \`--only lines\` means 1000000)
  --accounts N            accounts of the fleet (default lines / 5)
  --rebuild-fleet         rebuild the fleet database even when the cached one matches
  --drop-fleet            drop the fleet database afterwards (default: kept as a cache,
                          relais_bench_lines at 1000000, else relais_bench_lines_<lines>_<accounts>)

  PostgreSQL server: BENCH_DATABASE_URL (default postgres://root@127.0.0.1:5432/test);
  a fresh database is created on it for the run and dropped afterwards.`;

export function parseOptions(argv: string[]): BenchOptions | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string' },
      'ablation-duration': { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      rounds: { type: 'string' },
      only: { type: 'string' },
      engines: { type: 'string' },
      'no-ablations': { type: 'boolean' },
      profile: { type: 'string' },
      'db-bench': { type: 'string' },
      pool: { type: 'string' },
      'log-level': { type: 'string' },
      out: { type: 'string' },
      lines: { type: 'string' },
      accounts: { type: 'string' },
      'rebuild-fleet': { type: 'boolean' },
      'drop-fleet': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    console.log(USAGE);
    return null;
  }
  const num = (name: string, raw: string | undefined, def: number, min: number): number => {
    if (raw === undefined) return def;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min) throw new Error(`--${name} must be a number ≥ ${min} (got "${raw}")`);
    return n;
  };
  const list = (raw: string | undefined): string[] =>
    (raw ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const engines = list(values.engines ?? 'pglite,postgres');
  for (const e of engines) {
    if (e !== 'pglite' && e !== 'postgres') throw new Error(`--engines: unknown engine "${e}"`);
  }
  const lines = Math.round(num('lines', values.lines, 0, 1000));
  const only = list(values.only);
  // `--lines N` alone runs the fleet entry only (the other sections are kept as they were).
  if (values.lines !== undefined && only.length === 0) only.push('lines');
  const fleetLines = lines > 0 ? lines : 1_000_000;
  return {
    duration: num('duration', values.duration, 2, 0.5),
    ablationDuration: num('ablation-duration', values['ablation-duration'], 1, 0.5),
    warmup: num('warmup', values.warmup, 0.3, 0),
    connections: Math.round(num('connections', values.connections, 16, 1)),
    rounds: Math.round(num('rounds', values.rounds, 3, 1)),
    only,
    engines: engines as ('pglite' | 'postgres')[],
    ablations: !values['no-ablations'],
    profile: num('profile', values.profile, 1.5, 0),
    dbBench: num('db-bench', values['db-bench'], 0.25, 0),
    pool: Math.round(num('pool', values.pool, 10, 1)),
    logLevel: values['log-level'] ?? 'info',
    databaseUrl: process.env.BENCH_DATABASE_URL || 'postgres://root@127.0.0.1:5432/test',
    out: values.out ?? 'BENCHMARKS.md',
    lines: fleetLines,
    accounts: Math.round(num('accounts', values.accounts, Math.round(fleetLines / 5), 10)),
    rebuildFleet: values['rebuild-fleet'] ?? false,
    dropFleet: values['drop-fleet'] ?? false,
  };
}
