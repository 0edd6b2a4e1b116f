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
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { currentTenant, type Tenant } from '../tenants/service.ts';
import { toUser, type User } from '../users/service.ts';
import * as users from '../users/store.ts';
import { revokeOpenLinks } from '../users/password-link-store.ts';

export interface SessionView {
  user: User;
  tenant: Tenant;
  csrfToken: string;
}

/**
 * Signs in by e-mail or username. The look-up spans tenants (the one system read of identity);
 * when the same login exists at several resellers, the caller must name the workspace.
 */
export async function login(
  deps: Deps,
  input: { login: string; password: string; tenant?: string | undefined },
  client: { ip: string; userAgent: string | null; requestId: string },
): Promise<{ cookie: string; view: SessionView }> {
  const candidates = await deps.db.system((tx) =>
    authStore.findLoginCandidates(tx, input.login.trim(), input.tenant ?? null),
  );
  if (candidates.length > 1) throw new AppError('auth.tenant_required');
  const c = candidates[0];
  if (!c) {
    await verifyPassword(await dummyHash(), input.password);
    throw new AppError('auth.invalid_credentials');
  }
  if (!(await verifyPassword(c.password_hash, input.password)))
    throw new AppError('auth.invalid_credentials');
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
    const row = await users.getUser(tx, c.user_id);
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

export async function sessionView(ctx: Ctx, p: Principal): Promise<SessionView> {
  if (!p.userId || !p.csrfToken) throw new AppError('auth.required');
  const row = await users.getUser(ctx.tx, p.userId);
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
  const row = await users.getUserForUpdate(ctx.tx, p.userId);
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
  await users.setPassword(ctx.tx, row.id, await hashPassword(input.newPassword), false, ctx.now);
  // A set-password link sent earlier must not override the password just chosen.
  await revokeOpenLinks(ctx.tx, row.id, ctx.now);
  await authStore.deleteUserSessions(ctx.tx, row.id, p.sessionId);
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'user',
    entityId: row.id,
    entityLabel: `${row.display_name} <${row.email}>`,
    action: 'user.password_changed',
  });
}
