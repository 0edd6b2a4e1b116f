import type { Ctx } from '../context.ts';
import { UUID_RE } from '../db/db.ts';
import { AppError } from '../errors.ts';
import { recordAudit } from '../audit/audit.ts';

/**
 * Issue 15: what the TM Forum requests kept « à compléter » (held appointments, customers) share:
 * reading one by id (any id that is not a UUID is not found, without a look-up) and auditing
 * each step under the module's entity type.
 */

export async function loadHeldRequest<R>(
  id: string,
  get: (id: string) => Promise<R | undefined>,
): Promise<R> {
  const row = UUID_RE.test(id) ? await get(id) : undefined;
  if (!row) throw new AppError('resource.not_found');
  return row;
}

export const auditHeldRequest = (
  ctx: Ctx,
  entityType: string,
  id: string,
  action: string,
  after: Record<string, unknown>,
  before?: Record<string, unknown>,
) =>
  recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType,
    entityId: id,
    action,
    ...(before ? { before } : {}),
    after,
  });
