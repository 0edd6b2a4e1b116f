/**
 * Child process of the `usage` entry's alert latency: the platform worker alone, as `relais
 * worker` runs it beside a PostgreSQL server (and as production runs it whenever the import is
 * `relais usage import`, a process of its own), woken by the commits' NOTIFY. `stop` stops it and
 * returns when each e-mail's send began.
 *
 * Env: BENCH_DB_URL, BENCH_POOL, BENCH_SMTP_URL, BENCH_SMS_URL, BENCH_DIR.
 */
import { openPostgres } from '../../src/platform/db/postgres.ts';
import { startTimedWorker } from '../lib/timed-worker.ts';
import { buildActionRegistry, defaultOperators } from '../../src/actions.ts';
import { reportFatal, serveParent } from '../lib/child.ts';

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};

try {
  const db = await openPostgres(env('BENCH_DB_URL'), Number(env('BENCH_POOL')));
  const worker = startTimedWorker({
    db,
    actions: buildActionRegistry(undefined, { operators: defaultOperators() }),
    smtpUrl: env('BENCH_SMTP_URL'),
    smsUrl: env('BENCH_SMS_URL'),
    dataDir: env('BENCH_DIR'),
  });
  let stopped: ReturnType<typeof worker.stop> | null = null;
  const stop = () => (stopped ??= worker.stop());
  serveParent(
    {},
    {
      stop,
    },
    async () => {
      await stop();
      await db.close();
    },
  );
} catch (err) {
  reportFatal(err);
}
