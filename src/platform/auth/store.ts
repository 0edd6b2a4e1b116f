import type { Tx } from '../db/db.ts';
import type { Role } from './principal.ts';
import { forgetPrincipals } from './principal-cache.ts';

/** SQL of identity: sessions, API tokens and the cross-tenant login look-up. */

export interface LoginCandidate {
  tenant_id: string;
  tenant_slug: string;
  user_id: string;
  password_hash: string;
  active: boolean;
}

/** System transaction: the one place where a login is looked up across tenants. */
export function findLoginCandidates(
  tx: Tx,
  login: string,
  tenantSlug: string | null,
): Promise<LoginCandidate[]> {
  return tx.query<LoginCandidate>(
    `SELECT u.tenant_id, t.slug AS tenant_slug, u.id AS user_id, u.password_hash, u.active
       FROM users u JOIN tenants t ON t.id = u.tenant_id
      WHERE (lower(u.email) = lower($1) OR lower(u.login) = lower($1))
        AND ($2::text IS NULL OR t.slug = $2)
        AND u.role IN ('admin', 'supervisor', 'agent', 'installer', 'fleet_manager')`,
    [login, tenantSlug],
  );
}

export interface SessionPrincipalRow {
  session_id: string;
  user_id: string;
  csrf_token: string;
  last_seen_at: Date;
  expires_at: Date;
  role: Role;
  display_name: string;
  email: string;
  active: boolean;
  must_change_password: boolean;
  customer_account_id: string | null;
}

export function findSession(tx: Tx, tokenHash: string, now: Date): Promise<SessionPrincipalRow | undefined> {
  return tx.maybeOne<SessionPrincipalRow>(
    `SELECT s.id AS session_id, s.user_id, s.csrf_token, s.last_seen_at, s.expires_at, u.role, u.display_name, u.email, u.active,
            u.must_change_password, u.customer_account_id
       FROM sessions s JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > $2`,
    [tokenHash, now],
  );
}

export async function touchSession(tx: Tx, sessionId: string, now: Date, expiresAt: Date): Promise<void> {
  await tx.query(`UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE id = $1`, [
    sessionId,
    now,
    expiresAt,
  ]);
}

export async function insertSession(
  tx: Tx,
  s: {
    id: string;
    tokenHash: string;
    userId: string;
    csrfToken: string;
    now: Date;
    expiresAt: Date;
    ip: string;
    userAgent: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO sessions (tenant_id, id, token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at, ip, user_agent)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $5, $6, $7, $8)`,
    [s.id, s.tokenHash, s.userId, s.csrfToken, s.now, s.expiresAt, s.ip, s.userAgent],
  );
}

// Deleting sessions also forgets their cached principals: no path can revoke and forget the cache.
export async function deleteSession(tx: Tx, sessionId: string): Promise<void> {
  forgetPrincipals({ sessionId });
  await tx.query(`DELETE FROM sessions WHERE id = $1`, [sessionId]);
}

export async function deleteUserSessions(
  tx: Tx,
  userId: string,
  exceptSessionId: string | null,
): Promise<void> {
  forgetPrincipals({ userId });
  await tx.query(`DELETE FROM sessions WHERE user_id = $1 AND ($2::uuid IS NULL OR id <> $2)`, [
    userId,
    exceptSessionId,
  ]);
}

export interface TokenPrincipalRow {
  id: string;
  name: string;
  role: Role;
  last_used_at: Date | null;
  expires_at: Date | null;
}

export function findApiToken(tx: Tx, tokenHash: string, now: Date): Promise<TokenPrincipalRow | undefined> {
  return tx.maybeOne<TokenPrincipalRow>(
    `SELECT id, name, role, last_used_at, expires_at FROM api_tokens
      WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > $2)`,
    [tokenHash, now],
  );
}

export async function touchApiToken(tx: Tx, id: string, now: Date): Promise<void> {
  await tx.query(`UPDATE api_tokens SET last_used_at = $2 WHERE id = $1`, [id, now]);
}
