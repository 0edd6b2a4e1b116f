import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { STAFF_ROLES, type Actor, type Role } from '../../platform/auth/principal.ts';
import type { Tx } from '../../platform/db/db.ts';
import { deleteUserSessions } from '../../platform/auth/store.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Page } from '../../platform/http/pagination.ts';
import { checkUserChange } from './rules.ts';
import * as store from './store.ts';
import { sendPasswordLink, unusablePasswordHash } from './password-links.ts';

export interface User {
  id: string;
  email: string;
  login: string | null;
  displayName: string;
  role: Role;
  locale: 'fr' | 'en';
  active: boolean;
  mustChangePassword: boolean;
  customerAccountId: string | null;
  createdAt: string;
  updatedAt: string;
  lastLoginAt: string | null;
  version: number;
}

export function toUser(r: store.UserRow): User {
  return {
    id: r.id,
    email: r.email,
    login: r.login,
    displayName: r.display_name,
    role: r.role,
    locale: r.locale,
    active: r.active,
    mustChangePassword: r.must_change_password,
    customerAccountId: r.customer_account_id,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    lastLoginAt: r.last_login_at?.toISOString() ?? null,
    version: r.version,
  };
}

const label = (r: store.UserRow) => `${r.display_name} <${r.email}>`;

/** What the audit log keeps of a user: everything but the password hash. */
function auditView(r: store.UserRow) {
  const { password_hash: _hash, ...rest } = r;
  return toUser({ ...rest, password_hash: '' });
}

export async function listUsers(ctx: Ctx, f: store.UserFilter): Promise<Page<User>> {
  const { rows, total } = await store.listUsers(ctx.tx, f);
  return { items: rows.map(toUser), total, limit: f.limit, offset: f.offset };
}

export async function getUser(ctx: Ctx, id: string): Promise<User> {
  const row = await store.getUser(ctx.tx, id);
  if (!row) throw new AppError('resource.not_found');
  return toUser(row);
}

export interface CreateUserInput {
  email: string;
  displayName: string;
  role: Role;
  login?: string | undefined;
  locale?: 'fr' | 'en' | undefined;
  customerAccountId?: string | undefined;
}

/** Where a set-password link was sent, and until when it works. */
export interface LinkSent {
  sentTo: string;
  expiresAt: string;
}

/**
 * Creates a user without a usable password and e-mails them a single-use link to choose one
 * (issue 8: no password is generated, shown or e-mailed). `baseUrl` is the web UI's address.
 */
export async function createUser(
  ctx: Ctx,
  input: CreateUserInput,
  baseUrl: string,
): Promise<{ user: User; passwordLink: LinkSent }> {
  const email = input.email.trim();
  const login = input.login?.trim() || null;
  if (input.role === 'fleet_manager' && !input.customerAccountId)
    throw new AppError('user.customer_required');
  if (input.customerAccountId && input.role !== 'fleet_manager')
    throw new AppError('user.customer_account_not_allowed', {}, [
      { pointer: '/body/customerAccountId', code: 'not_allowed', detail: '' },
    ]);
  if (input.customerAccountId && !(await store.customerAccountExists(ctx.tx, input.customerAccountId)))
    throw new AppError('user.customer_account_unknown', {}, [
      { pointer: '/body/customerAccountId', code: 'unknown', detail: '' },
    ]);
  const taken = await store.emailOrLoginTaken(ctx.tx, email, login, null);
  if (taken?.email_taken)
    throw new AppError('user.email_taken', { email }, [
      { pointer: '/body/email', code: 'taken', detail: '' },
    ]);
  if (taken?.login_taken)
    throw new AppError('user.login_taken', { login: login ?? '' }, [
      { pointer: '/body/login', code: 'taken', detail: '' },
    ]);
  const row = await store.insertUser(ctx.tx, {
    id: newId(),
    email,
    login,
    displayName: input.displayName.trim(),
    role: input.role,
    locale: input.locale ?? 'fr',
    customerAccountId: input.customerAccountId ?? null,
    passwordHash: await unusablePasswordHash(),
    // Shown as "password not chosen yet" until the link is used; nobody can sign in before.
    mustChangePassword: true,
    now: ctx.now,
  });
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'user',
    entityId: row.id,
    entityLabel: label(row),
    action: 'user.created',
    after: auditView(row),
  });
  const { expiresAt } = await sendPasswordLink(ctx, row, 'welcome', baseUrl);
  return { user: toUser(row), passwordLink: { sentTo: row.email, expiresAt: expiresAt.toISOString() } };
}

