import type { Tx } from '../../platform/db/db.ts';
import type { Role } from '../../platform/auth/principal.ts';
import { orderBy } from '../../platform/http/pagination.ts';

/** The SQL of API tokens (`api_tokens`). */

export interface TokenRow {
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

export async function selectTokens(
  tx: Tx,
  q: { limit: number; offset: number; sort?: string | undefined; revoked?: boolean | undefined },
): Promise<{ rows: TokenRow[]; total: number }> {
  const where = `($1::boolean IS NULL OR (revoked_at IS NOT NULL) = $1)`;
  const rows = await tx.query<TokenRow>(
    `SELECT ${COLS} FROM api_tokens WHERE ${where} ORDER BY ${orderBy(q.sort, SORT, '-createdAt')} LIMIT $2 OFFSET $3`,
    [q.revoked ?? null, q.limit, q.offset],
  );
  const { n } = await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM api_tokens WHERE ${where}`, [
    q.revoked ?? null,
  ]);
  return { rows, total: n };
}

export function insertToken(
  tx: Tx,
  t: {
    id: string;
    name: string;
    tokenHash: string;
    prefix: string;
    role: Role;
    createdBy: string | null;
    at: Date;
    expiresAt: string | null;
  },
): Promise<TokenRow> {
  return tx.one<TokenRow>(
    `INSERT INTO api_tokens (tenant_id, id, name, token_hash, prefix, role, created_by, created_at, expires_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLS}`,
    [t.id, t.name, t.tokenHash, t.prefix, t.role, t.createdBy, t.at, t.expiresAt],
  );
}

export function lockToken(tx: Tx, id: string): Promise<TokenRow | undefined> {
  return tx.maybeOne<TokenRow>(`SELECT ${COLS} FROM api_tokens WHERE id = $1 FOR UPDATE`, [id]);
}

export function markRevoked(tx: Tx, id: string, at: Date): Promise<TokenRow> {
  return tx.one<TokenRow>(
    `UPDATE api_tokens SET revoked_at = $2, version = version + 1 WHERE id = $1 RETURNING ${COLS}`,
    [id, at],
  );
}
