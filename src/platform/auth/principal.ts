export const ROLES = ['admin', 'supervisor', 'agent', 'fleet_manager', 'installer'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES: readonly Role[] = ['admin', 'supervisor', 'agent'];

/** Who is calling: a signed-in user (cookie session) or a machine client (API token). */
export interface Principal {
  kind: 'session' | 'token';
  tenantId: string;
  userId: string | null;
  tokenId: string | null;
  sessionId: string | null;
  role: Role;
  /** Shown in the audit log: the user's name and e-mail, or the token's name. */
  label: string;
  csrfToken: string | null;
  mustChangePassword: boolean;
  customerAccountId: string | null;
}

/** The author of a change, as the audit log records it. */
export interface Actor {
  type: 'user' | 'token' | 'system';
  id: string | null;
  label: string;
}

export function actorOf(p: Principal): Actor {
  return p.kind === 'session'
    ? { type: 'user', id: p.userId, label: p.label }
    : { type: 'token', id: p.tokenId, label: p.label };
}

export const SYSTEM_ACTOR: Actor = { type: 'system', id: null, label: 'Relais' };
