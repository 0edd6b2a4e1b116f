import type { Tx } from '../../platform/db/db.ts';
import {
  closeHeldRequest,
  getHeldRequest,
  insertHeldRequest,
  listHeldRequests,
} from '../../platform/tmf/held-store.ts';

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

export function insertHeldCustomer(
  tx: Tx,
  h: { id: string; request: unknown; createdBy: string; now: Date },
): Promise<void> {
  return insertHeldRequest(tx, 'held_customers', h);
}

export function getHeldCustomer(tx: Tx, id: string, lock = false): Promise<HeldCustomerRow | undefined> {
  return getHeldRequest<HeldCustomerRow>(tx, 'held_customers', COLUMNS, id, lock);
}

/** Newest first; `states` null for every state. */
export function listHeldCustomers(
  tx: Tx,
  f: { states: HeldCustomerState[] | null; limit: number; offset: number },
): Promise<{ rows: HeldCustomerRow[]; total: number }> {
  return listHeldRequests<HeldCustomerRow>(tx, 'held_customers', COLUMNS, f);
}

/** Leaves state held for released (with its account) or rejected; false if it was no longer held. */
export function closeHeldCustomer(
  tx: Tx,
  id: string,
  c: { state: 'released' | 'rejected'; accountId: string | null; now: Date },
): Promise<boolean> {
  return closeHeldRequest(tx, 'held_customers', id, { state: c.state, resultId: c.accountId, now: c.now });
}
