/**
 * Child process of the `lines` entry, on the fleet database (PostgreSQL):
 *  - Relais as `npm start` runs it: `startRelais` (migrations, catalog, worker, HTTP server with
 *    the production logger writing to stdout, which the parent discards), NODE_ENV=production;
 *  - a bare Fastify app running the same use cases — the modules' own service and store code,
 *    hence exactly the same SQL — on a plain `pg.Pool` whose connections are scoped to the tenant
 *    once, at session level (role relais_app + relais.tenant_id): no Relais HTTP stack, no
 *    authentication, no transaction, but the same row-level-security predicates and plans;
 *  - an `explain` command: runs a scenario's use case in a tenant transaction where every
 *    statement is first sent as EXPLAIN (ANALYZE, BUFFERS), optionally with some indexes dropped
 *    inside that transaction (rolled back: the "before" plans), and reports the plans.
 *
 * Env: BENCH_DB_URL, BENCH_POOL, BENCH_LOG_LEVEL, BENCH_TENANT_ID.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import Fastify from 'fastify';
import pg from 'pg';
import { loadConfig } from '../../src/platform/config.ts';
import { startRelais } from '../../src/runtime.ts';
import type { Ctx } from '../../src/platform/context.ts';
import { OID, parseInt8, scopeSql, wrap, type Row, type Tx } from '../../src/platform/db/db.ts';
import * as accounts from '../../src/modules/accounts/service.ts';
import * as lines from '../../src/modules/lines/service.ts';
import { reportFatal, serveParent } from '../lib/child.ts';

export interface LinesReady {
  relaisUrl: string;
  bareUrl: string;
}

/** What a scenario asks of the API, in terms both servers and `explain` understand. */
export type UseCase =
  | { kind: 'accounts'; query: Record<string, string> }
  | { kind: 'lines'; query: Record<string, string> }
  | { kind: 'line'; id: string };

export interface ExplainedStatement {
  sql: string;
  params: unknown[];
  plan: string;
  /** Planning + execution time reported by EXPLAIN ANALYZE, median over the repeats, ms. */
  ms: number;
  /** Indexes the plan reads, and tables it scans sequentially. */
  indexes: string[];
  seqScans: string[];
  /** Set on the body of a search function the statement calls (explained as the owner). */
  inside?: string;
}

const dbUrl = process.env.BENCH_DB_URL as string;
const poolSize = Number(process.env.BENCH_POOL ?? '10');
const logLevel = process.env.BENCH_LOG_LEVEL ?? 'info';
const tenantId = process.env.BENCH_TENANT_ID as string;

/** The PostgreSQL adapter's type parsers (src/platform/db/postgres.ts), for identical rows. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === OID.int8) return (v: string) => parseInt8(v);
    if (oid === OID.date) return (v: string) => v;
    if (oid === OID.numeric) return (v: string) => v;
    return pg.types.getTypeParser(oid, format);
  },
} as unknown as pg.CustomTypesConfig;

/** Query-string values as the route schemas coerce them (limit/offset are integers). */
function listQuery(q: Record<string, string>) {
  const { limit, offset, ...rest } = q;
  return { ...rest, limit: limit ? Number(limit) : 25, offset: offset ? Number(offset) : 0 };
}

function runUseCase(ctx: Ctx, u: UseCase): Promise<unknown> {
  if (u.kind === 'accounts') return accounts.listAccounts(ctx, listQuery(u.query) as never);
  if (u.kind === 'lines') return lines.listLines(ctx, listQuery(u.query) as never);
  return lines.getLine(ctx, u.id);
}

function ctxOf(tx: Tx): Ctx {
  return {
    tx,
    tenantId,
    actor: { type: 'system', id: null, label: 'bench' },
    now: new Date(),
    requestId: null,
    locale: 'fr',
  };
}

