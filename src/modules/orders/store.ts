import type { Tx } from '../../platform/db/db.ts';
import { nextCounterValue } from '../../platform/db/counter.ts';
import type { Network } from '../catalog/model.ts';

/** The only SQL on orders. Lines are written through the lines module (../lines/line-records.ts). */

export type OrderState = 'queued' | 'in_progress' | 'completed' | 'failed' | 'cancelled';

export interface OrderRow {
  id: string;
  reference: string;
  account_id: string;
  account_name: string;
  configuration: 'unit' | 'multiple';
  network: Network;
  state: OrderState;
  submit_at: Date;
  failure: string | null;
  description: string | null;
  priority: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
}

const COLUMNS = `o.id, o.reference, o.account_id, a.display_name AS account_name, o.configuration, o.network, o.state,
  o.submit_at, o.failure, o.description, o.priority, o.created_by, o.created_at, o.updated_at, o.completed_at`;
const FROM = `orders o JOIN customer_accounts a ON a.id = o.account_id`;

/** The next number of the tenant's order counter (row locked until the transaction ends). */
export function nextOrderNumber(tx: Tx): Promise<number> {
  return nextCounterValue(tx, 'order_counters');
}

export async function insertOrder(
  tx: Tx,
  o: {
    id: string;
    reference: string;
    accountId: string;
    configuration: 'unit' | 'multiple';
    network: Network;
    state: OrderState;
    submitAt: Date;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO orders (tenant_id, id, reference, account_id, configuration, network, state, submit_at, created_by, created_at, updated_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $9)`,
    [o.id, o.reference, o.accountId, o.configuration, o.network, o.state, o.submitAt, o.createdBy, o.now],
  );
}

/** True when the tenant has at least one order. */
export async function hasOrders(tx: Tx): Promise<boolean> {
  return (await tx.maybeOne(`SELECT 1 AS one FROM orders LIMIT 1`)) !== undefined;
}

export function getOrder(tx: Tx, id: string, lock = false): Promise<OrderRow | undefined> {
  return tx.maybeOne<OrderRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE o.id = $1${lock ? ' FOR UPDATE OF o' : ''}`,
    [id],
  );
}

export interface OrderFilter {
  accountId?: string | undefined;
  state?: OrderState | undefined;
  limit: number;
  offset: number;
}

export async function listOrders(tx: Tx, f: OrderFilter): Promise<{ rows: OrderRow[]; total: number }> {
  const where = `($1::uuid IS NULL OR o.account_id = $1) AND ($2::text IS NULL OR o.state = $2)`;
  const params = [f.accountId ?? null, f.state ?? null];
  const rows = await tx.query<OrderRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ORDER BY o.created_at DESC, o.id LIMIT $3 OFFSET $4`,
    [...params, f.limit, f.offset],
  );
  const { n } = await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM orders o WHERE ${where}`, params);
  return { rows, total: n };
}

export async function setOrderState(
  tx: Tx,
  id: string,
  state: OrderState,
  now: Date,
  failure: string | null = null,
): Promise<void> {
  await tx.query(
    `UPDATE orders SET state = $2, failure = $3, updated_at = $4,
       completed_at = CASE WHEN $2 IN ('completed', 'failed', 'cancelled') THEN $4 ELSE completed_at END
     WHERE id = $1`,
    [id, state, failure, now],
  );
}

/** TMF622 PATCH: the client's own description and priority (null clears them). */
export async function setOrderDetails(
  tx: Tx,
  id: string,
  d: { description: string | null; priority: string | null },
  now: Date,
): Promise<void> {
  await tx.query(`UPDATE orders SET description = $2, priority = $3, updated_at = $4 WHERE id = $1`, [
    id,
    d.description,
    d.priority,
    now,
  ]);
}

/** The ordering account, locked against its closing until the order commits. */
export function lockAccount(
  tx: Tx,
  accountId: string,
): Promise<{ id: string; status: string; display_name: string } | undefined> {
  return tx.maybeOne(`SELECT id, status, display_name FROM customer_accounts WHERE id = $1 FOR SHARE`, [
    accountId,
  ]);
}

/** The account's sites (a line may name one). */
export async function siteIdsOf(tx: Tx, accountId: string): Promise<string[]> {
  return (
    await tx.query<{ id: string }>(
      `SELECT id FROM account_addresses WHERE account_id = $1 AND kind = 'site'`,
      [accountId],
    )
  ).map((r) => r.id);
}
