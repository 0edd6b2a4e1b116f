import type { Ctx } from '../../platform/context.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { DEFAULT_MISSED_VISIT_POLICY, type MissedVisitPolicy } from './rules.ts';
import * as store from './store.ts';

/** REF-04: what a missed visit does in this tenant ("offer" until an admin chooses). */
export async function missedVisitPolicy(ctx: Ctx): Promise<{ missedVisit: MissedVisitPolicy }> {
  return {
    missedVisit: (await store.missedVisitSetting(ctx.tx))?.missed_visit ?? DEFAULT_MISSED_VISIT_POLICY,
  };
}

/** REF-04: an admin chooses between offering the reassignment to an agent and performing it. */
export async function setMissedVisitPolicy(
  ctx: Ctx,
  missedVisit: MissedVisitPolicy,
): Promise<{ missedVisit: MissedVisitPolicy }> {
  const before = await missedVisitPolicy(ctx);
  await store.saveMissedVisitSetting(ctx.tx, { missedVisit, now: ctx.now, by: ctx.actor.label });
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'referral_settings',
    entityId: ctx.tenantId,
    entityLabel: 'Mise en relation',
    action: 'referral.settings_changed',
    before,
    after: { missedVisit },
  });
  return { missedVisit };
}
