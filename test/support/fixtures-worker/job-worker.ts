/**
 * A worker process for test/platform/jobs-processes.test.ts. Usage:
 *   node --import tsx job-worker.ts <postgres url> <worker name>
 * Prints "ready", waits for a line on stdin, runs every due job, prints `{"ran":N}` and exits.
 * The `test.record` handler inserts one row per execution into job_runs (no unique constraint),
 * so a job run twice would show up as two rows.
 */
import { createInterface } from 'node:readline';
import { systemClock } from '../../../src/platform/clock.ts';
import { openPostgres } from '../../../src/platform/db/postgres.ts';
import { createWorker } from '../../../src/platform/jobs/worker.ts';

const [url, name] = process.argv.slice(2);
if (!url || !name) throw new Error('usage: job-worker.ts <postgres url> <worker name>');

const db = await openPostgres(url, 4);
const worker = createWorker({
  db,
  clock: systemClock,
  handlers: {
    'test.record': async (tx, job) => {
      await tx.query('INSERT INTO job_runs (job_id, worker) VALUES ($1, $2)', [job.id, name]);
    },
  },
});

const lines = createInterface({ input: process.stdin });
const go = new Promise<void>((resolve) => lines.once('line', () => resolve()));
process.stdout.write('ready\n');
await go;
lines.close();

let ran = 0;
for (;;) {
  const n = await worker.runDue();
  ran += n;
  // Nothing left to claim: the remaining jobs, if any, are locked by the other process.
  if (n === 0) break;
}
process.stdout.write(`${JSON.stringify({ ran })}\n`);
await db.close();
