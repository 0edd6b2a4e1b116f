import { randomBytes } from 'node:crypto';
import type { Deps, Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import {
  dummyHash,
  hashPassword,
  isAcceptablePassword,
  verifyPassword,
} from '../../platform/auth/passwords.ts';
import { formatSessionCookie, newSecret, sha256 } from '../../platform/auth/credentials.ts';
import * as authStore from '../../platform/auth/store.ts';
import type { LoginCandidate } from '../../platform/auth/store.ts';
import {
  addressKey,
  loginKey,
  normaliseLogin,
  userKey,
  type LoginLimiter,
} from '../../platform/auth/login-limit.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { currentTenant, type Tenant } from '../tenants/service.ts';
import { toUser, type User } from '../users/service.ts';
import * as users from '../users/credentials.ts';

export interface SessionView {
  user: User;
  tenant: Tenant;
  csrfToken: string;
}

/**
 * Signs in by e-mail or username. The look-up spans tenants (the one system read of identity).
 * The password is checked against every candidate before anything else is said: the workspace is
 * asked for only when the password opens more than one account, so a user created at one reseller
 * with another reseller's login learns nothing about it. Failures (never successes) spend the
 * budgets of the address, the normalised login and each resolved user (login-limit.ts).
 */
export async function login(
  deps: Deps,
  limiter: LoginLimiter,
  input: { login: string; password: string; tenant?: string | undefined },
  client: { ip: string; userAgent: string | null; requestId: string },
): Promise<{ cookie: string; view: SessionView }> {
  const started = deps.clock.now();
  const keys = [addressKey(client.ip), loginKey(input.login)];
  refuseWhenBlocked(limiter, keys, started);
  const candidates = await deps.db.system((tx) =>
    authStore.findLoginCandidates(tx, normaliseLogin(input.login), input.tenant ?? null),
  );
  keys.push(...candidates.map((c) => userKey(c.user_id)));
  refuseWhenBlocked(limiter, keys, started);
  if (candidates.length === 0) await verifyPassword(await dummyHash(), input.password);
  const matching: LoginCandidate[] = [];
  for (const candidate of candidates) {
    if (await verifyPassword(candidate.password_hash, input.password)) matching.push(candidate);
  }
  const c = matching[0];
  if (!c) {
    limiter.recordFailure(keys, deps.clock.now());
    throw new AppError('auth.invalid_credentials');
  }
  if (matching.length > 1) throw new AppError('auth.tenant_required');
  limiter.clear([loginKey(input.login), userKey(c.user_id)]);
  if (!c.active) throw new AppError('auth.account_disabled');
  const now = deps.clock.now();
  const secret = newSecret();
  const csrfToken = randomBytes(24).toString('base64url');
  const view = await deps.db.tenant(c.tenant_id, async (tx) => {
    await authStore.insertSession(tx, {
      id: newId(),
      tokenHash: sha256(secret),
      userId: c.user_id,
      csrfToken,
      now,
      expiresAt: new Date(now.getTime() + deps.config.sessionTtlHours * 3_600_000),
      ip: client.ip,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    await users.markLogin(tx, c.user_id, now);
    const row = await users.userById(tx, c.user_id);
    if (!row) throw new AppError('auth.invalid_credentials');
    await recordAudit(
      tx,
      { type: 'user', id: row.id, label: `${row.display_name} <${row.email}>` },
      now,
      client.requestId,
      {
        entityType: 'user',
        entityId: row.id,
        entityLabel: `${row.display_name} <${row.email}>`,
        action: 'session.login',
        after: { ip: client.ip },
      },
    );
    return { user: toUser(row), tenant: await currentTenant(tx), csrfToken };
  });
  return { cookie: formatSessionCookie(c.tenant_id, secret), view };
}

function refuseWhenBlocked(limiter: LoginLimiter, keys: string[], now: Date): void {
  const waitMs = limiter.blockedFor(keys, now);
  if (waitMs === null) return;
  throw new AppError('auth.rate_limited', { minutes: Math.max(1, Math.ceil(waitMs / 60_000)) }, [], {
    'Retry-After': String(Math.max(1, Math.ceil(waitMs / 1000))),
  });
}

export async function sessionView(ctx: Ctx, p: Principal): Promise<SessionView> {
  if (!p.userId || !p.csrfToken) throw new AppError('auth.required');
  const row = await users.userById(ctx.tx, p.userId);
  if (!row) throw new AppError('auth.required');
  return { user: toUser(row), tenant: await currentTenant(ctx.tx), csrfToken: p.csrfToken };
}

export async function logout(ctx: Ctx, p: Principal): Promise<void> {
  if (p.sessionId) {
    await authStore.deleteSession(ctx.tx, p.sessionId);
    await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
      entityType: 'user',
      entityId: p.userId ?? '',
      entityLabel: p.label,
      action: 'session.logout',
    });
  }
}

/** Changing one's password signs out every other session of that user. */
export async function changePassword(
  ctx: Ctx,
  p: Principal,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  if (!p.userId) throw new AppError('auth.forbidden');
  const row = await users.userForPasswordChange(ctx.tx, p.userId);
  if (!row) throw new AppError('auth.required');
  if (!(await verifyPassword(row.password_hash, input.currentPassword))) {
    throw new AppError('auth.current_password_wrong', {}, [
      { pointer: '/body/currentPassword', code: 'wrong', detail: '' },
    ]);
  }
  if (input.newPassword === input.currentPassword) {
    throw new AppError('auth.password_reused', {}, [
      { pointer: '/body/newPassword', code: 'reused', detail: '' },
    ]);
  }
  if (!isAcceptablePassword(input.newPassword, [row.email, row.login ?? ''])) {
    throw new AppError('auth.password_too_weak', {}, [
      { pointer: '/body/newPassword', code: 'weak', detail: '' },
    ]);
  }
  // A set-password link sent earlier must not override the password just chosen: revoked with it.
  await users.setOwnPassword(ctx.tx, row.id, await hashPassword(input.newPassword), ctx.now);
  await authStore.deleteUserSessions(ctx.tx, row.id, p.sessionId);
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'user',
    entityId: row.id,
    entityLabel: `${row.display_name} <${row.email}>`,
    action: 'user.password_changed',
  });
}
