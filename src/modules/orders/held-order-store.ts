import type { Tx } from '../../platform/db/db.ts';
import { closeHeldRequest, getHeldRequest, insertHeldRequest } from '../../platform/tmf/held-store.ts';

/** The only SQL on held_orders (TMF622 orders received with the mandatory attributes only). */

export type HeldOrderState = 'held' | 'released' | 'rejected';

export interface HeldOrderRow {
  id: string;
  request: unknown;
  state: HeldOrderState;
  order_id: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `id, request, state, order_id, created_by, created_at, updated_at`;

export function insertHeldOrder(
  tx: Tx,
  h: { id: string; request: unknown; createdBy: string; now: Date },
): Promise<void> {
  return insertHeldRequest(tx, 'held_orders', h);
}

export function getHeldOrder(tx: Tx, id: string, lock = false): Promise<HeldOrderRow | undefined> {
  return getHeldRequest<HeldOrderRow>(tx, 'held_orders', COLUMNS, id, lock);
}

/**
 * Kept apart from the platform's list of held requests: here ties of creation come oldest first
 * (id ascending), where the received customers and appointments list the newest first.
 */
export async function listHeldOrders(
  tx: Tx,
  f: { state?: HeldOrderState | undefined; limit: number; offset: number },
): Promise<{ rows: HeldOrderRow[]; total: number }> {
  const where = `($1::text IS NULL OR state = $1)`;
  const params = [f.state ?? null];
  const rows = await tx.query<HeldOrderRow>(
    `SELECT ${COLUMNS} FROM held_orders WHERE ${where} ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
    [...params, f.limit, f.offset],
  );
  const { n } = await tx.one<{ n: number }>(
    `SELECT count(*)::int AS n FROM held_orders WHERE ${where}`,
    params,
  );
  return { rows, total: n };
}

/** Leaves state held for released (with the order) or rejected; false if it was no longer held. */
export function closeHeldOrder(
  tx: Tx,
  id: string,
  c: { state: 'released' | 'rejected'; orderId: string | null; now: Date },
): Promise<boolean> {
  return closeHeldRequest(tx, 'held_orders', id, { state: c.state, resultId: c.orderId, now: c.now });
}
