import type { Tx } from '../db/db.ts';
import { insertAuditEvent } from './store.ts';
import { newId } from '../clock.ts';
import type { Actor } from '../auth/principal.ts';
import { maskSecrets } from '../secrets/index.ts';

/** Field names whose values never reach the audit log (case, '_' and '-' do not matter). */
export const AUDIT_SECRET_FIELDS = [
  'password',
  'passwordHash',
  'secret',
  'tokenHash',
  'puk',
  'wifiPassword',
  'csrfToken',
  'temporaryPassword',
];

export function maskForAudit(value: unknown): unknown {
  return maskSecrets(value, AUDIT_SECRET_FIELDS);
}

export interface AuditEntry {
  entityType: string;
  entityId: string;
  /** A readable name of the entity at the time, shown in the log. */
  entityLabel?: string | undefined;
  action: string;
  before?: unknown;
  after?: unknown;
}

/** Written in the caller's transaction, so the change and its audit record commit together. */
export async function recordAudit(
  tx: Tx,
  actor: Actor,
  at: Date,
  requestId: string | null,
  entry: AuditEntry,
): Promise<void> {
  if (!tx.tenantId) throw new Error('audit needs a tenant-scoped transaction');
  await insertAuditEvent(tx, [
    tx.tenantId,
    newId(),
    at,
    actor.type,
    actor.id,
    actor.label,
    entry.entityType,
    entry.entityId,
    entry.entityLabel ?? null,
    entry.action,
    entry.before === undefined ? null : JSON.stringify(maskForAudit(entry.before)),
    entry.after === undefined ? null : JSON.stringify(maskForAudit(entry.after)),
    requestId,
  ]);
}
