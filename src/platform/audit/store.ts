import type { Tx } from '../db/db.ts';
import { orderBy, type Page } from '../http/pagination.ts';

interface AuditRow {
  id: string;
  at: Date;
  actor_type: 'user' | 'token' | 'system';
  actor_id: string | null;
  actor_label: string;
  entity_type: string;
  entity_id: string;
  entity_label: string | null;
  action: string;
  before: unknown;
  after: unknown;
  request_id: string | null;
}

export interface AuditEvent {
  id: string;
  at: string;
  actorType: 'user' | 'token' | 'system';
  actorId: string | null;
  actorLabel: string;
  entityType: string;
  entityId: string;
  entityLabel: string | null;
  action: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface AuditQuery {
  limit: number;
  offset: number;
  sort?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  action?: string | undefined;
  actorId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Newest first by default; every filter optional. */
export async function listAuditEvents(tx: Tx, q: AuditQuery): Promise<Page<AuditEvent>> {
  const where = `($1::text IS NULL OR entity_type = $1) AND ($2::text IS NULL OR entity_id = $2)
    AND ($3::text IS NULL OR action = $3) AND ($4::uuid IS NULL OR actor_id = $4)
    AND ($5::timestamptz IS NULL OR at >= $5) AND ($6::timestamptz IS NULL OR at < $6)`;
  const params = [
    q.entityType ?? null,
    q.entityId ?? null,
    q.action ?? null,
    q.actorId ?? null,
    q.from ?? null,
    q.to ?? null,
  ];
  const rows = await tx.query<AuditRow>(
    `SELECT id, at, actor_type, actor_id, actor_label, entity_type, entity_id, entity_label, action, before, after, request_id
       FROM audit_events WHERE ${where} ORDER BY ${orderBy(q.sort, { at: 'at' }, '-at')} LIMIT $7 OFFSET $8`,
    [...params, q.limit, q.offset],
  );
  const { n } = await tx.one<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_events WHERE ${where}`,
    params,
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actorType: r.actor_type,
      actorId: r.actor_id,
      actorLabel: r.actor_label,
      entityType: r.entity_type,
      entityId: r.entity_id,
      entityLabel: r.entity_label,
      action: r.action,
      before: r.before,
      after: r.after,
      requestId: r.request_id,
    })),
    total: n,
    limit: q.limit,
    offset: q.offset,
  };
}

/** One audit row, its values in column order (src/platform/audit/audit.ts `recordAudit` builds them). */
export async function insertAuditEvent(tx: Tx, values: readonly unknown[]): Promise<void> {
  await tx.query(
    `INSERT INTO audit_events (tenant_id, id, at, actor_type, actor_id, actor_label, entity_type, entity_id, entity_label, action, before, after, request_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    values,
  );
}