/**
 * The account search as the store wrote it before migration 0011 (word and e-mail matches inline,
 * under row-level security; the search as `OR id IN (…)`), for the "before" plans. SQL that does
 * not contain those forms is returned unchanged.
 */
export function sqlBefore0011(sql: string): string {
  let out = sql.replace(
    'SELECT account_id FROM relais_search_accounts($4::text, $1::text)',
    `SELECT id AS account_id FROM customer_accounts WHERE $4::text IS NOT NULL AND search_vector @@ to_tsquery('simple', $4)` +
      ' UNION SELECT id FROM customer_accounts WHERE lower(email) = $1' +
      ' UNION SELECT account_id FROM account_contacts WHERE lower(email) = $1',
  );
  const head = '$5::boolean AND id IN (';
  const at = out.indexOf(head);
  if (at >= 0) {
    let depth = 1;
    let i = at + head.length;
    for (; i < out.length && depth > 0; i++) {
      if (out[i] === '(') depth++;
      else if (out[i] === ')') depth--;
    }
    out = `${out.slice(0, at)}($5::boolean IS FALSE OR id IN (${out.slice(at + head.length, i)})${out.slice(i)}`;
  }
  return out;
}

const INDEX_RE = /(?:Index Scan|Index Only Scan)(?: Backward)? using (\S+)|Bitmap Index Scan on (\S+)/g;
const SEQ_RE = /Seq Scan on (\S+)/g;
/** A call of a search function of 0011/0017 in a store's SQL, with its arguments ($n). */
const SEARCH_CALL_RE = /\b(relais_search_\w+)\(([^)]*)\)/g;

