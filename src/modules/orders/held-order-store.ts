import type { Tx } from '../../platform/db/db.ts';

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

export async function insertHeldOrder(
  tx: Tx,
  h: { id: string; request: unknown; createdBy: string; now: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO held_orders (tenant_id, id, request, state, created_by, created_at, updated_at)
     VALUES (relais_tenant(), $1, $2::jsonb, 'held', $3, $4, $4)`,
    [h.id, JSON.stringify(h.request), h.createdBy, h.now],
  );
}

export function getHeldOrder(tx: Tx, id: string, lock = false): Promise<HeldOrderRow | undefined> {
  return tx.maybeOne<HeldOrderRow>(
    `SELECT ${COLUMNS} FROM held_orders WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
}

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
export async function closeHeldOrder(
  tx: Tx,
  id: string,
  c: { state: 'released' | 'rejected'; orderId: string | null; now: Date },
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE held_orders SET state = $2, order_id = $3, updated_at = $4 WHERE id = $1 AND state = 'held' RETURNING id`,
    [id, c.state, c.orderId, c.now],
  );
  return rows.length === 1;
}
