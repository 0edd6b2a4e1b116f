import type { Tx } from '../../platform/db/db.ts';

/** The only SQL on `password_links`. Every function runs in the link's tenant transaction (RLS). */

export type LinkPurpose = 'welcome' | 'reset';

export interface PasswordLinkRow {
  id: string;
  user_id: string;
  purpose: LinkPurpose;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
}

const COLUMNS = `id, user_id, purpose, created_at, expires_at, used_at, revoked_at`;

/** A newer link, or a password set another way, makes every open link of the user useless. */
export async function revokeOpenLinks(tx: Tx, userId: string, now: Date): Promise<void> {
  await tx.query(
    `UPDATE password_links SET revoked_at = $2 WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
    [userId, now],
  );
}

export async function insertLink(
  tx: Tx,
  l: { id: string; userId: string; purpose: LinkPurpose; tokenHash: string; now: Date; expiresAt: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO password_links (tenant_id, id, user_id, purpose, token_hash, created_at, expires_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6)`,
    [l.id, l.userId, l.purpose, l.tokenHash, l.now, l.expiresAt],
  );
}

/** The link whatever its state, locked when it is about to be used (two tabs cannot both use it). */
export function findLink(tx: Tx, tokenHash: string, lock: boolean): Promise<PasswordLinkRow | undefined> {
  return tx.maybeOne<PasswordLinkRow>(
    `SELECT ${COLUMNS} FROM password_links WHERE token_hash = $1${lock ? ' FOR UPDATE' : ''}`,
    [tokenHash],
  );
}

export async function markUsed(tx: Tx, id: string, now: Date): Promise<void> {
  await tx.query(`UPDATE password_links SET used_at = $2 WHERE id = $1`, [id, now]);
}
