import type { Tx } from '../../platform/db/db.ts';
import type { FairUseReason } from './fair-use-rules.ts';
import type { UsageKind } from './rules.ts';

/** The SQL of CAT-05's fair use (migration 0062): records billed beyond it, Orange's SMS suspensions. */

/**
 * The distinct numbers a line's month already reached by included outgoing calls and SMS/MMS (a
 * call billed only for its part beyond 2 h still reached its callee), `except` records excluded.
 */
export async function knownNumbers(
  tx: Tx,
  lineId: string,
  month: string,
  except: readonly string[],
): Promise<{ callees: Set<string>; recipients: Set<string> }> {
  const rows = await tx.query<{ voice: boolean; called_number: string }>(
    `SELECT DISTINCT kind = 'voice' AS voice, called_number FROM usage_records
      WHERE line_id = $1 AND month = $2 AND direction = 'out' AND kind IN ('voice', 'sms', 'mms')
        AND called_number IS NOT NULL AND (NOT off_plan OR fair_use = 'duration')
        AND record_id <> ALL($3::text[])`,
    [lineId, month, except],
  );
  const callees = new Set<string>();
  const recipients = new Set<string>();
  for (const r of rows) (r.voice ? callees : recipients).add(r.called_number);
  return { callees, recipients };
}

/**
 * knownNumbers for many lines' months at once (an import's batch): keyed `line|month`, the keys
 * without any number absent. `except` may hold every record of the batch (other lines' ids
 * exclude nothing here). The batch's records are skipped here, not in SQL: `NOT (id = ANY($3))`
 * (or its anti-join, planned as a nested loop on unnest's guess of 10 rows) compared every record
 * read with every id of the batch (100 million comparisons at 200,000 records).
 *
 * Each key reads its own records through usage_records_line_month (LATERAL, OFFSET 0 so the
 * planner cannot flatten it into a join): an import fills the table faster than statistics
 * follow, and a planner that still believes it nearly empty (no ANALYZE yet: autovacuum off, or
 * not run since the import began) joined every record of the tenant to every key, each batch
 * slower than the last (seconds a batch at 200,000 records). sentSmsMany reads the same way.
 */
export async function knownNumbersMany(
  tx: Tx,
  keys: readonly { lineId: string; month: string }[],
  except: readonly string[],
): Promise<Map<string, { callees: Set<string>; recipients: Set<string> }>> {
  const out = new Map<string, { callees: Set<string>; recipients: Set<string> }>();
  if (keys.length === 0) return out;
  const rows = await tx.query<{
    line_id: string;
    month: string;
    voice: boolean;
    called_number: string;
    record_id: string;
  }>(
    `SELECT k.line_id, k.month, r.voice, r.called_number, r.record_id
       FROM unnest($1::uuid[], $2::text[]) AS k(line_id, month)
       CROSS JOIN LATERAL (
         SELECT u.kind = 'voice' AS voice, u.called_number, u.record_id FROM usage_records u
          WHERE u.line_id = k.line_id AND u.month = k.month AND u.direction = 'out'
            AND u.kind IN ('voice', 'sms', 'mms') AND u.called_number IS NOT NULL
            AND (NOT u.off_plan OR u.fair_use = 'duration')
         OFFSET 0) r`,
    [keys.map((k) => k.lineId), keys.map((k) => k.month)],
  );
  const skip = new Set(except);
  for (const r of rows) {
    if (skip.has(r.record_id)) continue;
    const key = `${r.line_id}|${r.month}`;
    const k = out.get(key) ?? { callees: new Set<string>(), recipients: new Set<string>() };
    (r.voice ? k.callees : k.recipients).add(r.called_number);
    out.set(key, k);
  }
  return out;
}

/** What the counters say of a line's months: its records per kind, and the SMS sent (quantity). */
export interface FairUseCounts {
  /** `month|kind` → records of any direction counted in the month. */
  records: Map<string, number>;
  /** month → SMS messages counted in the month (in_plan + off_plan, any direction). */
  sms: Map<string, number>;
}

/**
 * The counters of the batch's lines over a range of months each (the months of their new records,
 * and the one before: an hour of SMS may begin in it), one statement for the whole batch. The
 * counters already hold the batch (they move before fair use runs) and every record ever counted
 * (a purge removes records, never counts), so they bound from above both the distinct numbers a
 * month reached and the SMS an hour sent: a line whose counters stay within its limits cannot go
 * beyond them, and its records need not be read at all (nearly every line of nearly every batch).
 * Each key reads its own counters through their key (LATERAL, OFFSET 0), like knownNumbersMany.
 */
