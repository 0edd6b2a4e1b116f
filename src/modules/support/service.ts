import { DateTime } from 'luxon';
import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError, type ErrorCode, type FieldIssue } from '../../platform/errors.ts';
import { parsePhone } from '../../platform/phone.ts';
import { errorMessage } from '../../platform/i18n/messages.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { enqueueTemplateEmail } from '../../platform/notify/index.ts';
import { formatMoney, money, type Currency, type Money } from '../../platform/money/index.ts';
import type { Page } from '../../platform/http/pagination.ts';
import {
  CHECKS_BY_SERVICE,
  DEFAULT_OPERATORS,
  DEFAULT_TARIFF,
  FAULT_FIXED,
  REQUIRED_INFO,
  TRANSITIONS,
  chargesWaivedByExpertise,
  checkContest,
  checkOperatorReminder,
  checkPlanIntervention,
  checkReschedule,
  checkSavPlusStep,
  checkTransition,
  contestDeadline,
  costSummary,
  declarationNotice,
  isOverdue,
  missingChecks,
  missingInformation,
  nextSavPlusStep,
  operatorFor,
  qualify,
  savPlusCancellationFee,
  savPlusFreeCancellation,
  slaStatus,
  toICalendar,
  toKbps,
  type Calendar,
  type Channel,
  type ChargeStatus,
  type IncidentFacts,
  type IncidentState,
  type InterventionKind,
  type Operator,
  type Priority,
  type RequiredInfo,
  type RequiredInfoField,
  type SavPlusStep,
  type Service,
  type SlaState,
  type SpeedUnit,
  type TariffLine,
  type Verdict,
} from './rules.ts';
import * as store from './store.ts';
import { scheduleSlaCheck } from './sla-actions.ts';
import { publishTmfEvent } from '../../platform/tmf/hub.ts';
import { toTmfAppointment, toTmfTicket } from './tmf.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';

/** French and English labels of the checks (SUP-01/SUP-02), for e-mails; the UI has its own. */
export const CHECK_LABELS: Record<string, { fr: string; en: string }> = {
  restart: { fr: 'Redémarrage des équipements', en: 'Equipment restarted' },
  internal_wiring: { fr: 'Câblage interne vérifié', en: 'Internal wiring checked' },
  electrical_disturbances: {
    fr: 'Perturbations électriques écartées',
    en: 'Electrical disturbances ruled out',
  },
  modem_head_of_line: { fr: 'Modem branché en tête de ligne', en: 'Modem at the head of the line' },
  modem_swap: { fr: 'Échange du modem', en: 'Modem swapped' },
  cabling: { fr: 'Câblage vérifié', en: 'Cabling checked' },
};

const INFO_LABELS: Record<RequiredInfoField, string> = {
  siteContactName: 'Contact sur site',
  siteContactPhone: 'Téléphone du contact',
  siteOpeningHours: "Horaires d'ouverture",
  modemMakeModel: 'Modem (marque, modèle)',
  routerMakeModel: 'Routeur (marque, modèle)',
  modemLedStates: 'État des voyants du modem',
};

/** SUP-08: the points of the line the SAV+ follows, in French and English. */
export const SAV_PLUS_STEP_LABELS: Record<SavPlusStep, { fr: string; en: string }> = {
  site_tests: { fr: 'Tests sur site', en: 'Site tests' },
  main_frame: { fr: 'Répartiteur', en: 'Main frame' },
  sub_frame: { fr: 'Sous-répartiteur', en: 'Sub-frame' },
  concentration_point: { fr: 'Point de concentration', en: 'Concentration point' },
  second_site_visit: { fr: 'Second passage sur site', en: 'Second site visit' },
};

export interface SavPlusStepView {
  id: string;
  step: SavPlusStep;
  faultShown: boolean;
  downKbps: number;
  upKbps: number;
  note: string;
  measuredAt: string;
  recordedBy: string;
  recordedAt: string;
}

export interface ChargeView {
  id: string;
  interventionId: string | null;
  code: string;
  label: string;
  amount: Money;
  status: ChargeStatus;
  notifiedAt: string;
  contestDeadline: string;
  contestable: boolean;
  contestedAt: string | null;
  contestText: string | null;
  waivedAt: string | null;
  waivedReason: string | null;
}

export interface InterventionView {
  id: string;
  kind: InterventionKind;
  slotStart: string;
  slotEnd: string;
  address: string;
  reachablePhones: string[];
  technicianCallsFirst: boolean;
  referent: string | null;
  status: 'planned' | 'qualified' | 'cancelled';
  qualification: string | null;
  plannedAt: string;
  qualifiedAt: string | null;
  cancelledAt: string | null;
  /** SUP-08: the measurements of a SAV+ appointment, and the point expected next (null: over). */
  savPlusSteps: SavPlusStepView[];
  nextSavPlusStep: SavPlusStep | null;
  /** NET-05: past its slot without an outcome ("en retard"). */
  overdue: boolean;
  /**
   * SUP-09: a planned SAV+ appointment can be cancelled free of charge until this instant (48
   * business hours before the slot); null for other appointments, which cancel free at any time.
   */
  freeCancellationUntil: string | null;
}

export interface WrittenView {
  id: string;
  by: string;
  at: string;
  channel: Channel;
  text: string;
  recordedBy: string;
  recordedAt: string;
}

export interface ActionView {
  action: string;
  allowed: boolean;
  code: string | null;
  reason: string | null;
}

export interface SlaView {
  risk: SlaState;
  firstResponse: { state: SlaState; elapsedHours: number; targetHours: number };
  resolution: { state: SlaState; elapsedHours: number; targetHours: number };
}

