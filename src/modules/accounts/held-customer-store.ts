import type { Tx } from '../../platform/db/db.ts';

/** The only SQL on held_customers (TMF629 customers received without what an account needs). */

export type HeldCustomerState = 'held' | 'released' | 'rejected';

export interface HeldCustomerRow {
  id: string;
  request: unknown;
  state: HeldCustomerState;
  account_id: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `id, request, state, account_id, created_by, created_at, updated_at`;

export async function insertHeldCustomer(
  tx: Tx,
  h: { id: string; request: unknown; createdBy: string; now: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO held_customers (tenant_id, id, request, state, created_by, created_at, updated_at)
     VALUES (relais_tenant(), $1, $2::jsonb, 'held', $3, $4, $4)`,
    [h.id, JSON.stringify(h.request), h.createdBy, h.now],
  );
}

export function getHeldCustomer(tx: Tx, id: string, lock = false): Promise<HeldCustomerRow | undefined> {
  return tx.maybeOne<HeldCustomerRow>(
    `SELECT ${COLUMNS} FROM held_customers WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
}

/** Newest first; `states` null for every state. */
export async function listHeldCustomers(
  tx: Tx,
  f: { states: HeldCustomerState[] | null; limit: number; offset: number },
): Promise<{ rows: HeldCustomerRow[]; total: number }> {
  const where = `($1::text[] IS NULL OR state = ANY($1))`;
  const rows = await tx.query<HeldCustomerRow>(
    `SELECT ${COLUMNS} FROM held_customers WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
    [f.states, f.limit, f.offset],
  );
  const { n } = await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM held_customers WHERE ${where}`, [
    f.states,
  ]);
  return { rows, total: n };
}

/** Leaves state held for released (with its account) or rejected; false if it was no longer held. */
export async function closeHeldCustomer(
  tx: Tx,
  id: string,
  c: { state: 'released' | 'rejected'; accountId: string | null; now: Date },
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE held_customers SET state = $2, account_id = $3, updated_at = $4
      WHERE id = $1 AND state = 'held' RETURNING id`,
    [id, c.state, c.accountId, c.now],
  );
  return rows.length === 1;
}