export async function fairUseCounts(
  tx: Tx,
  ranges: readonly { lineId: string; from: string; to: string }[],
): Promise<Map<string, FairUseCounts>> {
  const out = new Map<string, FairUseCounts>();
  if (ranges.length === 0) return out;
  const rows = await tx.query<{
    line_id: string;
    month: string;
    kind: UsageKind;
    records: number;
    quantity: number;
  }>(
    `SELECT k.line_id, c.month, c.kind, c.records, c.quantity
       FROM unnest($1::uuid[], $2::text[], $3::text[]) AS k(line_id, since, until)
       CROSS JOIN LATERAL (
         SELECT u.month, u.kind, u.records, (u.in_plan + u.off_plan)::float8 AS quantity FROM usage_counters u
          WHERE u.line_id = k.line_id AND u.month >= k.since AND u.month <= k.until
            AND u.kind IN ('voice', 'sms', 'mms')
         OFFSET 0) c`,
    [ranges.map((r) => r.lineId), ranges.map((r) => r.from), ranges.map((r) => r.to)],
  );
  for (const r of rows) {
    const c = out.get(r.line_id) ?? { records: new Map<string, number>(), sms: new Map<string, number>() };
    c.records.set(`${r.month}|${r.kind}`, r.records);
    if (r.kind === 'sms') c.sms.set(r.month, r.quantity);
    out.set(r.line_id, c);
  }
  return out;
}

/** The month's count of distinct callees and SMS/MMS recipients of included usage (the line page). */
export async function distinctNumbers(
  tx: Tx,
  lineId: string,
  month: string,
): Promise<{ callees: number; recipients: number }> {
  const k = await knownNumbers(tx, lineId, month, []);
  return { callees: k.callees.size, recipients: k.recipients.size };
}

export interface FairUseBilling {
  recordId: string;
  reason: FairUseReason;
  amountMinor: number | null;
  toBeSet: boolean;
}

/** Marks records billed beyond fair use: off-plan, priced (or "à définir"), with the reason. */
export async function markFairUse(tx: Tx, bs: readonly FairUseBilling[]): Promise<void> {
  if (bs.length === 0) return;
  await tx.query(
    `UPDATE usage_records r SET off_plan = true, amount_minor = b.amount, price_to_be_set = b.to_be_set, fair_use = b.reason
       FROM unnest($1::text[], $2::text[], $3::bigint[], $4::boolean[]) AS b(record_id, reason, amount, to_be_set)
      WHERE r.record_id = b.record_id`,
    [
      bs.map((b) => b.recordId),
      bs.map((b) => b.reason),
      bs.map((b) => b.amountMinor),
      bs.map((b) => b.toBeSet),
    ],
  );
}

/** A quantity of a month's counter billed beyond fair use: its amount and unpriced records. */
export interface OffPlanMove {
  lineId: string;
  month: string;
  kind: UsageKind;
  quantity: number;
  amountMinor: number;
  toBeSet: number;
}

/**
 * Moves quantities of the batch's counters from included to off-plan, with their amounts and
 * unpriced records (each key once), in one statement: the batch's own counters, whose locks its
 * transaction took when it counted them (no new lock, so no order to keep between imports).
 */
export async function moveManyToOffPlan(tx: Tx, ms: readonly OffPlanMove[]): Promise<void> {
  if (ms.length === 0) return;
  await tx.query(
    `UPDATE usage_counters c SET in_plan = c.in_plan - m.quantity, off_plan = c.off_plan + m.quantity,
            off_plan_minor = c.off_plan_minor + m.amount, to_be_set = c.to_be_set + m.to_be_set
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::int[])
         AS m(line_id, month, kind, quantity, amount, to_be_set)
      WHERE c.line_id = m.line_id AND c.month = m.month AND c.kind = m.kind`,
    [
      ms.map((m) => m.lineId),
      ms.map((m) => m.month),
      ms.map((m) => m.kind),
      ms.map((m) => m.quantity),
      ms.map((m) => m.amountMinor),
      ms.map((m) => m.toBeSet),
    ],
  );
}

/** The line's sent SMS made in (from, to]. */
export function sentSms(
  tx: Tx,
  lineId: string,
  from: Date,
  to: Date,
): Promise<{ startedAt: Date; quantity: number }[]> {
  return tx.query<{ startedAt: Date; quantity: number }>(
    `SELECT started_at AS "startedAt", quantity::float8 AS quantity FROM usage_records
      WHERE line_id = $1 AND kind = 'sms' AND direction = 'out' AND started_at > $2 AND started_at <= $3`,
    [lineId, from, to],
  );
}

