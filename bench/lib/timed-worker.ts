import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { systemClock } from '../../src/platform/clock.ts';
import type { Db } from '../../src/platform/db/db.ts';
import { createPlatformWorker } from '../../src/platform/jobs/index.ts';
import type { ActionRegistry } from '../../src/platform/jobs/index.ts';

/**
 * The platform worker the `usage` entry's alert latency measures, in the bench's process or in
 * its own (servers/alert-worker.ts): started at once; `stop` stops it and returns when each
 * e-mail's send began and the process's CPU meanwhile. BENCH_USAGE_WORKER_PROFILE=FILE also
 * writes a V8 CPU profile of the same span (open it in Chrome's DevTools): the CPU per message is
 * what the alerts' latency is made of, and the profile says where it goes.
 */
export function startTimedWorker(o: {
  db: Db;
  actions: ActionRegistry;
  smtpUrl: string;
  smsUrl: string;
  dataDir: string;
}): { stop(): Promise<{ sendStart: [string, number][]; cpuMs: number }> } {
  const worker = createPlatformWorker(
    {
      config: {
        smtpUrl: o.smtpUrl,
        smsUrl: o.smsUrl,
        mailFrom: 'Relais <no-reply@relais.local>',
        dataDir: o.dataDir,
      },
      db: o.db,
      clock: systemClock,
      actions: o.actions,
    },
    undefined,
    { mailboxDir: null },
  );
  // When each e-mail's send began (the worker calls mailer.send on this object for each).
  const sendStart = new Map<string, number>();
  const send = worker.mailer.send.bind(worker.mailer);
  (worker.mailer as { send: typeof send }).send = (m) => {
    sendStart.set(m.outboxId, Date.now());
    return send(m);
  };
  const profileFile = process.env.BENCH_USAGE_WORKER_PROFILE;
  // Started before the worker, synchronously as far as the inspector goes: the posts are queued
  // in order, so the worker's first turn is in the profile.
  const profiler = profileFile ? new Session() : undefined;
  const profiling = profiler
    ? (async () => {
        profiler.connect();
        await profiler.post('Profiler.enable');
        await profiler.post('Profiler.setSamplingInterval', { interval: 200 });
        await profiler.post('Profiler.start');
      })()
    : undefined;
  const cpu0 = process.cpuUsage();
  worker.start();
  return {
    async stop() {
      await worker.stop();
      const cpu = process.cpuUsage(cpu0);
      if (profiler && profileFile) {
        await profiling;
        const { profile } = await profiler.post('Profiler.stop');
        profiler.disconnect();
        await writeFile(profileFile, JSON.stringify(profile));
      }
      return { sendStart: [...sendStart], cpuMs: (cpu.user + cpu.system) / 1000 };
    },
  };
}
