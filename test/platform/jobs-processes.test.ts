import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testEngine, type TestDb } from '../support/db.ts';
import { insertTenants, TENANT_A, TENANT_B } from './jobs-helpers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = path.join(ROOT, 'test/support/fixtures-worker/job-worker.ts');

interface WorkerProcess {
  child: ChildProcessWithoutNullStreams;
  ready: Promise<void>;
  result: Promise<{ ran: number }>;
}

function spawnWorker(url: string, name: string): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, url, name], { cwd: ROOT });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  let onReady!: () => void;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  let output: { ran: number } | undefined;
  lines.on('line', (line) => {
    if (line === 'ready') onReady();
    else if (line.startsWith('{')) output = JSON.parse(line) as { ran: number };
  });
  const result = new Promise<{ ran: number }>((resolve, reject) => {
    child.on('exit', (code) => {
      if (code === 0 && output) resolve(output);
      else reject(new Error(`worker ${name} exited with ${code}: ${stderr}`));
    });
  });
  // If the child dies before "ready", fail instead of waiting for the test timeout.
  return { child, ready: Promise.race([ready, result.then(() => undefined)]), result };
}

// Real concurrency needs a server: PGlite is one process's embedded engine (the in-process variant
// with two worker instances lives in jobs.test.ts and runs on both engines).
describe.runIf(testEngine === 'postgres')('two worker processes on one PostgreSQL', () => {
  let t: TestDb;

  beforeAll(async () => {
    t = await createTestDb();
    await insertTenants(t.db);
    await t.db.system(async (tx) => {
      await tx.exec(`CREATE TABLE job_runs (job_id uuid NOT NULL, worker text NOT NULL);
                     GRANT INSERT ON job_runs TO relais_app;`);
      // 1,000 scheduled jobs, due a minute ago, over two tenants and the platform (no tenant).
      await tx.query(
        `INSERT INTO jobs (id, tenant_id, kind, run_at, created_at)
         SELECT gen_random_uuid(),
                (ARRAY[$1::uuid, $2::uuid, NULL])[1 + i % 3],
                'test.record', now() - interval '1 minute', now()
         FROM generate_series(1, 1000) AS i`,
        [TENANT_A, TENANT_B],
      );
    });
  });
  afterAll(() => t?.close());

  it('runs each of 1,000 jobs exactly once', { timeout: 60_000 }, async () => {
    const url = t.url!;
    const workers = [spawnWorker(url, 'one'), spawnWorker(url, 'two')];
    try {
      await Promise.all(workers.map((w) => w.ready));
      // Both start together, so they really compete for the same rows.
      for (const w of workers) w.child.stdin.write('go\n');
      const results = await Promise.all(workers.map((w) => w.result));

      const runs = await t.db.system((tx) =>
        tx.one<{ n: number; jobs: number }>(
          `SELECT count(*)::int AS n, count(DISTINCT job_id)::int AS jobs FROM job_runs`,
        ),
      );
      expect(runs).toEqual({ n: 1000, jobs: 1000 });
      const byWorker = await t.db.system((tx) =>
        tx.query<{ worker: string; n: number }>(
          `SELECT worker, count(*)::int AS n FROM job_runs GROUP BY worker ORDER BY worker`,
        ),
      );
      // Both processes took part, and each one's count matches what it reports.
      expect(byWorker.map((r) => r.worker)).toEqual(['one', 'two']);
      expect(byWorker.map((r) => r.n)).toEqual([results[0]!.ran, results[1]!.ran]);
      const pending = await t.db.system((tx) =>
        tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM jobs WHERE status <> 'done' OR attempts <> 1`),
      );
      expect(pending.n).toBe(0);
    } finally {
      for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    }
  });
});