export interface Incident {
  id: string;
  reference: string;
  accountId: string;
  accountName: string;
  accountReference: string;
  service: Service;
  /** TMF621 ticketType: the standard's kind of ticket ("incident", "request"…), not the service. */
  ticketType: string;
  channel: Channel;
  priority: Priority;
  state: IncidentState;
  title: string;
  description: string;
  information: Record<RequiredInfoField, string | null>;
  openedAt: string;
  firstResponseAt: string | null;
  escalatedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  sla: SlaView;
  /** Issue 4 item 7: the operator the incident escalates to (its e-mail template follows). */
  operatorCode: string | null;
  operatorName: string | null;
  overdue: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface TimelineEntry {
  at: string;
  kind: string;
  title: string;
  detail: string;
  channel: Channel | null;
  by: string | null;
}

export interface IncidentDetail extends Incident {
  notice: { checks: string[]; minimum: Money | null };
  missingChecks: string[];
  missingInformation: string[];
  checks: (WrittenView & { check: string })[];
  consents: WrittenView[];
  interventions: InterventionView[];
  charges: ChargeView[];
  costs: { due: Money; waived: Money };
  emails: { id: string; to: string; subject: string; template: string; status: string; createdAt: string }[];
  actions: ActionView[];
  timeline: TimelineEntry[];
  customerServiceEmail: string;
}

interface Env {
  cal: Calendar;
  currency: Currency;
}

async function env(ctx: Ctx): Promise<Env> {
  const t = await store.tenantCalendar(ctx.tx);
  const currency: Currency = t.country === 'IL' ? 'ILS' : 'EUR';
  return { cal: { country: t.country, zone: t.timeZone }, currency };
}

/**
 * Issue 10: every phone typed on an incident goes through the customer's phone rule (ACC-02,
 * E.164 for the tenant's country); all bad numbers are reported at once, each on its field.
 */
async function checkedPhones(ctx: Ctx, phones: { pointer: string; input: string }[]): Promise<string[]> {
  if (phones.length === 0) return [];
  const { country } = await store.tenantCalendar(ctx.tx);
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

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;
const eur = (cents: number, currency: Currency): Money => money(cents, currency, false);

function infoOf(r: store.IncidentRow): Record<RequiredInfoField, string | null> {
  return {
    siteContactName: r.site_contact_name,
    siteContactPhone: r.site_contact_phone,
    siteOpeningHours: r.site_opening_hours,
    modemMakeModel: r.modem_make_model,
    routerMakeModel: r.router_make_model,
    modemLedStates: r.modem_led_states,
  };
}

function toIncident(r: store.IncidentRow, e: Env, now: Date): Incident {
  const sla = slaStatus({
    priority: r.priority,
    openedAt: r.opened_at,
    firstResponseAt: r.first_response_at,
    resolvedAt: r.resolved_at,
    pauses: store.pausesOf(r),
    now,
    cal: e.cal,
  });
  return {
    id: r.id,
    reference: r.reference,
    accountId: r.account_id,
    accountName: r.account_name,
    accountReference: r.account_reference,
    service: r.service,
    ticketType: r.ticket_type,
    channel: r.channel,
    priority: r.priority,
    state: r.state,
    title: r.title,
    description: r.description,
    information: infoOf(r),
    openedAt: r.opened_at.toISOString(),
    firstResponseAt: iso(r.first_response_at),
    escalatedAt: iso(r.escalated_at),
    resolvedAt: iso(r.resolved_at),
    closedAt: iso(r.closed_at),
    sla,
    operatorCode: r.operator_code,
    operatorName: r.operator_name,
    overdue: r.open_slot_end !== null && isOverdue('planned', r.open_slot_end, now),
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const STATE_LABELS: Record<IncidentState, { fr: string; en: string }> = {
  new: { fr: 'Nouveau', en: 'New' },
  diagnosis: { fr: 'Diagnostic', en: 'Diagnosis' },
  waiting_customer: { fr: 'En attente du client', en: 'Waiting for customer' },
  with_operator: { fr: 'Chez l’opérateur', en: 'With the operator' },
  intervention_planned: { fr: 'Intervention planifiée', en: 'Intervention planned' },
  resolved: { fr: 'Résolu', en: 'Resolved' },
  closed: { fr: 'Clos', en: 'Closed' },
};

const INFO_LABELS_EN: Record<RequiredInfoField, string> = {
  siteContactName: 'site contact',
  siteContactPhone: 'contact phone',
  siteOpeningHours: 'opening hours',
  modemMakeModel: 'modem make and model',
  routerMakeModel: 'router make and model',
  modemLedStates: 'modem LED states',
};

/** The rules speak in codes; the messages name states, checks and fields in the caller's language. */
function readable(ctx: Ctx, params: Record<string, string | number>): Record<string, string | number> {
  const lang = ctx.locale;
  const out = { ...params };
  for (const k of ['from', 'to'] as const) {
    const v = out[k];
    if (typeof v === 'string' && v in STATE_LABELS) out[k] = STATE_LABELS[v as IncidentState][lang];
  }
  if (typeof out.checks === 'string')
    out.checks = out.checks
      .split(', ')
      .map((c) => CHECK_LABELS[c]?.[lang] ?? c)
      .join(', ');
  for (const k of ['step', 'expected'] as const) {
    const v = out[k];
    if (typeof v === 'string' && v in SAV_PLUS_STEP_LABELS)
      out[k] = SAV_PLUS_STEP_LABELS[v as SavPlusStep][lang];
    else if (v === 'none') out[k] = lang === 'fr' ? 'aucune' : 'none';
  }
  if (typeof out.fields === 'string')
    out.fields = out.fields
      .split(', ')
      .map((f) => (lang === 'fr' ? INFO_LABELS : INFO_LABELS_EN)[f as RequiredInfoField] ?? f)
      .join(', ');
  return out;
}

function fail(ctx: Ctx, v: Verdict, pointer?: string): void {
  if (v.ok) return;
  const code = v.code as ErrorCode;
  const params = readable(ctx, v.params);
  throw new AppError(
    code,
    params,
    pointer ? [{ pointer, code, detail: errorMessage(code, ctx.locale, params).detail }] : [],
  );
}

async function load(ctx: Ctx, id: string, lock = false): Promise<store.IncidentRow> {
  if (!UUID_RE.test(id)) throw new AppError('resource.not_found');
  const row = await store.getIncident(ctx.tx, id, lock);
  if (!row) throw new AppError('resource.not_found');
  return row;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Audited on the account, so that every incident event shows in the customer's history (CS-01). */
const audit = (ctx: Ctx, r: store.IncidentRow, action: string, after?: unknown, before?: unknown) =>
  recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'account',
    entityId: r.account_id,
    entityLabel: `${r.account_name} (${r.account_reference})`,
    action,
    before,
    after: after === undefined ? { incident: r.reference } : { incident: r.reference, ...(after as object) },
  });

async function factsOf(ctx: Ctx, r: store.IncidentRow): Promise<IncidentFacts> {
  const checks = await store.listChecks(ctx.tx, r.id);
  const consents = await store.listConsents(ctx.tx, r.id);
  const interventions = await store.listInterventions(ctx.tx, r.id);
  return {
    state: r.state,
    service: r.service,
    confirmedChecks: new Set(checks.map((c) => c.check_code)),
    info: infoOf(r),
    hasConsent: consents.length > 0,
    openInterventions: interventions.filter((i) => i.status === 'planned').length,
  };
}

function when(d: Date, cal: Calendar, lang: 'fr' | 'en' = 'fr'): string {
  const fmt = lang === 'fr' ? "cccc d LLLL yyyy 'à' HH:mm" : "cccc d LLLL yyyy 'at' HH:mm";
  return DateTime.fromJSDate(d).setZone(cal.zone).setLocale(lang).toFormat(fmt);
}

/** CS-01 channels by name, for e-mails: "(E-mail)", never "(email)" (issue 10). */
export const CHANNEL_LABELS: Record<Channel, { fr: string; en: string }> = {
  phone: { fr: 'téléphone', en: 'phone' },
  email: { fr: 'e-mail', en: 'e-mail' },
  chat: { fr: 'chat', en: 'chat' },
  web_form: { fr: 'formulaire web', en: 'web form' },
  social: { fr: 'réseau social', en: 'social network' },
  post: { fr: 'courrier', en: 'post' },
  shop: { fr: 'boutique', en: 'shop' },
};

const KIND_LABELS: Record<InterventionKind, { fr: string; en: string }> = {
  on_site: { fr: 'Intervention sur site', en: 'On-site intervention' },
  expertise: { fr: 'Expertise ADSL', en: 'ADSL expertise' },
  sav_plus: { fr: 'SAV+', en: 'SAV+' },
};

/** SUP-04: the outcome outside the tariff ("found and fixed" charges nothing). */
const QUALIFICATION_LABELS: Record<string, { fr: string; en: string }> = {
  [FAULT_FIXED]: { fr: 'Défaut trouvé et corrigé', en: 'Fault found and fixed' },
};

function labelOf(lines: readonly TariffLine[], code: string, lang: 'fr' | 'en'): string {
  const line = lines.find((l) => l.code === code);
  return line ? (lang === 'fr' ? line.labelFr : line.labelEn) : code;
}

const PRIORITY_LABELS: Record<Priority, { fr: string; en: string }> = {
  critical: { fr: 'Critique', en: 'Critical' },
  high: { fr: 'Haute', en: 'High' },
  normal: { fr: 'Normale', en: 'Normal' },
  low: { fr: 'Basse', en: 'Low' },
};

/**
 * CS-01: a timeline entry in the reader's words: states, fields and SAV+ points by their labels,
 * the information as a readable list; codes and JSON never reach the page.
 */
function eventText(ev: store.EventRow, lang: 'fr' | 'en'): { title: string; detail: string } {
  const d = ev.data;
  const summary = typeof d.summary === 'string' ? d.summary : '';
  const stateLabel = (v: unknown) =>
    typeof v === 'string' && v in STATE_LABELS ? STATE_LABELS[v as IncidentState][lang] : String(v);
  if (ev.kind === 'state_changed')
    return { title: stateLabel(d.to), detail: `${stateLabel(d.from)} → ${stateLabel(d.to)}` };
  if (ev.kind === 'information_updated') {
    const labels = lang === 'fr' ? INFO_LABELS : INFO_LABELS_EN;
    const parts = Object.entries(d).map(([k, v]) => {
      if (k === 'priority' && typeof v === 'string' && v in PRIORITY_LABELS)
        return `${lang === 'fr' ? 'Priorité' : 'Priority'} : ${PRIORITY_LABELS[v as Priority][lang]}`;
      const label = (labels as Record<string, string>)[k] ?? k;
      return `${label} : ${typeof v === 'string' && v ? v : '—'}`;
    });
    return { title: lang === 'fr' ? 'Informations' : 'Information', detail: parts.join(' ; ') };
  }
  if (ev.kind === 'sav_plus_step' && typeof d.step === 'string' && d.step in SAV_PLUS_STEP_LABELS) {
    const step = SAV_PLUS_STEP_LABELS[d.step as SavPlusStep][lang];
    const fault = d.faultShown
      ? lang === 'fr'
        ? 'défaut constaté'
        : 'fault found'
      : lang === 'fr'
        ? 'pas de défaut'
        : 'no fault';
    return { title: step, detail: `${step} — ${fault} — ${String(d.downKbps)} / ${String(d.upKbps)} kbit/s` };
  }
  return { title: ev.kind, detail: summary };
}

// ── reads ─────────────────────────────────────────────────────────────────────────────────────

export async function notice(
  ctx: Ctx,
  service: Service,
): Promise<{ checks: string[]; minimum: Money | null }> {
  const e = await env(ctx);
  const n = declarationNotice(service);
  return { checks: [...n.checks], minimum: n.minimumCents === null ? null : eur(n.minimumCents, e.currency) };
}

export async function tariff(ctx: Ctx): Promise<(TariffLine & { amount: Money | null })[]> {
  const e = await env(ctx);
  const lines = await store.tariff(ctx.tx, DEFAULT_TARIFF);
  return lines.map((l) => ({
    ...l,
    services: [...l.services],
    amount: l.amountCents === null ? null : eur(l.amountCents, e.currency),
  }));
}

/** Issue 4 item 7: the tenant's operators and the template each one receives. */
export async function listOperators(ctx: Ctx): Promise<Operator[]> {
  return (await store.operators(ctx.tx, DEFAULT_OPERATORS)).map((o) => ({
    ...o,
    services: [...o.services],
    requiredInfo: [...o.requiredInfo],
  }));
}

export interface IncidentListQuery {
  state?: IncidentState | undefined;
  priority?: Priority | undefined;
  service?: Service | undefined;
  accountId?: string | undefined;
  slaRisk?: 'at_risk' | 'breached' | undefined;
  open?: boolean | undefined;
  operator?: string | undefined;
  limit: number;
  offset: number;
}

/** The SLA depends on now, so the risk filter runs after the SQL filters (open desks are small). */
export async function listIncidents(ctx: Ctx, q: IncidentListQuery): Promise<Page<Incident>> {
  const e = await env(ctx);
  const rows = await store.listIncidents(ctx.tx, q);
  const all = rows
    .map((r) => toIncident(r, e, ctx.now))
    .filter((i) => !q.slaRisk || i.sla.risk === q.slaRisk);
  return {
    items: all.slice(q.offset, q.offset + q.limit),
    total: all.length,
    limit: q.limit,
    offset: q.offset,
  };
}

function toCharge(c: store.ChargeRow, now: Date): ChargeView {
  return {
    id: c.id,
    interventionId: c.intervention_id,
    code: c.code,
    label: c.label,
    amount: money(c.amount_cents, c.currency, false),
    status: c.status,
    notifiedAt: c.notified_at.toISOString(),
    contestDeadline: c.contest_deadline.toISOString(),
    contestable: checkContest(now, c.contest_deadline, c.status, '').ok,
    contestedAt: iso(c.contested_at),
    contestText: c.contest_text,
    waivedAt: iso(c.waived_at),
    waivedReason: c.waived_reason,
  };
}

function toSavPlusStep(s: store.SavPlusStepRow): SavPlusStepView {
  return {
    id: s.id,
    step: s.step,
    faultShown: s.fault_shown,
    downKbps: s.down_kbps,
    upKbps: s.up_kbps,
    note: s.note,
    measuredAt: s.measured_at.toISOString(),
    recordedBy: s.recorded_by,
    recordedAt: s.recorded_at.toISOString(),
  };
}

function toIntervention(
  i: store.InterventionRow,
  now: Date,
  cal: Calendar,
  steps: readonly store.SavPlusStepRow[] = [],
): InterventionView {
  const mine = steps.filter((s) => s.intervention_id === i.id);
  const done = mine.map((s) => ({ step: s.step, faultShown: s.fault_shown }));
  return {
    id: i.id,
    kind: i.kind,
    slotStart: i.slot_start.toISOString(),
    slotEnd: i.slot_end.toISOString(),
    address: i.address,
    reachablePhones: i.reachable_phones,
    technicianCallsFirst: i.technician_calls_first,
    referent: i.referent,
    status: i.status,
    qualification: i.qualification,
    plannedAt: i.planned_at.toISOString(),
    qualifiedAt: iso(i.qualified_at),
    cancelledAt: iso(i.cancelled_at),
    savPlusSteps: mine.map(toSavPlusStep),
    // SUP-08: only a planned SAV+ appointment takes measurements.
    nextSavPlusStep: i.kind === 'sav_plus' && i.status === 'planned' ? nextSavPlusStep(done) : null,
    overdue: isOverdue(i.status, i.slot_end, now),
    freeCancellationUntil:
      i.kind === 'sav_plus' && i.status === 'planned'
        ? savPlusFreeCancellation(now, i.slot_start, cal).freeUntil.toISOString()
        : null,
  };
}

function actionsOf(ctx: Ctx, f: IncidentFacts): ActionView[] {
  const view = (action: string, v: Verdict): ActionView =>
    v.ok
      ? { action, allowed: true, code: null, reason: null }
      : {
          action,
          allowed: false,
          code: v.code,
          reason: errorMessage(v.code as ErrorCode, ctx.locale, readable(ctx, v.params)).detail,
        };
  const out = TRANSITIONS[f.state]
    .filter((to) => to !== 'intervention_planned')
    .map((to) => view(`transition:${to}`, checkTransition(f, to)));
  out.push(view('plan_intervention', checkPlanIntervention(f, 'on_site')));
  return out;
}

/**
 * Every change of an incident goes through here: the row, then the TMF621 event a registered
 * listener receives (StatusChange when the state moves, AttributeValueChange otherwise), in the
 * same transaction.
 */
async function saveIncident(ctx: Ctx, id: string, patch: store.IncidentPatch): Promise<void> {
  await store.updateIncident(ctx.tx, id, patch, ctx.now);
  const eventType = patch.state ? 'TroubleTicketStatusChangeEvent' : 'TroubleTicketAttributeValueChangeEvent';
  await publishTmfEvent(ctx, 'TMF621', eventType, async () => ({
    troubleTicket: toTmfTicket(await getIncident(ctx, id)),
  }));
}

export async function getIncident(ctx: Ctx, id: string): Promise<IncidentDetail> {
  const r = await load(ctx, id);
  return detailOf(ctx, r);
}

async function detailOf(ctx: Ctx, r: store.IncidentRow): Promise<IncidentDetail> {
  const e = await env(ctx);
  const s = await store.settings(ctx.tx);
  const [checks, consents, interventions, charges, events, emails] = [
    await store.listChecks(ctx.tx, r.id),
    await store.listConsents(ctx.tx, r.id),
    await store.listInterventions(ctx.tx, r.id),
    await store.listCharges(ctx.tx, r.id),
    await store.listEvents(ctx.tx, r.id),
    await store.listEmails(ctx.tx, r.id),
  ];
  const savPlusSteps = await store.listSavPlusSteps(ctx.tx, r.id);
  const facts: IncidentFacts = {
    state: r.state,
    service: r.service,
    confirmedChecks: new Set(checks.map((c) => c.check_code)),
    info: infoOf(r),
    hasConsent: consents.length > 0,
    openInterventions: interventions.filter((i) => i.status === 'planned').length,
  };
  const n = declarationNotice(r.service);
  const costs = costSummary(charges.map((c) => ({ amountCents: c.amount_cents, status: c.status })));
  const chargeViews = charges.map((c) => toCharge(c, ctx.now));
  const lang = ctx.locale;
  const lines = await store.tariff(ctx.tx, DEFAULT_TARIFF);
  const qualificationLabel = (q: string | null): string | null =>
    q === null ? null : (QUALIFICATION_LABELS[q]?.[lang] ?? labelOf(lines, q, lang));
  const timeline: TimelineEntry[] = [
    ...events.map((ev) => ({
      at: ev.at.toISOString(),
      kind: ev.kind,
      ...eventText(ev, lang),
      channel: ev.channel,
      by: ev.actor_label,
    })),
    ...checks.map((c) => ({
      at: c.recorded_at.toISOString(),
      kind: 'check',
      title: CHECK_LABELS[c.check_code]?.[lang] ?? c.check_code,
      detail: c.text,
      channel: c.channel,
      by: c.confirmed_by,
    })),
    ...consents.map((c) => ({
      at: c.recorded_at.toISOString(),
      kind: 'consent',
      title: 'consent',
      detail: c.text,
      channel: c.channel,
      by: c.given_by,
    })),
    ...interventions.map((i) => ({
      at: i.planned_at.toISOString(),
      kind: 'intervention',
      title: KIND_LABELS[i.kind][lang],
      // The slot in the tenant's zone, then the outcome by its tariff label, never its code.
      detail: [
        `${when(i.slot_start, e.cal, lang)} — ${i.address}`,
        i.status === 'qualified' ? qualificationLabel(i.qualification) : null,
        i.status === 'cancelled' ? (lang === 'fr' ? 'annulée' : 'cancelled') : null,
      ]
        .filter(Boolean)
        .join(' · '),
      channel: null,
      by: null,
    })),
    ...charges.map((c) => ({
      at: c.created_at.toISOString(),
      kind: 'charge',
      title: c.label,
      detail: formatMoney(money(c.amount_cents, c.currency, false), 'fr-FR') + ' HT',
      channel: null,
      by: null,
    })),
    ...charges
      .filter((c) => c.contested_at)
      .map((c) => ({
        at: iso(c.contested_at) ?? '',
        kind: 'contest',
        title: c.label,
        detail: c.contest_text ?? '',
        channel: null,
        by: null,
      })),
    ...emails.map((m) => ({
      at: m.created_at.toISOString(),
      kind: 'email',
      title: m.subject,
      detail: m.recipient,
      channel: 'email' as const,
      by: null,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const written = (c: store.WrittenRow, by: string, at: Date): WrittenView => ({
    id: c.id,
    by,
    at: at.toISOString(),
    channel: c.channel,
    text: c.text,
    recordedBy: c.recorded_by,
    recordedAt: c.recorded_at.toISOString(),
  });
  return {
    ...toIncident(r, e, ctx.now),
    notice: {
      checks: [...n.checks],
      minimum: n.minimumCents === null ? null : eur(n.minimumCents, e.currency),
    },
    missingChecks: missingChecks(r.service, facts.confirmedChecks),
    missingInformation: missingInformation(r.service, facts.info),
    checks: checks.map((c) => ({ ...written(c, c.confirmed_by, c.confirmed_at), check: c.check_code })),
    consents: consents.map((c) => written(c, c.given_by, c.given_at)),
    interventions: interventions.map((i) => ({
      ...toIntervention(i, ctx.now, e.cal, savPlusSteps),
      qualificationLabel: qualificationLabel(i.qualification),
    })),
    charges: chargeViews,
    costs: { due: eur(costs.dueCents, e.currency), waived: eur(costs.waivedCents, e.currency) },
    emails: emails.map((m) => ({
      id: m.id,
      to: m.recipient,
      subject: m.subject,
      template: m.template,
      status: m.status,
      createdAt: m.created_at.toISOString(),
    })),
    actions: actionsOf(ctx, facts),
    timeline,
    customerServiceEmail: s.customer_service_email,
  };
}

// ── writes ────────────────────────────────────────────────────────────────────────────────────

export interface CreateIncidentInput {
  accountId: string;
  service: Service;
  channel: Channel;
  priority: Priority;
  title: string;
  description?: string | undefined;
  operatorCode?: string | undefined;
  /** TMF621 ticketType; "incident" when absent. */
  ticketType?: string | undefined;
}

export async function createIncident(
  ctx: Ctx,
  input: CreateIncidentInput,
  registry?: ActionRegistry,
): Promise<IncidentDetail> {
  if (!UUID_RE.test(input.accountId)) throw new AppError('support.account_unknown');
  const account = await ctx.tx.maybeOne<{ id: string; status: string }>(
    `SELECT id, status FROM customer_accounts WHERE id = $1`,
    [input.accountId],
  );
  if (!account) throw new AppError('support.account_unknown');
  // Issue 4 item 7: the operator chosen on the incident, else the one serving its service.
  const operator = operatorFor(
    await store.operators(ctx.tx, DEFAULT_OPERATORS),
    input.service,
    input.operatorCode ?? null,
  );
  if (input.operatorCode && !operator)
    throw new AppError('support.operator_unknown', { operator: input.operatorCode }, [
      { pointer: '/body/operatorCode', code: 'support.operator_unknown', detail: '' },
    ]);
  const id = newId();
  const reference = `INC-${String(await store.nextIncidentNumber(ctx.tx)).padStart(6, '0')}`;
  await store.insertIncident(ctx.tx, {
    id,
    reference,
    accountId: input.accountId,
    service: input.service,
    channel: input.channel,
    priority: input.priority,
    title: input.title.trim(),
    description: input.description?.trim() ?? '',
    operatorCode: operator?.code ?? null,
    ticketType: input.ticketType,
    now: ctx.now,
  });
  // CS-01: the first contact, from its channel, opens the incident's timeline.
  await store.insertEvent(ctx.tx, {
    id: newId(),
    incidentId: id,
    at: ctx.now,
    kind: 'contact',
    channel: input.channel,
    actor: ctx.actor.label,
    data: { summary: input.title.trim(), direction: 'inbound' },
  });
  const r = await load(ctx, id);
  await audit(ctx, r, 'incident.created', { service: r.service, channel: r.channel, priority: r.priority });
  if (registry) {
    const e = await env(ctx);
    // SLA: the worker checks the timers when they may cross a threshold and alerts the supervisors.
    await scheduleSlaCheck(ctx.tx, registry, {
      incidentId: id,
      priority: r.priority,
      openedAt: r.opened_at,
      cal: e.cal,
      createdBy: ctx.actor.id ?? 'system',
      now: ctx.now,
    });
  }
  const created = await detailOf(ctx, r);
  await publishTmfEvent(ctx, 'TMF621', 'TroubleTicketCreateEvent', () => ({
    troubleTicket: toTmfTicket(created),
  }));
  return created;
}

export type UpdateIncidentInput = Partial<Record<RequiredInfoField, string | null>> & {
  priority?: Priority | undefined;
};

const INFO_COLUMN: Record<RequiredInfoField, keyof store.IncidentPatch> = {
  siteContactName: 'site_contact_name',
  siteContactPhone: 'site_contact_phone',
  siteOpeningHours: 'site_opening_hours',
  modemMakeModel: 'modem_make_model',
  routerMakeModel: 'router_make_model',
  modemLedStates: 'modem_led_states',
};

/** SUP-02: the required information, and the priority (If-Match). */
export async function updateIncident(
  ctx: Ctx,
  id: string,
  version: number,
  input: UpdateIncidentInput,
): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  if (r.version !== version) throw new AppError('conflict.stale_version');
  if (r.state === 'closed') throw new AppError('support.incident_closed');
  const phone = input.siteContactPhone?.trim();
  if (phone) {
    const [e164] = await checkedPhones(ctx, [{ pointer: '/body/siteContactPhone', input: phone }]);
    input = { ...input, siteContactPhone: e164 ?? null };
  }
  const patch: store.IncidentPatch = {};
  const changed: RequiredInfo = {};
  for (const f of REQUIRED_INFO) {
    const v = input[f];
    if (v !== undefined) {
      const clean = v === null ? null : v.trim() || null;
      (patch as Record<string, string | null>)[INFO_COLUMN[f]] = clean;
      changed[f] = clean;
    }
  }
  if (input.priority) patch.priority = input.priority;
  await saveIncident(ctx, id, patch);
  await store.insertEvent(ctx.tx, {
    id: newId(),
    incidentId: id,
    at: ctx.now,
    kind: 'information_updated',
    channel: null,
    actor: ctx.actor.label,
    data: { ...changed, ...(input.priority ? { priority: input.priority } : {}) },
  });
  const after = await load(ctx, id);
  await audit(ctx, after, 'incident.updated', { ...changed, priority: after.priority });
  return detailOf(ctx, after);
}

export interface ContactInput {
  channel: Channel;
  direction: 'inbound' | 'outbound';
  summary: string;
}

/** CS-01: a contact on any channel lands in the incident's timeline and the customer's history. */
export async function addContact(ctx: Ctx, id: string, input: ContactInput): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  if (r.state === 'closed') throw new AppError('support.incident_closed');
  await store.insertEvent(ctx.tx, {
    id: newId(),
    incidentId: id,
    at: ctx.now,
    kind: 'contact',
    channel: input.channel,
    actor: ctx.actor.label,
    data: { summary: input.summary.trim(), direction: input.direction },
  });
  const patch: store.IncidentPatch = {};
  // SLA: the first answer to the customer stops the first-response timer.
  if (input.direction === 'outbound' && !r.first_response_at) patch.first_response_at = ctx.now;
  await saveIncident(ctx, id, patch);
  await audit(ctx, r, 'incident.contact_added', { channel: input.channel, direction: input.direction });
  return detailOf(ctx, await load(ctx, id));
}

export interface WrittenInput {
  by: string;
  at?: string | undefined;
  channel: Channel;
  text: string;
}

export async function confirmCheck(
  ctx: Ctx,
  id: string,
  input: WrittenInput & { check: string },
): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  if (r.state === 'closed') throw new AppError('support.incident_closed');
  // SUP-02: only the checks of the incident's service exist.
  if (!(CHECKS_BY_SERVICE[r.service] as readonly string[]).includes(input.check))
    throw new AppError('support.check_unknown', { check: input.check, service: r.service }, [
      { pointer: '/body/check', code: 'support.check_unknown', detail: '' },
    ]);
  const inserted = await store.insertCheck(ctx.tx, {
    id: newId(),
    incidentId: id,
    check: input.check,
    by: input.by.trim(),
    at: input.at ? new Date(input.at) : ctx.now,
    channel: input.channel,
    text: input.text.trim(),
    recordedBy: ctx.actor.label,
    now: ctx.now,
  });
  if (!inserted) throw new AppError('support.check_already_confirmed', { check: input.check });
  await audit(ctx, r, 'incident.check_confirmed', {
    check: input.check,
    by: input.by,
    channel: input.channel,
  });
  return detailOf(ctx, await load(ctx, id));
}

/** SUP-03: the written consent; recorded once, never edited (the table has no UPDATE grant). */
export async function recordConsent(ctx: Ctx, id: string, input: WrittenInput): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  if (r.state === 'closed' || r.state === 'resolved') throw new AppError('support.incident_closed');
  await store.insertConsent(ctx.tx, {
    id: newId(),
    incidentId: id,
    by: input.by.trim(),
    at: input.at ? new Date(input.at) : ctx.now,
    channel: input.channel,
    text: input.text.trim(),
    recordedBy: ctx.actor.label,
    now: ctx.now,
  });
  await audit(ctx, r, 'incident.consent_recorded', { by: input.by, channel: input.channel });
  return detailOf(ctx, await load(ctx, id));
}

/** SUP-03: any attempt to change a consent is refused, whatever the body; nothing is written. */
export async function editConsent(ctx: Ctx, id: string, consentId: string): Promise<never> {
  await load(ctx, id);
  const consents = await store.listConsents(ctx.tx, id);
  if (!consents.some((c) => c.id === consentId)) throw new AppError('resource.not_found');
  throw new AppError('support.consent_immutable');
}

export async function transition(ctx: Ctx, id: string, to: IncidentState): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const facts = await factsOf(ctx, r);
  if (to === 'intervention_planned')
    fail(ctx, { ok: false, code: 'support.intervention_required', params: {} }, '/body/to');
  fail(ctx, checkTransition(facts, to), '/body/to');
  const s = await store.settings(ctx.tx);
  const patch: store.IncidentPatch = { state: to };
  const pauses = r.pauses.map((p) => (p.to === null ? { ...p, to: ctx.now.toISOString() } : p));
  // SLA: the timers stop while waiting for the customer, and run again when the state changes.
  if (to === 'waiting_customer') pauses.push({ from: ctx.now.toISOString(), to: null });
  patch.pauses = pauses;
  if (!r.first_response_at) patch.first_response_at = ctx.now;
  if (to === 'with_operator' && !r.escalated_at) patch.escalated_at = ctx.now;
  if (to === 'resolved') patch.resolved_at = ctx.now;
  if (to === 'diagnosis' && r.state === 'resolved') patch.resolved_at = null;
  if (to === 'closed') patch.closed_at = ctx.now;
  await saveIncident(ctx, id, patch);
  await store.insertEvent(ctx.tx, {
    id: newId(),
    incidentId: id,
    at: ctx.now,
    kind: 'state_changed',
    channel: null,
    actor: ctx.actor.label,
    data: { from: r.state, to, summary: `${r.state} → ${to}` },
  });
  await audit(ctx, r, 'incident.state_changed', { from: r.state, to });
  const e = await env(ctx);
  if (to === 'with_operator') await sendEscalation(ctx, r, s);
  if (to === 'resolved') await sendSummary(ctx, r, e);
  return detailOf(ctx, await load(ctx, id));
}

/**
 * SUP-02, issue 4 item 7: the escalation e-mail carries the confirmed checks and the required
 * information, in the template of the incident's operator and with the information it asks for.
 */
async function sendEscalation(ctx: Ctx, r: store.IncidentRow, s: store.SupportSettings): Promise<void> {
  const e = await env(ctx);
  const checks = await store.listChecks(ctx.tx, r.id);
  const info = infoOf(r);
  const op = operatorFor(await store.operators(ctx.tx, DEFAULT_OPERATORS), r.service, r.operator_code);
  const fields = op ? op.requiredInfo : REQUIRED_INFO;
  await enqueueTemplateEmail(ctx.tx, {
    to: op?.email ?? s.operator_email,
    template:
      op?.template === 'generic' ? 'support.operator_escalation_generic' : 'support.operator_escalation',
    locale: 'fr',
    data: {
      operatorName: op?.name ?? s.operator_name,
      incidentReference: r.reference,
      customerName: r.account_name,
      service: r.service.toUpperCase(),
      title: r.title,
      checks: checks.map(
        (c) =>
          `${CHECK_LABELS[c.check_code]?.fr ?? c.check_code} — ${c.confirmed_by}, ${when(c.confirmed_at, e.cal)} (${CHANNEL_LABELS[c.channel].fr}) : « ${c.text} »`,
      ),
      information: fields.map((f) => ({ label: INFO_LABELS[f], value: info[f] ?? '—' })),
    },
    entityType: 'incident',
    entityId: r.id,
    now: ctx.now,
  });
}

/** SUP-05: at resolution the customer receives the summary of every cost. */
async function sendSummary(ctx: Ctx, r: store.IncidentRow, e: Env): Promise<void> {
  const charges = await store.listCharges(ctx.tx, r.id);
  const costs = costSummary(charges.map((c) => ({ amountCents: c.amount_cents, status: c.status })));
  const fmt = (cents: number) => `${formatMoney(eur(cents, e.currency), 'fr-FR')} HT`;
  const STATUS: Record<ChargeStatus, string> = {
    due: 'dû',
    awaiting_acceptance: 'devis en attente',
    contested: 'contesté',
    waived: 'annulé (non facturé)',
  };
  await enqueueTemplateEmail(ctx.tx, {
    to: r.account_email,
    template: 'support.resolution_summary',
    locale: 'fr',
    data: {
      customerName: r.account_name,
      incidentReference: r.reference,
      lines: charges.map((c) => `${c.label} : ${fmt(c.amount_cents)} — ${STATUS[c.status]}`),
      total: fmt(costs.dueCents),
      waived: fmt(costs.waivedCents),
    },
    entityType: 'incident',
    entityId: r.id,
    now: ctx.now,
  });
}

async function charge(
  ctx: Ctx,
  r: store.IncidentRow,
  e: Env,
  v: {
    interventionId: string | null;
    code: string;
    label: string;
    cents: number;
    awaitingAcceptance: boolean;
  },
): Promise<void> {
  const s = await store.settings(ctx.tx);
  const deadline = contestDeadline(ctx.now, e.cal);
  await store.insertCharge(ctx.tx, {
    id: newId(),
    incidentId: r.id,
    interventionId: v.interventionId,
    code: v.code,
    label: v.label,
    amountCents: v.cents,
    currency: e.currency,
    status: v.awaitingAcceptance ? 'awaiting_acceptance' : 'due',
    deadline,
    now: ctx.now,
  });
  await audit(ctx, r, 'incident.charged', { code: v.code, amountCents: v.cents });
  await notifyCharge(ctx, r, e, { ...v, deadline, customerServiceEmail: s.customer_service_email });
}

/** SUP-05: the customer is told at once of the charge and its amount (SUP-07: and the deadline). */
async function notifyCharge(
  ctx: Ctx,
  r: store.IncidentRow,
  e: Env,
  v: {
    label: string;
    cents: number;
    awaitingAcceptance: boolean;
    deadline: Date;
    customerServiceEmail: string;
  },
): Promise<void> {
  await enqueueTemplateEmail(ctx.tx, {
    to: r.account_email,
    template: 'support.charge_notice',
    locale: 'fr',
    data: {
      customerName: r.account_name,
      incidentReference: r.reference,
      label: v.label,
      amount: `${formatMoney(eur(v.cents, e.currency), 'fr-FR')} HT`,
      deadline: when(v.deadline, e.cal),
      customerServiceEmail: v.customerServiceEmail,
      quote: v.awaitingAcceptance,
    },
    entityType: 'incident',
    entityId: r.id,
    now: ctx.now,
  });
}

export interface PlanInput {
  kind: InterventionKind;
  slotStart: string;
  slotEnd: string;
  address: string;
  reachablePhones: string[];
  referent?: string | undefined;
}

/** SUP-03, NET-05, SUP-08: plans an intervention as an appointment; SAV+ is charged at booking. */
export async function planIntervention(ctx: Ctx, id: string, input: PlanInput): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const facts = await factsOf(ctx, r);
  fail(ctx, checkPlanIntervention(facts, input.kind));
  const start = new Date(input.slotStart);
  const end = new Date(input.slotEnd);
  if (!(end.getTime() > start.getTime()) || start.getTime() < ctx.now.getTime())
    throw new AppError('support.slot_invalid', {}, [
      { pointer: '/body/slotStart', code: 'support.slot_invalid', detail: '' },
    ]);
  const typed = input.reachablePhones
    .map((p, index) => ({ pointer: `/body/reachablePhones/${index}`, input: p.trim() }))
    .filter((p) => p.input);
  if (typed.length === 0)
    throw new AppError('support.reachable_phone_required', {}, [
      { pointer: '/body/reachablePhones', code: 'support.reachable_phone_required', detail: '' },
    ]);
  // SUP-06: the expertise is done with the customer's technical referent present.
  if (input.kind === 'expertise' && !input.referent?.trim())
    throw new AppError('support.referent_required', {}, [
      { pointer: '/body/referent', code: 'support.referent_required', detail: '' },
    ]);
  const phones = await checkedPhones(ctx, typed);
  const interventionId = newId();
  await store.insertIntervention(ctx.tx, {
    id: interventionId,
    incidentId: id,
    kind: input.kind,
    slotStart: start,
    slotEnd: end,
    address: input.address.trim(),
    phones,
    // NET-05: the technician always calls before coming and cancels if the customer is unreachable.
    callsFirst: true,
    referent: input.referent?.trim() || null,
    now: ctx.now,
  });
  if (r.state !== 'intervention_planned') {
    await saveIncident(ctx, id, { state: 'intervention_planned' });
    await store.insertEvent(ctx.tx, {
      id: newId(),
      incidentId: id,
      at: ctx.now,
      kind: 'state_changed',
      channel: null,
      actor: ctx.actor.label,
      data: { from: r.state, to: 'intervention_planned', summary: `${r.state} → intervention_planned` },
    });
  }
  await audit(ctx, r, 'incident.intervention_planned', { kind: input.kind, slotStart: input.slotStart });
  if (input.kind === 'sav_plus') {
    const e = await env(ctx);
    const line = (await store.tariff(ctx.tx, DEFAULT_TARIFF)).find((l) => l.code === 'adsl_sav_plus');
    // SUP-08: SAV+ costs 185 € HT (the tenant's tariff value).
    await charge(ctx, r, e, {
      interventionId,
      code: 'adsl_sav_plus',
      label: line?.labelFr ?? 'SAV+',
      cents: line?.amountCents ?? 18_500,
      awaitingAcceptance: false,
    });
  }
  const after = await detailOf(ctx, await load(ctx, id));
  await publishAppointmentEvent(ctx, 'AppointmentCreateEvent', () => Promise.resolve(after), interventionId);
  return after;
}

/** TMF646: the appointment's event for a registered listener, in the change's transaction. */
async function publishAppointmentEvent(
  ctx: Ctx,
  eventType: string,
  incident: () => Promise<IncidentDetail>,
  interventionId: string,
): Promise<void> {
  await publishTmfEvent(ctx, 'TMF646', eventType, async () => {
    const d = await incident();
    const v = d.interventions.find((x) => x.id === interventionId);
    if (!v) throw new Error(`intervention ${interventionId} not found after its change`);
    return { appointment: toTmfAppointment(d.id, v) };
  });
}

async function loadIntervention(ctx: Ctx, incidentId: string, id: string): Promise<store.InterventionRow> {
  if (!UUID_RE.test(id)) throw new AppError('resource.not_found');
  const i = await store.getIntervention(ctx.tx, incidentId, id);
  if (!i) throw new AppError('resource.not_found');
  return i;
}

/** SUP-04..SUP-06: qualifies an intervention's outcome against the tenant's tariff. */
export async function qualifyIntervention(
  ctx: Ctx,
  id: string,
  interventionId: string,
  input: { qualification: string; quoteAmountCents?: number | undefined },
): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const i = await loadIntervention(ctx, id, interventionId);
  if (i.status !== 'planned') throw new AppError('support.intervention_not_planned', { status: i.status });
  const lines = await store.tariff(ctx.tx, DEFAULT_TARIFF);
  const q = qualify(lines, r.service, i.kind, input.qualification, input.quoteAmountCents);
  if (!q.ok) fail(ctx, q, '/body/qualification');
  if (!q.ok) return detailOf(ctx, r);
  await store.closeIntervention(ctx.tx, i.id, {
    status: 'qualified',
    qualification: input.qualification,
    now: ctx.now,
  });
  await publishAppointmentEvent(ctx, 'AppointmentStateChangeEvent', () => detailOf(ctx, r), i.id);
  await audit(ctx, r, 'incident.intervention_qualified', {
    kind: i.kind,
    qualification: input.qualification,
  });
  const e = await env(ctx);
  if (q.charge) {
    const line = lines.find((l) => l.code === q.charge?.code);
    await charge(ctx, r, e, {
      interventionId: i.id,
      code: q.charge.code,
      label: line?.labelFr ?? q.charge.code,
      cents: q.charge.amountCents,
      awaitingAcceptance: q.charge.awaitingAcceptance,
    });
  }
  if (i.kind === 'expertise' && input.qualification === FAULT_FIXED) {
    // SUP-06: the expertise found and fixed the fault: earlier interventions are not billed.
    const charges = await store.listCharges(ctx.tx, id);
    const ids = chargesWaivedByExpertise(
      charges.map((c) => ({
        id: c.id,
        interventionId: c.intervention_id,
        interventionPlannedAt: c.intervention_planned_at,
        status: c.status,
      })),
      i.planned_at,
    );
    await store.waiveCharges(ctx.tx, ids, 'SUP-06', ctx.now);
    if (ids.length > 0) await audit(ctx, r, 'incident.charges_waived', { charges: ids, rule: 'SUP-06' });
  }
  return detailOf(ctx, await load(ctx, id));
}

