import type { Ctx } from '../../platform/context.ts';
import { UUID_RE } from '../../platform/db/db.ts';
import { AppError, type ErrorCode, type FieldIssue } from '../../platform/errors.ts';
import { parsePhone } from '../../platform/phone.ts';
import { errorMessage } from '../../platform/i18n/messages.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Currency } from '../../platform/money/index.ts';
import {
  DEFAULT_OPERATORS,
  operatorFor,
  type Channel,
  type IncidentFacts,
  type Operator,
  type Verdict,
} from './rules.ts';
import { newId } from '../../platform/clock.ts';
import { readable } from './labels.ts';
import { infoOf, type Env, type WrittenInput } from './views.ts';
import * as incidentStore from './incident-store.ts';
import * as interventionStore from './intervention-store.ts';
import * as timelineStore from './timeline-store.ts';
import * as settingsStore from './settings-store.ts';

/**
 * What every use case of the desk does the same way: read the tenant's calendar, load the
 * incident (locked when it changes) or an intervention, turn a rule's refusal into an AppError in
 * the caller's words, check typed phones, and audit on the customer's account.
 */

/** The tenant's calendar (country, zone) and currency. */
export async function env(ctx: Ctx): Promise<Env> {
  const t = await settingsStore.tenantCalendar(ctx.tx);
  const currency: Currency = t.country === 'IL' ? 'ILS' : 'EUR';
  return { cal: { country: t.country, zone: t.timeZone }, currency };
}

/**
 * Issue 10: every phone typed on an incident goes through the customer's phone rule (ACC-02,
 * E.164 for the tenant's country); all bad numbers are reported at once, each on its field.
 */
export async function checkedPhones(
  ctx: Ctx,
  phones: { pointer: string; input: string }[],
): Promise<string[]> {
  if (phones.length === 0) return [];
  const { country } = await settingsStore.tenantCalendar(ctx.tx);
  const issues: FieldIssue[] = [];
  let firstParams: Record<string, string> | null = null;
  const out: string[] = [];
  for (const p of phones) {
    const parsed = parsePhone(p.input, country);
    if (parsed.ok) out.push(parsed.e164);
    else {
      firstParams ??= parsed.params;
      const detail = errorMessage('support.phone_invalid', ctx.locale, parsed.params).detail;
      issues.push({ pointer: p.pointer, code: 'support.phone_invalid', detail });
    }
  }
  if (firstParams) throw new AppError('support.phone_invalid', firstParams, issues);
  return out;
}

/** A rule's refusal as an AppError, its parameters named in the caller's language (on a field when given). */
export function fail(ctx: Ctx, v: Verdict, pointer?: string): void {
  if (v.ok) return;
  const code = v.code as ErrorCode;
  const params = readable(ctx.locale, v.params);
  throw new AppError(
    code,
    params,
    pointer ? [{ pointer, code, detail: errorMessage(code, ctx.locale, params).detail }] : [],
  );
}

/** NET-05: an appointment's slot is to come and ends after it starts. */
export function checkedSlot(
  ctx: Ctx,
  slotStart: string,
  slotEnd: string,
  pointer = '/body/slotStart',
): { start: Date; end: Date } {
  const start = new Date(slotStart);
  const end = new Date(slotEnd);
  if (!(end.getTime() > start.getTime()) || start.getTime() < ctx.now.getTime())
    throw new AppError('support.slot_invalid', {}, [{ pointer, code: 'support.slot_invalid', detail: '' }]);
  return { start, end };
}

/** The incident, attached or « à rattacher », locked when `lock`; 404 otherwise. */
export async function loadAny(ctx: Ctx, id: string, lock = false): Promise<incidentStore.IncidentRow> {
  if (!UUID_RE.test(id)) throw new AppError('resource.not_found');
  const row = await incidentStore.getIncident(ctx.tx, id, lock);
  if (!row) throw new AppError('resource.not_found');
  return row;
}

