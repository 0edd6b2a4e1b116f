import type { Tx } from '../../platform/db/db.ts';

/**
 * SQL of the internet lifecycle actions (issue 11 §3): the pending changes of a subscription, and the
 * two columns only these actions write (the plan at the Billing Day, the address on a move).
 */

export type ChangeKind = 'plan_change' | 'move' | 'fixed_ip' | 'reactivation' | 'provider_switch';
export type ChangeState = 'scheduled' | 'awaiting_confirmation' | 'done' | 'cancelled';

export interface ChangeRow {
  id: string;
  subscription_id: string;
  kind: ChangeKind;
  state: ChangeState;
  details: Record<string, unknown>;
  effective_at: Date | null;
  requested_at: Date;
  requested_by: string;
  done_at: Date | null;
  done_by: string | null;
}

const COLS =
  'id, subscription_id, kind, state, details, effective_at, requested_at, requested_by, done_at, done_by';

export async function insertChange(tx: Tx, c: Omit<ChangeRow, 'done_at' | 'done_by'>): Promise<void> {
  await tx.query(
    `INSERT INTO internet_subscription_changes (tenant_id, id, subscription_id, kind, state, details, effective_at,
        requested_at, requested_by)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5::jsonb, $6, $7, $8)`,
    [
      c.id,
      c.subscription_id,
      c.kind,
      c.state,
      JSON.stringify(c.details),
      c.effective_at,
      c.requested_at,
      c.requested_by,
    ],
  );
}

export function change(tx: Tx, id: string, lock = false): Promise<ChangeRow | undefined> {
  return tx.maybeOne<ChangeRow>(
    `SELECT ${COLS} FROM internet_subscription_changes WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
}

/** The open changes (scheduled or awaiting someone) and the 20 latest closed ones, newest first. */
export function changesOf(tx: Tx, subscriptionId: string): Promise<ChangeRow[]> {
  return tx.query<ChangeRow>(
    `SELECT ${COLS} FROM internet_subscription_changes WHERE subscription_id = $1
     ORDER BY requested_at DESC, id LIMIT 20`,
    [subscriptionId],
  );
}

export async function closeChange(
  tx: Tx,
  id: string,
  state: 'done' | 'cancelled',
  at: Date,
  by: string,
): Promise<void> {
  await tx.query(
    `UPDATE internet_subscription_changes SET state = $2, done_at = $3, done_by = $4 WHERE id = $1`,
    [id, state, at, by],
  );
}

/** NET-02: the new plan at the Billing Day. */
export async function setPlan(tx: Tx, id: string, planCode: string, now: Date): Promise<void> {
  await tx.query(
    `UPDATE internet_subscriptions SET plan_code = $2, updated_at = $3, version = version + 1 WHERE id = $1`,
    [id, planCode, now],
  );
}

/** NET-08: the same box at the new address (and the check that allowed fibre there). */
export async function setAddress(
  tx: Tx,
  id: string,
  address: string,
  eligibilityCheckId: string | null,
  now: Date,
): Promise<void> {
  await tx.query(
    `UPDATE internet_subscriptions SET address = $2, eligibility_check_id = COALESCE($3, eligibility_check_id),
        updated_at = $4, version = version + 1 WHERE id = $1`,
    [id, address, eligibilityCheckId, now],
  );
}

/** NET-07: the provider switch that ordered this subscription, if one did. */
export async function switchTo(tx: Tx, newSubscriptionId: string): Promise<boolean> {
  const row = await tx.maybeOne(
    `SELECT id FROM internet_subscription_changes
      WHERE kind = 'provider_switch' AND details->>'newSubscriptionId' = $1 LIMIT 1`,
    [newSubscriptionId],
  );
  return row !== undefined;
}
