import type { Deps } from '../context.ts';
import { AppError } from '../errors.ts';
import { parseApiToken, parseSessionCookie, sha256 } from './credentials.ts';
import type { Principal } from './principal.ts';
import { findApiToken, findSession, touchApiToken, touchSession } from './store.ts';
import { cachedPrincipal, rememberPrincipal } from './principal-cache.ts';

export const SESSION_COOKIE = 'relais_session';
/** Last-seen stamps are written at most this often, so reading a page costs no write. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Resolves the caller from a session cookie or a Bearer token. Returns null when neither is
 * present; throws when a credential is present but not valid (so a bad token is never treated
 * as anonymous).
 */
export async function authenticate(
  deps: Deps,
  cookie: string | undefined,
  authorization: string | undefined,
): Promise<Principal | null> {
  const now = deps.clock.now();
  if (authorization) {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization);
    const parsed = m ? parseApiToken(m[1] as string) : null;
    if (!parsed) throw new AppError('auth.token_invalid');
    const hash = sha256(parsed.secret);
    const hit = cachedPrincipal(`token:${parsed.tenantId}:${hash}`, now);
    if (hit) return hit;
    const row = await deps.db.tenant(parsed.tenantId, async (tx) => {
      const r = await findApiToken(tx, hash, now);
      if (r && (!r.last_used_at || now.getTime() - r.last_used_at.getTime() > TOUCH_EVERY_MS)) {
        await touchApiToken(tx, r.id, now);
      }
      return r;
    });
    if (!row) throw new AppError('auth.token_invalid');
    const principal: Principal = {
      kind: 'token',
      tenantId: parsed.tenantId,
      userId: null,
      tokenId: row.id,
      sessionId: null,
      role: row.role,
      label: `API : ${row.name}`,
      csrfToken: null,
      mustChangePassword: false,
      customerAccountId: null,
    };
    rememberPrincipal(`token:${parsed.tenantId}:${hash}`, principal, row.expires_at);
    return principal;
  }
  const parsed = parseSessionCookie(cookie);
  if (!parsed) return null;
  const hash = sha256(parsed.secret);
  const hit = cachedPrincipal(`session:${parsed.tenantId}:${hash}`, now);
  if (hit) return hit;
  const ttlMs = deps.config.sessionTtlHours * 3_600_000;
  const row = await deps.db.tenant(parsed.tenantId, async (tx) => {
    const r = await findSession(tx, hash, now);
    if (r && r.active && now.getTime() - r.last_seen_at.getTime() > TOUCH_EVERY_MS) {
      await touchSession(tx, r.session_id, now, new Date(now.getTime() + ttlMs));
    }
    return r;
  });
  if (!row || !row.active) return null;
  const principal: Principal = {
    kind: 'session',
    tenantId: parsed.tenantId,
    userId: row.user_id,
    tokenId: null,
    sessionId: row.session_id,
    role: row.role,
    label: `${row.display_name} <${row.email}>`,
    csrfToken: row.csrf_token,
    mustChangePassword: row.must_change_password,
    customerAccountId: row.customer_account_id,
  };
  // The session slides: it stays valid at least until the later of its stored expiry and now + TTL.
  rememberPrincipal(`session:${parsed.tenantId}:${hash}`, principal, row.expires_at);
  return principal;
}
