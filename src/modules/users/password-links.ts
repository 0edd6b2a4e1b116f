/**
 * Issue 8 item 1: e-mails never carry a password. A new user (welcome) or a user whose password an
 * admin reset gets a single-use, expiring link to a page where they choose their password.
 *
 *  - the token is 256 random bits; only its SHA-256 is stored (password_links.token_hash);
 *  - it lives in the URL's fragment (`/set-password#<token>`), which browsers never send, so no
 *    access log, proxy or Referer sees it; the page posts it in a JSON body (redacted from logs);
 *  - welcome links last 72 h (a new colleague may not read mail at once), reset links 24 h (the
 *    user is usually waiting for it);
 *  - using a link, issuing a newer one, or changing the password otherwise revokes the open ones.
 */
import type { Ctx, Deps } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { formatLinkToken, newSecret, parseLinkToken, sha256 } from '../../platform/auth/credentials.ts';
import { hashPassword, isAcceptablePassword } from '../../platform/auth/passwords.ts';
import { deleteUserSessions } from '../../platform/auth/store.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { enqueueTemplateEmail } from '../../platform/notify/index.ts';
import { purgeUserMessageBodies } from '../../platform/notify/outbox-store.ts';
import { currentTenant } from '../tenants/service.ts';
import { formatEffective } from '../lines/actions-rules.ts';
import * as links from './password-link-store.ts';
import * as store from './store.ts';

export const LINK_LIFETIME_HOURS: Record<links.LinkPurpose, number> = { welcome: 72, reset: 24 };
/** The longest lifetime: delivered access e-mails keep no body past it (worker sweep). */
export const LONGEST_LINK_HOURS = Math.max(...Object.values(LINK_LIFETIME_HOURS));

/** A password nobody knows, so the account cannot be signed into until a link is used. */
export function unusablePasswordHash(): Promise<string> {
  return hashPassword(newSecret());
}

/**
 * Revokes the user's open links, stores a new one and queues its e-mail. `baseUrl` is where the
 * web UI is reached (RELAIS_PUBLIC_URL, else the admin's own request).
 */
export async function sendPasswordLink(
  ctx: Ctx,
  user: store.UserRow,
  purpose: links.LinkPurpose,
  baseUrl: string,
): Promise<{ expiresAt: Date }> {
  const secret = newSecret();
  const expiresAt = new Date(ctx.now.getTime() + LINK_LIFETIME_HOURS[purpose] * 3_600_000);
  await links.revokeOpenLinks(ctx.tx, user.id, ctx.now);
  await purgeUserMessageBodies(ctx.tx, ctx.tenantId, user.id);
  await links.insertLink(ctx.tx, {
    id: newId(),
    userId: user.id,
    purpose,
    tokenHash: sha256(secret),
    now: ctx.now,
    expiresAt,
  });
  const tenant = await currentTenant(ctx.tx);
  const url = `${baseUrl.replace(/\/+$/, '')}/set-password#${formatLinkToken(ctx.tenantId, secret)}`;
  await enqueueTemplateEmail(ctx.tx, {
    to: user.email,
    template: purpose === 'welcome' ? 'user.welcome' : 'user.password_reset',
    locale: user.locale,
    data: {
      displayName: user.display_name,
      tenantName: tenant.legalName,
      login: user.login ?? user.email,
      setPasswordUrl: url,
      expiresAt: formatEffective(expiresAt, tenant.timeZone, user.locale),
    },
    entityType: 'user',
    entityId: user.id,
    now: ctx.now,
  });
  return { expiresAt };
}

export interface PasswordLinkView {
  displayName: string;
  login: string;
  tenantName: string;
  tenantSlug: string;
  purpose: links.LinkPurpose;
  expiresAt: string;
}

interface Open {
  link: links.PasswordLinkRow;
  user: store.UserRow;
}

/** The link if it can still be used; any other case is one answer, so nothing is learnt from it. */
async function openLink(ctx: Pick<Ctx, 'tx' | 'now'>, secret: string, lock: boolean): Promise<Open> {
  const link = await links.findLink(ctx.tx, sha256(secret), lock);
  const usable = link && !link.used_at && !link.revoked_at && link.expires_at > ctx.now;
  const user = usable
    ? await (lock ? store.getUserForUpdate : store.getUser)(ctx.tx, link.user_id)
    : undefined;
  if (!link || !usable || !user?.active) throw new AppError('password_link.invalid');
  return { link, user };
}

function tenantOf(token: string): { tenantId: string; secret: string } {
  const parsed = parseLinkToken(token);
  if (!parsed) throw new AppError('password_link.invalid');
  return parsed;
}

/** Whose account a link opens, and until when, as the set-password page shows it. */
async function linkView(
  tx: Tx,
  link: { purpose: PasswordLinkView['purpose']; expires_at: Date },
  user: { display_name: string; login: string | null; email: string },
): Promise<PasswordLinkView> {
  const tenant = await currentTenant(tx);
  return {
    displayName: user.display_name,
    login: user.login ?? user.email,
    tenantName: tenant.legalName,
    tenantSlug: tenant.slug,
    purpose: link.purpose,
    expiresAt: link.expires_at.toISOString(),
  };
}

/** What the set-password page shows before the user types: whose account, until when. */
export async function checkPasswordLink(deps: Deps, token: string): Promise<PasswordLinkView> {
  const { tenantId, secret } = tenantOf(token);
  const now = deps.clock.now();
  return deps.db.tenant(tenantId, async (tx) => {
    const { link, user } = await openLink({ tx, now }, secret, false);
    return linkView(tx, link, user);
  });
}

/** Sets the password (same policy as a change), uses the link up and signs the user out elsewhere. */
export async function setPasswordWithLink(
  deps: Deps,
  input: { token: string; newPassword: string },
  requestId: string,
): Promise<PasswordLinkView> {
  const { tenantId, secret } = tenantOf(input.token);
  const now = deps.clock.now();
  return deps.db.tenant(tenantId, async (tx) => {
    const { link, user } = await openLink({ tx, now }, secret, true);
    if (!isAcceptablePassword(input.newPassword, [user.email, user.login ?? ''])) {
      throw new AppError('auth.password_too_weak', {}, [
        { pointer: '/body/newPassword', code: 'weak', detail: '' },
      ]);
    }
    await store.setPassword(tx, user.id, await hashPassword(input.newPassword), false, now);
    await links.markUsed(tx, link.id, now);
    await links.revokeOpenLinks(tx, user.id, now);
    await deleteUserSessions(tx, user.id, null);
    await purgeUserMessageBodies(tx, tenantId, user.id);
    const label = `${user.display_name} <${user.email}>`;
    await recordAudit(tx, { type: 'user', id: user.id, label }, now, requestId, {
      entityType: 'user',
      entityId: user.id,
      entityLabel: label,
      action: 'user.password_set_by_link',
      after: { purpose: link.purpose },
    });
    return linkView(tx, link, user);
  });
}
