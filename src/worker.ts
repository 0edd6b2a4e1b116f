import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from './platform/context.ts';
import { startPlatformWorker as start, type PlatformWorker } from './platform/jobs/index.ts';

export type { PlatformWorker };

/** The in-process worker: due jobs, effective-dated actions of every module, outbox delivery. */
export function startPlatformWorker(deps: Deps, log: FastifyBaseLogger): PlatformWorker {
  const logger = log.child({ component: 'worker' });
  return start(
    { config: deps.config, db: deps.db, clock: deps.clock, actions: deps.actions, secrets: deps.secrets },
    {
      debug: (o, m) => logger.debug(o, m),
      info: (o, m) => logger.info(o, m),
      warn: (o, m) => logger.warn(o, m),
      error: (o, m) => logger.error(o, m),
    },
  );
}