/** SUP-09: cancelling (never moving) an appointment; a late SAV+ cancellation costs 95 € HT. */
export async function cancelIntervention(
  ctx: Ctx,
  id: string,
  interventionId: string,
): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const i = await loadIntervention(ctx, id, interventionId);
  if (i.status !== 'planned') throw new AppError('support.intervention_not_planned', { status: i.status });
  await store.closeIntervention(ctx.tx, i.id, { status: 'cancelled', qualification: null, now: ctx.now });
  await publishAppointmentEvent(ctx, 'AppointmentStateChangeEvent', () => detailOf(ctx, r), i.id);
  await audit(ctx, r, 'incident.intervention_cancelled', { kind: i.kind });
  if (i.kind === 'sav_plus') {
    const e = await env(ctx);
    const fee = savPlusCancellationFee(ctx.now, i.slot_start, e.cal);
    if (fee > 0) {
      const line = (await store.tariff(ctx.tx, DEFAULT_TARIFF)).find(
        (l) => l.code === 'adsl_sav_plus_late_cancellation',
      );
      await charge(ctx, r, e, {
        interventionId: i.id,
        code: 'adsl_sav_plus_late_cancellation',
        label: line?.labelFr ?? 'Annulation tardive SAV+',
        cents: line?.amountCents ?? fee,
        awaitingAcceptance: false,
      });
    }
  }
  return detailOf(ctx, await load(ctx, id));
}

