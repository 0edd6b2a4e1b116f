import type { Tx } from '../../platform/db/db.ts';
import type { AlertThreshold, DataState, Direction, RejectReason, UsageKind } from './rules.ts';
import type { FairUseReason } from './fair-use-rules.ts';

/** The only SQL on the usage tables (migration 0040). RLS scopes every statement to the tenant. */

export async function tenantZone(tx: Tx): Promise<string> {
  const { time_zone } = await tx.one<{ time_zone: string }>(`SELECT time_zone FROM tenants`);
  return time_zone;
}

export type ImportState = 'running' | 'done' | 'failed';

/** An import's figures, added up batch after batch. */
export interface ImportFigures {
  read: number;
  new: number;
  duplicates: number;
  rejected: number;
  unknownLines: number;
  alerts: number;
}

export interface ImportRow {
  id: string;
  filename: string | null;
  state: ImportState;
  read_count: number;
  new_count: number;
  duplicate_count: number;
  rejected_count: number;
  unknown_line_count: number;
  alert_count: number;
  bytes_read: number;
  bytes_total: number | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

const IMPORT_COLUMNS = `id, filename, state, read_count, new_count, duplicate_count, rejected_count,
  unknown_line_count, alert_count, bytes_read::float8 AS bytes_read, bytes_total::float8 AS bytes_total,
  created_by, created_at, updated_at`;

export async function insertImport(tx: Tx, r: ImportRow): Promise<void> {
  await tx.query(
    `INSERT INTO usage_imports (tenant_id, id, filename, state, read_count, new_count, duplicate_count, rejected_count,
                                unknown_line_count, alert_count, bytes_read, bytes_total, created_by, created_at, updated_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      r.id,
      r.filename,
      r.state,
      r.read_count,
      r.new_count,
      r.duplicate_count,
      r.rejected_count,
      r.unknown_line_count,
      r.alert_count,
      r.bytes_read,
      r.bytes_total,
      r.created_by,
      r.created_at,
      r.updated_at,
    ],
  );
}

/** The figures of one batch added to its import, in the batch's transaction (progress, issue 12). */
export async function addImportProgress(
  tx: Tx,
  id: string,
  d: ImportFigures & { bytesRead: number; at: Date },
): Promise<void> {
  await tx.query(
    `UPDATE usage_imports SET read_count = read_count + $2, new_count = new_count + $3,
            duplicate_count = duplicate_count + $4, rejected_count = rejected_count + $5,
            unknown_line_count = unknown_line_count + $6, alert_count = alert_count + $7,
            bytes_read = $8, updated_at = $9
      WHERE id = $1`,
    [id, d.read, d.new, d.duplicates, d.rejected, d.unknownLines, d.alerts, d.bytesRead, d.at],
  );
}

/** The import's end: done, or failed when its stream broke off (its batches stay counted). */
export async function finishImport(
  tx: Tx,
  id: string,
  state: 'done' | 'failed',
  bytesRead: number,
  at: Date,
): Promise<void> {
  await tx.query(`UPDATE usage_imports SET state = $2, bytes_read = $3, updated_at = $4 WHERE id = $1`, [
    id,
    state,
    bytesRead,
    at,
  ]);
}

export interface RejectRow {
  line_no: number;
  reason: RejectReason;
  field: string | null;
  raw: string;
}

export async function insertRejects(tx: Tx, importId: string, rejects: readonly RejectRow[]): Promise<void> {
  if (rejects.length === 0) return;
  await tx.query(
    `INSERT INTO usage_import_rejects (tenant_id, import_id, line_no, reason, field, raw)
     SELECT relais_tenant(), $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[])`,
    [
      importId,
      rejects.map((r) => r.line_no),
      rejects.map((r) => r.reason),
      rejects.map((r) => r.field),
      rejects.map((r) => r.raw),
    ],
  );
}

export interface RecordInsert {
  recordId: string;
  lineId: string;
  month: string;
  startedAt: Date;
  kind: UsageKind;
  direction: Direction;
  zone: string;
  destinationZone: string | null;
  calledNumber: string | null;
  quantity: number;
  offPlan: boolean;
  amountMinor: number | null;
  toBeSet: boolean;
}

/**
 * Inserts the records that are not there yet and returns the ids of those it inserted: exactly
 * once, a record already imported (this file again, another file, a concurrent import that
 * committed first) is skipped by its key and never counted.
 */
export async function insertRecords(
  tx: Tx,
  importId: string,
  rs: readonly RecordInsert[],
): Promise<Set<string>> {
  if (rs.length === 0) return new Set();
  const rows = await tx.query<{ record_id: string }>(
    `INSERT INTO usage_records (tenant_id, import_id, record_id, line_id, month, started_at, kind, direction, zone,
                                destination_zone, called_number, quantity, off_plan, amount_minor, price_to_be_set)
     SELECT relais_tenant(), $1, * FROM unnest($2::text[], $3::uuid[], $4::text[], $5::timestamptz[], $6::text[],
       $7::text[], $8::text[], $9::text[], $10::text[], $11::bigint[], $12::boolean[], $13::bigint[], $14::boolean[])
     ON CONFLICT (tenant_id, record_id) DO NOTHING
     RETURNING record_id`,
    [
      importId,
      rs.map((r) => r.recordId),
      rs.map((r) => r.lineId),
      rs.map((r) => r.month),
      // ISO text: node-postgres formats a Date in an array element by element in local time, at
      // twice the cost (5,000 a batch).
      rs.map((r) => r.startedAt.toISOString()),
      rs.map((r) => r.kind),
      rs.map((r) => r.direction),
      rs.map((r) => r.zone),
      rs.map((r) => r.destinationZone),
      rs.map((r) => r.calledNumber),
      rs.map((r) => r.quantity),
      rs.map((r) => r.offPlan),
      rs.map((r) => r.amountMinor),
      rs.map((r) => r.toBeSet),
    ],
  );
  return new Set(rows.map((r) => r.record_id));
}

/**
 * Of `recordIds` (skipped by their key), those this same import wrote in an earlier batch: a record
 * id repeated within one file, rejected as such rather than counted as another import's duplicate.
 */
export async function ownRecords(
  tx: Tx,
  importId: string,
  recordIds: readonly string[],
): Promise<Set<string>> {
  if (recordIds.length === 0) return new Set();
  const rows = await tx.query<{ record_id: string }>(
    `SELECT record_id FROM usage_records WHERE record_id = ANY($1::text[]) AND import_id = $2`,
    [recordIds, importId],
  );
  return new Set(rows.map((r) => r.record_id));
}

export interface CounterDelta {
  lineId: string;
  month: string;
  kind: UsageKind;
  inPlan: number;
  offPlan: number;
  offPlanMinor: number;
  toBeSet: number;
  records: number;
}

export interface CounterRow {
  line_id: string;
  month: string;
  kind: UsageKind;
  in_plan: number;
  off_plan: number;
  off_plan_minor: number;
  to_be_set: number;
  records: number;
}

const COUNTER_COLUMNS = `line_id, month, kind, in_plan::float8 AS in_plan, off_plan::float8 AS off_plan,
  off_plan_minor::float8 AS off_plan_minor, to_be_set, records`;

/** Adds to the counters (creating them) and returns their new values. */
export async function addCounters(tx: Tx, ds: readonly CounterDelta[], now: Date): Promise<CounterRow[]> {
  if (ds.length === 0) return [];
  return tx.query<CounterRow>(
    `INSERT INTO usage_counters AS c (tenant_id, line_id, month, kind, in_plan, off_plan, off_plan_minor, to_be_set, records, updated_at)
     SELECT relais_tenant(), d.*, $9::timestamptz FROM unnest($1::uuid[], $2::text[], $3::text[], $4::bigint[], $5::bigint[],
       $6::bigint[], $7::int[], $8::int[]) AS d
     ON CONFLICT (tenant_id, line_id, month, kind) DO UPDATE SET
       in_plan = c.in_plan + EXCLUDED.in_plan, off_plan = c.off_plan + EXCLUDED.off_plan,
       off_plan_minor = c.off_plan_minor + EXCLUDED.off_plan_minor, to_be_set = c.to_be_set + EXCLUDED.to_be_set,
       records = c.records + EXCLUDED.records, updated_at = EXCLUDED.updated_at
     RETURNING ${COUNTER_COLUMNS}`,
    [
      ds.map((d) => d.lineId),
      ds.map((d) => d.month),
      ds.map((d) => d.kind),
      ds.map((d) => d.inPlan),
      ds.map((d) => d.offPlan),
      ds.map((d) => d.offPlanMinor),
      ds.map((d) => d.toBeSet),
      ds.map((d) => d.records),
      now,
    ],
  );
}

export function countersOf(tx: Tx, lineId: string, month: string): Promise<CounterRow[]> {
  return tx.query<CounterRow>(
    `SELECT ${COUNTER_COLUMNS} FROM usage_counters WHERE line_id = $1 AND month = $2 ORDER BY kind`,
    [lineId, month],
  );
}

/** Writes the alert unless it exists: true when this call wrote it (exactly once per key). */
export async function insertAlert(
  tx: Tx,
  a: {
    lineId: string;
    month: string;
    threshold: AlertThreshold;
    usedBytes: number;
    envelopeBytes: number;
    importId: string;
    now: Date;
  },
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO usage_alerts (tenant_id, line_id, month, threshold, used_bytes, envelope_bytes, import_id, created_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (tenant_id, line_id, month, threshold) DO NOTHING RETURNING threshold`,
    [a.lineId, a.month, a.threshold, a.usedBytes, a.envelopeBytes, a.importId, a.now],
  );
  return rows.length === 1;
}

