import type { Tx } from '../../platform/db/db.ts';
import type { LimitScope, LimitThreshold, LimitUnit } from './cutoff-rules.ts';
import type { UsageKind } from './rules.ts';

/**
 * The only SQL on the usage limits' tables (migration 0045): cut-off and threshold alerts and
 * blocks, the pay-as-you-go threshold, the month's close and the purge. RLS scopes every statement.
 */

export interface ZoneUsageRow {
  zone: string;
  bytes: number;
  /** Off-plan priced amount (minor units); records "à définir" add nothing. */
  amount_minor: number;
}

/** A line's data of a month per zone where it was used (the records, kept for the viewable months). */
export function zoneUsage(tx: Tx, lineId: string, month: string): Promise<ZoneUsageRow[]> {
  return tx.query<ZoneUsageRow>(
    `SELECT zone, sum(quantity)::float8 AS bytes, coalesce(sum(amount_minor), 0)::float8 AS amount_minor
       FROM usage_records WHERE line_id = $1 AND month = $2 AND kind = 'data' GROUP BY zone ORDER BY zone`,
    [lineId, month],
  );
}

/** Writes the alert unless it exists: true when this call wrote it (exactly once per key). */
export async function insertLimitAlert(
  tx: Tx,
  a: {
    lineId: string;
    month: string;
    scope: LimitScope;
    limitKey: string;
    threshold: LimitThreshold;
    used: number;
    limit: number;
    unit: LimitUnit;
    now: Date;
  },
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO usage_limit_alerts (tenant_id, line_id, month, scope, limit_key, threshold, used, limit_value, unit, created_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (tenant_id, line_id, month, scope, limit_key, threshold) DO NOTHING RETURNING threshold`,
    [
      a.lineId,
      a.month,
      a.scope,
      a.limitKey,
      a.threshold,
      Math.round(a.used),
      Math.round(a.limit),
      a.unit,
      a.now,
    ],
  );
  return rows.length === 1;
}

export interface LimitAlertRow {
  scope: LimitScope;
  limit_key: string;
  threshold: LimitThreshold;
  created_at: Date;
}

export function limitAlertsOf(tx: Tx, lineId: string, month: string): Promise<LimitAlertRow[]> {
  return tx.query<LimitAlertRow>(
    `SELECT scope, limit_key, threshold, created_at FROM usage_limit_alerts WHERE line_id = $1 AND month = $2
      ORDER BY scope, threshold, created_at`,
    [lineId, month],
  );
}

/** Records the block (once; again only after a change lifted it): true when this call wrote it. */
export async function insertLimitBlock(
  tx: Tx,
  b: { lineId: string; month: string; scope: LimitScope; optionCode: string | null; now: Date },
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO usage_limit_blocks (tenant_id, line_id, month, scope, option_code, since, command_status)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, 'pending')
     ON CONFLICT (tenant_id, line_id, month, scope) DO UPDATE
       SET option_code = EXCLUDED.option_code, since = EXCLUDED.since, command_status = 'pending',
           command_sent_at = NULL, lifted_at = NULL, lift_status = NULL
       WHERE usage_limit_blocks.lifted_at IS NOT NULL
     RETURNING scope`,
    [b.lineId, b.month, b.scope, b.optionCode, b.now],
  );
  return rows.length === 1;
}

export interface LimitBlockRow {
  scope: LimitScope;
  option_code: string | null;
  since: Date;
  command_status: 'pending' | 'sent';
  lifted_at: Date | null;
  lift_status: 'pending' | 'sent' | null;
}

const BLOCK_COLUMNS = `scope, option_code, since, command_status, lifted_at, lift_status`;

export function limitBlocksOf(tx: Tx, lineId: string, month: string): Promise<LimitBlockRow[]> {
  return tx.query<LimitBlockRow>(
    `SELECT ${BLOCK_COLUMNS} FROM usage_limit_blocks WHERE line_id = $1 AND month = $2 ORDER BY scope`,
    [lineId, month],
  );
}

export function limitBlockOf(
  tx: Tx,
  lineId: string,
  month: string,
  scope: LimitScope,
  forUpdate = false,
): Promise<LimitBlockRow | undefined> {
  return tx.maybeOne<LimitBlockRow>(
    `SELECT ${BLOCK_COLUMNS} FROM usage_limit_blocks WHERE line_id = $1 AND month = $2 AND scope = $3${forUpdate ? ' FOR UPDATE' : ''}`,
    [lineId, month, scope],
  );
}