/** SUP-07: contest inside the window; after it, the refusal names the customer service address. */
export async function contestCharge(
  ctx: Ctx,
  id: string,
  chargeId: string,
  input: { text: string },
): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const c = (await store.listCharges(ctx.tx, id)).find((x) => x.id === chargeId);
  if (!c) throw new AppError('resource.not_found');
  const s = await store.settings(ctx.tx);
  const e = await env(ctx);
  const v = checkContest(ctx.now, c.contest_deadline, c.status, s.customer_service_email);
  if (!v.ok)
    fail(ctx, {
      ...v,
      params:
        v.code === 'support.contest_window_closed'
          ? { ...v.params, deadline: when(c.contest_deadline, e.cal) }
          : v.params,
    });
  await store.contestCharge(ctx.tx, c.id, input.text.trim(), ctx.now);
  await audit(ctx, r, 'incident.charge_contested', { charge: c.id, code: c.code });
  return detailOf(ctx, await load(ctx, id));
}

/** NET-05: the appointment as an iCalendar file. */
export async function interventionCalendar(ctx: Ctx, id: string, interventionId: string): Promise<string> {
  const r = await load(ctx, id);
  const i = await loadIntervention(ctx, id, interventionId);
  const kind = { on_site: 'Intervention sur site', expertise: 'Expertise ADSL', sav_plus: 'SAV+' }[i.kind];
  return toICalendar({
    uid: `${i.id}@relais`,
    stamp: i.planned_at,
    start: i.slot_start,
    end: i.slot_end,
    summary: `${kind} — ${r.reference} — ${r.account_name}`,
    location: i.address,
    description:
      `Le technicien appelle avant de venir : ${i.reachable_phones.join(', ')}. ` +
      'Appelez le support pendant l’intervention pour valider ce qui a été fait.',
  });
}

