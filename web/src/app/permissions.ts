import type { Role } from '../api/types.ts';

/**
 * What each role may change, as the UI shows it. The server decides for real; these only hide
 * the buttons that would be refused.
 */
export function canManageUsers(role: Role): boolean {
  return role === 'admin';
}

export function canEditTenant(role: Role): boolean {
  return role === 'admin';
}

export function canManageTokens(role: Role): boolean {
  return role === 'admin';
}

export function canRetryMessages(role: Role): boolean {
  return role === 'admin' || role === 'supervisor' || role === 'agent';
}

export function canCancelActions(role: Role): boolean {
  return role === 'admin' || role === 'supervisor' || role === 'agent';
}
