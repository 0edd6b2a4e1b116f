import type { Tx } from '../db/db.ts';

/**
 * The only SQL on `pending_actions`. Every query names the tenant explicitly even though RLS would
 * add it: a system transaction bypasses RLS, and the explicit key also lets the planner use the
 * (tenant_id, id) primary key.
 */

export type ActionStatus = 'scheduled' | 'done' | 'cancelled' | 'failed';

export const ACTION_STATUSES: readonly ActionStatus[] = ['scheduled', 'done', 'cancelled', 'failed'];

export interface PendingAction {
  tenantId: string;
  id: string;
  kind: string;
  entityType: string;
  entityId: string;
  effectiveAt: Date;
  status: ActionStatus;
  payload: Record<string, unknown>;
  result: Record<string, unknown> | null;
  lastError: string | null;
  createdBy: string;
  createdAt: Date;
  doneAt: Date | null;
  cancelledAt: Date | null;
  cancelledBy: string | null;
  version: number;
  /** Who asked, as people know them (a user's name); null for Relais itself or an unknown id. */
  createdByName?: string | null;
  /** What the action is about, as people know it (a line's number, an incident's reference). */
  entityName?: string | null;
}

interface ActionRow {
  tenant_id: string;
  id: string;
  kind: string;
  entity_type: string;
  entity_id: string;
  effective_at: Date;
  status: ActionStatus;
  payload: Record<string, unknown>;
  result: Record<string, unknown> | null;
  last_error: string | null;
  created_by: string;
  created_at: Date;
  done_at: Date | null;
  cancelled_at: Date | null;
  cancelled_by: string | null;
  version: number;
  created_by_name?: string | null;
  entity_name?: string | null;
}

function toAction(r: ActionRow): PendingAction {
  return {
    tenantId: r.tenant_id,
    id: r.id,
    kind: r.kind,
    entityType: r.entity_type,
    entityId: r.entity_id,
    effectiveAt: r.effective_at,
    status: r.status,
    payload: r.payload,
    result: r.result,
    lastError: r.last_error,
    createdBy: r.created_by,
    createdAt: r.created_at,
    doneAt: r.done_at,
    cancelledAt: r.cancelled_at,
    cancelledBy: r.cancelled_by,
    version: r.version,
    ...(r.created_by_name !== undefined ? { createdByName: r.created_by_name } : {}),
    ...(r.entity_name !== undefined ? { entityName: r.entity_name } : {}),
  };
}

export interface NewActionRow {
  tenantId: string;
  id: string;
  kind: string;
  entityType: string;
  entityId: string;
  effectiveAt: Date;
  payload: Record<string, unknown>;
  createdBy: string;
  createdAt: Date;
}

export async function insertAction(tx: Tx, a: NewActionRow): Promise<PendingAction> {
  const row = await tx.one<ActionRow>(
    `INSERT INTO pending_actions
       (tenant_id, id, kind, entity_type, entity_id, effective_at, payload, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)
     RETURNING *`,
    [
      a.tenantId,
      a.id,
      a.kind,
      a.entityType,
      a.entityId,
      a.effectiveAt,
      JSON.stringify(a.payload),
      a.createdBy,
      a.createdAt,
    ],
  );
  return toAction(row);
}

export async function selectAction(
  tx: Tx,
  tenantId: string,
  id: string,
  lock: boolean,
): Promise<PendingAction | undefined> {
  const row = await tx.maybeOne<ActionRow>(
    `SELECT * FROM pending_actions WHERE tenant_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
    [tenantId, id],
  );
  return row ? toAction(row) : undefined;
}

export async function updateActionDone(
  tx: Tx,
  tenantId: string,
  id: string,
  result: Record<string, unknown> | null,
  now: Date,
): Promise<PendingAction> {
  const row = await tx.one<ActionRow>(
    `UPDATE pending_actions
     SET status = 'done', result = $3::jsonb, done_at = $4, version = version + 1
     WHERE tenant_id = $1 AND id = $2
     RETURNING *`,
    [tenantId, id, result === null ? null : JSON.stringify(result), now],
  );
  return toAction(row);
}

export async function updateActionCancelled(
  tx: Tx,
  tenantId: string,
  id: string,
  cancelledBy: string,
  now: Date,
): Promise<PendingAction> {
  const row = await tx.one<ActionRow>(
    `UPDATE pending_actions
     SET status = 'cancelled', cancelled_at = $3, cancelled_by = $4, version = version + 1
     WHERE tenant_id = $1 AND id = $2
     RETURNING *`,
    [tenantId, id, now, cancelledBy],
  );
  return toAction(row);
}

/** Records a failed try; `final` also ends the action as failed. Only touches scheduled actions. */
export async function updateActionError(
  tx: Tx,
  tenantId: string,
  id: string,
  error: string,
  final: boolean,
): Promise<void> {
  await tx.query(
    `UPDATE pending_actions
     SET last_error = $3,
         status = CASE WHEN $4::boolean THEN 'failed' ELSE status END,
         version = version + 1
     WHERE tenant_id = $1 AND id = $2 AND status = 'scheduled'`,
    [tenantId, id, error, final],
  );
}

/**
 * Serialises, per tenant, the scheduling of one recurring action (two nodes starting together):
 * `lockName` is the key's prefix, the tenant its end.
 */
export async function lockRecurringSchedule(tx: Tx, lockName: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext($1::text || relais_tenant()::text))`, [lockName]);
}

