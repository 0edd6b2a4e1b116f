import { Type, type Static, type TObject } from '@sinclair/typebox';
import type { Tx } from '../../platform/db/db.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { scheduleAction, type ActionRegistry } from '../../platform/jobs/index.ts';
import { actionKind } from '../../platform/module.ts';
import type { Network } from '../catalog/model.ts';
import type { DataBlockRequest } from '../orders/operators/operator-gateway.ts';

/** What every data block command carries: the line, the month, and the state wanted at the operator. */
export const BLOCK_PAYLOAD = {
  lineId: Type.String({ format: 'uuid' }),
  month: Type.String({ pattern: '^[0-9]{4}-[0-9]{2}$' }),
  network: Type.Union([Type.Literal('orange'), Type.Literal('bouygues')]),
  msisdn: Type.String({ minLength: 1 }),
  /** The state wanted at the operator: true stops the data, false restores it. */
  blocked: Type.Boolean(),
};

type BlockPayload = { lineId: string; month: string; network: string; msisdn: string; blocked: boolean };

/** The columns of a block's row that say what is left to tell the operator. */
export interface BlockCommandState {
  lifted_at: Date | null;
  command_status: string | null;
  lift_status: string | null;
}

/**
 * Whether the operator still has to hear of a block (or of its lifting): a block lifted before it
 * was sent, or a lifting already confirmed, needs no call.
 */
export function blockCommandNeeded(s: BlockCommandState, blocked: boolean): boolean {
  return blocked
    ? s.lifted_at === null && s.command_status !== 'sent'
    : s.lifted_at !== null && s.lift_status === 'pending';
}

/** What every operator command on a line carries: its id (the operator's idempotency key) and the line. */
export function lineCommand(
  action: { id: string },
  p: { network: string; lineId: string; msisdn: string },
): { commandId: string; network: Network; lineId: string; msisdn: string } {
  return { commandId: action.id, network: p.network as Network, lineId: p.lineId, msisdn: p.msisdn };
}

/**
 * A data block as an operator command (USE-04 the envelope's, USE-05/CAT-09 a scope's), in the three
 * steps of every operator call (issue 9 §5, as `orders/submit-order.ts`): claim in the job's
 * transaction (the block's row, locked), call the operator outside any transaction (idempotent by
 * the action's id, retried with backoff while the operator is down), record the confirmation in a
 * second transaction, audited.
 */
export function blockCommandKind<S extends TObject>(spec: {
  kind: string;
  payload: S;
  /** The block's row, locked for the claim; none (or not blocking) means nothing to send. */
  state: (tx: Tx, p: Static<S> & BlockPayload) => Promise<BlockCommandState | undefined>;
  markSent: (tx: Tx, p: Static<S> & BlockPayload, now: Date) => Promise<void>;
  audit: { blocked: string; unblocked: string };
  /** What the request and the audit carry beyond the line (a roaming zone's scope). */
  extra?: (p: Static<S> & BlockPayload) => { scope?: string };
}) {
  return actionKind<S, DataBlockRequest, { operatorRef: string }>({
    kind: spec.kind,
    payload: spec.payload,
    claim: async (tx, payload, action) => {
      const p = payload as Static<S> & BlockPayload;
      const s = await spec.state(tx, p);
      if (!s || !blockCommandNeeded(s, p.blocked)) return { done: { skipped: true } };
      return { call: { ...lineCommand(action, p), blocked: p.blocked, ...spec.extra?.(p) } };
    },
    call: (req, ctx) => {
      if (!ctx.operators) throw new Error('no operator gateway: Deps.operators is not set');
      return ctx.operators.setDataBlock(req);
    },
    record: async (tx, payload, _req, outcome, action, ctx) => {
      const p = payload as Static<S> & BlockPayload;
      await spec.markSent(tx, p, ctx.now);
      await recordAudit(tx, SYSTEM_ACTOR, ctx.now, null, {
        entityType: 'line',
        entityId: p.lineId,
        entityLabel: p.msisdn,
        action: p.blocked ? spec.audit.blocked : spec.audit.unblocked,
        after: { month: p.month, ...spec.extra?.(p), operatorRef: outcome.operatorRef, command: action.id },
      });
      return { operatorRef: outcome.operatorRef };
    },
  });
}

/** A block (or its lifting) to send: the payload, with the request's instant and who asked. */
export type BlockRequest = BlockPayload & { network: Network; now: Date; by: string };

/**
 * Schedules a block command for the worker to send now, in the caller's transaction: what the
 * request carries beyond its instant and author is the action's payload.
 */
export async function scheduleBlockCommand(
  tx: Tx,
  registry: ActionRegistry,
  kind: string,
  c: BlockRequest,
): Promise<void> {
  const { now, by, ...payload } = c;
  await scheduleAction(tx, registry, {
    kind,
    entityType: 'line',
    entityId: payload.lineId,
    effectiveAt: now,
    createdBy: by,
    now,
    maxAttempts: 10,
    payload,
  });
}
