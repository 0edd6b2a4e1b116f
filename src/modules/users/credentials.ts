import type { Tx } from '../../platform/db/db.ts';
import * as links from './password-link-store.ts';
import * as store from './store.ts';

/**
 * What the session module does with a user, through the users module (the only writer of `users`
 * and `password_links`): read the signed-in user, note a login, change one's own password.
 */

export type { UserRow } from './store.ts';

export function userById(tx: Tx, id: string): Promise<store.UserRow | undefined> {
  return store.getUser(tx, id);
}

/** The user, locked for a change of its password. */
export function userForPasswordChange(tx: Tx, id: string): Promise<store.UserRow | undefined> {
  return store.getUserForUpdate(tx, id);
}

export function markLogin(tx: Tx, id: string, now: Date): Promise<void> {
  return store.markLogin(tx, id, now);
}

/**
 * The user's own new password (already hashed); a set-password link sent earlier must not
 * override it, so the user's open links are revoked with it.
 */
export async function setOwnPassword(tx: Tx, id: string, hash: string, now: Date): Promise<void> {
  await store.setPassword(tx, id, hash, false, now);
  await links.revokeOpenLinks(tx, id, now);
}
