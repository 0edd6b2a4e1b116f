/**
 * The outbox: every notification is a row written in the same transaction as the change that
 * causes it, so a rolled-back change sends nothing and a committed one cannot lose its e-mail.
 * The worker delivers the rows (deliver.ts). These functions run in the caller's tenant transaction.
 */
import { UUID_RE, type Tx } from '../db/db.ts';
import { AppError } from '../errors.ts';
import { preparedEmail, preparedModuleEmail, preparedSms, type ModuleEmailInput } from './enqueue-many.ts';
import { checkPageBounds, type Page } from '../http/pagination.ts';
import {
  OUTBOX_STATUSES,
  countOutbox,
  insertOutbox,
  selectOutbox,
  selectOutboxPage,
  updateOutboxRetry,
  type OutboxMessage,
  type OutboxStatus,
  type OutboxSummary,
} from './outbox-store.ts';
import {
  renderTemplate,
  type Locale,
  type ModuleTemplate,
  type TemplateData,
  type TemplateName,
} from './templates.ts';

export type { OutboxMessage, OutboxStatus, OutboxSummary } from './outbox-store.ts';
export { OUTBOX_STATUSES } from './outbox-store.ts';

export interface EnqueueEmailInput {
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  /** Template name, kept for the mailbox view and statistics. */
  template: string;
  locale: Locale;
  entityType?: string;
  entityId?: string;
  /** The request's instant: created_at, and the first delivery attempt is due then. */
  now: Date;
  maxAttempts?: number;
  /** Defaults to whether the template is about a user's access (SENSITIVE_TEMPLATES). */
  sensitive?: boolean;
}

function requireTenant(tx: Tx): string {
  if (tx.tenantId === null) throw new Error('the outbox needs a tenant transaction (use tx.scoped)');
  return tx.tenantId;
}

export async function enqueueEmail(tx: Tx, input: EnqueueEmailInput): Promise<OutboxMessage> {
  const tenantId = requireTenant(tx);
  return insertOutbox(tx, { tenantId, ...preparedEmail(input) });
}

export interface EnqueueSmsInput {
  /** E.164 (+33612345678). */
  to: string;
  /** What the outbox lists as the message's title (an SMS has no subject). */
  title: string;
  text: string;
  template: string;
  locale: Locale;
  entityType?: string;
  entityId?: string;
  now: Date;
}

/**
 * An SMS in the outbox, in the caller's transaction (issue 12): the worker sends it through the
 * SMS gateway (deliverSms), or into the local SMS box without SMS_URL.
 */
export async function enqueueSms(tx: Tx, input: EnqueueSmsInput): Promise<OutboxMessage> {
  const tenantId = requireTenant(tx);
  return insertOutbox(tx, { tenantId, ...preparedSms(input) });
}

export interface EnqueueTemplateEmailInput<K extends TemplateName> {
  to: string;
  template: K;
  locale: Locale;
  data: TemplateData[K];
  entityType?: string;
  entityId?: string;
  now: Date;
}

/** renderTemplate + enqueueEmail in one call. */
export function enqueueTemplateEmail<K extends TemplateName>(
  tx: Tx,
  input: EnqueueTemplateEmailInput<K>,
): Promise<OutboxMessage> {
  const rendered = renderTemplate(input.template, input.locale, input.data);
  return enqueueEmail(tx, {
    to: input.to,
    ...rendered,
    template: input.template,
    locale: input.locale,
    ...(input.entityType === undefined ? {} : { entityType: input.entityType }),
    ...(input.entityId === undefined ? {} : { entityId: input.entityId }),
    now: input.now,
  });
}

/**
 * The e-mail of a template a module declares: the row preparedModuleEmail renders and checks (the
 * batch insert's too), written now.
 */
export function enqueueModuleEmail<D>(
  tx: Tx,
  template: ModuleTemplate<D>,
  input: ModuleEmailInput<D>,
): Promise<OutboxMessage> {
  const message = preparedModuleEmail(template, input);
  return insertOutbox(tx, { tenantId: requireTenant(tx), ...message });
}

export interface ListOutboxQuery {
  status?: OutboxStatus;
  /** 'local' lists the local mailbox, 'local_sms' the local SMS box; 'smtp'/'sms_http' what went out. */
  transport?: 'smtp' | 'local' | 'local_sms' | 'sms_http';
  /** The messages about one entity (a customer page lists the e-mails sent about the account). */
  entityType?: string;
  entityId?: string;
  /** E-mails and SMS only, without the TM Forum hub's event deliveries (TMF681). */
  messagesOnly?: boolean;
  limit: number;
  offset: number;
}

/** Newest first, without bodies (fetch one message to see it; access messages' bodies are for admins). */
export async function listOutbox(tx: Tx, query: ListOutboxQuery): Promise<Page<OutboxSummary>> {
  const tenantId = requireTenant(tx);
  checkPageBounds(query);
  if (query.status !== undefined && !OUTBOX_STATUSES.includes(query.status)) {
    throw new Error(`unknown outbox status "${String(query.status)}"`);
  }
  const items = await selectOutboxPage(
    tx,
    tenantId,
    query.status,
    query.limit,
    query.offset,
    query.transport,
    query.entityType,
    query.entityId,
    query.messagesOnly,
  );
  const total = await countOutbox(
    tx,
    tenantId,
    query.status,
    query.transport,
    query.entityType,
    query.entityId,
    query.messagesOnly,
  );
  return { items, total, limit: query.limit, offset: query.offset };
}

export async function getOutboxMessage(tx: Tx, id: string): Promise<OutboxMessage | undefined> {
  const tenantId = requireTenant(tx);
  // A malformed id cannot exist; answering "not found" beats a uuid cast error (a 500).
  if (!UUID_RE.test(id)) return undefined;
  return selectOutbox(tx, tenantId, id, false);
}

/** Puts a failed message back in the queue, due now, with a fresh set of attempts. */
export async function retryOutboxMessage(tx: Tx, id: string, now: Date): Promise<OutboxMessage> {
  const tenantId = requireTenant(tx);
  const message = UUID_RE.test(id) ? await selectOutbox(tx, tenantId, id, true) : undefined;
  if (!message) throw new AppError('resource.not_found', { type: 'outbox_message', id });
  if (message.status !== 'failed') throw new AppError('outbox.not_retryable', { id, status: message.status });
  // A withdrawn access message has no body left to send (its link was used or replaced).
  if (message.sensitive && message.text === '')
    throw new AppError('outbox.not_retryable', { id, status: message.status });
  return updateOutboxRetry(tx, tenantId, id, now);
}