export interface NewAlert {
  lineId: string;
  month: string;
  threshold: AlertThreshold;
  usedBytes: number;
  envelopeBytes: number;
}

/**
 * insertAlert for a batch's alerts in one statement (their keys distinct, in the caller's order):
 * the keys `line|month|threshold` this call wrote.
 */
export async function insertAlerts(
  tx: Tx,
  importId: string,
  as: readonly NewAlert[],
  now: Date,
): Promise<Set<string>> {
  if (as.length === 0) return new Set();
  const rows = await tx.query<{ line_id: string; month: string; threshold: number }>(
    `INSERT INTO usage_alerts (tenant_id, line_id, month, threshold, used_bytes, envelope_bytes, import_id, created_at)
     SELECT relais_tenant(), a.*, $6::uuid, $7::timestamptz
       FROM unnest($1::uuid[], $2::text[], $3::int[], $4::bigint[], $5::bigint[]) AS a
     ON CONFLICT (tenant_id, line_id, month, threshold) DO NOTHING RETURNING line_id, month, threshold`,
    [
      as.map((a) => a.lineId),
      as.map((a) => a.month),
      as.map((a) => a.threshold),
      as.map((a) => a.usedBytes),
      as.map((a) => a.envelopeBytes),
      importId,
      now,
    ],
  );
  return new Set(rows.map((r) => `${r.line_id}|${r.month}|${r.threshold}`));
}

