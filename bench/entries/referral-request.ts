/**
 * The `referral` entry's request-level part (issue 13 "Speed"): the whole referral request through
 * Relais (HTTP, signed-in agent, `POST /api/referral/accounts/:id/referrals`) against a bare
 * Fastify route running the same use case's SQL in one tenant transaction, in the same run, on
 * each engine, as a ratio. Servers in a child process (bench/servers/referral.ts).
 *
 * A referral is a write, and a customer with an open referral is refused: every request refers a
 * customer of its own, so the run is a fixed number of requests (not a duration), `concurrency`
 * in flight, Relais and bare interleaved in rounds (the order swapped each round).
 * Sizes: BENCH_REF_INSTALLERS (default 200 signed installers spread over France), BENCH_REF_ACCOUNTS
 * (default 200 customers per variant), BENCH_REF_CONCURRENCY (default 4).
 */
import { Client } from '../../test/support/app.ts';
import { startChild } from '../lib/child.ts';
import { onInterrupt } from '../lib/cleanup.ts';
import { table } from '../lib/markdown.ts';
import { createBenchDatabase } from '../lib/pg.ts';
import { fmt } from '../lib/stats.ts';
import type { ReferralReady } from '../servers/referral.ts';
import type { EntryContext } from './types.ts';

const SERVER = new URL('../servers/referral.ts', import.meta.url).pathname;
const WARMUP = 10;

interface Summary {
  n: number;
  p50: number;
  p99: number;
  rps: number;
}

function summarize(samples: number[], seconds: number): Summary {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { n: s.length, p50: at(0.5), p99: at(0.99), rps: s.length / seconds };
}

/** Sends one POST per account, `width` in flight; returns each latency (ms) and the wall time. */
async function drive(
  accounts: readonly string[],
  codes: readonly string[],
  width: number,
  send: (account: string, postalCode: string) => Promise<Response>,
): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const t0 = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < accounts.length) {
        const i = next++;
        const start = process.hrtime.bigint();
        const res = await send(accounts[i]!, codes[i % codes.length]!);
        const text = await res.text();
        latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
        if (res.status !== 201) throw new Error(`referral answered ${res.status}: ${text.slice(0, 300)}`);
      }
    }),
  );
  return { latencies, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

async function runEngine(ctx: EntryContext, engine: 'pglite' | 'postgres', width: number) {
  const cleanups: (() => Promise<void>)[] = [];
  try {
    let env: Record<string, string> = {
      BENCH_ENGINE: engine,
      BENCH_POOL: String(ctx.opts.pool),
      BENCH_LOG_LEVEL: ctx.opts.logLevel,
    };
    if (engine === 'postgres') {
      const database = await createBenchDatabase(ctx.opts.databaseUrl);
      const forget = onInterrupt(() => database.drop());
      cleanups.push(async () => {
        forget();
        await database.drop();
      });
      env = { ...env, BENCH_DB_URL: database.url };
    }
    ctx.log(`referral ${engine}: seeding installers and customers through the API`);
    const child = await startChild<ReferralReady>(SERVER, env, 1_800_000);
    const forgetChild = onInterrupt(() => child.close());
    cleanups.unshift(async () => {
      forgetChild();
      await child.close();
    });
    const r = child.ready;
    const agent = await Client.login(r.relaisUrl, r.agentLogin);
    const relais = (account: string, postalCode: string) =>
      fetch(`${r.relaisUrl}/api/referral/accounts/${account}/referrals`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'accept-language': 'fr',
          cookie: agent.cookie,
          'x-csrf-token': agent.csrf,
        },
        body: JSON.stringify({ postalCode, needsSatelliteAndInternet: true, tvOverAdslEligible: false }),
      });
    const bare = (account: string, postalCode: string) =>
      fetch(`${r.bareUrl}/referrals/${account}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ postalCode }),
      });

    ctx.log(`referral ${engine}: warm-up, then ${ctx.opts.rounds} interleaved rounds`);
    await drive(r.relaisAccounts.slice(0, WARMUP), r.postalCodes, width, relais);
    await drive(r.bareAccounts.slice(0, WARMUP), r.postalCodes, width, bare);
    const rounds = Math.max(1, ctx.opts.rounds);
    const per = Math.floor((r.relaisAccounts.length - WARMUP) / rounds);
    const acc = { relais: { l: [] as number[], s: 0 }, bare: { l: [] as number[], s: 0 } };
    for (let k = 0; k < rounds; k++) {
      const slice = (list: string[]) => list.slice(WARMUP + k * per, WARMUP + (k + 1) * per);
      const codes = r.postalCodes.slice(WARMUP + k * per);
      const order = k % 2 === 0 ? (['relais', 'bare'] as const) : (['bare', 'relais'] as const);
      for (const v of order) {
        const out =
          v === 'relais'
            ? await drive(slice(r.relaisAccounts), codes, width, relais)
            : await drive(slice(r.bareAccounts), codes, width, bare);
        acc[v].l.push(...out.latencies);
        acc[v].s += out.seconds;
      }
    }
    return {
      engine,
      version: r.engineVersion,
      installers: r.installers,
      seedSeconds: r.seedSeconds,
      relais: summarize(acc.relais.l, acc.relais.s),
      bare: summarize(acc.bare.l, acc.bare.s),
    };
  } finally {
    for (const c of cleanups) await c().catch(() => undefined);
  }
}

/** The markdown of the request-level comparison, one row per engine and variant. */
export async function referralRequestSection(ctx: EntryContext): Promise<string> {
  const width = Number(process.env.BENCH_REF_CONCURRENCY ?? '4');
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  for (const engine of ctx.opts.engines) {
    const res = await runEngine(ctx, engine, width);
    const name = engine === 'pglite' ? 'PGlite (on disk)' : 'PostgreSQL';
    rows.push(
      [
        name,
        'Relais (HTTP, session, CSRF, validation, policy, mutation)',
        res.relais.n,
        fmt(res.relais.p50, 1),
        fmt(res.relais.p99, 1),
        fmt(res.relais.rps, 1),
      ],
      [
        name,
        'bare Fastify, same use case and SQL, one tenant transaction',
        res.bare.n,
        fmt(res.bare.p50, 1),
        fmt(res.bare.p99, 1),
        fmt(res.bare.rps, 1),
      ],
      [
        name,
        '**ratio Relais / bare**',
        '',
        `**${fmt(res.relais.p50 / res.bare.p50, 2)}×**`,
        `${fmt(res.relais.p99 / res.bare.p99, 2)}×`,
        `${fmt(res.relais.rps / res.bare.rps, 2)}×`,
      ],
    );
    notes.push(
      `${name}: ${res.version.split(',')[0]}; ${fmt(res.installers)} signed installers, data set seeded in ${fmt(res.seedSeconds, 0)} s.`,
    );
  }
  return [
    `The whole referral request (\`POST /api/referral/accounts/:id/referrals\`, signed-in agent) ` +
      `against a bare Fastify route running the module's \`referCustomer\` (same SQL: consent, open ` +
      `referral, directory stamp and kept kd-tree, insert, outbox e-mail, 48 h check, audit) in one ` +
      `tenant transaction; each request refers its own customer; ${width} in flight; Relais and bare ` +
      `interleaved in ${ctx.opts.rounds} rounds after ${WARMUP} warm-up requests each.`,
    '',
    table(['engine', 'variant', 'requests', 'p50 ms', 'p99 ms', 'req/s'], rows),
    '',
    ...notes,
  ].join('\n');
}
