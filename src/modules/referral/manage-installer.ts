import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import * as store from './store.ts';
import { toInstaller, type Installer } from './views.ts';

export async function listInstallers(ctx: Ctx): Promise<Installer[]> {
  return (await store.listInstallers(ctx.tx)).map(toInstaller);
}

async function lockInstaller(ctx: Ctx, id: string) {
  const before = await store.getInstaller(ctx.tx, id, true);
  if (!before) throw new AppError('resource.not_found');
  return before;
}

/**
 * REF-01: records the installer's acceptance of the quality charter (its version, the instant,
 * who recorded it). From then on, if active, the installer receives referrals.
 */
export async function recordCharter(ctx: Ctx, id: string, version: string): Promise<Installer> {
  const before = await lockInstaller(ctx, id);
  const after = await store.signCharter(ctx.tx, id, {
    version: version.trim(),
    signedAt: ctx.now,
    recordedBy: ctx.actor.label,
    now: ctx.now,
  });
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'referral_installer',
    entityId: id,
    entityLabel: before.company,
    action: 'referral.charter_signed',
    before: toInstaller(before),
    after: toInstaller(after),
  });
  return toInstaller(after);
}

/** REF-01: an inactive installer keeps its history but receives no referral. */
export async function setInstallerActive(ctx: Ctx, id: string, active: boolean): Promise<Installer> {
  const before = await lockInstaller(ctx, id);
  const after = await store.setActive(ctx.tx, id, active, ctx.now);
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'referral_installer',
    entityId: id,
    entityLabel: before.company,
    action: active ? 'referral.installer_activated' : 'referral.installer_deactivated',
    before: toInstaller(before),
    after: toInstaller(after),
  });
  return toInstaller(after);
}