export interface AlertRow {
  threshold: AlertThreshold;
  used_bytes: number;
  envelope_bytes: number;
  created_at: Date;
}

export function alertsOf(tx: Tx, lineId: string, month: string): Promise<AlertRow[]> {
  return tx.query<AlertRow>(
    `SELECT threshold, used_bytes::float8 AS used_bytes, envelope_bytes::float8 AS envelope_bytes, created_at
       FROM usage_alerts WHERE line_id = $1 AND month = $2 ORDER BY threshold`,
    [lineId, month],
  );
}

/**
 * Records the line's data state for the month (once; again only after a recharge or a cut-off change
 * lifted it); a block records its pending operator command.
 */
export async function insertDataState(
  tx: Tx,
  s: { lineId: string; month: string; state: DataState; now: Date },
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO usage_data_states (tenant_id, line_id, month, state, operator_command, command_status, since)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6)
     ON CONFLICT (tenant_id, line_id, month) DO UPDATE
       SET state = EXCLUDED.state, operator_command = EXCLUDED.operator_command,
           command_status = EXCLUDED.command_status, command_sent_at = NULL, since = EXCLUDED.since,
           lifted_at = NULL, lift_status = NULL
       WHERE usage_data_states.lifted_at IS NOT NULL
     RETURNING state`,
    [
      s.lineId,
      s.month,
      s.state,
      s.state === 'data_blocked' ? 'block_data' : null,
      s.state === 'data_blocked' ? 'pending' : null,
      s.now,
    ],
  );
  return rows.length === 1;
}

/**
 * insertDataState for a batch's lines in one statement (their keys distinct, in the caller's
 * order): the keys `line|month` this call wrote.
 */
export async function insertDataStates(
  tx: Tx,
  ss: readonly { lineId: string; month: string; state: DataState }[],
  now: Date,
): Promise<Set<string>> {
  if (ss.length === 0) return new Set();
  const rows = await tx.query<{ line_id: string; month: string }>(
    `INSERT INTO usage_data_states (tenant_id, line_id, month, state, operator_command, command_status, since)
     SELECT relais_tenant(), s.line_id, s.month, s.state,
            CASE WHEN s.state = 'data_blocked' THEN 'block_data' END,
            CASE WHEN s.state = 'data_blocked' THEN 'pending' END, $4::timestamptz
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS s(line_id, month, state)
     ON CONFLICT (tenant_id, line_id, month) DO UPDATE
       SET state = EXCLUDED.state, operator_command = EXCLUDED.operator_command,
           command_status = EXCLUDED.command_status, command_sent_at = NULL, since = EXCLUDED.since,
           lifted_at = NULL, lift_status = NULL
       WHERE usage_data_states.lifted_at IS NOT NULL
     RETURNING line_id, month`,
    [ss.map((s) => s.lineId), ss.map((s) => s.month), ss.map((s) => s.state), now],
  );
  return new Set(rows.map((r) => `${r.line_id}|${r.month}`));
}

export interface DataStateRow {
  state: DataState;
  operator_command: 'block_data' | null;
  command_status: 'pending' | 'sent' | null;
  since: Date;
  lifted_at: Date | null;
  lift_status: 'pending' | 'sent' | null;
}

export function dataStateOf(
  tx: Tx,
  lineId: string,
  month: string,
  forUpdate = false,
): Promise<DataStateRow | undefined> {
  return tx.maybeOne<DataStateRow>(
    `SELECT state, operator_command, command_status, since, lifted_at, lift_status
       FROM usage_data_states WHERE line_id = $1 AND month = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    [lineId, month],
  );
}