/** TMF646: every intervention of the tenant, with its incident. */
export async function listAppointments(ctx: Ctx): Promise<(InterventionView & { incidentId: string })[]> {
  const rows = await store.listInterventions(ctx.tx, null);
  const { cal } = await env(ctx);
  return rows.map((r) => ({ ...toIntervention(r, ctx.now, cal), incidentId: r.incident_id }));
}

/** SUP-04: the customer accepted a quote-based line: it becomes due and is notified (SUP-05). */
export async function acceptQuote(ctx: Ctx, id: string, chargeId: string): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const c = (await store.listCharges(ctx.tx, id)).find((x) => x.id === chargeId);
  if (!c) throw new AppError('resource.not_found');
  if (c.status !== 'awaiting_acceptance') throw new AppError('support.charge_not_awaiting_acceptance');
  const e = await env(ctx);
  const s = await store.settings(ctx.tx);
  const deadline = contestDeadline(ctx.now, e.cal);
  await store.acceptCharge(ctx.tx, c.id, ctx.now, deadline);
  await audit(ctx, r, 'incident.quote_accepted', { charge: c.id, code: c.code, amountCents: c.amount_cents });
  await notifyCharge(ctx, r, e, {
    label: c.label,
    cents: c.amount_cents,
    awaitingAcceptance: false,
    deadline,
    customerServiceEmail: s.customer_service_email,
  });
  return detailOf(ctx, await load(ctx, id));
}

