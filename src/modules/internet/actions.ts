import { Type } from '@sinclair/typebox';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { actionKind } from '../../platform/module.ts';
import { chargeFee } from './charge-fee.ts';
import { catalogVersion } from './subscription-view.ts';
import { feeMinor } from './rules.ts';
import * as store from './store.ts';
import * as equipment from './equipment-store.ts';
import type { Tx } from '../../platform/db/db.ts';

/** What a job did to a subscription, audited as the system. */
function auditByJob(
  tx: Tx,
  row: store.SubscriptionRow,
  now: Date,
  action: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
) {
  return recordAudit(tx, SYSTEM_ACTOR, now, null, {
    entityType: 'internet_subscription',
    entityId: row.id,
    entityLabel: row.reference,
    action,
    before,
    after,
  });
}

const Payload = Type.Object({ subscriptionId: Type.String({ minLength: 1 }) });

/** NET-06: at the Billing Day the subscription is terminated (the box may already be back). */
export const TERMINATE = actionKind({
  kind: 'internet.terminate',
  payload: Payload,
  run: async (tx, payload, _action, ctx) => {
    const row = await store.subscription(tx, payload.subscriptionId, true);
    if (!row || row.state !== 'termination_pending') return { skipped: row?.state ?? 'missing' };
    const state = row.box_returned_at ? 'box_returned' : 'terminated';
    await store.updateSubscription(tx, row.id, { state }, ctx.now);
    await auditByJob(tx, row, ctx.now, 'internet.terminated', { state: row.state }, { state });
    return { state };
  },
});

const DeadlinePayload = Type.Object({
  subscriptionId: Type.String({ minLength: 1 }),
  /** NET-10: the box swap whose old box is due back; absent: the termination's box. */
  swapId: Type.Optional(Type.String({ minLength: 1 })),
});

/** NET-06, NET-10: the 250 ₪ of a box not returned, charged on the account through the ledger. */
async function chargeBoxNotReturned(tx: Tx, row: store.SubscriptionRow, now: Date): Promise<number> {
  const catalog = catalogVersion(row.catalog_version);
  const amount = feeMinor(catalog, 'box-not-returned');
  await chargeFee(tx, row, catalog, { code: 'box-not-returned', amountMinor: amount }, now);
  return amount;
}

/**
 * NET-10: the old box of a replacement not recorded returned by its deadline costs 250 ₪; the
 * subscription itself goes on (its state is not the old box's).
 */
async function chargeOldBox(tx: Tx, row: store.SubscriptionRow, swapId: string, now: Date) {
  const swap = await equipment.swap(tx, swapId, row.id);
  if (!swap || swap.returned_at || swap.fee_charged_at) return { charged: false };
  const amount = await chargeBoxNotReturned(tx, row, now);
  await equipment.closeSwapReturn(tx, swap.id, 'fee_charged', now);
  await auditByJob(
    tx,
    row,
    now,
    'internet.box_fee_charged',
    { swapId: swap.id, box: swap.old_box_model },
    { swapId: swap.id, amountMinor: amount },
  );
  return { charged: true, amountMinor: amount };
}

/**
 * NET-06: 30 days after the termination, a box not recorded returned costs 250 ₪, charged on the
 * account through the ledger (`recordCharge`, src/modules/ledger/service.ts). NET-10: the same job
 * runs an old box's deadline after a replacement.
 */
export const BOX_RETURN_DEADLINE = actionKind({
  kind: 'internet.box_return_deadline',
  payload: DeadlinePayload,
  run: async (tx, payload, _action, ctx) => {
    const row = await store.subscription(tx, payload.subscriptionId, true);
    if (row && payload.swapId) return chargeOldBox(tx, row, payload.swapId, ctx.now);
    if (!row || row.state !== 'terminated' || row.box_returned_at) return { charged: false };
    const amount = await chargeBoxNotReturned(tx, row, ctx.now);
    await store.updateSubscription(tx, row.id, { state: 'fee_charged' }, ctx.now);
    await auditByJob(
      tx,
      row,
      ctx.now,
      'internet.box_fee_charged',
      { state: row.state },
      { state: 'fee_charged', amountMinor: amount },
    );
    return { charged: true, amountMinor: amount };
  },
});
