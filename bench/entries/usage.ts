import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { BenchEntry, EntryContext } from './types.ts';
import { onInterrupt } from '../lib/cleanup.ts';
import { ensureFleet, FLEET_NOW } from '../lib/fleet.ts';
import { table } from '../lib/markdown.ts';
import { fmt } from '../lib/stats.ts';
import { openPostgres } from '../../src/platform/db/postgres.ts';
import { buildActionRegistry, defaultOperators } from '../../src/actions.ts';
import { importUsageFile } from '../../src/modules/usage/import-file.ts';

const run = promisify(execFile);
const HEADER = 'record_id,msisdn,start,kind,direction,zone,destination_zone,quantity,sva_price,called_number';
const MB = 1024 * 1024;

/** Sizes: BENCH_USAGE_CDRS (default 1,000,000), BENCH_USAGE_LINES (10,000), BENCH_USAGE_FILE_ROWS (100,000). */
function sizes() {
  const int = (name: string, def: number) => {
    const n = Number(process.env[name] ?? def);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
    return n;
  };
  return {
    cdrs: int('BENCH_USAGE_CDRS', 1_000_000),
    lines: int('BENCH_USAGE_LINES', 10_000),
    fileRows: int('BENCH_USAGE_FILE_ROWS', 100_000),
  };
}

/**
 * The operator's files: `cdrs` records over the lines in files of `fileRows` (one transaction
 * each), October 2026: 60 % data sessions of 100 MB (lines cross their 80 % and 100 % alerts), SMS
 * and calls.
 */
async function writeFiles(dir: string, msisdns: string[], cdrs: number, fileRows: number): Promise<string[]> {
  const files: string[] = [];
  for (let first = 0; first < cdrs; first += fileRows) {
    const rows = [HEADER];
    for (let i = first; i < Math.min(cdrs, first + fileRows); i++) {
      const msisdn = msisdns[i % msisdns.length];
      const minute = Math.floor(i / msisdns.length) % 40_000;
      const start = new Date(Date.UTC(2026, 9, 1, 0, 0) + minute * 60_000).toISOString();
      const k = i % 10;
      rows.push(
        k < 6
          ? `B-${i},${msisdn},${start},data,out,france,,${100 * MB},,`
          : k < 8
            ? `B-${i},${msisdn},${start},sms,out,france,france,1,,33611223344`
            : `B-${i},${msisdn},${start},voice,out,france,france,${60 + (i % 300)},,33140000000`,
      );
    }
    const file = path.join(dir, `cdr-${files.length}.csv`);
    await writeFile(file, `${rows.join('\n')}\n`);
    files.push(file);
  }
  return files;
}

/** Peak resident memory while `fn` runs, sampled every 20 ms. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, peakMb: peak / MB };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Issue 12's benchmark: CDRs imported through the whole path (parse, rate, dedupe, counters,
 * alerts and their e-mails in the outbox, each file one transaction, as `relais usage import`
 * does) against a raw `COPY` of the same files into a bare table, same run, same database; peak
 * memory; and a re-import that must change nothing. PostgreSQL only for now (the fleet data set is
 * built on PostgreSQL). Opt-in: `npm run bench -- --only usage`, smaller with BENCH_USAGE_CDRS.
 */