/** NET-05 / SUP-09: an appointment may be moved, except a SAV+ one (cancel and book again). */
export async function moveIntervention(
  ctx: Ctx,
  id: string,
  interventionId: string,
  input: { slotStart: string; slotEnd: string },
): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const i = await loadIntervention(ctx, id, interventionId);
  if (i.status !== 'planned') throw new AppError('support.intervention_not_planned', { status: i.status });
  fail(ctx, checkReschedule(i.kind));
  const start = new Date(input.slotStart);
  const end = new Date(input.slotEnd);
  if (!(end.getTime() > start.getTime()) || start.getTime() < ctx.now.getTime())
    throw new AppError('support.slot_invalid', {}, [
      { pointer: '/body/slotStart', code: 'support.slot_invalid', detail: '' },
    ]);
  await store.moveIntervention(ctx.tx, i.id, start, end);
  await audit(ctx, r, 'incident.intervention_moved', {
    from: i.slot_start.toISOString(),
    to: input.slotStart,
  });
  return detailOf(ctx, await load(ctx, id));
}

export interface SavPlusStepInput {
  step: SavPlusStep;
  faultShown: boolean;
  speed: { down: number; up: number; unit: SpeedUnit };
  measuredAt?: string | undefined;
  note?: string | undefined;
}

