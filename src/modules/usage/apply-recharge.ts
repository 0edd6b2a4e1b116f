import { Type } from '@sinclair/typebox';
import type { Tx } from '../../platform/db/db.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { scheduleAction, type ActionRegistry } from '../../platform/jobs/index.ts';
import { actionKind } from '../../platform/module.ts';
import type { Network } from '../catalog/model.ts';
import type { DataRechargeRequest } from '../orders/operators/operator-gateway.ts';
import * as rechargeStore from './recharge-store.ts';
import { scheduleDataBlock } from './send-data-block.ts';
import { relimitThreshold } from './set-data-threshold.ts';
import * as store from './store.ts';

export const DATA_RECHARGE_KIND = 'usage.data_recharge';

const DataRechargePayload = Type.Object({
  rechargeId: Type.String({ format: 'uuid' }),
  lineId: Type.String({ format: 'uuid' }),
  network: Type.Union([Type.Literal('orange'), Type.Literal('bouygues')]),
  msisdn: Type.String({ minLength: 1 }),
  volumeMb: Type.Integer({ minimum: 1 }),
});

/**
 * USE-06 (Reading 14): the recharge as an operator command, in the three steps of every operator
 * call (as `send-data-block.ts`): claim in the job's transaction (a recharge already applied needs
 * no call), call the operator outside any transaction (idempotent by the recharge's id; up to
 * 30 minutes at the real operators, the simulator's `rechargeDelayMs`), record in a second
 * transaction: the recharge adds to its month's envelope, and lifts the month's data block (the
 * unblock command goes to the operator the same way, as its own action).
 */
export const dataRechargeAction = actionKind<
  typeof DataRechargePayload,
  DataRechargeRequest,
  { operatorRef: string }
>({
  kind: DATA_RECHARGE_KIND,
  payload: DataRechargePayload,
  claim: async (tx, p) => {
    const r = await rechargeStore.getRecharge(tx, p.rechargeId, true);
    if (!r || r.state !== 'pending') return { done: { skipped: true } };
    return {
      call: {
        rechargeId: p.rechargeId,
        network: p.network as Network,
        lineId: p.lineId,
        msisdn: p.msisdn,
        volumeMb: p.volumeMb,
      },
    };
  },
  call: (req, ctx) => {
    if (!ctx.operators) throw new Error('no operator gateway: Deps.operators is not set');
    return ctx.operators.rechargeData(req);
  },
  record: async (tx, p, _req, outcome, action, ctx) => {
    const r = await rechargeStore.getRecharge(tx, p.rechargeId, true);
    if (!r || r.state !== 'pending') return { operatorRef: outcome.operatorRef, unblocked: false };
    await rechargeStore.markApplied(tx, r.id, outcome.operatorRef, ctx.now);
    // USE-06: the recharge lifts the month's block (or reduced speed); a block goes back to the operator.
    const wasBlocked = await store.liftDataState(tx, r.line_id, r.month, ctx.now);
    if (wasBlocked && ctx.actions)
      await scheduleDataBlock(tx, ctx.actions, {
        lineId: r.line_id,
        month: r.month,
        network: p.network as Network,
        msisdn: p.msisdn,
        blocked: false,
        now: ctx.now,
        by: 'system',
      });
    // CAT-09 "recharges when reached": the recharge raises a pay-as-you-go line's threshold too.
    if (tx.tenantId !== null && ctx.actions)
      await relimitThreshold(
        { tx, tenantId: tx.tenantId, actor: SYSTEM_ACTOR, now: ctx.now, requestId: null, locale: 'fr' },
        ctx.actions,
        { id: r.line_id, network: p.network as Network, msisdn: p.msisdn },
        r.month,
      );
    await recordAudit(tx, SYSTEM_ACTOR, ctx.now, null, {
      entityType: 'line',
      entityId: r.line_id,
      entityLabel: p.msisdn,
      action: 'usage.recharge_applied',
      after: {
        recharge: r.id,
        option: r.option_code,
        month: r.month,
        operatorRef: outcome.operatorRef,
        unblocked: wasBlocked,
        command: action.id,
      },
    });
    return { operatorRef: outcome.operatorRef, unblocked: wasBlocked };
  },
});

/** Schedules the recharge for the worker to send now, in the ordering transaction. */
export async function scheduleRecharge(
  tx: Tx,
  registry: ActionRegistry,
  c: {
    rechargeId: string;
    lineId: string;
    network: Network;
    msisdn: string;
    volumeMb: number;
    now: Date;
    by: string;
  },
): Promise<void> {
  await scheduleAction(tx, registry, {
    kind: DATA_RECHARGE_KIND,
    entityType: 'line',
    entityId: c.lineId,
    effectiveAt: c.now,
    createdBy: c.by,
    now: c.now,
    maxAttempts: 10,
    payload: {
      rechargeId: c.rechargeId,
      lineId: c.lineId,
      network: c.network,
      msisdn: c.msisdn,
      volumeMb: c.volumeMb,
    },
  });
}
