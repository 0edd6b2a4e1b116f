import { Type } from '@sinclair/typebox';
import type { Tx } from '../../platform/db/db.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { scheduleAction, type ActionRegistry } from '../../platform/jobs/index.ts';
import { actionKind } from '../../platform/module.ts';
import type { Network } from '../catalog/model.ts';
import type { DataBlockRequest } from '../orders/operators/operator-gateway.ts';
import * as store from './store.ts';

export const DATA_BLOCK_KIND = 'usage.data_block';

const DataBlockPayload = Type.Object({
  lineId: Type.String({ format: 'uuid' }),
  month: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$' }),
  network: Type.Union([Type.Literal('orange'), Type.Literal('bouygues')]),
  msisdn: Type.String({ minLength: 1 }),
  /** The state wanted at the operator: true blocks the data, false restores it. */
  blocked: Type.Boolean(),
});

/**
 * USE-04 (and its lifting by USE-05/USE-06): the data block as an operator command, in the three
 * steps of every operator call (issue 9 §5, as `orders/submit-order.ts`): claim in the job's
 * transaction (the month's state, locked: a block already confirmed or lifted meanwhile needs no
 * call), call the operator outside any transaction (idempotent by the action's id, retried with
 * backoff while the operator is down), record the confirmation in a second transaction.
 */
export const dataBlockAction = actionKind<typeof DataBlockPayload, DataBlockRequest, { operatorRef: string }>(
  {
    kind: DATA_BLOCK_KIND,
    payload: DataBlockPayload,
    claim: async (tx, p, action) => {
      const s = await store.dataStateOf(tx, p.lineId, p.month, true);
      if (!s || s.state !== 'data_blocked') return { done: { skipped: true } };
      // A block lifted before it was sent, or a lifting already confirmed: nothing to tell.
      if (p.blocked && (s.lifted_at !== null || s.command_status === 'sent'))
        return { done: { skipped: true } };
      if (!p.blocked && (s.lifted_at === null || s.lift_status !== 'pending'))
        return { done: { skipped: true } };
      return {
        call: {
          commandId: action.id,
          network: p.network as Network,
          lineId: p.lineId,
          msisdn: p.msisdn,
          blocked: p.blocked,
        },
      };
    },
    call: (req, ctx) => {
      if (!ctx.operators) throw new Error('no operator gateway: Deps.operators is not set');
      return ctx.operators.setDataBlock(req);
    },
    record: async (tx, p, _req, outcome, action, ctx) => {
      await store.markCommandSent(tx, p.lineId, p.month, p.blocked, ctx.now);
      await recordAudit(tx, SYSTEM_ACTOR, ctx.now, null, {
        entityType: 'line',
        entityId: p.lineId,
        entityLabel: p.msisdn,
        action: p.blocked ? 'usage.data_blocked' : 'usage.data_unblocked',
        after: { month: p.month, operatorRef: outcome.operatorRef, command: action.id },
      });
      return { operatorRef: outcome.operatorRef };
    },
  },
);

/** Schedules the block (or its lifting) for the worker to send now, in the caller's transaction. */
export async function scheduleDataBlock(
  tx: Tx,
  registry: ActionRegistry,
  c: {
    lineId: string;
    month: string;
    network: Network;
    msisdn: string;
    blocked: boolean;
    now: Date;
    by: string;
  },
): Promise<void> {
  await scheduleAction(tx, registry, {
    kind: DATA_BLOCK_KIND,
    entityType: 'line',
    entityId: c.lineId,
    effectiveAt: c.now,
    createdBy: c.by,
    now: c.now,
    maxAttempts: 10,
    payload: { lineId: c.lineId, month: c.month, network: c.network, msisdn: c.msisdn, blocked: c.blocked },
  });
}