/** USE-05: a changed cut-off (or threshold) lifts the scope's block at once; true when it was blocked. */
export async function liftLimitBlock(
  tx: Tx,
  lineId: string,
  month: string,
  scope: LimitScope,
  now: Date,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE usage_limit_blocks SET lifted_at = $4, lift_status = 'pending'
      WHERE line_id = $1 AND month = $2 AND scope = $3 AND lifted_at IS NULL RETURNING scope`,
    [lineId, month, scope, now],
  );
  return rows.length === 1;
}

/** The operator confirmed the block (or its lifting). */
export async function markLimitCommandSent(
  tx: Tx,
  lineId: string,
  month: string,
  scope: LimitScope,
  blocked: boolean,
  now: Date,
): Promise<void> {
  await tx.query(
    blocked
      ? `UPDATE usage_limit_blocks SET command_status = 'sent', command_sent_at = $4 WHERE line_id = $1 AND month = $2 AND scope = $3`
      : `UPDATE usage_limit_blocks SET lift_status = 'sent' WHERE line_id = $1 AND month = $2 AND scope = $3 AND $4::timestamptz IS NOT NULL`,
    [lineId, month, scope, now],
  );
}

// ── The pay-as-you-go data threshold (CAT-09) ─────────────────────────────────────────────────

export async function thresholdOf(tx: Tx, lineId: string): Promise<number | null> {
  const r = await tx.maybeOne<{ threshold_gb: number }>(
    `SELECT threshold_gb FROM usage_data_thresholds WHERE line_id = $1`,
    [lineId],
  );
  return r?.threshold_gb ?? null;
}

/** The thresholds of these lines (those without one are absent), in one query for an import's batch. */
export async function thresholdsOf(tx: Tx, lineIds: readonly string[]): Promise<Map<string, number>> {
  if (lineIds.length === 0) return new Map();
  const rows = await tx.query<{ line_id: string; threshold_gb: number }>(
    `SELECT line_id, threshold_gb FROM usage_data_thresholds WHERE line_id = ANY($1::uuid[])`,
    [lineIds],
  );
  return new Map(rows.map((r) => [r.line_id, r.threshold_gb]));
}

export async function setThreshold(tx: Tx, lineId: string, gb: number, by: string, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO usage_data_thresholds (tenant_id, line_id, threshold_gb, set_by, set_at)
     VALUES (relais_tenant(), $1, $2, $3, $4)
     ON CONFLICT (tenant_id, line_id) DO UPDATE SET threshold_gb = EXCLUDED.threshold_gb,
       set_by = EXCLUDED.set_by, set_at = EXCLUDED.set_at`,
    [lineId, gb, by, now],
  );
}

/** A line's data of a month, all zones, from the monthly counters (in-plan and off-plan). */
export async function monthDataBytes(tx: Tx, lineId: string, month: string): Promise<number> {
  const r = await tx.maybeOne<{ n: number }>(
    `SELECT (in_plan + off_plan)::float8 AS n FROM usage_counters WHERE line_id = $1 AND month = $2 AND kind = 'data'`,
    [lineId, month],
  );
  return r?.n ?? 0;
}

// ── The month's close (issue 12 §3) and the purge (§4) ────────────────────────────────────────

/** Takes the month's close (once): false when it was closed already (nothing more to charge). */
export async function claimClose(tx: Tx, month: string, now: Date): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO usage_month_closes (tenant_id, month, closed_at, charges, amount_minor, flagged)
     VALUES (relais_tenant(), $1, $2, 0, 0, 0) ON CONFLICT (tenant_id, month) DO NOTHING RETURNING month`,
    [month, now],
  );
  return rows.length === 1;
}

export async function finishClose(
  tx: Tx,
  month: string,
  figures: { charges: number; amountMinor: number; flagged: number },
): Promise<void> {
  await tx.query(
    `UPDATE usage_month_closes SET charges = $2, amount_minor = $3, flagged = $4 WHERE month = $1`,
    [month, figures.charges, figures.amountMinor, figures.flagged],
  );
}

export interface CloseRow {
  month: string;
  closed_at: Date;
  charges: number;
  amount_minor: number;
  flagged: number;
}

export function closeOf(tx: Tx, month: string): Promise<CloseRow | undefined> {
  return tx.maybeOne<CloseRow>(
    `SELECT month, closed_at, charges, amount_minor::float8 AS amount_minor, flagged FROM usage_month_closes WHERE month = $1`,
    [month],
  );
}

export interface MonthCounterRow {
  line_id: string;
  kind: UsageKind;
  in_plan: number;
  off_plan: number;
  off_plan_minor: number;
  to_be_set: number;
}

/** Every line's counters of the month (the totals survive the purge). */
export function monthCounters(tx: Tx, month: string): Promise<MonthCounterRow[]> {
  return tx.query<MonthCounterRow>(
    `SELECT line_id, kind, in_plan::float8 AS in_plan, off_plan::float8 AS off_plan,
            off_plan_minor::float8 AS off_plan_minor, to_be_set
       FROM usage_counters WHERE month = $1 ORDER BY line_id, kind`,
    [month],
  );
}

export async function insertCloseFlags(
  tx: Tx,
  month: string,
  flags: readonly { lineId: string; kind: UsageKind; records: number }[],
): Promise<void> {
  if (flags.length === 0) return;
  await tx.query(
    `INSERT INTO usage_close_flags (tenant_id, month, line_id, kind, records)
     SELECT relais_tenant(), $1, * FROM unnest($2::uuid[], $3::text[], $4::int[])`,
    [month, flags.map((f) => f.lineId), flags.map((f) => f.kind), flags.map((f) => f.records)],
  );
}

export function closeFlagsOf(
  tx: Tx,
  month: string,
): Promise<{ line_id: string; kind: UsageKind; records: number }[]> {
  return tx.query(
    `SELECT line_id, kind, records FROM usage_close_flags WHERE month = $1 ORDER BY line_id, kind`,
    [month],
  );
}

/** Issue 12 §4: removes the detailed records of months before `oldestKept`; returns how many. */
export async function purgeRecordsBefore(tx: Tx, oldestKept: string): Promise<number> {
  const { n } = await tx.one<{ n: number }>(
    `WITH gone AS (DELETE FROM usage_records WHERE month < $1 RETURNING 1) SELECT count(*)::int AS n FROM gone`,
    [oldestKept],
  );
  return n;
}
