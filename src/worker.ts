import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from './platform/context.ts';
import {
  startPlatformWorker as start,
  type PlatformWorker,
  type WorkerLogger,
} from './platform/jobs/index.ts';
import { startUsageInbox } from './modules/usage/inbox.ts';

export type { PlatformWorker };

/** The in-process worker: due jobs, effective-dated actions of every module, outbox delivery. */
export function startPlatformWorker(deps: Deps, log: FastifyBaseLogger): PlatformWorker {
  const logger = log.child({ component: 'worker' });
  const sink: WorkerLogger = {
    debug: (o, m) => logger.debug(o, m),
    info: (o, m) => logger.info(o, m),
    warn: (o, m) => logger.warn(o, m),
    error: (o, m) => logger.error(o, m),
  };
  return withUsageInbox(
    start(
      { config: deps.config, db: deps.db, clock: deps.clock, actions: deps.actions, secrets: deps.secrets },
      sink,
    ),
    deps,
    sink,
  );
}

/** The CDR inbox (RELAIS_USAGE_INBOX, issue 12) runs beside the worker, stopped with it. */
export function withUsageInbox(
  worker: PlatformWorker,
  deps: Pick<Deps, 'config' | 'db' | 'clock' | 'actions'>,
  log: WorkerLogger,
): PlatformWorker {
  const dir = deps.config.usageInbox;
  if (!dir) return worker;
  const inbox = startUsageInbox({ dir, db: deps.db, actions: deps.actions, clock: deps.clock, log });
  const stopWorker = worker.stop.bind(worker);
  worker.stop = async () => {
    await inbox.stop();
    await stopWorker();
  };
  return worker;
}
