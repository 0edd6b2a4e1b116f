import { Type } from '@sinclair/typebox';
import type { Tx } from '../../platform/db/db.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import { BLOCK_PAYLOAD, blockCommandKind, scheduleBlockCommand, type BlockRequest } from './block-command.ts';
import { LIMIT_SCOPES, type LimitScope } from './cutoff-rules.ts';
import * as limits from './limits-store.ts';

export const LIMIT_BLOCK_KIND = 'usage.limit_block';

const LimitBlockPayload = Type.Object({
  ...BLOCK_PAYLOAD,
  scope: Type.Union(LIMIT_SCOPES.map((s) => Type.Literal(s))),
});

/**
 * USE-05 (a roaming zone's cut-off) and CAT-09 (the pay-as-you-go threshold): the scope's data
 * block, sent to the operator as the envelope's is (block-command.ts).
 */
export const limitBlockAction = blockCommandKind({
  kind: LIMIT_BLOCK_KIND,
  payload: LimitBlockPayload,
  state: (tx, p) => limits.limitBlockOf(tx, p.lineId, p.month, p.scope as LimitScope, true),
  markSent: (tx, p, now) =>
    limits.markLimitCommandSent(tx, p.lineId, p.month, p.scope as LimitScope, p.blocked, now),
  audit: { blocked: 'usage.limit_blocked', unblocked: 'usage.limit_unblocked' },
  extra: (p) => ({ scope: p.scope }),
});

/** Schedules the scope's block (or its lifting) for the worker to send now, in the caller's transaction. */
export function scheduleLimitBlock(
  tx: Tx,
  registry: ActionRegistry,
  c: BlockRequest & { scope: LimitScope },
): Promise<void> {
  return scheduleBlockCommand(tx, registry, LIMIT_BLOCK_KIND, c);
}
