import type { Tx } from '../db/db.ts';

/**
 * The only SQL on `outbox`. Tenant functions name the tenant explicitly (a system transaction
 * bypasses RLS); the claim and result functions run in the worker's system transactions.
 */

export type OutboxStatus = 'pending' | 'sent' | 'failed';

export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['pending', 'sent', 'failed'];

/** A message without its bodies, for lists. */
export interface OutboxSummary {
  tenantId: string;
  id: string;
  channel: 'email' | 'sms' | 'webhook';
  to: string;
  subject: string;
  template: string;
  locale: string;
  entityType: string | null;
  entityId: string | null;
  status: OutboxStatus;
  transport: string | null;
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  version: number;
  /** About a user's access (welcome, reset link): body for admins only, purged once delivered. */
  sensitive: boolean;
}

export interface OutboxMessage extends OutboxSummary {
  text: string;
  html: string | null;
}

interface OutboxRow {
  tenant_id: string;
  id: string;
  channel: 'email' | 'sms' | 'webhook';
  recipient: string;
  subject: string;
  body_text?: string;
  body_html?: string | null;
  template: string;
  locale: string;
  entity_type: string | null;
  entity_id: string | null;
  status: OutboxStatus;
  transport: string | null;
  attempts: number;
  max_attempts: number;
  next_attempt_at: Date;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  version: number;
  sensitive: boolean;
}

const SUMMARY_COLUMNS = `tenant_id, id, channel, recipient, subject, template, locale, entity_type, entity_id,
  status, transport, attempts, max_attempts, next_attempt_at, last_error, created_at, sent_at, version, sensitive`;

function toSummary(r: OutboxRow): OutboxSummary {
  return {
    tenantId: r.tenant_id,
    id: r.id,
    channel: r.channel,
    to: r.recipient,
    subject: r.subject,
    template: r.template,
    locale: r.locale,
    entityType: r.entity_type,
    entityId: r.entity_id,
    status: r.status,
    transport: r.transport,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    version: r.version,
    sensitive: r.sensitive,
  };
}

function toMessage(r: OutboxRow): OutboxMessage {
  return { ...toSummary(r), text: r.body_text ?? '', html: r.body_html ?? null };
}

export interface NewOutboxRow {
  tenantId: string;
  id: string;
  channel: 'email' | 'sms';
  to: string;
  subject: string;
  text: string;
  html: string | null;
  template: string;
  locale: string;
  entityType: string | null;
  entityId: string | null;
  maxAttempts: number | null;
  sensitive: boolean;
  now: Date;
}

export async function insertOutbox(tx: Tx, m: NewOutboxRow): Promise<OutboxMessage> {
  const row = await tx.one<OutboxRow>(
    `INSERT INTO outbox (tenant_id, id, channel, recipient, subject, body_text, body_html, template, locale,
                         entity_type, entity_id, max_attempts, next_attempt_at, created_at, sensitive)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, coalesce($12::int, 8), $13, $13, $14)
     RETURNING *`,
    [
      m.tenantId,
      m.id,
      m.channel,
      m.to,
      m.subject,
      m.text,
      m.html,
      m.template,
      m.locale,
      m.entityType,
      m.entityId,
      m.maxAttempts,
      m.now,
      m.sensitive,
    ],
  );
  return toMessage(row);
}

export async function selectOutbox(
  tx: Tx,
  tenantId: string,
  id: string,
  lock: boolean,
): Promise<OutboxMessage | undefined> {
  const row = await tx.maybeOne<OutboxRow>(
    `SELECT * FROM outbox WHERE tenant_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`,
    [tenantId, id],
  );
  return row ? toMessage(row) : undefined;
}

