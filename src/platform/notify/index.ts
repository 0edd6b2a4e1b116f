export {
  enqueueEmail,
  enqueueTemplateEmail,
  getOutboxMessage,
  listOutbox,
  retryOutboxMessage,
  OUTBOX_STATUSES,
  type EnqueueEmailInput,
  type EnqueueTemplateEmailInput,
  type ListOutboxQuery,
  type OutboxMessage,
  type OutboxStatus,
  type OutboxSummary,
} from './outbox.ts';
export {
  renderTemplate,
  escapeHtml,
  isTemplateName,
  isSensitiveTemplate,
  LOCALES,
  TEMPLATE_NAMES,
  type Locale,
  type RenderedMessage,
  type TemplateData,
  type TemplateName,
} from './templates.ts';
export {
  createMailer,
  isPermanentMailError,
  messageIdFor,
  type Mailer,
  type MailerConfig,
  type OutgoingEmail,
  type TransportName,
} from './mailer.ts';
export {
  deliverOutbox,
  defaultOutboxBackoff,
  DEFAULT_OUTBOX_LEASE_MS,
  type DeliverOutboxOptions,
  type DeliveryReport,
} from './deliver.ts';