export const usageEntry: BenchEntry = {
  id: 'usage',
  title: 'Usage: CDR import, whole path vs raw COPY (issue 12)',
  optIn: true,
  async run(ctx: EntryContext): Promise<string> {
    const { cdrs, lines, fileRows } = sizes();
    const fleet = await ensureFleet({
      baseUrl: ctx.opts.databaseUrl,
      lines,
      accounts: Math.max(1, Math.floor(lines / 5)),
      rebuild: false,
      log: ctx.log,
    });
    // A copy of the cached fleet, so the records imported here never reach the cache.
    const name = `relais_bench_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: ctx.opts.databaseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${fleet.database}`);
    await admin.end();
    const url = new URL(ctx.opts.databaseUrl);
    url.pathname = `/${name}`;
    const drop = async () => {
      const c = new pg.Client({ connectionString: ctx.opts.databaseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
    const unhook = onInterrupt(drop);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'relais-bench-usage-'));
    const db = await openPostgres(url.toString(), ctx.opts.pool);
    try {
      const msisdns = (
        await db.tenant(fleet.tenantId, (tx) =>
          tx.query<{ msisdn: string }>(
            `SELECT msisdn FROM lines WHERE state = 'active' AND msisdn IS NOT NULL ORDER BY msisdn`,
          ),
        )
      ).map((r) => r.msisdn);
      ctx.log(`usage: ${cdrs} CDRs over ${msisdns.length} active lines, files of ${fileRows} rows`);
      const files = await writeFiles(dir, msisdns, cdrs, fileRows);
      const actions = buildActionRegistry(undefined, { operators: defaultOperators() });
      const importAll = async () => {
        const sum = { new: 0, duplicates: 0, alerts: 0, rejected: 0 };
        for (const f of files) {
          const v = await importUsageFile(db, actions, {
            tenantId: fleet.tenantId,
            now: FLEET_NOW,
            csv: await readFile(f, 'utf8'),
            filename: path.basename(f),
            source: 'cli',
          });
          sum.new += v.new;
          sum.duplicates += v.duplicates;
          sum.alerts += v.alerts;
          sum.rejected += v.rejected + v.unknownLines;
        }
        return sum;
      };
      const counters = () =>
        db.tenant(fleet.tenantId, (tx) =>
          tx.one<{ c: string }>(
            `SELECT md5(string_agg(line_id || month || kind || in_plan || '/' || off_plan || '/' || records, ',' ORDER BY line_id, month, kind)) AS c
               FROM usage_counters`,
          ),
        );

      ctx.log('usage: whole path');
      const t0 = performance.now();
      const first = await withPeakRss(importAll);
      const wholeS = (performance.now() - t0) / 1000;
      const before = await counters();
      ctx.log('usage: re-import');
      const t1 = performance.now();
      const again = await importAll();
      const reimportS = (performance.now() - t1) / 1000;
      const after = await counters();

      ctx.log('usage: raw COPY into a bare table');
      const owner = new pg.Client({ connectionString: url.toString() });
      await owner.connect();
      await owner.query(`CREATE TABLE bare_cdr (record_id text PRIMARY KEY, msisdn text, start timestamptz, kind text,
                  direction text, zone text, destination_zone text, quantity bigint, sva_price text, called_number text)`);
      await owner.end();
      const t2 = performance.now();
      for (const f of files)
        await run('psql', [
          url.toString(),
          '-q',
          '-c',
          `\\copy bare_cdr FROM '${f}' WITH (FORMAT csv, HEADER true)`,
        ]);
      const copyS = (performance.now() - t2) / 1000;
      const { stdout: load } = await run('uptime');

      const rate = (s: number) => fmt(cdrs / s);
      return [
        `${fmt(cdrs)} CDRs over ${fmt(msisdns.length)} active lines (${fmt(lines)}-line fleet), ${files.length} files of ` +
          `${fmt(fileRows)} rows, each file one transaction; PostgreSQL (pool ${ctx.opts.pool}); machine load at the end: ${load.trim()}.`,
        '',
        table(
          ['Path', 'Seconds', 'CDR/s', 'Peak RSS (MB)', 'Result'],
          [
            [
              'Whole path (importUsageFile: parse, rate, dedupe, counters, alerts + outbox)',
              fmt(wholeS, 1),
              rate(wholeS),
              fmt(first.peakMb),
              `${fmt(first.result.new)} new, ${fmt(first.result.alerts)} alerts, ${fmt(first.result.rejected)} rejected`,
            ],
            [
              'Re-import of the same files',
              fmt(reimportS, 1),
              rate(reimportS),
              '',
              `${fmt(again.new)} new, ${fmt(again.duplicates)} duplicates; counters ${before.c === after.c ? 'unchanged' : 'CHANGED'}`,
            ],
            ['Raw `COPY` (psql \\copy) into a bare table', fmt(copyS, 1), rate(copyS), '', ''],
          ],
          ['l', 'r', 'r', 'r', 'l'],
        ),
        '',
        `Whole path / raw COPY: ${fmt(wholeS / copyS, 1)}×. Not measured yet: PGlite (the fleet data set is ` +
          'built on PostgreSQL only), and the p99 from the commit of a record crossing 80 % to its alert ' +
          'handed to the SMTP/SMS peer.',
      ].join('\n');
    } finally {
      await db.close();
      await rm(dir, { recursive: true, force: true });
      await drop();
      unhook();
    }
  },
};