/** Newest first, as a mailbox reads. */
export async function selectOutboxPage(
  tx: Tx,
  tenantId: string,
  status: OutboxStatus | undefined,
  limit: number,
  offset: number,
  transport?: string,
  entityType?: string,
  entityId?: string,
  messagesOnly?: boolean,
): Promise<OutboxSummary[]> {
  const rows = await tx.query<OutboxRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM outbox
     WHERE tenant_id = $1 AND ($2::text IS NULL OR status = $2) AND ($5::text IS NULL OR transport = $5)
       AND ($6::text IS NULL OR entity_type = $6) AND ($7::text IS NULL OR entity_id = $7)
       AND ($8::boolean IS NOT TRUE OR channel <> 'webhook')
     ORDER BY created_at DESC, id DESC
     LIMIT $3 OFFSET $4`,
    [
      tenantId,
      status ?? null,
      limit,
      offset,
      transport ?? null,
      entityType ?? null,
      entityId ?? null,
      messagesOnly ?? false,
    ],
  );
  return rows.map(toSummary);
}

export async function countOutbox(
  tx: Tx,
  tenantId: string,
  status: OutboxStatus | undefined,
  transport?: string,
  entityType?: string,
  entityId?: string,
  messagesOnly?: boolean,
): Promise<number> {
  const row = await tx.one<{ n: number }>(
    `SELECT count(*)::int AS n FROM outbox
     WHERE tenant_id = $1 AND ($2::text IS NULL OR status = $2) AND ($3::text IS NULL OR transport = $3)
       AND ($4::text IS NULL OR entity_type = $4) AND ($5::text IS NULL OR entity_id = $5)
       AND ($6::boolean IS NOT TRUE OR channel <> 'webhook')`,
    [
      tenantId,
      status ?? null,
      transport ?? null,
      entityType ?? null,
      entityId ?? null,
      messagesOnly ?? false,
    ],
  );
  return row.n;
}

/** failed → pending with a fresh set of attempts, due now. */
export async function updateOutboxRetry(
  tx: Tx,
  tenantId: string,
  id: string,
  now: Date,
): Promise<OutboxMessage> {
  const row = await tx.one<OutboxRow>(
    `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = $3, version = version + 1
     WHERE tenant_id = $1 AND id = $2
     RETURNING *`,
    [tenantId, id, now],
  );
  return toMessage(row);
}

/**
 * Claims up to `limit` due e-mails for this worker: counts the attempt and pushes next_attempt_at
 * to the end of a lease, so no other worker takes them while they are being sent. SKIP LOCKED keeps
 * concurrent claims apart; the lease keeps them apart after this short transaction commits.
 */
export async function claimDueOutbox(
  tx: Tx,
  now: Date,
  leaseUntil: Date,
  limit: number,
  channel: 'email' | 'sms' | 'webhook' = 'email',
): Promise<OutboxMessage[]> {
  const rows = await tx.query<OutboxRow>(
    `UPDATE outbox o
     SET attempts = o.attempts + 1, next_attempt_at = $2, version = o.version + 1
     FROM (
       SELECT tenant_id, id FROM outbox
       WHERE status = 'pending' AND channel = $4 AND next_attempt_at <= $1
       ORDER BY next_attempt_at, id
       LIMIT $3
       FOR UPDATE SKIP LOCKED
     ) due
     WHERE o.tenant_id = due.tenant_id AND o.id = due.id
     RETURNING o.*`,
    [now, leaseUntil, limit, channel],
  );
  // UPDATE … RETURNING has no order; send in creation order (ids are time-ordered UUID v7).
  return rows.map(toMessage).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Whatever happened meanwhile, the message went out: record it unless it is already recorded.
 * A sensitive message that left by SMTP keeps no body (issue 8: a set-password link must not stay
 * readable). Delivered locally, the row is the mailbox itself: its body stays, for admins only,
 * until the link is used, replaced or expired (purgeUserMessageBodies, purgeExpiredSensitiveBodies).
 */
export async function updateOutboxSent(
  tx: Tx,
  tenantId: string,
  id: string,
  transport: string,
  now: Date,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE outbox SET status = 'sent', sent_at = $3, transport = $4, version = version + 1,
            body_text = CASE WHEN sensitive AND $4 <> 'local' THEN '' ELSE body_text END,
            body_html = CASE WHEN sensitive AND $4 <> 'local' THEN NULL ELSE body_html END
     WHERE tenant_id = $1 AND id = $2 AND status = 'pending'
     RETURNING id`,
    [tenantId, id, now, transport],
  );
  return rows.length === 1;
}