/** The tenant's first scheduled action of `kind`, other than `exceptId` (the one running). */
export function firstScheduledOfKind(
  tx: Tx,
  tenantId: string,
  kind: string,
  exceptId: string | null,
): Promise<{ id: string; effective_at: Date } | undefined> {
  return tx.maybeOne(
    `SELECT id, effective_at FROM pending_actions
      WHERE tenant_id = $1 AND kind = $2 AND status = 'scheduled' AND ($3::uuid IS NULL OR id <> $3::uuid)
      ORDER BY effective_at LIMIT 1`,
    [tenantId, kind, exceptId],
  );
}

export interface ActionFilter {
  entityType?: string;
  entityId?: string;
  status?: ActionStatus;
  /** The actions on the lines of one customer account (the customer page). */
  accountId?: string;
}

function filterSql(tenantId: string, f: ActionFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [tenantId];
  const clauses = ['tenant_id = $1'];
  if (f.entityType !== undefined) {
    params.push(f.entityType);
    clauses.push(`entity_type = $${params.length}`);
  }
  if (f.entityId !== undefined) {
    params.push(f.entityId);
    clauses.push(`entity_id = $${params.length}`);
  }
  if (f.status !== undefined) {
    params.push(f.status);
    clauses.push(`status = $${params.length}`);
  }
  if (f.accountId !== undefined) {
    params.push(f.accountId);
    clauses.push(
      `entity_type = 'line' AND entity_id IN (SELECT l.id::text FROM lines l WHERE l.tenant_id = $1 AND l.account_id = $${params.length}::uuid)`,
    );
  }
  return { where: clauses.join(' AND '), params };
}

export async function selectActions(
  tx: Tx,
  tenantId: string,
  f: ActionFilter,
  limit: number,
  offset: number,
): Promise<PendingAction[]> {
  const { where, params } = filterSql(tenantId, f);
  const rows = await tx.query<ActionRow>(
    // The names a reader needs instead of ids: the author's, and the line's number or the
    // incident's or customer's reference. Each look-up is one primary-key probe per listed row.
    `SELECT a.*,
       (SELECT u.display_name FROM users u
         WHERE u.tenant_id = a.tenant_id AND a.created_by ~* '^[0-9a-f-]{36}$' AND u.id = a.created_by::uuid) AS created_by_name,
       CASE
         WHEN a.entity_id !~* '^[0-9a-f-]{36}$' THEN NULL
         WHEN a.entity_type = 'line' THEN (SELECT coalesce(l.msisdn, l.iccid) FROM lines l
           WHERE l.tenant_id = a.tenant_id AND l.id = a.entity_id::uuid)
         WHEN a.entity_type = 'incident' THEN (SELECT i.reference FROM incidents i
           WHERE i.tenant_id = a.tenant_id AND i.id = a.entity_id::uuid)
         WHEN a.entity_type = 'account' THEN (SELECT c.display_name FROM customer_accounts c
           WHERE c.tenant_id = a.tenant_id AND c.id = a.entity_id::uuid)
         WHEN a.entity_type = 'tenant' THEN (SELECT t.legal_name FROM tenants t WHERE t.id = a.entity_id::uuid)
       END AS entity_name
     FROM pending_actions a WHERE ${where}
     ORDER BY effective_at, id
     LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
    [...params, limit, offset],
  );
  return rows.map(toAction);
}

export async function countActions(tx: Tx, tenantId: string, f: ActionFilter): Promise<number> {
  const { where, params } = filterSql(tenantId, f);
  const row = await tx.one<{ n: number }>(
    `SELECT count(*)::int AS n FROM pending_actions WHERE ${where}`,
    params,
  );
  return row.n;
}
