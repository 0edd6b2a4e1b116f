import { Type } from '@sinclair/typebox';
import type { Tx } from '../../platform/db/db.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { scheduleAction, type ActionRegistry } from '../../platform/jobs/index.ts';
import { actionKind } from '../../platform/module.ts';
import type { Network } from '../catalog/model.ts';
import type { DataBlockRequest } from '../orders/operators/operator-gateway.ts';
import { LIMIT_SCOPES, type LimitScope } from './cutoff-rules.ts';
import * as limits from './limits-store.ts';

export const LIMIT_BLOCK_KIND = 'usage.limit_block';

const LimitBlockPayload = Type.Object({
  lineId: Type.String({ format: 'uuid' }),
  month: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$' }),
  scope: Type.Union(LIMIT_SCOPES.map((s) => Type.Literal(s))),
  network: Type.Union([Type.Literal('orange'), Type.Literal('bouygues')]),
  msisdn: Type.String({ minLength: 1 }),
  /** The state wanted at the operator: true stops the scope's data, false restores it. */
  blocked: Type.Boolean(),
});

/**
 * USE-05 (a roaming zone's cut-off) and CAT-09 (the pay-as-you-go threshold): the scope's data
 * block as an operator command, in the three steps of the envelope's block (send-data-block.ts):
 * claim in the job's transaction (the scope's block, locked: one lifted or confirmed meanwhile
 * needs no call), call the gateway outside any transaction (idempotent by the action's id),
 * record the confirmation in a second transaction.
 */
export const limitBlockAction = actionKind<
  typeof LimitBlockPayload,
  DataBlockRequest,
  { operatorRef: string }
>({
  kind: LIMIT_BLOCK_KIND,
  payload: LimitBlockPayload,
  claim: async (tx, p, action) => {
    const b = await limits.limitBlockOf(tx, p.lineId, p.month, p.scope as LimitScope, true);
    if (!b) return { done: { skipped: true } };
    if (p.blocked && (b.lifted_at !== null || b.command_status === 'sent'))
      return { done: { skipped: true } };
    if (!p.blocked && (b.lifted_at === null || b.lift_status !== 'pending'))
      return { done: { skipped: true } };
    return {
      call: {
        commandId: action.id,
        network: p.network as Network,
        lineId: p.lineId,
        msisdn: p.msisdn,
        blocked: p.blocked,
        scope: p.scope,
      },
    };
  },
  call: (req, ctx) => {
    if (!ctx.operators) throw new Error('no operator gateway: Deps.operators is not set');
    return ctx.operators.setDataBlock(req);
  },
  record: async (tx, p, _req, outcome, action, ctx) => {
    await limits.markLimitCommandSent(tx, p.lineId, p.month, p.scope as LimitScope, p.blocked, ctx.now);
    await recordAudit(tx, SYSTEM_ACTOR, ctx.now, null, {
      entityType: 'line',
      entityId: p.lineId,
      entityLabel: p.msisdn,
      action: p.blocked ? 'usage.limit_blocked' : 'usage.limit_unblocked',
      after: { month: p.month, scope: p.scope, operatorRef: outcome.operatorRef, command: action.id },
    });
    return { operatorRef: outcome.operatorRef };
  },
});

/** Schedules the scope's block (or its lifting) for the worker to send now, in the caller's transaction. */
export async function scheduleLimitBlock(
  tx: Tx,
  registry: ActionRegistry,
  c: {
    lineId: string;
    month: string;
    scope: LimitScope;
    network: Network;
    msisdn: string;
    blocked: boolean;
    now: Date;
    by: string;
  },
): Promise<void> {
  await scheduleAction(tx, registry, {
    kind: LIMIT_BLOCK_KIND,
    entityType: 'line',
    entityId: c.lineId,
    effectiveAt: c.now,
    createdBy: c.by,
    now: c.now,
    maxAttempts: 10,
    payload: {
      lineId: c.lineId,
      month: c.month,
      scope: c.scope,
      network: c.network,
      msisdn: c.msisdn,
      blocked: c.blocked,
    },
  });
}
