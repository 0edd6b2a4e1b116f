import { Type } from '@sinclair/typebox';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import type { Tx } from '../../platform/db/db.ts';
import { actionKind } from '../../platform/module.ts';
import * as changes from './lifecycle-store.ts';
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

/** NET-02: at the Billing Day the subscription takes its new plan. */
export const PLAN_CHANGE = actionKind({
  kind: 'internet.plan_change',
  payload: Payload,
  run: (tx, payload, _action, ctx) =>
    applyScheduled(tx, payload.changeId, ctx.now, async (c, row) => {
      const to = String(c.details.to);
      await changes.setPlan(tx, row.id, to, ctx.now);
      return { plan: to };
    }),
});

/** NET-08: on the agreed date the same box is at the new address (never two addresses at once). */
export const MOVE = actionKind({
  kind: 'internet.move',
  payload: Payload,
  run: (tx, payload, _action, ctx) =>
    applyScheduled(tx, payload.changeId, ctx.now, async (c, row) => {
      const address = String(c.details.address);
      const checkId = typeof c.details.eligibilityCheckId === 'string' ? c.details.eligibilityCheckId : null;
      await changes.setAddress(tx, row.id, address, checkId, ctx.now);
      return { address };
    }),
});
