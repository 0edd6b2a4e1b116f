/**
 * Child process of the `usage` entry's alert latency: the platform worker alone, as `relais
 * worker` runs it beside a PostgreSQL server (and as production runs it whenever the import is
 * `relais usage import`, a process of its own), woken by the commits' NOTIFY. `stop` stops it and
 * returns when each e-mail's send began.
 *
 * Env: BENCH_DB_URL, BENCH_POOL, BENCH_SMTP_URL, BENCH_SMS_URL, BENCH_DIR.
 */
import { systemClock } from '../../src/platform/clock.ts';
import { openPostgres } from '../../src/platform/db/postgres.ts';
import { createPlatformWorker } from '../../src/platform/jobs/index.ts';
import { buildActionRegistry, defaultOperators } from '../../src/actions.ts';
import { reportFatal, serveParent } from '../lib/child.ts';

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};

try {
  const db = await openPostgres(env('BENCH_DB_URL'), Number(env('BENCH_POOL')));
  const worker = createPlatformWorker(
    {
      config: {
        smtpUrl: env('BENCH_SMTP_URL'),
        smsUrl: env('BENCH_SMS_URL'),
        mailFrom: 'Relais <no-reply@relais.local>',
        dataDir: env('BENCH_DIR'),
      },
      db,
      clock: systemClock,
      actions: buildActionRegistry(undefined, { operators: defaultOperators() }),
    },
    undefined,
    { mailboxDir: null },
  );
  const sendStart = new Map<string, number>();
  const send = worker.mailer.send.bind(worker.mailer);
  (worker.mailer as { send: typeof send }).send = (m) => {
    sendStart.set(m.outboxId, Date.now());
    return send(m);
  };
  const cpu0 = process.cpuUsage();
  worker.start();
  serveParent(
    {},
    {
      async stop() {
        await worker.stop();
        const cpu = process.cpuUsage(cpu0);
        return { sendStart: [...sendStart], cpuMs: (cpu.user + cpu.system) / 1000 };
      },
    },
    async () => {
      await worker.stop();
      await db.close();
    },
  );
} catch (err) {
  reportFatal(err);
}
