import type { Tx } from '../../platform/db/db.ts';
import type { BillableLineState } from './rules.ts';

/**
 * The only SQL of the billing module: the lines to bill, an account's reference. The run's
 * schedule is the platform's (`ensureRecurringAction`); the charges it exports and totals are read
 * by the ledger's store, their owner.
 */

export interface BillableLineRow {
  id: string;
  account_id: string;
  state: BillableLineState;
  offer_code: string;
  activated_at: Date | null;
  terminated_at: Date | null;
}

/**
 * A page of the lines that may owe the month starting at `startsAt` (keyset on id, so a large
 * tenant is read in bounded slices): activated before the month, and active, suspended (ACT-01) or
 * terminated after the month started (Reading 7). The pure rule decides the rest.
 */
export function billableLines(
  tx: Tx,
  startsAt: Date,
  afterId: string | null,
  limit: number,
): Promise<BillableLineRow[]> {
  return tx.query<BillableLineRow>(
    `SELECT id, account_id, state, offer_code, activated_at, terminated_at FROM lines
      WHERE activated_at < $1
        AND (state IN ('active', 'suspended') OR (state = 'terminated' AND terminated_at > $1))
        AND ($2::uuid IS NULL OR id > $2::uuid)
      ORDER BY id LIMIT $3`,
    [startsAt, afterId, limit],
  );
}

export interface ScheduledLineActionRow {
  entity_id: string;
  kind: string;
  payload: Record<string, unknown>;
  effective_at: Date;
}

/** The line actions still scheduled at or before `until` on these lines (plan changes, ends…). */
export function scheduledLineActions(
  tx: Tx,
  lineIds: readonly string[],
  until: Date,
): Promise<ScheduledLineActionRow[]> {
  if (lineIds.length === 0) return Promise.resolve([]);
  return tx.query<ScheduledLineActionRow>(
    `SELECT entity_id, kind, payload, effective_at FROM pending_actions
      WHERE entity_type = 'line' AND entity_id = ANY($1::text[]) AND status = 'scheduled' AND effective_at <= $2`,
    [lineIds, until],
  );
}

export async function accountReference(tx: Tx, accountId: string): Promise<string | undefined> {
  const row = await tx.maybeOne<{ reference: string }>(
    `SELECT reference FROM customer_accounts WHERE id = $1`,
    [accountId],
  );
  return row?.reference;
}
