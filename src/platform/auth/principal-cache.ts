import { LRUCache } from 'lru-cache';
import type { Principal } from './principal.ts';

/**
 * Resolved principals, kept a few seconds so that a page's burst of requests costs one
 * credential look-up instead of one transaction each (measured in BENCHMARKS.md: the look-up was
 * half the cost of a read). Keys are SHA-256 hashes of random secrets, unique across tenants.
 *
 * Changes that take rights away (logout, revocation, deactivation, role or password change)
 * evict the entries of that user or token in this process at once; other processes see the
 * change within TTL_MS. An entry also never outlives the session's or token's own expiry.
 */
export const PRINCIPAL_TTL_MS = 5_000;

interface Entry {
  principal: Principal;
  /** Instant after which the credential itself is no longer valid (ms since epoch), or null. */
  expiresAt: number | null;
}

const cache = new LRUCache<string, Entry>({ max: 10_000, ttl: PRINCIPAL_TTL_MS });

export function cachedPrincipal(key: string, now: Date): Principal | undefined {
  const hit = cache.get(key);
  if (!hit) return undefined;
  if (hit.expiresAt !== null && hit.expiresAt <= now.getTime()) {
    cache.delete(key);
    return undefined;
  }
  return hit.principal;
}

export function rememberPrincipal(key: string, principal: Principal, expiresAt: Date | null): void {
  cache.set(key, { principal, expiresAt: expiresAt?.getTime() ?? null });
}

/** Forgets every cached principal of a user, a session or a token (called by the changes that revoke). */
export function forgetPrincipals(match: { userId?: string; sessionId?: string; tokenId?: string }): void {
  for (const [key, { principal: p }] of cache.entries()) {
    if (
      (match.userId !== undefined && p.userId === match.userId) ||
      (match.sessionId !== undefined && p.sessionId === match.sessionId) ||
      (match.tokenId !== undefined && p.tokenId === match.tokenId)
    ) {
      cache.delete(key);
    }
  }
}
