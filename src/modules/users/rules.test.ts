import { describe, expect, it } from 'vitest';
import { checkUserChange } from './rules.ts';

describe('user change rules', () => {
  const admin = { id: 'a', role: 'admin' as const, active: true };
  const agent = { id: 'b', role: 'agent' as const, active: true };
  it.each([
    ['an admin deactivates themselves', 'a', admin, { active: false }, 2, 'user.cannot_deactivate_self'],
    ['the last admin is demoted', 'x', admin, { role: 'agent' as const }, 1, 'user.cannot_demote_last_admin'],
    ['the last admin is deactivated', 'x', admin, { active: false }, 1, 'user.cannot_demote_last_admin'],
    ['one of two admins is demoted', 'x', admin, { role: 'agent' as const }, 2, null],
    ['an admin stays admin', 'x', admin, { role: 'admin' as const }, 1, null],
    ['an agent is deactivated', 'a', agent, { active: false }, 1, null],
    ['an inactive admin is reactivated', 'x', { ...admin, active: false }, { active: true }, 0, null],
  ])('%s', (_name, actor, target, patch, admins, expected) => {
    expect(checkUserChange(actor, target, patch, admins)).toBe(expected);
  });
});
