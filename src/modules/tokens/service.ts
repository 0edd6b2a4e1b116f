import type { Ctx } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { formatApiToken, newSecret, sha256 } from '../../platform/auth/credentials.ts';
import { forgetPrincipals } from '../../platform/auth/principal-cache.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Actor, Role } from '../../platform/auth/principal.ts';
import type { Page } from '../../platform/http/pagination.ts';
import { orderBy } from '../../platform/http/pagination.ts';

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

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  created_at: Date;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const COLS = 'id, name, prefix, role, created_at, expires_at, last_used_at, revoked_at';
const SORT = { name: 'lower(name)', createdAt: 'created_at', lastUsedAt: 'last_used_at' };

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
  const where = `($1::boolean IS NULL OR (revoked_at IS NOT NULL) = $1)`;
  const rows = await ctx.tx.query<TokenRow>(
    `SELECT ${COLS} FROM api_tokens WHERE ${where} ORDER BY ${orderBy(q.sort, SORT, '-createdAt')} LIMIT $2 OFFSET $3`,
    [q.revoked ?? null, q.limit, q.offset],
  );
  const { n } = await ctx.tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM api_tokens WHERE ${where}`, [
    q.revoked ?? null,
  ]);
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
  const row = await tx.one<TokenRow>(
    `INSERT INTO api_tokens (tenant_id, id, name, token_hash, prefix, role, created_by, created_at, expires_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLS}`,
    [
      newId(),
      input.name.trim(),
      sha256(secret),
      `${full.slice(0, 14)}…`,
      input.role,
      actor.type === 'user' ? actor.id : null,
      now,
      input.expiresAt ?? null,
    ],
  );
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
  const before = await ctx.tx.maybeOne<TokenRow>(`SELECT ${COLS} FROM api_tokens WHERE id = $1 FOR UPDATE`, [
    id,
  ]);
  if (!before) throw new AppError('resource.not_found');
  if (before.revoked_at) return; // revoking twice is harmless: DELETE is idempotent
  forgetPrincipals({ tokenId: id });
  const after = await ctx.tx.one<TokenRow>(
    `UPDATE api_tokens SET revoked_at = $2, version = version + 1 WHERE id = $1 RETURNING ${COLS}`,
    [id, ctx.now],
  );
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'api_token',
    entityId: id,
    entityLabel: before.name,
    action: 'token.revoked',
    before: toToken(before),
    after: toToken(after),
  });
}
