import type { Tx } from '../db/db.ts';

/**
 * Issue 15: the SQL the tables of TM Forum requests kept « à compléter » share. Each table is its
 * module's (held_customers: accounts, held_orders: orders, held_appointments: support) and only
 * that module's store calls these with its name, as the numbering tables do with db/counter.ts.
 */
export type HeldTable = 'held_customers' | 'held_orders' | 'held_appointments';

/** The column of what a held request became once completed: an account, an order, an incident. */
const RESULT_COLUMN: Record<HeldTable, string> = {
  held_customers: 'account_id',
  held_orders: 'order_id',
  held_appointments: 'incident_id',
};

/** A request kept as received, state held (the appointments' store adds their slot to it). */
export async function insertHeldRequest(
  tx: Tx,
  table: Exclude<HeldTable, 'held_appointments'>,
  h: { id: string; request: unknown; createdBy: string; now: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO ${table} (tenant_id, id, request, state, created_by, created_at, updated_at)
     VALUES (relais_tenant(), $1, $2::jsonb, 'held', $3, $4, $4)`,
    [h.id, JSON.stringify(h.request), h.createdBy, h.now],
  );
}

export function getHeldRequest<R>(
  tx: Tx,
  table: HeldTable,
  columns: string,
  id: string,
  lock: boolean,
): Promise<R | undefined> {
  return tx.maybeOne<R>(`SELECT ${columns} FROM ${table} WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
}

/** Newest first; `states` null for every state. */
export async function listHeldRequests<R>(
  tx: Tx,
  table: HeldTable,
  columns: string,
  f: { states: string[] | null; limit: number; offset: number },
): Promise<{ rows: R[]; total: number }> {
  const where = `($1::text[] IS NULL OR state = ANY($1))`;
  const rows = await tx.query<R>(
    `SELECT ${columns} FROM ${table} WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
    [f.states, f.limit, f.offset],
  );
  const { n } = await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, [
    f.states,
  ]);
  return { rows, total: n };
}

/**
 * Leaves state held for `state` (with what the request became, or null when rejected); false if
 * it was no longer held.
 */
export async function closeHeldRequest(
  tx: Tx,
  table: HeldTable,
  id: string,
  c: { state: string; resultId: string | null; now: Date },
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE ${table} SET state = $2, ${RESULT_COLUMN[table]} = $3, updated_at = $4
      WHERE id = $1 AND state = 'held' RETURNING id`,
    [id, c.state, c.resultId, c.now],
  );
  return rows.length === 1;
}