/** USE-04: the operator confirmed the block (or its lifting). */
export async function markCommandSent(
  tx: Tx,
  lineId: string,
  month: string,
  blocked: boolean,
  now: Date,
): Promise<void> {
  await tx.query(
    blocked
      ? `UPDATE usage_data_states SET command_status = 'sent', command_sent_at = $3 WHERE line_id = $1 AND month = $2`
      : `UPDATE usage_data_states SET lift_status = 'sent' WHERE line_id = $1 AND month = $2 AND $3::timestamptz IS NOT NULL`,
    [lineId, month, now],
  );
}

/** USE-05/USE-06: a recharge or a cut-off change lifts the month's block (true: it was blocked). */
export async function liftDataState(tx: Tx, lineId: string, month: string, now: Date): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE usage_data_states SET lifted_at = $3, lift_status = CASE WHEN state = 'data_blocked' THEN 'pending' END
      WHERE line_id = $1 AND month = $2 AND lifted_at IS NULL RETURNING state`,
    [lineId, month, now],
  );
  return rows.some((r) => (r as { state: string }).state === 'data_blocked');
}

export interface JournalRow {
  record_id: string;
  started_at: Date;
  kind: UsageKind;
  direction: Direction;
  zone: string;
  destination_zone: string | null;
  called_number: string | null;
  quantity: number;
  off_plan: boolean;
  amount_minor: number | null;
  price_to_be_set: boolean;
  fair_use: FairUseReason | null;
}

/**
 * USE-07: a line's records of a month, newest first; `kinds` filters; data lists off-plan
 * sessions only (the seed's journal shows no in-plan data session).
 */
export async function journal(
  tx: Tx,
  f: { lineId: string; month: string; kinds: readonly UsageKind[] | null; limit: number; offset: number },
): Promise<{ rows: JournalRow[]; total: number }> {
  const where = `line_id = $1 AND month = $2 AND ($3::text[] IS NULL OR kind = ANY($3::text[]))
    AND (kind <> 'data' OR off_plan)`;
  const params = [f.lineId, f.month, f.kinds];
  const rows = await tx.query<JournalRow>(
    `SELECT record_id, started_at, kind, direction, zone, destination_zone, called_number, quantity::float8 AS quantity,
            off_plan, amount_minor::float8 AS amount_minor, price_to_be_set, fair_use
       FROM usage_records WHERE ${where} ORDER BY started_at DESC, record_id LIMIT $4 OFFSET $5`,
    [...params, f.limit, f.offset],
  );
  const { n } = await tx.one<{ n: number }>(
    `SELECT count(*)::int AS n FROM usage_records WHERE ${where}`,
    params,
  );
  return { rows, total: n };
}

export async function listImports(
  tx: Tx,
  limit: number,
  offset: number,
): Promise<{ rows: ImportRow[]; total: number }> {
  const rows = await tx.query<ImportRow>(
    `SELECT ${IMPORT_COLUMNS} FROM usage_imports ORDER BY created_at DESC, id LIMIT $1 OFFSET $2`,
    [limit, offset],
  );
  const { n } = await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM usage_imports`);
  return { rows, total: n };
}

export function getImport(tx: Tx, id: string): Promise<ImportRow | undefined> {
  return tx.maybeOne<ImportRow>(`SELECT ${IMPORT_COLUMNS} FROM usage_imports WHERE id = $1`, [id]);
}

export function rejectsOf(tx: Tx, importId: string, limit = 1000): Promise<RejectRow[]> {
  return tx.query<RejectRow>(
    `SELECT line_no, reason, field, raw FROM usage_import_rejects WHERE import_id = $1 ORDER BY line_no LIMIT $2`,
    [importId, limit],
  );
}

/** True when the tenant has usage records already (the demo seeds its month once). */
export async function hasRecords(tx: Tx): Promise<boolean> {
  const r = await tx.maybeOne(`SELECT 1 AS x FROM usage_records LIMIT 1`);
  return r !== undefined;
}
