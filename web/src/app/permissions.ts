import type { Session } from '../api/types.ts';

/** A policy of the server (a route's `policy`), as the session lists those the user holds. */
export type Permission = Session['permissions'][number];

/**
 * What the signed-in user may do, as the server says (`permissions` of GET /api/session, from the
 * same policies it enforces): the UI offers a button only when its route would not be refused.
 */
export function can(session: Pick<Session, 'permissions'>, permission: Permission): boolean {
  return session.permissions.includes(permission);
}

type Holder = Pick<Session, 'permissions'>;

export const canManageUsers = (session: Holder) => can(session, 'users.write');
export const canEditTenant = (session: Holder) => can(session, 'tenant.update');
export const canManageTokens = (session: Holder) => can(session, 'tokens.manage');
export const canRetryMessages = (session: Holder) => can(session, 'outbox.retry');
export const canCancelActions = (session: Holder) => can(session, 'actions.cancel');
