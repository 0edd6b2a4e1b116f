import { Type } from '@sinclair/typebox';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { actionKind } from '../../platform/module.ts';
import { recordCharge } from '../ledger/service.ts';
import { INTERNET_CATALOG_VERSIONS } from './data/index.ts';
import { feeMinor } from './rules.ts';
import * as store from './store.ts';

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
    await recordAudit(tx, SYSTEM_ACTOR, ctx.now, null, {
      entityType: 'internet_subscription',
      entityId: row.id,
      entityLabel: row.reference,
      action: 'internet.terminated',
      before: { state: row.state },
      after: { state },
    });
    return { state };
  },
});

/**
 * NET-06: 30 days after the termination, a box not recorded returned costs 250 ₪, charged on the
 * account through the ledger (`recordCharge`, src/modules/ledger/service.ts).
 */
export const BOX_RETURN_DEADLINE = actionKind({
  kind: 'internet.box_return_deadline',
  payload: Payload,
  run: async (tx, payload, _action, ctx) => {
    const row = await store.subscription(tx, payload.subscriptionId, true);
    if (!row || row.state !== 'terminated' || row.box_returned_at) return { charged: false };
    const catalog = INTERNET_CATALOG_VERSIONS.find((v) => v.id === row.catalog_version);
    if (!catalog) throw new Error(`internet catalog ${row.catalog_version} missing`);
    const amount = feeMinor(catalog, 'box-not-returned');
    await recordCharge(
      tx,
      {
        accountId: row.account_id,
        lineId: null,
        orderId: null,
        kind: 'one_off',
        itemType: 'option',
        itemCode: 'box-not-returned',
        amountMinor: amount,
        currency: 'ILS',
        vatIncluded: catalog.vatIncluded,
        periodStart: null,
        periodEnd: null,
        monthlyMinor: null,
      },
      ctx.now,
    );
    await store.updateSubscription(tx, row.id, { state: 'fee_charged' }, ctx.now);
    await recordAudit(tx, SYSTEM_ACTOR, ctx.now, null, {
      entityType: 'internet_subscription',
      entityId: row.id,
      entityLabel: row.reference,
      action: 'internet.box_fee_charged',
      before: { state: row.state },
      after: { state: 'fee_charged', amountMinor: amount },
    });
    return { charged: true, amountMinor: amount };
  },
});
