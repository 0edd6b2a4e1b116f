import type { ErrorCode } from '../../platform/errors.ts';
import type { Role } from '../../platform/auth/principal.ts';

export interface UserFacts {
  id: string;
  role: Role;
  active: boolean;
}

export interface UserPatch {
  role?: Role | undefined;
  active?: boolean | undefined;
}

/**
 * Whether a change to a user keeps the workspace governable: nobody locks themselves out, and
 * there is always one active administrator left. Pure: the caller counts the active admins.
 */
export function checkUserChange(
  actorUserId: string | null,
  target: UserFacts,
  patch: UserPatch,
  activeAdmins: number,
): ErrorCode | null {
  if (patch.active === false && target.active && actorUserId === target.id)
    return 'user.cannot_deactivate_self';
  const losesAdmin =
    target.role === 'admin' &&
    target.active &&
    (patch.active === false || (patch.role !== undefined && patch.role !== 'admin'));
  if (losesAdmin && activeAdmins <= 1) return 'user.cannot_demote_last_admin';
  return null;
}