/**
 * The incident a desk action works on, locked for the change when `lock` (SUP-02/SUP-03 guards
 * cannot race); 404 otherwise, 409 while it is « à rattacher » (no customer, maybe no service: an
 * agent attaches it first).
 */
export async function load(ctx: Ctx, id: string, lock = false): Promise<incidentStore.AttachedIncidentRow> {
  const row = await loadAny(ctx, id, lock);
  if (!incidentStore.isAttached(row)) throw new AppError('support.incident_unattached');
  return row;
}

/** One intervention of the incident; 404 otherwise. */
export async function loadIntervention(
  ctx: Ctx,
  incidentId: string,
  id: string,
): Promise<interventionStore.InterventionRow> {
  if (!UUID_RE.test(id)) throw new AppError('resource.not_found');
  const i = await interventionStore.getIntervention(ctx.tx, incidentId, id);
  if (!i) throw new AppError('resource.not_found');
  return i;
}

/** An event on the incident's timeline: now, by the request's actor. */
export function recordEvent(
  ctx: Ctx,
  incidentId: string,
  kind: string,
  channel: Channel | null,
  data: object,
): Promise<void> {
  return timelineStore.insertEvent(ctx.tx, {
    id: newId(),
    incidentId,
    at: ctx.now,
    kind,
    channel,
    actor: ctx.actor.label,
    data,
  });
}

/**
 * Audited on the account, so that every incident event shows in the customer's history (CS-01);
 * on the incident itself while it is « à rattacher ».
 */
export const audit = (
  ctx: Ctx,
  r: incidentStore.IncidentRow,
  action: string,
  after?: unknown,
  before?: unknown,
) =>
  recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    ...(r.account_id === null
      ? { entityType: 'incident', entityId: r.id, entityLabel: r.reference }
      : {
          entityType: 'account',
          entityId: r.account_id,
          entityLabel: `${r.account_name ?? ''} (${r.account_reference ?? ''})`,
        }),
    action,
    before,
    after: after === undefined ? { incident: r.reference } : { incident: r.reference, ...(after as object) },
  });

/** What the state machine's guards read of an incident (rules.ts IncidentFacts). */
export async function factsOf(ctx: Ctx, r: incidentStore.AttachedIncidentRow): Promise<IncidentFacts> {
  const checks = await timelineStore.listChecks(ctx.tx, r.id);
  const consents = await timelineStore.listConsents(ctx.tx, r.id);
  const interventions = await interventionStore.listInterventions(ctx.tx, r.id);
  return {
    state: r.state,
    service: r.service,
    confirmedChecks: new Set(checks.map((c) => c.check_code)),
    info: infoOf(r),
    hasConsent: consents.length > 0,
    openInterventions: interventions.filter((i) => i.status === 'planned').length,
  };
}

/**
 * SUP-02/SUP-03: what the customer wrote (a confirmed check, a consent) as the timeline keeps it:
 * who wrote, when (now unless given), through which channel, and the agent who recorded it.
 */
export function writtenStatement(ctx: Ctx, input: WrittenInput) {
  return {
    by: input.by.trim(),
    at: input.at ? new Date(input.at) : ctx.now,
    channel: input.channel,
    text: input.text.trim(),
    recordedBy: ctx.actor.label,
    now: ctx.now,
  };
}

/**
 * NET-03/NET-05: where an incident's operator e-mails go: the operator chosen on it or serving its
 * service, else the single operator address of the desk's settings.
 */
export async function operatorContact(
  ctx: Ctx,
  r: Pick<incidentStore.AttachedIncidentRow, 'service' | 'operator_code'>,
  s: settingsStore.SupportSettings,
): Promise<{ operator: Operator | null; email: string; name: string }> {
  const operator = operatorFor(
    await settingsStore.operators(ctx.tx, DEFAULT_OPERATORS),
    r.service,
    r.operator_code,
  );
  return { operator, email: operator?.email ?? s.operator_email, name: operator?.name ?? s.operator_name };
}
