import type { Ctx } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { formatApiToken, newSecret, sha256 } from '../../platform/auth/credentials.ts';
import { forgetPrincipals } from '../../platform/auth/principal-cache.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor, Role } from '../../platform/auth/principal.ts';
import type { Page } from '../../platform/http/pagination.ts';
import { insertToken, lockToken, markRevoked, selectTokens, type TokenRow } from './store.ts';

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function toToken(r: TokenRow): ApiToken {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    role: r.role,
    createdAt: r.created_at.toISOString(),
    expiresAt: r.expires_at?.toISOString() ?? null,
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
    revokedAt: r.revoked_at?.toISOString() ?? null,
  };
}

export async function listTokens(
  ctx: Ctx,
  q: { limit: number; offset: number; sort?: string | undefined; revoked?: boolean | undefined },
): Promise<Page<ApiToken>> {
  const { rows, total: n } = await selectTokens(ctx.tx, q);
  return { items: rows.map(toToken), total: n, limit: q.limit, offset: q.offset };
}

/**
 * Creates an API token; the secret is returned once and only its hash is kept. Used by the API
 * and by `relais token create` (with the system actor).
 */
export async function createToken(
  tx: Tx,
  actor: Actor,
  now: Date,
  requestId: string | null,
  input: { name: string; role: Role; expiresAt?: string | undefined },
): Promise<{ token: ApiToken; secret: string }> {
  if (!tx.tenantId) throw new Error('createToken needs a tenant transaction');
  const secret = newSecret();
  const full = formatApiToken(tx.tenantId, secret);
  const row = await insertToken(tx, {
    id: newId(),
    name: input.name.trim(),
    tokenHash: sha256(secret),
    prefix: `${full.slice(0, 14)}…`,
    role: input.role,
    createdBy: actor.type === 'user' ? actor.id : null,
    at: now,
    expiresAt: input.expiresAt ?? null,
  });
  await recordAudit(tx, actor, now, requestId, {
    entityType: 'api_token',
    entityId: row.id,
    entityLabel: row.name,
    action: 'token.created',
    after: toToken(row),
  });
  return { token: toToken(row), secret: full };
}

export async function revokeToken(ctx: Ctx, id: string): Promise<void> {
  const before = await lockToken(ctx.tx, id);
  if (!before) throw new AppError('resource.not_found');
  if (before.revoked_at) return; // revoking twice is harmless: DELETE is idempotent
  forgetPrincipals({ tokenId: id });
  const after = await markRevoked(ctx.tx, id, ctx.now);
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'api_token',
    entityId: id,
    entityLabel: before.name,
    action: 'token.revoked',
    before: toToken(before),
    after: toToken(after),
  });
}
