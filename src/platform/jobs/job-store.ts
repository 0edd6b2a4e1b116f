import { newId } from '../clock.ts';
import type { Tx } from '../db/db.ts';

/**
 * The only SQL on the `jobs` table. Enqueueing runs in the caller's transaction (tenant or system);
 * everything else runs in the worker's system transactions.
 */

export type JobStatus = 'pending' | 'done' | 'failed' | 'cancelled';

export interface Job {
  id: string;
  /** Null for platform jobs that belong to no tenant; the handler then runs unscoped. */
  tenantId: string | null;
  kind: string;
  payload: Record<string, unknown>;
  runAt: Date;
  status: JobStatus;
  /** Tries already made before this one. */
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  dedupeKey: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

interface JobRow {
  id: string;
  tenant_id: string | null;
  kind: string;
  payload: Record<string, unknown>;
  run_at: Date;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: Date;
  finished_at: Date | null;
}

function toJob(r: JobRow): Job {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    kind: r.kind,
    payload: r.payload,
    runAt: r.run_at,
    status: r.status,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    lastError: r.last_error,
    dedupeKey: r.dedupe_key,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}

export interface EnqueueJobInput {
  kind: string;
  /**
   * The tenant the handler will be scoped to. Defaults to the transaction's tenant; null makes a
   * platform job (only possible from a system transaction: RLS refuses it for the app role).
   */
  tenantId?: string | null;
  payload?: Record<string, unknown>;
  runAt: Date;
  /**
   * At most one job per key, ever (the column is globally UNIQUE, across tenants and statuses):
   * embed a globally unique id, e.g. `action:<uuid>`. A second enqueue with the same key is a no-op.
   */
  dedupeKey?: string;
  maxAttempts?: number;
  /** Bookkeeping instant for created_at; defaults to the database's transaction time. */
  now?: Date;
}

/**
 * Inserts a job in the caller's transaction, so the job exists if and only if the business change
 * commits. Returns nothing: the application role may insert jobs but not read them back.
 */
export async function enqueueJob(tx: Tx, input: EnqueueJobInput): Promise<void> {
  if (!input.kind) throw new Error('job kind is required');
  if (!(input.runAt instanceof Date) || Number.isNaN(input.runAt.getTime())) {
    throw new Error('job runAt must be a valid Date');
  }
  const maxAttempts = input.maxAttempts ?? 5;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error('job maxAttempts must be >= 1');
  const tenantId = input.tenantId === undefined ? tx.tenantId : input.tenantId;
  if (tx.tenantId !== null && tenantId !== tx.tenantId) {
    throw new Error('a tenant transaction can only enqueue jobs for its own tenant');
  }
  // ON CONFLICT without a conflict target on purpose: naming `(dedupe_key)` requires SELECT on the
  // column, which the app role must not have (it would let a tenant probe other tenants' jobs).
  // The only other unique key is the id, freshly generated here, so nothing else can conflict.
  // created_at falls back to now() because it is bookkeeping, not a business instant.
  await tx.query(
    `INSERT INTO jobs (id, tenant_id, kind, payload, run_at, max_attempts, dedupe_key, created_at)
     VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, coalesce($8::timestamptz, now()))
     ON CONFLICT DO NOTHING`,
    [
      newId(),
      tenantId,
      input.kind,
      JSON.stringify(input.payload ?? {}),
      input.runAt,
      maxAttempts,
      input.dedupeKey ?? null,
      input.now ?? null,
    ],
  );
}

/**
 * Locks one due pending job for the rest of the caller's (system) transaction. SKIP LOCKED makes
 * concurrent workers take different jobs instead of queueing behind each other.
 */
export async function claimDueJob(tx: Tx, now: Date): Promise<Job | undefined> {
  const row = await tx.maybeOne<JobRow>(
    `SELECT * FROM jobs
     WHERE status = 'pending' AND run_at <= $1
     ORDER BY run_at, id
     LIMIT 1
     FOR UPDATE SKIP LOCKED`,
    [now],
  );
  return row ? toJob(row) : undefined;
}

export async function markJobDone(tx: Tx, id: string, now: Date): Promise<void> {
  await tx.query(`UPDATE jobs SET status = 'done', attempts = attempts + 1, finished_at = $2 WHERE id = $1`, [
    id,
    now,
  ]);
}

/**
 * Leases a claimed job that is about to call an outside system: its run_at moves to the lease's end,
 * so no worker claims it again while the call is in flight, and one that died mid-call lets it
 * come back when the lease ends.
 */
export async function leaseJob(tx: Tx, id: string, until: Date): Promise<void> {
  await tx.query(`UPDATE jobs SET run_at = $2 WHERE id = $1`, [id, until]);
}

/**
 * Locks a leased job again to record its call's outcome: undefined when it changed meanwhile
 * (another worker took it over after the lease, or recorded it), in which case nothing is written.
 */
export async function relockJob(tx: Tx, id: string, seenAttempts: number): Promise<Job | undefined> {
  const row = await tx.maybeOne<JobRow>(
    `SELECT * FROM jobs WHERE id = $1 AND status = 'pending' AND attempts = $2 FOR UPDATE`,
    [id, seenAttempts],
  );
  return row ? toJob(row) : undefined;
}

export interface JobFailureUpdate {
  id: string;
  /** attempts as read at claim time: guards against recording the same failure twice. */
  seenAttempts: number;
  error: string;
  /** Null marks the job failed for good. */
  retryAt: Date | null;
  now: Date;
}

/**
 * Records a failed try. Returns false when the job changed meanwhile (another worker already ran
 * or recorded it after our rollback released the lock), in which case nothing is written.
 */
export async function recordJobFailure(tx: Tx, f: JobFailureUpdate): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE jobs
     SET attempts = attempts + 1,
         last_error = $3,
         status = CASE WHEN $4::timestamptz IS NULL THEN 'failed' ELSE 'pending' END,
         run_at = coalesce($4::timestamptz, run_at),
         finished_at = CASE WHEN $4::timestamptz IS NULL THEN $5::timestamptz ELSE NULL END
     WHERE id = $1 AND status = 'pending' AND attempts = $2
     RETURNING id`,
    [f.id, f.seenAttempts, f.error, f.retryAt, f.now],
  );
  return rows.length === 1;
}

/** Reads a job (system transactions only: the app role cannot read jobs). */
export async function getJob(tx: Tx, id: string): Promise<Job | undefined> {
  const row = await tx.maybeOne<JobRow>(`SELECT * FROM jobs WHERE id = $1`, [id]);
  return row ? toJob(row) : undefined;
}

export async function getJobByDedupeKey(
  tx: Tx,
  tenantId: string | null,
  dedupeKey: string,
): Promise<Job | undefined> {
  const row = await tx.maybeOne<JobRow>(
    `SELECT * FROM jobs WHERE dedupe_key = $2 AND tenant_id IS NOT DISTINCT FROM $1::uuid`,
    [tenantId, dedupeKey],
  );
  return row ? toJob(row) : undefined;
}