/**
 * A user whose password is already chosen (its hash given), who need not change it: the demo's
 * users, whose shared password start-up prints. Audited as created by `actor`.
 */
export async function createUserWithPassword(
  tx: Tx,
  actor: Actor,
  now: Date,
  input: CreateUserInput & { login: string; passwordHash: string },
): Promise<User> {
  const row = await store.insertUser(tx, {
    id: newId(),
    email: input.email,
    login: input.login,
    displayName: input.displayName,
    role: input.role,
    locale: input.locale ?? 'fr',
    customerAccountId: input.customerAccountId ?? null,
    passwordHash: input.passwordHash,
    mustChangePassword: false,
    now,
  });
  await recordAudit(tx, actor, now, null, {
    entityType: 'user',
    entityId: row.id,
    entityLabel: label(row),
    action: 'user.created',
    after: { email: row.email, role: row.role },
  });
  return toUser(row);
}

/**
 * The reseller's active staff of these roles (default: every staff role), each with the language
 * their alerts are written in: all of them, however many (a list page's limit would drop some).
 */
export function staffRecipients(
  tx: Tx,
  roles: readonly Role[] = STAFF_ROLES,
): Promise<{ email: string; locale: 'fr' | 'en'; role: Role }[]> {
  return store.activeStaff(tx, roles);
}

/** The user with this e-mail, case-insensitive (the demo finds its staff by their addresses). */
export async function findUserByEmail(tx: Tx, email: string): Promise<User | undefined> {
  const row = await store.userByEmail(tx, email);
  return row && toUser(row);
}

/** The oldest user of this role, if any. */
export async function firstUserWithRole(tx: Tx, role: Role): Promise<User | undefined> {
  const row = await store.firstUserWithRole(tx, role);
  return row && toUser(row);
}

export interface UpdateUserInput {
  displayName?: string | undefined;
  role?: Role | undefined;
  active?: boolean | undefined;
  locale?: 'fr' | 'en' | undefined;
}

export async function updateUser(
  ctx: Ctx,
  id: string,
  version: number,
  patch: UpdateUserInput,
): Promise<User> {
  const before = await store.getUserForUpdate(ctx.tx, id);
  if (!before) throw new AppError('resource.not_found');
  if (before.version !== version) throw new AppError('conflict.stale_version');
  if (patch.role === 'fleet_manager' && !before.customer_account_id)
    throw new AppError('user.customer_required');
  const admins = before.role === 'admin' ? await store.countActiveAdmins(ctx.tx) : 0;
  const refusal = checkUserChange(ctx.actor.type === 'user' ? ctx.actor.id : null, before, patch, admins);
  if (refusal) throw new AppError(refusal);
  const after = await store.updateUser(
    ctx.tx,
    id,
    version,
    { ...patch, displayName: patch.displayName?.trim() },
    ctx.now,
  );
  if (!after) throw new AppError('conflict.stale_version');
  // A deactivated user, or one whose role changed, signs in again with the new rights.
  if (patch.active === false || (patch.role && patch.role !== before.role)) {
    await deleteUserSessions(ctx.tx, id, null);
  }
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'user',
    entityId: id,
    entityLabel: label(before),
    action:
      patch.active === false
        ? 'user.deactivated'
        : patch.active === true && !before.active
          ? 'user.reactivated'
          : 'user.updated',
    before: auditView(before),
    after: auditView(after),
  });
  return toUser(after);
}

/**
 * An admin resets a password: the old one stops working at once (the account may be compromised),
 * every session ends, and the user gets a link to choose a new one.
 */
export async function resetPassword(ctx: Ctx, id: string, baseUrl: string): Promise<LinkSent> {
  const before = await store.getUserForUpdate(ctx.tx, id);
  if (!before) throw new AppError('resource.not_found');
  const after = await store.setPassword(ctx.tx, id, await unusablePasswordHash(), true, ctx.now);
  await deleteUserSessions(ctx.tx, id, null);
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'user',
    entityId: id,
    entityLabel: label(before),
    action: 'user.password_reset',
    before: auditView(before),
    after: auditView(after),
  });
  const { expiresAt } = await sendPasswordLink(ctx, after, 'reset', baseUrl);
  return { sentTo: after.email, expiresAt: expiresAt.toISOString() };
}
