import { Type } from '@sinclair/typebox';
import type { Tx } from '../../platform/db/db.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { scheduleAction, type ActionRegistry } from '../../platform/jobs/index.ts';
import { actionKind } from '../../platform/module.ts';
import type { Network } from '../catalog/model.ts';
import type { SmsSuspensionRequest } from '../orders/operators/operator-gateway.ts';
import { blockCommandNeeded, lineCommand } from './block-command.ts';
import * as fairUse from './fair-use-store.ts';

export const SMS_SUSPENSION_KIND = 'usage.sms_suspension';

const SmsSuspensionPayload = Type.Object({
  lineId: Type.String({ format: 'uuid' }),
  /** The suspension's start (its key with the line). */
  since: Type.String({ format: 'date-time' }),
  network: Type.Union([Type.Literal('orange'), Type.Literal('bouygues')]),
  msisdn: Type.String({ minLength: 1 }),
  /** True suspends SMS sending; false restores it (scheduled at the suspension's end). */
  suspended: Type.Boolean(),
});

/**
 * CAT-05 (Orange): SMS sending suspended for 3 days beyond 500 SMS an hour, as an operator command
 * in the three steps of every operator call (as the data block, block-command.ts). The restoring
 * command is an effective-dated action at the suspension's end: its claim lifts the suspension (so
 * it ends by itself, even when the operator is down then: the call is retried with backoff).
 */
export const smsSuspensionAction = actionKind<
  typeof SmsSuspensionPayload,
  SmsSuspensionRequest,
  { operatorRef: string }
>({
  kind: SMS_SUSPENSION_KIND,
  payload: SmsSuspensionPayload,
  claim: async (tx, p, action, ctx) => {
    const since = new Date(p.since);
    if (!p.suspended) await fairUse.liftSuspension(tx, p.lineId, since, ctx.now);
    const s = await fairUse.suspensionOf(tx, p.lineId, since);
    if (!s || !blockCommandNeeded(s, p.suspended)) return { done: { skipped: true } };
    return { call: { ...lineCommand(action, p), suspended: p.suspended } };
  },
  call: (req, ctx) => {
    if (!ctx.operators) throw new Error('no operator gateway: Deps.operators is not set');
    return ctx.operators.setSmsSuspension(req);
  },
  record: async (tx, p, _req, outcome, action, ctx) => {
    await fairUse.markSuspensionSent(tx, p.lineId, new Date(p.since), p.suspended);
    await recordAudit(tx, SYSTEM_ACTOR, ctx.now, null, {
      entityType: 'line',
      entityId: p.lineId,
      entityLabel: p.msisdn,
      action: p.suspended ? 'usage.sms_suspended' : 'usage.sms_restored',
      after: { since: p.since, operatorRef: outcome.operatorRef, command: action.id },
    });
    return { operatorRef: outcome.operatorRef };
  },
});

/**
 * Schedules the suspension now and its end at `until`, in the caller's transaction: the worker
 * sends the first at once and the second when it is due.
 */
export async function scheduleSmsSuspension(
  tx: Tx,
  registry: ActionRegistry,
  c: { lineId: string; since: Date; until: Date; network: Network; msisdn: string; now: Date; by: string },
): Promise<void> {
  for (const [suspended, effectiveAt] of [
    [true, c.now],
    [false, c.until],
  ] as const)
    await scheduleAction(tx, registry, {
      kind: SMS_SUSPENSION_KIND,
      entityType: 'line',
      entityId: c.lineId,
      effectiveAt,
      createdBy: c.by,
      now: c.now,
      maxAttempts: 10,
      payload: {
        lineId: c.lineId,
        since: c.since.toISOString(),
        network: c.network,
        msisdn: c.msisdn,
        suspended,
      },
    });
}
