/**
 * What must not be kept (issue 8), removed by a worker sweep across tenants:
 *  - idempotency keys after 24 h: a retry comes within minutes; their responses, even encrypted,
 *    are not kept longer than that;
 *  - the bodies of delivered access messages (set-password links) once every link they may carry
 *    has expired: 72 h, the longest link lifetime (src/modules/users/password-links.ts).
 * It runs at most every few minutes: both are cheap indexed statements, but there is no need to
 * run them on every tick of the worker.
 */
import type { Clock } from '../clock.ts';
import type { Db } from '../db/db.ts';
import { purgeExpiredSensitiveBodies } from '../notify/outbox-store.ts';
import { purgeIdempotencyKeys } from '../http/idempotency-store.ts';
import type { WorkerSweep } from './worker.ts';

export const IDEMPOTENCY_TTL_HOURS = 24;
/** Must be at least the longest set-password link lifetime (checked by a test). */
export const SENSITIVE_BODY_HOURS = 72;
const HOUR = 3_600_000;

/** One pass: returns how many rows it removed or emptied. */
export async function runRetention(db: Db, now: Date): Promise<number> {
  return db.system(async (tx) => {
    const keys = await purgeIdempotencyKeys(tx, new Date(now.getTime() - IDEMPOTENCY_TTL_HOURS * HOUR));
    const bodies = await purgeExpiredSensitiveBodies(
      tx,
      new Date(now.getTime() - SENSITIVE_BODY_HOURS * HOUR),
    );
    return keys + bodies;
  });
}

export function retentionSweep(db: Db, clock: Clock, everyMs = 5 * 60_000): WorkerSweep {
  let last: number | undefined;
  return {
    name: 'retention',
    async run() {
      const now = clock.now();
      if (last !== undefined && now.getTime() - last < everyMs) return 0;
      last = now.getTime();
      return runRetention(db, now);
    },
  };
}
