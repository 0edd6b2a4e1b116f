import type { Ctx } from '../../platform/context.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import {
  DEFAULT_MISSED_CONTACT_POLICY,
  DEFAULT_MISSED_VISIT_POLICY,
  type MissedContactPolicy,
  type MissedVisitPolicy,
} from './rules.ts';
import * as store from './store.ts';

export interface MissedWindowPolicies {
  missedVisit: MissedVisitPolicy;
  missedContact: MissedContactPolicy;
}

/** REF-04: what a missed visit and a missed 48 h contact do in this tenant ("offer" until chosen). */
export async function missedVisitPolicy(ctx: Ctx): Promise<MissedWindowPolicies> {
  const row = await store.missedWindowSettings(ctx.tx);
  return {
    missedVisit: row?.missed_visit ?? DEFAULT_MISSED_VISIT_POLICY,
    missedContact: row?.missed_contact ?? DEFAULT_MISSED_CONTACT_POLICY,
  };
}

/**
 * REF-04: an admin chooses, for each window, between offering the reassignment to an agent and
 * performing it; a choice left out keeps its current value.
 */
export async function setMissedVisitPolicy(
  ctx: Ctx,
  change: Partial<MissedWindowPolicies>,
): Promise<MissedWindowPolicies> {
  const before = await missedVisitPolicy(ctx);
  const after: MissedWindowPolicies = {
    missedVisit: change.missedVisit ?? before.missedVisit,
    missedContact: change.missedContact ?? before.missedContact,
  };
  await store.saveMissedWindowSettings(ctx.tx, { ...after, now: ctx.now, by: ctx.actor.label });
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'referral_settings',
    entityId: ctx.tenantId,
    entityLabel: 'Mise en relation',
    action: 'referral.settings_changed',
    before,
    after,
  });
  return after;
}
