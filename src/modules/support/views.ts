import { money, type Currency, type Money } from '../../platform/money/index.ts';
import {
  checkContest,
  isOverdue,
  nextSavPlusStep,
  savPlusFreeCancellation,
  slaStatus,
  type Calendar,
  type Channel,
  type ChargeStatus,
  type IncidentState,
  type InterventionKind,
  type Priority,
  type RequiredInfoField,
  type SavPlusStep,
  type Service,
  type SlaState,
} from './rules.ts';
import { pausesOf, type IncidentRow } from './incident-store.ts';
import type { InterventionRow, SavPlusStepRow } from './intervention-store.ts';
import type { ChargeRow } from './charge-store.ts';

/** What the desk shows of an incident, its interventions and charges (the API's shapes). */

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

/** A statement the customer made in writing (SUP-02 checks, SUP-03 consent), as typed by the agent. */
export interface WrittenInput {
  by: string;
  at?: string | undefined;
  channel: Channel;
  text: string;
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
  /** Null while the incident is « à rattacher » (a TM Forum ticket sent without a customer). */
  accountId: string | null;
  accountName: string | null;
  accountReference: string | null;
  /** Null only on an incident « à rattacher » whose ticket named no service. */
  service: Service | null;
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

/** The tenant's calendar and currency, which every view of an amount or an instant needs. */
export interface Env {
  cal: Calendar;
  currency: Currency;
}

export const iso = (d: Date | null): string | null => d?.toISOString() ?? null;
export const eur = (cents: number, currency: Currency): Money => money(cents, currency, false);

export function infoOf(r: IncidentRow): Record<RequiredInfoField, string | null> {
  return {
    siteContactName: r.site_contact_name,
    siteContactPhone: r.site_contact_phone,
    siteOpeningHours: r.site_opening_hours,
    modemMakeModel: r.modem_make_model,
    routerMakeModel: r.router_make_model,
    modemLedStates: r.modem_led_states,
  };
}

export function toIncident(r: IncidentRow, e: Env, now: Date): Incident {
  const sla = slaStatus({
    priority: r.priority,
    openedAt: r.opened_at,
    firstResponseAt: r.first_response_at,
    resolvedAt: r.resolved_at,
    pauses: pausesOf(r),
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

export function toCharge(c: ChargeRow, now: Date): ChargeView {
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

export function toSavPlusStep(s: SavPlusStepRow): SavPlusStepView {
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

export function toIntervention(
  i: InterventionRow,
  now: Date,
  cal: Calendar,
  steps: readonly SavPlusStepRow[] = [],
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