/** sentSms for many lines at once, each its own (from, to]: keyed by line. */
export async function sentSmsMany(
  tx: Tx,
  ranges: readonly { lineId: string; from: Date; to: Date }[],
): Promise<Map<string, { startedAt: Date; quantity: number }[]>> {
  const out = new Map<string, { startedAt: Date; quantity: number }[]>();
  if (ranges.length === 0) return out;
  const rows = await tx.query<{ line_id: string; startedAt: Date; quantity: number }>(
    `SELECT k.line_id, r."startedAt", r.quantity
       FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS k(line_id, since, until)
       CROSS JOIN LATERAL (
         SELECT u.started_at AS "startedAt", u.quantity::float8 AS quantity FROM usage_records u
          WHERE u.line_id = k.line_id AND u.started_at > k.since AND u.started_at <= k.until
            AND u.kind = 'sms' AND u.direction = 'out'
         OFFSET 0) r`,
    [ranges.map((r) => r.lineId), ranges.map((r) => r.from), ranges.map((r) => r.to)],
  );
  for (const { line_id, ...r } of rows) out.set(line_id, [...(out.get(line_id) ?? []), r]);
  return out;
}

export interface SmsSuspensionRow {
  line_id: string;
  since: Date;
  until: Date;
  command_status: 'pending' | 'sent';
  lifted_at: Date | null;
  lift_status: 'pending' | 'sent' | null;
}

const SUSPENSION_COLUMNS = 'line_id, since, until, command_status, lifted_at, lift_status';

/** The line's suspension in force at `at` (not lifted), if any. */
export function suspensionAt(tx: Tx, lineId: string, at: Date): Promise<SmsSuspensionRow | undefined> {
  return tx.maybeOne<SmsSuspensionRow>(
    `SELECT ${SUSPENSION_COLUMNS} FROM usage_sms_suspensions
      WHERE line_id = $1 AND since <= $2 AND until > $2 AND lifted_at IS NULL ORDER BY since DESC LIMIT 1`,
    [lineId, at],
  );
}

/** The line's suspension not lifted yet, the latest first (the line page). */
export function currentSuspension(tx: Tx, lineId: string): Promise<SmsSuspensionRow | undefined> {
  return tx.maybeOne<SmsSuspensionRow>(
    `SELECT ${SUSPENSION_COLUMNS} FROM usage_sms_suspensions
      WHERE line_id = $1 AND lifted_at IS NULL ORDER BY since DESC LIMIT 1`,
    [lineId],
  );
}

/** A new suspension (its command pending); false when the same one exists already. */
export async function insertSuspension(tx: Tx, lineId: string, since: Date, until: Date): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO usage_sms_suspensions (tenant_id, line_id, since, until, command_status)
     VALUES (relais_tenant(), $1, $2, $3, 'pending') ON CONFLICT DO NOTHING RETURNING line_id`,
    [lineId, since, until],
  );
  return rows.length > 0;
}

export function suspensionOf(tx: Tx, lineId: string, since: Date): Promise<SmsSuspensionRow | undefined> {
  return tx.maybeOne<SmsSuspensionRow>(
    `SELECT ${SUSPENSION_COLUMNS} FROM usage_sms_suspensions WHERE line_id = $1 AND since = $2 FOR UPDATE`,
    [lineId, since],
  );
}

/** Ends the suspension (its restoring command pending); false when it was lifted already. */
export async function liftSuspension(tx: Tx, lineId: string, since: Date, now: Date): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE usage_sms_suspensions SET lifted_at = $3, lift_status = 'pending'
      WHERE line_id = $1 AND since = $2 AND lifted_at IS NULL RETURNING line_id`,
    [lineId, since, now],
  );
  return rows.length > 0;
}

/** The operator confirmed the suspension (or its lifting). */
export async function markSuspensionSent(
  tx: Tx,
  lineId: string,
  since: Date,
  suspended: boolean,
): Promise<void> {
  await tx.query(
    suspended
      ? `UPDATE usage_sms_suspensions SET command_status = 'sent' WHERE line_id = $1 AND since = $2`
      : `UPDATE usage_sms_suspensions SET lift_status = 'sent' WHERE line_id = $1 AND since = $2`,
    [lineId, since],
  );
}
