import { Type } from '@sinclair/typebox';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { newId } from '../../platform/clock.ts';
import type { Ctx, Deps } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/db.ts';
import { scheduleAction } from '../../platform/jobs/index.ts';
import { actionKind } from '../../platform/module.ts';
import * as changes from './lifecycle-store.ts';
import { recordChange } from './lifecycle-view.ts';
import * as store from './store.ts';

const Payload = Type.Object({ changeId: Type.String({ format: 'uuid' }) });

/** Runs a scheduled change once: a cancelled or already applied one is skipped. */
async function applyScheduled(
  tx: Tx,
  changeId: string,
  now: Date,
  apply: (c: changes.ChangeRow, row: store.SubscriptionRow) => Promise<Record<string, unknown>>,
) {
  const c = await changes.change(tx, changeId, true);
  if (!c || c.state !== 'scheduled') return { skipped: c?.state ?? 'missing' };
  const row = await store.subscription(tx, c.subscription_id, true);
  // A subscription terminated meanwhile keeps its plan and address: the change lapses.
  if (!row || row.state !== 'active') {
    await changes.closeChange(tx, c.id, 'cancelled', now, SYSTEM_ACTOR.label);
    return { skipped: row?.state ?? 'missing' };
  }
  const after = await apply(c, row);
  await changes.closeChange(tx, c.id, 'done', now, SYSTEM_ACTOR.label);
  await recordAudit(tx, SYSTEM_ACTOR, now, null, {
    entityType: 'internet_subscription',
    entityId: row.id,
    entityLabel: row.reference,
    action: `internet.${c.kind}_done`,
    before: { plan: row.plan_code, address: row.address },
    after,
  });
  return after;
}

/** A change applied at its date by its own action kind, the change's id as its payload. */
function scheduledChangeKind(
  kind: string,
  apply: (
    tx: Tx,
    c: changes.ChangeRow,
    row: store.SubscriptionRow,
    now: Date,
  ) => Promise<Record<string, unknown>>,
) {
  return actionKind({
    kind,
    payload: Payload,
    run: (tx, payload, _action, ctx) =>
      applyScheduled(tx, payload.changeId, ctx.now, (c, row) => apply(tx, c, row, ctx.now)),
  });
}

/** NET-02: at the Billing Day the subscription takes its new plan. */
export const PLAN_CHANGE = scheduledChangeKind('internet.plan_change', async (tx, c, row, now) => {
  const to = String(c.details.to);
  await changes.setPlan(tx, row.id, to, now);
  return { plan: to };
});

/** NET-08: on the agreed date the same box is at the new address (never two addresses at once). */
export const MOVE = scheduledChangeKind('internet.move', async (tx, c, row, now) => {
  const address = String(c.details.address);
  const checkId = typeof c.details.eligibilityCheckId === 'string' ? c.details.eligibilityCheckId : null;
  await changes.setAddress(tx, row.id, address, checkId, now);
  return { address };
});

/**
 * Records a change that waits for its date (a plan change, a same-box move) and schedules the
 * action kind that applies it then.
 */
export async function scheduleChange(
  ctx: Ctx,
  deps: Pick<Deps, 'actions'>,
  row: store.SubscriptionRow,
  action: typeof PLAN_CHANGE | typeof MOVE,
  c: Pick<changes.ChangeRow, 'kind' | 'details'> & { effectiveAt: Date },
): Promise<void> {
  const changeId = newId();
  await recordChange(ctx, row, {
    id: changeId,
    kind: c.kind,
    state: 'scheduled',
    details: c.details,
    effective_at: c.effectiveAt,
  });
  await scheduleAction(ctx.tx, deps.actions, {
    kind: action.kind,
    entityType: 'internet_subscription',
    entityId: row.id,
    effectiveAt: c.effectiveAt,
    payload: { changeId },
    createdBy: ctx.actor.label,
    now: ctx.now,
  });
}