/**
 * SUP-08: records one point of a SAV+ follow-up with the speed measured there. The order (site
 * tests, then, only if they showed a fault, main frame, sub-frame, concentration point, second
 * visit) is checked by checkSavPlusStep under the incident's row lock, so two agents cannot record
 * the same point or skip one.
 */
export async function recordSavPlusStep(
  ctx: Ctx,
  id: string,
  interventionId: string,
  input: SavPlusStepInput,
): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const i = await loadIntervention(ctx, id, interventionId);
  if (i.kind !== 'sav_plus') throw new AppError('support.not_sav_plus');
  if (i.status !== 'planned') throw new AppError('support.intervention_not_planned', { status: i.status });
  const done = (await store.listSavPlusSteps(ctx.tx, id))
    .filter((s) => s.intervention_id === i.id)
    .map((s) => ({ step: s.step, faultShown: s.fault_shown }));
  fail(ctx, checkSavPlusStep(done, input.step), '/body/step');
  const down = toKbps(input.speed.down, input.speed.unit);
  const up = toKbps(input.speed.up, input.speed.unit);
  if (down === null || up === null)
    throw new AppError('validation.failed', {}, [
      { pointer: '/body/speed', code: 'validation.failed', detail: '' },
    ]);
  const measuredAt = input.measuredAt ? new Date(input.measuredAt) : ctx.now;
  const inserted = await store.insertSavPlusStep(ctx.tx, {
    id: newId(),
    incidentId: id,
    interventionId: i.id,
    step: input.step,
    faultShown: input.faultShown,
    downKbps: down,
    upKbps: up,
    note: input.note?.trim() ?? '',
    measuredAt,
    recordedBy: ctx.actor.label,
    now: ctx.now,
  });
  // SUP-08: a concurrent request recorded the same point first (unique key): same refusal.
  if (!inserted) fail(ctx, checkSavPlusStep([...done, { step: input.step, faultShown: true }], input.step));
  const label = SAV_PLUS_STEP_LABELS[input.step].fr;
  const speed = `${down} / ${up} kbit/s`;
  await store.insertEvent(ctx.tx, {
    id: newId(),
    incidentId: id,
    at: ctx.now,
    kind: 'sav_plus_step',
    channel: null,
    actor: ctx.actor.label,
    data: {
      step: input.step,
      faultShown: input.faultShown,
      downKbps: down,
      upKbps: up,
      summary: `${label} — ${input.faultShown ? 'défaut constaté' : 'pas de défaut'} — ${speed}`,
    },
  });
  await audit(ctx, r, 'incident.sav_plus_step_recorded', {
    intervention: i.id,
    step: input.step,
    faultShown: input.faultShown,
    downKbps: down,
    upKbps: up,
  });
  return detailOf(ctx, await load(ctx, id));
}

