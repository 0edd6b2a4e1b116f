import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl, testEngine } from './support/db.ts';
import { TEMPLATE_ENV } from './support/global-setup.ts';

const run = promisify(execFile);
const BIN = path.resolve('bin/relais.js');
const HEADER = 'record_id,msisdn,start,kind,direction,zone,destination_zone,quantity,sva_price,called_number';
const KEY = Buffer.alloc(32, 7).toString('base64');

interface Totals {
  inPlan: number;
  offPlan: number;
  records: number;
}

/**
 * `relais usage import` (issue 12 §1, exactly-once "Done when"), a real process on a real data
 * dir or PostgreSQL database, the demo's French tenant: the summary, re-imports, two imports of
 * one file at once, and a `kill -9` in the middle of a 50,000-row import. On PostgreSQL the
 * command talks to the database itself (two commands = two connections); on the embedded engine
 * it goes through the running server, or opens the data dir when no server runs.
 */
describe(`relais usage import (${testEngine})`, () => {
  let dir: string;
  let dbUrl = '';
  let dropDb: (() => Promise<void>) | undefined;
  let server: ChildProcess | undefined;
  let url = '';
  let token = '';
  let lines: { id: string; msisdn: string }[] = [];
  const runId = Date.now().toString(36);
  const env = () => ({
    ...process.env,
    RELAIS_DATA_DIR: dir,
    PORT: '0',
    LOG_LEVEL: 'warn',
    DATABASE_URL: dbUrl,
    RELAIS_SECRET_KEY: KEY,
    RELAIS_DEMO: 'true',
  });
  const cli = (...args: string[]) => run('node', [BIN, ...args], { env: env(), maxBuffer: 1 << 24 });
  const importFiles = (...files: string[]) => cli('usage', 'import', '--tenant', 'demo-fr', ...files);

  async function startServer(): Promise<void> {
    server = spawn('node', [BIN, 'start'], { env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server?.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /Relais is running: (http:\/\/\S+)[\s\S]*API docs/.exec(out);
        if (m) resolve(m[1] as string);
      });
      server?.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
    });
  }
  async function stopServer(): Promise<void> {
    const exited = new Promise((resolve) => server?.on('exit', resolve));
    server?.kill('SIGTERM');
    await exited;
    server = undefined;
  }
  const api = async (p: string) => {
    const res = await fetch(`${url}${p}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status, p).toBe(200);
    return res.json() as Promise<Record<string, unknown>>;
  };
  /** The SMS counters of the demo lines this test uses, this month (one sum over the lines). */
  async function smsTotals(): Promise<Totals> {
    const sum: Totals = { inPlan: 0, offPlan: 0, records: 0 };
    for (const l of lines) {
      const u = (await api(`/api/lines/${l.id}/usage`)) as { totals: { sms: Totals } };
      sum.inPlan += u.totals.sms.inPlan;
      sum.offPlan += u.totals.sms.offPlan;
      sum.records += u.totals.sms.records;
    }
    return sum;
  }
  /** `n` SMS records over the lines, one an hour ago each (this month in Paris, 2 days in). */
  async function smsFile(name: string, prefix: string, n: number, extra: string[] = []): Promise<string> {
    const start = new Date(Math.max(Date.now() - 3_600_000, monthStart() + 3_600_000)).toISOString();
    const rows = Array.from(
      { length: n },
      (_, i) => `${prefix}-${i},${lines[i % lines.length]?.msisdn},${start},sms,out,france,france,1,,`,
    );
    const file = path.join(dir, name);
    await writeFile(file, [HEADER, ...rows, ...extra].join('\n'));
    return file;
  }
  const monthStart = () => {
    const paris = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
    })
      .format(new Date())
      .slice(0, 7);
    return Date.parse(`${paris}-01T00:00:00+01:00`);
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'relais-usage-cli-'));
    if (testEngine === 'postgres') {
      const created = await createTestDatabaseUrl(process.env[TEMPLATE_ENV]);
      dbUrl = created.url;
      dropDb = created.drop;
    }
    await startServer();
    token = (await cli('token', 'create', '--tenant', 'demo-fr', '--role', 'supervisor')).stdout.trim();
    const page = (await api('/api/lines?state=active&limit=100')) as {
      items: { id: string; msisdn: string | null }[];
    };
    lines = page.items.filter((l): l is { id: string; msisdn: string } => l.msisdn !== null).slice(0, 5);
    expect(lines.length).toBe(5);
  }, 300_000);
  afterAll(async () => {
    server?.kill('SIGKILL');
    await dropDb?.();
    await rm(dir, { recursive: true, force: true });
  });

  it('USE-01 prints each file’s figures and their total; a re-import adds nothing; a refused file does not stop the others', async () => {
    const before = await smsTotals();
    const good = await smsFile('good.csv', `G${runId}`, 10, [
      `G${runId}-x,0799999999,2026-11-20T09:20:00+01:00,sms,out,france,france,1,,`, // unknown number
      `G${runId}-y,${lines[0]?.msisdn},2026-11-20T09:20:00+01:00,sms,out,france,france,-1,,`, // negative
      `G${runId}-z,${lines[0]?.msisdn},2026-11-20T09:20:00+01:00,sms,out,"france,france,1,,`, // broken quote
    ]);
    const badHeader = path.join(dir, 'bad.csv');
    await writeFile(badHeader, 'a,b,c\n1,2,3\n');
    const first = await importFiles(good).catch((e: { stdout: string; stderr: string }) => {
      throw new Error(`${e.stdout}\n${e.stderr}`);
    });
    expect(first.stdout).toBe('good.csv: read 13, new 10, duplicates 0, rejected 2, lines unknown 1\n');
    // Not a terminal here: a line per file on stderr instead of the bar.
    expect(first.stderr).toContain('importing good.csv');

    const again = await importFiles(badHeader, good).catch((e: { stdout: string; code: number }) => e);
    expect(again).toMatchObject({ code: 1 });
    expect((again as { stdout: string }).stdout).toBe(
      [
        'bad.csv: refused: The first line must name the CDR format’s columns; missing: record_id, msisdn, start, kind, direction, zone, destination_zone, quantity.',
        'good.csv: read 13, new 0, duplicates 10, rejected 2, lines unknown 1',
        'total (1 of 2 files): read 13, new 0, duplicates 10, rejected 2, lines unknown 1',
        '',
      ].join('\n'),
    );
    const after = await smsTotals();
    expect(after.records - before.records).toBe(10);
    expect(after.inPlan + after.offPlan - before.inPlan - before.offPlan).toBe(10);

    await expect(cli('usage', 'import', '--tenant', 'inconnu', good)).rejects.toMatchObject({
      stderr: expect.stringContaining('no tenant has the slug "inconnu"'),
    });
    await expect(importFiles(path.join(dir, 'absent.csv'))).rejects.toMatchObject({
      stderr: expect.stringContaining('no such file'),
    });
  }, 300_000);

  it('USE-03 two imports of the same file at the same time end with the counters of one clean import', async () => {
    const before = await smsTotals();
    const file = await smsFile('twice.csv', `T${runId}`, 3000);
    const [a, b] = await Promise.all([importFiles(file), importFiles(file)]);
    const news = [a, b].map((r) => Number(/new (\d+)/.exec(r.stdout)?.[1]));
    const dups = [a, b].map((r) => Number(/duplicates (\d+)/.exec(r.stdout)?.[1]));
    expect(news.reduce((s, n) => s + n, 0)).toBe(3000);
    expect(dups.reduce((s, n) => s + n, 0)).toBe(3000);
    const after = await smsTotals();
    expect(after.records - before.records).toBe(3000);
  }, 300_000);

  it('USE-03 kill -9 in the middle of a 50,000-row import (batches of 5,000), then the same import again: the counters of one clean import', async () => {
    const before = await smsTotals();
    const file = await smsFile('big.csv', `K${runId}`, 50_000);
    // The embedded engine: the command must hold the data dir itself to be killed mid-write.
    if (testEngine === 'pglite') await stopServer();
    const child = spawn('node', [BIN, 'usage', 'import', '--tenant', 'demo-fr', file], {
      env: env(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, s) => resolve(s)));
    await new Promise<void>((resolve) => {
      let err = '';
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        if (err.includes('importing big.csv')) resolve();
      });
    });
    // Wait until the import is writing its rows, then kill the process with no chance to clean up.
    await untilWriting();
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(stdout).toBe(''); // it never reached its summary

    // The batches committed before the kill are duplicates now, the rest new: together, the file.
    const again = await importFiles(file);
    const figures = /^big\.csv: read 50000, new (\d+), duplicates (\d+), rejected 0, lines unknown 0\n$/.exec(
      again.stdout,
    );
    expect(figures, again.stdout).not.toBeNull();
    expect(Number(figures?.[1]) + Number(figures?.[2])).toBe(50_000);
    if (testEngine === 'pglite') await startServer();
    const after = await smsTotals();
    expect(after.records - before.records).toBe(50_000);
    expect(after.inPlan + after.offPlan - before.inPlan - before.offPlan).toBe(50_000);
  }, 600_000);

  /**
   * PostgreSQL: the command's connection is running its INSERT of the records. Embedded: the
   * data dir's write-ahead log is being written after the command said it started the file.
   */
  async function untilWriting(): Promise<void> {
    const deadline = Date.now() + 240_000;
    if (testEngine === 'postgres') {
      const c = new pg.Client({ connectionString: dbUrl });
      await c.connect();
      try {
        while (Date.now() < deadline) {
          const r = await c.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND state = 'active' AND query LIKE 'INSERT INTO usage_records%'`,
          );
          if ((r.rows[0]?.n ?? 0) > 0) return;
          await new Promise((r2) => setTimeout(r2, 20));
        }
      } finally {
        await c.end();
      }
      throw new Error('the import never started writing');
    }
    const wal = path.join(dir, 'pgdata', 'pg_wal');
    const newest = async () => {
      let m = 0;
      for (const f of await readdir(wal)) {
        const s = await stat(path.join(wal, f)).catch(() => null);
        if (s?.isFile()) m = Math.max(m, s.mtimeMs);
      }
      return m;
    };
    const base = await newest();
    while (Date.now() < deadline) {
      if ((await newest()) > base) return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('the import never started writing');
  }
});