/**
 * updateOutboxSent for a group of messages of one transport, in one statement; returns those it
 * recorded (still pending), in no particular order.
 */
export async function updateOutboxSentMany(
  tx: Tx,
  messages: readonly { tenantId: string; id: string }[],
  transport: string,
  now: Date,
): Promise<{ tenantId: string; id: string }[]> {
  if (messages.length === 0) return [];
  const rows = await tx.query<{ tenant_id: string; id: string }>(
    `UPDATE outbox o SET status = 'sent', sent_at = $3, transport = $4, version = o.version + 1,
            body_text = CASE WHEN o.sensitive AND $4 <> 'local' THEN '' ELSE o.body_text END,
            body_html = CASE WHEN o.sensitive AND $4 <> 'local' THEN NULL ELSE o.body_html END
     FROM unnest($1::uuid[], $2::uuid[]) AS m(tenant_id, id)
     WHERE o.tenant_id = m.tenant_id AND o.id = m.id AND o.status = 'pending'
     RETURNING o.tenant_id, o.id`,
    [messages.map((m) => m.tenantId), messages.map((m) => m.id), now, transport],
  );
  return rows.map((r) => ({ tenantId: r.tenant_id, id: r.id }));
}

export interface OutboxFailureUpdate {
  tenantId: string;
  id: string;
  /** attempts after our claim: if it moved on, a newer claim owns the row and we write nothing. */
  claimedAttempts: number;
  error: string;
  /** Null marks the message failed for good. */
  retryAt: Date | null;
}

export async function updateOutboxFailure(tx: Tx, f: OutboxFailureUpdate): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE outbox
     SET last_error = $4,
         status = CASE WHEN $5::timestamptz IS NULL THEN 'failed' ELSE 'pending' END,
         next_attempt_at = coalesce($5::timestamptz, next_attempt_at),
         version = version + 1
     WHERE tenant_id = $1 AND id = $2 AND status = 'pending' AND attempts = $3
     RETURNING id`,
    [f.tenantId, f.id, f.claimedAttempts, f.error, f.retryAt],
  );
  return rows.length === 1;
}

/**
 * A user's access messages lose their bodies once their link is used or replaced: delivered ones
 * keep their metadata; those not yet delivered are withdrawn (failed, with the reason), since
 * their link no longer works and an empty e-mail must not go out.
 */
export async function purgeUserMessageBodies(tx: Tx, tenantId: string, userId: string): Promise<void> {
  await tx.query(
    `UPDATE outbox SET body_text = '', body_html = NULL, version = version + 1,
            status = CASE WHEN status = 'sent' THEN 'sent' ELSE 'failed' END,
            last_error = CASE WHEN status = 'sent' THEN last_error
                              ELSE 'withdrawn: its set-password link was used or replaced' END
     WHERE tenant_id = $1 AND entity_type = 'user' AND entity_id = $2 AND sensitive AND body_text <> ''`,
    [tenantId, userId],
  );
}

/** Worker sweep, all tenants: delivered access messages older than any link they may carry. */
export async function purgeExpiredSensitiveBodies(tx: Tx, before: Date): Promise<number> {
  const rows = await tx.query(
    `UPDATE outbox SET body_text = '', body_html = NULL, version = version + 1
     WHERE sensitive AND status = 'sent' AND sent_at < $1 AND body_text <> ''
     RETURNING id`,
    [before],
  );
  return rows.length;
}

/** One webhook delivery of a TMF event (src/platform/tmf/hub.ts `publishTmfEvent`). */
export async function insertWebhookDelivery(
  tx: Tx,
  d: {
    id: string;
    callback: string;
    eventType: string;
    body: string;
    template: string;
    entityType: string;
    entityId: string;
    maxAttempts: number;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO outbox (tenant_id, id, channel, recipient, subject, body_text, template, locale, entity_type, entity_id,
                         max_attempts, next_attempt_at, created_at)
     VALUES (relais_tenant(), $1, 'webhook', $2, $3, $4, $5, 'fr', $6, $7, $8, $9, $9)`,
    [d.id, d.callback, d.eventType, d.body, d.template, d.entityType, d.entityId, d.maxAttempts, d.at],
  );
}
