import { Type } from '@sinclair/typebox';
import type { Tx } from '../../platform/db/db.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import { BLOCK_PAYLOAD, blockCommandKind, scheduleBlockCommand, type BlockRequest } from './block-command.ts';
import * as store from './store.ts';

export const DATA_BLOCK_KIND = 'usage.data_block';

const DataBlockPayload = Type.Object(BLOCK_PAYLOAD);

/** USE-04 (and its lifting by USE-05/USE-06): the envelope's data block, sent to the operator. */
export const dataBlockAction = blockCommandKind({
  kind: DATA_BLOCK_KIND,
  payload: DataBlockPayload,
  state: async (tx, p) => {
    const s = await store.dataStateOf(tx, p.lineId, p.month, true);
    return s?.state === 'data_blocked' ? s : undefined;
  },
  markSent: (tx, p, now) => store.markCommandSent(tx, p.lineId, p.month, p.blocked, now),
  audit: { blocked: 'usage.data_blocked', unblocked: 'usage.data_unblocked' },
});

/** Schedules the block (or its lifting) for the worker to send now, in the caller's transaction. */
export function scheduleDataBlock(tx: Tx, registry: ActionRegistry, c: BlockRequest): Promise<void> {
  return scheduleBlockCommand(tx, registry, DATA_BLOCK_KIND, c);
}
