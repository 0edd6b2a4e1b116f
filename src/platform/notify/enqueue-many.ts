/**
 * Many e-mails and SMS into the outbox at once, in the caller's tenant transaction: the same
 * checks, rendering and rows as enqueueSms / enqueueEmail / enqueueModuleEmail (outbox.ts), written
 * by one statement. An import's batch crossing hundreds of alerts would otherwise pay a round trip
 * per message. Each message's id is drawn when it is prepared, so the outbox lists them in the order
 * they were prepared, as one-by-one enqueues would.
 */
import { newId } from '../clock.ts';
import type { Tx } from '../db/db.ts';
import { AppError } from '../errors.ts';
import { isEmailAddress } from './email-address.ts';
import type { EnqueueEmailInput, EnqueueSmsInput, EnqueueTemplateEmailInput } from './outbox.ts';
import type { NewOutboxRow } from './outbox-store.ts';
import { insertOutboxMany } from './outbox-many-store.ts';
import {
  LOCALES,
  isSensitiveTemplate,
  renderModuleTemplate,
  type Locale,
  type ModuleTemplate,
  type RenderedMessage,
  type TemplateName,
} from './templates.ts';

/** A message checked and rendered, its id drawn, waiting for enqueueMany. */
export type PreparedMessage = Omit<NewOutboxRow, 'tenantId'>;

export type ModuleEmailInput<D> = Omit<EnqueueTemplateEmailInput<TemplateName>, 'template' | 'data'> & {
  data: D;
};

/** enqueueSms's checks and row, not written yet. */
export function preparedSms(input: EnqueueSmsInput): PreparedMessage {
  if (!/^\+[1-9][0-9]{6,14}$/.test(input.to)) throw new Error('enqueueSms: the recipient must be E.164');
  if (/[\r\n]/.test(input.title)) throw new Error('enqueueSms: the title must be a single line');
  return {
    id: newId(),
    channel: 'sms',
    to: input.to,
    subject: input.title,
    text: input.text,
    html: null,
    template: input.template,
    locale: input.locale,
    entityType: input.entityType ?? null,
    entityId: input.entityId ?? null,
    maxAttempts: null,
    sensitive: false,
    now: input.now,
  };
}

/**
 * enqueueEmail's checks and row, not written yet: one address, no display name, no line breaks
 * (header injection). An address stored before this validation existed is a client's problem to
 * fix (422), not a crash.
 */
export function preparedEmail(input: EnqueueEmailInput): PreparedMessage {
  if (!isEmailAddress(input.to)) throw new AppError('outbox.recipient_invalid', { email: input.to });
  if (/[\r\n]/.test(input.subject)) throw new Error('enqueueEmail: the subject must be a single line');
  if (!LOCALES.includes(input.locale))
    throw new Error(`enqueueEmail: unknown locale "${String(input.locale)}"`);
  return {
    id: newId(),
    channel: 'email',
    to: input.to,
    subject: input.subject,
    text: input.text,
    html: input.html ?? null,
    template: input.template,
    locale: input.locale,
    entityType: input.entityType ?? null,
    entityId: input.entityId ?? null,
    maxAttempts: input.maxAttempts ?? null,
    sensitive: input.sensitive ?? isSensitiveTemplate(input.template),
    now: input.now,
  };
}

/** enqueueModuleEmail's rendering, checks and row, not written yet. */
export function preparedModuleEmail<D>(
  template: ModuleTemplate<D>,
  input: ModuleEmailInput<D>,
): PreparedMessage {
  return emailRow(template, input, renderModuleTemplate(template, input.locale, input.data));
}

/**
 * preparedModuleEmail of one message to many recipients (an alert to every staff user): its data
 * per language, rendered once per language rather than once per recipient, the same row each.
 */
export function preparedModuleEmails<D>(
  template: ModuleTemplate<D>,
  recipients: readonly { to: string; locale: Locale }[],
  input: Omit<ModuleEmailInput<D>, 'to' | 'locale' | 'data'> & { data: (locale: Locale) => D },
): PreparedMessage[] {
  const rendered = new Map<Locale, RenderedMessage>();
  return recipients.map(({ to, locale }) => {
    let r = rendered.get(locale);
    if (!r) {
      r = renderModuleTemplate(template, locale, input.data(locale));
      rendered.set(locale, r);
    }
    return emailRow(template, { ...input, to, locale }, r);
  });
}

/** A rendered module e-mail's row, checked as every e-mail is (preparedEmail). */
function emailRow<D>(
  template: ModuleTemplate<D>,
  input: Omit<ModuleEmailInput<D>, 'data'>,
  rendered: RenderedMessage,
): PreparedMessage {
  return preparedEmail({
    to: input.to,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    template: template.name,
    locale: input.locale,
    entityType: input.entityType,
    entityId: input.entityId,
    now: input.now,
    sensitive: template.sensitive === true,
  });
}

/** Writes prepared messages, in their order, in one statement. */
export async function enqueueMany(tx: Tx, ms: readonly PreparedMessage[]): Promise<void> {
  if (ms.length === 0) return;
  const tenantId = tx.tenantId;
  if (tenantId === null) throw new Error('the outbox needs a tenant transaction (use tx.scoped)');
  await insertOutboxMany(
    tx,
    ms.map((m) => ({ ...m, tenantId })),
  );
}

export function enqueueSmsMany(tx: Tx, inputs: readonly EnqueueSmsInput[]): Promise<void> {
  return enqueueMany(tx, inputs.map(preparedSms));
}

export function enqueueModuleEmailMany<D>(
  tx: Tx,
  template: ModuleTemplate<D>,
  inputs: readonly ModuleEmailInput<D>[],
): Promise<void> {
  return enqueueMany(
    tx,
    inputs.map((i) => preparedModuleEmail(template, i)),
  );
}
