import type { Tx } from '../../platform/db/db.ts';

/** The only SQL on `usage_recharges` (migration 0042). RLS scopes every statement to the tenant. */

export interface RechargeRow {
  id: string;
  line_id: string;
  account_id: string;
  month: string;
  option_code: string;
  volume_mb: number;
  state: 'pending' | 'applied';
  amount_minor: number | null;
  price_to_be_set: boolean;
  confirmed_duplicate: boolean;
  ordered_by: string;
  ordered_at: Date;
  applied_at: Date | null;
  operator_ref: string | null;
}

const COLUMNS = `id, line_id, account_id, month, option_code, volume_mb::float8 AS volume_mb, state,
  amount_minor::float8 AS amount_minor, price_to_be_set, confirmed_duplicate, ordered_by, ordered_at, applied_at,
  operator_ref`;

/**
 * USE-06: one order at a time per line until this transaction ends, so two agents (or two tabs)
 * ordering together cannot both miss each other's recharge in the 30-minute check.
 */
export async function lockLineRecharges(tx: Tx, lineId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`usage.recharge:${lineId}`]);
}

/** The line's recharges ordered at or after `since`, newest first. */
export function rechargesSince(tx: Tx, lineId: string, since: Date): Promise<RechargeRow[]> {
  return tx.query<RechargeRow>(
    `SELECT ${COLUMNS} FROM usage_recharges WHERE line_id = $1 AND ordered_at >= $2 ORDER BY ordered_at DESC, id`,
    [lineId, since],
  );
}

export function rechargesOfMonth(tx: Tx, lineId: string, month: string): Promise<RechargeRow[]> {
  return tx.query<RechargeRow>(
    `SELECT ${COLUMNS} FROM usage_recharges WHERE line_id = $1 AND month = $2 ORDER BY ordered_at DESC, id`,
    [lineId, month],
  );
}

/** Applied recharges of a month per line (MB), for the lines given or every line when null. */
export async function rechargedMbByLine(
  tx: Tx,
  month: string,
  lineIds: readonly string[] | null,
): Promise<Map<string, number>> {
  const rows = await tx.query<{ line_id: string; mb: number }>(
    `SELECT line_id, sum(volume_mb)::float8 AS mb FROM usage_recharges
      WHERE month = $1 AND state = 'applied' AND ($2::uuid[] IS NULL OR line_id = ANY($2::uuid[]))
      GROUP BY line_id`,
    [month, lineIds],
  );
  return new Map(rows.map((r) => [r.line_id, r.mb]));
}

export function getRecharge(tx: Tx, id: string, forUpdate = false): Promise<RechargeRow | undefined> {
  return tx.maybeOne<RechargeRow>(
    `SELECT ${COLUMNS} FROM usage_recharges WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
    [id],
  );
}

export async function insertRecharge(
  tx: Tx,
  r: Omit<RechargeRow, 'applied_at' | 'operator_ref'>,
): Promise<void> {
  await tx.query(
    `INSERT INTO usage_recharges (tenant_id, id, line_id, account_id, month, option_code, volume_mb, state, amount_minor,
                                  price_to_be_set, confirmed_duplicate, ordered_by, ordered_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      r.id,
      r.line_id,
      r.account_id,
      r.month,
      r.option_code,
      r.volume_mb,
      r.state,
      r.amount_minor,
      r.price_to_be_set,
      r.confirmed_duplicate,
      r.ordered_by,
      r.ordered_at,
    ],
  );
}

/** The operator confirmed the recharge: it now adds to its month. */
export async function markApplied(tx: Tx, id: string, operatorRef: string, now: Date): Promise<void> {
  await tx.query(
    `UPDATE usage_recharges SET state = 'applied', applied_at = $2, operator_ref = $3 WHERE id = $1 AND state = 'pending'`,
    [id, now, operatorRef],
  );
}