async function main(): Promise<void> {
  if (!dbUrl || !tenantId) throw new Error('BENCH_DB_URL and BENCH_TENANT_ID are required');
  const secretKey = randomBytes(32).toString('base64');
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: dbUrl,
    RELAIS_SECRET_KEY: secretKey,
    RELAIS_DEMO: 'false',
    RELAIS_DB_POOL: String(poolSize),
    LOG_LEVEL: logLevel,
    HOST: '127.0.0.1',
    PORT: '0',
    RELAIS_DATA_DIR: os.tmpdir(),
  });
  const running = await startRelais(config);

  let served = 0;
  running.app.server.on('request', () => {
    served++;
  });

  // Bare: every pooled connection scoped to the tenant once, for the whole session.
  const pool = new pg.Pool({ connectionString: dbUrl, max: poolSize, types });
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    void client.query(`SET ROLE relais_app; SELECT set_config('relais.tenant_id', '${tenantId}', false)`);
  });
  const bareTx = wrap(
    tenantId,
    async (sql, params) => (await pool.query<Row>(sql, params as unknown[] | undefined)).rows,
    async (sql) => {
      await pool.query(sql);
    },
  );
  const bare = Fastify({ logger: false });
  bare.server.on('request', () => {
    served++;
  });
  bare.get<{ Querystring: Record<string, string> }>('/bare/accounts', (req) =>
    runUseCase(ctxOf(bareTx), { kind: 'accounts', query: req.query }),
  );
  bare.get<{ Querystring: Record<string, string> }>('/bare/lines', (req) =>
    runUseCase(ctxOf(bareTx), { kind: 'lines', query: req.query }),
  );
  bare.get<{ Params: { id: string } }>('/bare/lines/:id', (req) =>
    runUseCase(ctxOf(bareTx), { kind: 'line', id: req.params.id }),
  );
  const bareUrl = await bare.listen({ port: 0, host: '127.0.0.1' });

  const explain = async (args: {
    useCase: UseCase;
    hide: string[];
    repeat: number;
  }): Promise<ExplainedStatement[]> => {
    const client = new pg.Client({ connectionString: dbUrl, types });
    await client.connect();
    const out: ExplainedStatement[] = [];
    try {
      await client.query('BEGIN');
      // As the owner: dropped for this transaction only (ROLLBACK below), to show the plans without them.
      for (const name of args.hide) await client.query(`DROP INDEX IF EXISTS ${name}`);
      await client.query(scopeSql(tenantId));
      const explainOne = async (sql: string, p: unknown[]): Promise<ExplainedStatement> => {
        const times: number[] = [];
        let plan = '';
        for (let i = 0; i < Math.max(1, args.repeat); i++) {
          const res = await client.query<{ 'QUERY PLAN': string }>(
            `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`,
            p,
          );
          plan = res.rows.map((r) => r['QUERY PLAN']).join('\n');
          const planning = Number(/Planning Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
          const execution = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
          times.push(planning + execution);
        }
        times.sort((a, b) => a - b);
        const indexes = new Set<string>();
        for (const m of plan.matchAll(INDEX_RE)) indexes.add((m[1] ?? m[2]) as string);
        const seqScans = new Set<string>();
        for (const m of plan.matchAll(SEQ_RE)) seqScans.add(m[1] as string);
        return {
          sql: sql.replace(/\s+/g, ' ').trim(),
          params: p,
          plan,
          ms: times[Math.floor(times.length / 2)] as number,
          indexes: [...indexes],
          seqScans: [...seqScans],
        };
      };
      const bodiesShown = new Set<string>();
      const run = async (storeSql: string, params?: readonly unknown[]): Promise<Row[]> => {
        const sql = args.hide.length > 0 ? sqlBefore0011(storeSql) : storeSql;
        const p = (params ?? []) as unknown[];
        out.push(await explainOne(sql, p));
        // A function's plan is not shown by EXPLAIN (a Function Scan): the search functions' bodies
        // (0011 for accounts, 0017 for lines) are explained on their own, as they run (as the owner,
        // the tenant still set), with the statement's arguments. Their time is part of the statement's.
        for (const call of sql.matchAll(SEARCH_CALL_RE)) {
          const name = call[1] as string;
          if (bodiesShown.has(name)) continue;
          bodiesShown.add(name);
          const fn = (
            await client.query<{ prosrc: string; args: string[] | null; types: string[] }>(
              // The input arguments only (a RETURNS TABLE function lists its columns after them),
              // each with its type, so that the body's parameters keep theirs (0072's page size).
              `SELECT prosrc, (proargnames)[1:pronargs] AS args,
                      ARRAY(SELECT format_type(t, NULL) FROM unnest(proargtypes::oid[]) WITH ORDINALITY AS a(t, i)
                             ORDER BY i) AS types
                 FROM pg_proc WHERE proname = $1`,
              [name],
            )
          ).rows[0];
          if (!fn) continue;
          const argParams = [...(call[2] as string).matchAll(/\$(\d+)/g)].map((m) => p[Number(m[1]) - 1]);
          let body = fn.prosrc;
          (fn.args ?? []).forEach((arg, i) => {
            body = body.replace(new RegExp(`\\b${arg}\\b`, 'g'), `$${i + 1}::${fn.types[i] ?? 'text'}`);
          });
          await client.query('RESET ROLE');
          try {
            out.push({ ...(await explainOne(body, argParams)), ms: 0, inside: name });
          } finally {
            await client.query('SET LOCAL ROLE relais_app');
          }
        }
        return (await client.query<Row>(sql, p)).rows;
      };
      const exec = async (sql: string) => {
        await client.query(sql);
      };
      await runUseCase(ctxOf(wrap(tenantId, run, exec)), args.useCase);
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end();
    }
    return out;
  };

  const ready: LinesReady = { relaisUrl: running.url, bareUrl };
  serveParent(
    ready,
    {
      cpu: () => {
        const u = process.cpuUsage();
        return u.user + u.system;
      },
      served: () => served,
      explain: (args) => explain(args as { useCase: UseCase; hide: string[]; repeat: number }),
    },
    async () => {
      await bare.close().catch(() => undefined);
      await pool.end().catch(() => undefined);
      await running.stop().catch(() => undefined);
    },
  );
}

main().catch(reportFatal);