/**
 * NET-05: an appointment past its slot without an outcome: the operator is chased by e-mail and
 * the customer told, both through the outbox in this transaction, and the contact is in the
 * timeline. Refused (409) while the appointment is not overdue.
 */
export async function remindOperator(ctx: Ctx, id: string, interventionId: string): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const i = await loadIntervention(ctx, id, interventionId);
  fail(ctx, checkOperatorReminder(i.status, i.slot_end, ctx.now));
  const e = await env(ctx);
  const s = await store.settings(ctx.tx);
  const op = operatorFor(await store.operators(ctx.tx, DEFAULT_OPERATORS), r.service, r.operator_code);
  const slot = when(i.slot_start, e.cal);
  await enqueueTemplateEmail(ctx.tx, {
    to: op?.email ?? s.operator_email,
    template: 'support.operator_reminder',
    locale: 'fr',
    data: {
      operatorName: op?.name ?? s.operator_name,
      incidentReference: r.reference,
      customerName: r.account_name,
      kind: KIND_LABELS[i.kind].fr,
      slot,
      address: i.address,
    },
    entityType: 'incident',
    entityId: r.id,
    now: ctx.now,
  });
  await enqueueTemplateEmail(ctx.tx, {
    to: r.account_email,
    template: 'support.appointment_late',
    locale: 'fr',
    data: { customerName: r.account_name, incidentReference: r.reference, slot },
    entityType: 'incident',
    entityId: r.id,
    now: ctx.now,
  });
  await store.insertEvent(ctx.tx, {
    id: newId(),
    incidentId: id,
    at: ctx.now,
    kind: 'contact',
    channel: 'email',
    actor: ctx.actor.label,
    data: {
      direction: 'outbound',
      summary: `Rendez-vous du ${slot} en retard : opérateur relancé, client informé.`,
    },
  });
  await audit(ctx, r, 'incident.operator_reminded', {
    intervention: i.id,
    slotStart: i.slot_start.toISOString(),
  });
  return detailOf(ctx, await load(ctx, id));
}
