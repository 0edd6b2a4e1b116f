import {
  addHours,
  businessHoursBetween,
  endOfNthDay,
  type CountryCode,
} from '../../platform/calendar/index.ts';
import type { OpeningWindow } from '../../platform/calendar/index.ts';

/**
 * Support desk rules (SUP-01..SUP-10, NET-05, CS-01, CAL-01/02): pure functions, the instant is
 * always passed in. The service calls them inside the transaction that makes each change.
 */

export const SERVICES = ['adsl', 'sdsl', 'vga', 'fibre', 'cable', 'mobile'] as const;
export type Service = (typeof SERVICES)[number];

/** CS-01: every way a contact reaches the desk; all land in one history per customer. */
export const CHANNELS = ['phone', 'email', 'chat', 'web_form', 'social', 'post', 'shop'] as const;
export type Channel = (typeof CHANNELS)[number];

export const PRIORITIES = ['critical', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const STATES = [
  'new',
  'diagnosis',
  'waiting_customer',
  'with_operator',
  'intervention_planned',
  'resolved',
  'closed',
] as const;
export type IncidentState = (typeof STATES)[number];

// ── SUP-01 / SUP-02 checks and required information ───────────────────────────────────────────

export const CHECKS = [
  'restart',
  'internal_wiring',
  'electrical_disturbances',
  'modem_head_of_line',
  'modem_swap',
  'cabling',
] as const;
export type CheckCode = (typeof CHECKS)[number];

/**
 * SUP-01/SUP-02: the customer-side checks per service. The seed lists them for the copper local
 * loop; the modem swap is ADSL only (SUP-01), the modem at the head of the line applies to DSL.
 * (Relais) A mobile line has no customer wiring: only the restart is asked.
 */
export const CHECKS_BY_SERVICE: Readonly<Record<Service, readonly CheckCode[]>> = {
  adsl: [
    'restart',
    'internal_wiring',
    'electrical_disturbances',
    'modem_head_of_line',
    'modem_swap',
    'cabling',
  ],
  sdsl: ['restart', 'internal_wiring', 'electrical_disturbances', 'modem_head_of_line', 'cabling'],
  vga: ['restart', 'internal_wiring', 'electrical_disturbances', 'cabling'],
  fibre: ['restart', 'internal_wiring', 'electrical_disturbances', 'cabling'],
  cable: ['restart', 'internal_wiring', 'electrical_disturbances', 'cabling'],
  mobile: ['restart'],
};

/** SUP-01: the minimum charge of a wrongful intervention shown when declaring, € HT in cents. */
export const WRONGFUL_MINIMUM_CENTS = 25_000;

export function declarationNotice(service: Service): {
  checks: readonly CheckCode[];
  minimumCents: number | null;
} {
  // SUP-01: no on-site intervention on a mobile line, hence no wrongful-intervention minimum.
  return {
    checks: CHECKS_BY_SERVICE[service],
    minimumCents: service === 'mobile' ? null : WRONGFUL_MINIMUM_CENTS,
  };
}

export const REQUIRED_INFO = [
  'siteContactName',
  'siteContactPhone',
  'siteOpeningHours',
  'modemMakeModel',
  'routerMakeModel',
  'modemLedStates',
] as const;
export type RequiredInfoField = (typeof REQUIRED_INFO)[number];
export type RequiredInfo = Partial<Record<RequiredInfoField, string | null>>;

/** SUP-02: the required fields still empty (mobile lines have no site equipment to describe). */
export function missingInformation(service: Service, info: RequiredInfo): RequiredInfoField[] {
  if (service === 'mobile') return [];
  return REQUIRED_INFO.filter((f) => !info[f]?.trim());
}

/** SUP-02: the checks of the service that the customer has not confirmed in writing yet. */
export function missingChecks(service: Service, confirmed: ReadonlySet<string>): CheckCode[] {
  return CHECKS_BY_SERVICE[service].filter((c) => !confirmed.has(c));
}

// ── operator escalation (issue 4 item 7) ──────────────────────────────────────────────────────

export type EscalationTemplate = 'openip' | 'generic';

export interface Operator {
  code: string;
  name: string;
  email: string;
  /** The services it serves when an incident names no operator. */
  services: readonly Service[];
  template: EscalationTemplate;
  /** SUP-02: the required information listed in its escalation e-mail, in order. */
  requiredInfo: readonly RequiredInfoField[];
}

/** The seed's OpenIP (copper local loop) and a generic operator, copied per tenant on first use. */
export const DEFAULT_OPERATORS: readonly Operator[] = [
  {
    code: 'generic',
    name: 'Opérateur d’infrastructure',
    email: 'support@operateur.example',
    services: ['fibre', 'cable', 'mobile'],
    template: 'generic',
    requiredInfo: ['siteContactName', 'siteContactPhone', 'siteOpeningHours', 'routerMakeModel'],
  },
  {
    code: 'openip',
    name: 'OpenIP',
    email: 'technique@openip.fr',
    services: ['adsl', 'sdsl', 'vga'],
    template: 'openip',
    requiredInfo: [...REQUIRED_INFO],
  },
];

/**
 * The operator an incident escalates to: the one chosen when declared, else the first (by code)
 * serving its service, else the generic one. Null only when the tenant has no operator at all.
 */
export function operatorFor(
  operators: readonly Operator[],
  service: Service,
  chosen: string | null,
): Operator | null {
  if (chosen) return operators.find((o) => o.code === chosen) ?? null;
  const sorted = [...operators].sort((a, b) => a.code.localeCompare(b.code));
  return (
    sorted.find((o) => o.services.includes(service)) ??
    sorted.find((o) => o.template === 'generic') ??
    sorted[0] ??
    null
  );
}

// ── state machine ─────────────────────────────────────────────────────────────────────────────

/** The transitions an agent may ask for; guards below may still refuse them. */
export const TRANSITIONS: Readonly<Record<IncidentState, readonly IncidentState[]>> = {
  new: ['diagnosis', 'resolved'],
  diagnosis: ['waiting_customer', 'with_operator', 'resolved'],
  waiting_customer: ['diagnosis', 'with_operator', 'resolved'],
  with_operator: ['waiting_customer', 'intervention_planned', 'resolved'],
  intervention_planned: ['with_operator', 'resolved'],
  resolved: ['closed', 'diagnosis'],
  closed: [],
};

export interface IncidentFacts {
  state: IncidentState;
  service: Service;
  confirmedChecks: ReadonlySet<string>;
  info: RequiredInfo;
  hasConsent: boolean;
  /** Interventions planned and neither qualified nor cancelled. */
  openInterventions: number;
}

export type Refusal = { code: string; params: Record<string, string | number> };
export type Verdict = { ok: true } | ({ ok: false } & Refusal);

const refuse = (code: string, params: Record<string, string | number> = {}): Verdict => ({
  ok: false,
  code,
  params,
});
const OK: Verdict = { ok: true };

/** Whether an incident may go from its state to `to` now, with the precise reason when not. */
export function checkTransition(f: IncidentFacts, to: IncidentState): Verdict {
  if (!TRANSITIONS[f.state].includes(to))
    return refuse('support.transition_not_allowed', { from: f.state, to });
  if (to === 'with_operator') {
    // SUP-02: every check confirmed in writing, and the required information filled in.
    const checks = missingChecks(f.service, f.confirmedChecks);
    if (checks.length > 0) return refuse('support.checks_missing', { checks: checks.join(', ') });
    const info = missingInformation(f.service, f.info);
    if (info.length > 0) return refuse('support.information_missing', { fields: info.join(', ') });
  }
  if (to === 'intervention_planned') {
    // SUP-03: planning an on-site intervention needs the customer's written consent.
    if (!f.hasConsent) return refuse('support.consent_required');
    if (f.openInterventions === 0) return refuse('support.intervention_required');
  }
  if (to === 'resolved' && f.openInterventions > 0)
    return refuse('support.interventions_open', { count: f.openInterventions });
  return OK;
}

/** SUP-03: scheduling an intervention (which moves the incident to intervention_planned). */
export function checkPlanIntervention(f: IncidentFacts, kind: InterventionKind): Verdict {
  if (f.service === 'mobile') return refuse('support.intervention_not_applicable');
  if (!['with_operator', 'intervention_planned'].includes(f.state))
    return refuse('support.transition_not_allowed', { from: f.state, to: 'intervention_planned' });
  if (!f.hasConsent) return refuse('support.consent_required');
  // SUP-06 / SUP-08: the expertise and SAV+ are ADSL services.
  if ((kind === 'expertise' || kind === 'sav_plus') && f.service !== 'adsl')
    return refuse('support.adsl_only', { kind });
  return OK;
}

// ── SUP-04 tariff (data per tenant) ───────────────────────────────────────────────────────────

export type InterventionKind = 'on_site' | 'expertise' | 'sav_plus';

export interface TariffLine {
  code: string;
  labelFr: string;
  labelEn: string;
  services: readonly Service[];
  /** € HT in cents; null for a line on quote. */
  amountCents: number | null;
  /** A quote-based line is charged only once the customer accepts the quote. */
  onQuote: boolean;
  /** 'qualification': a wrongful outcome of an intervention; 'fee': a booking or cancellation fee. */
  kind: 'qualification' | 'fee';
}

/** SUP-04, SUP-08, SUP-09: the seed's values, copied into each tenant's tariff on first use. */
export const DEFAULT_TARIFF: readonly TariffLine[] = [
  {
    code: 'sdsl_customer_installation_fault',
    labelFr: "SDSL : panne sur l'installation du client",
    labelEn: 'SDSL: fault on the customer installation',
    services: ['sdsl'],
    amountCents: 25_000,
    onQuote: false,
    kind: 'qualification',
  },
  {
    code: 'sdsl_internal_wiring_repair',
    labelFr: 'SDSL : réparation du câblage interne (sur devis)',
    labelEn: 'SDSL: internal wiring repair (on quote)',
    services: ['sdsl'],
    amountCents: null,
    onQuote: true,
    kind: 'qualification',
  },
  {
    code: 'sdsl_wrongful_modem_replacement',
    labelFr: 'SDSL : intervention à tort avec remplacement du modem',
    labelEn: 'SDSL: wrongful intervention with modem replacement',
    services: ['sdsl'],
    amountCents: 99_100,
    onQuote: false,
    kind: 'qualification',
  },
  {
    code: 'customer_absent_or_refused',
    labelFr: 'Client absent ou refus d’intervention',
    labelEn: 'Customer absent or intervention refused',
    services: ['adsl', 'sdsl'],
    amountCents: 25_000,
    onQuote: false,
    kind: 'qualification',
  },
  {
    code: 'no_fault_at_supplier',
    labelFr: 'Pas de défaut constaté chez le fournisseur',
    labelEn: 'No fault found at supplier',
    services: ['adsl', 'sdsl'],
    amountCents: 25_000,
    onQuote: false,
    kind: 'qualification',
  },
  {
    code: 'adsl_no_fault_at_expertise',
    labelFr: 'ADSL : pas de défaut constaté à l’expertise',
    labelEn: 'ADSL: no fault found at expertise',
    services: ['adsl'],
    amountCents: 40_000,
    onQuote: false,
    kind: 'qualification',
  },
  {
    code: 'vga_wrongful_supplier_ticket',
    labelFr: 'VGA : ticket fournisseur à tort',
    labelEn: 'VGA: wrongful supplier ticket',
    services: ['vga'],
    amountCents: 45_000,
    onQuote: false,
    kind: 'qualification',
  },
  {
    code: 'vga_wrongful_intervention',
    labelFr: 'VGA : intervention à tort',
    labelEn: 'VGA: wrongful intervention',
    services: ['vga'],
    amountCents: 18_000,
    onQuote: false,
    kind: 'qualification',
  },
  {
    code: 'adsl_sav_plus',
    labelFr: 'ADSL : SAV+',
    labelEn: 'ADSL: SAV+',
    services: ['adsl'],
    amountCents: 18_500,
    onQuote: false,
    kind: 'fee',
  },
  {
    code: 'adsl_sav_plus_late_cancellation',
    labelFr: 'ADSL : annulation tardive du SAV+ (moins de 48 heures ouvrables)',
    labelEn: 'ADSL: late SAV+ cancellation (under 48 business hours)',
    services: ['adsl'],
    amountCents: 9_500,
    onQuote: false,
    kind: 'fee',
  },
];

/** The outcome meaning the fault was found and fixed at the supplier's: nothing is charged. */
export const FAULT_FIXED = 'fault_fixed';

export type Qualification =
  | { ok: true; charge: null }
  | { ok: true; charge: { code: string; amountCents: number; awaitingAcceptance: boolean } }
  | ({ ok: false } & Refusal);

/**
 * SUP-04/SUP-05: qualifies an intervention's outcome against the tenant's tariff. A wrongful
 * qualification charges at once; a quote-based line needs the quoted amount and the customer's
 * acceptance before it is due.
 */
export function qualify(
  tariff: readonly TariffLine[],
  service: Service,
  kind: InterventionKind,
  qualification: string,
  quoteCents?: number,
): Qualification {
  if (qualification === FAULT_FIXED) return { ok: true, charge: null };
  const line = tariff.find((l) => l.code === qualification && l.kind === 'qualification');
  if (!line || !line.services.includes(service))
    return { ok: false, code: 'support.qualification_unknown', params: { qualification, service } };
  // SUP-04: "no fault at expertise" qualifies an expertise only, and an expertise nothing else.
  const expertiseLine = line.code === 'adsl_no_fault_at_expertise';
  if (expertiseLine !== (kind === 'expertise'))
    return { ok: false, code: 'support.qualification_unknown', params: { qualification, service } };
  if (line.onQuote) {
    if (quoteCents === undefined || quoteCents <= 0)
      return { ok: false, code: 'support.quote_amount_required', params: { qualification } };
    return { ok: true, charge: { code: line.code, amountCents: quoteCents, awaitingAcceptance: true } };
  }
  return {
    ok: true,
    charge: { code: line.code, amountCents: line.amountCents ?? 0, awaitingAcceptance: false },
  };
}

export interface ChargeFact {
  id: string;
  interventionId: string | null;
  /** When the intervention the charge comes from was planned. */
  interventionPlannedAt: Date | null;
  status: ChargeStatus;
}

export type ChargeStatus = 'due' | 'awaiting_acceptance' | 'contested' | 'waived';

/**
 * SUP-06: an ADSL expertise that finds and fixes the fault waives every charge of an intervention
 * of the incident planned before it (wrongful qualifications, SAV+ fees). Returns their ids.
 */
export function chargesWaivedByExpertise(charges: readonly ChargeFact[], expertisePlannedAt: Date): string[] {
  return charges
    .filter(
      (c) =>
        c.status !== 'waived' &&
        c.interventionId !== null &&
        c.interventionPlannedAt !== null &&
        c.interventionPlannedAt.getTime() < expertisePlannedAt.getTime(),
    )
    .map((c) => c.id);
}

/** SUP-05: the cost summary sent at resolution: every charge, and the total still due. */
export function costSummary(charges: readonly { amountCents: number; status: ChargeStatus }[]): {
  dueCents: number;
  waivedCents: number;
} {
  let dueCents = 0;
  let waivedCents = 0;
  for (const c of charges) {
    if (c.status === 'waived') waivedCents += c.amountCents;
    else if (c.status === 'due' || c.status === 'contested') dueCents += c.amountCents;
  }
  return { dueCents, waivedCents };
}

// ── SUP-07 contest window ─────────────────────────────────────────────────────────────────────

export interface Calendar {
  country: CountryCode;
  zone: string;
}

/** SUP-07, Reading 2: 23:59:59.999 of the 2nd working day (CAL-01) after the notification. */
export function contestDeadline(notifiedAt: Date, cal: Calendar): Date {
  return endOfNthDay(notifiedAt, 2, { ...cal, kind: 'working' });
}

export function checkContest(now: Date, deadline: Date, status: ChargeStatus, email: string): Verdict {
  if (status === 'waived' || status === 'contested')
    return refuse('support.charge_not_contestable', { status });
  // SUP-07: after the window only an e-mail to customer service can contest the charge.
  if (now.getTime() > deadline.getTime())
    return refuse('support.contest_window_closed', { deadline: deadline.toISOString(), email });
  return OK;
}

// ── SUP-08 / SUP-09 SAV+ ──────────────────────────────────────────────────────────────────────

/** SUP-08: after the site tests, when a fault shows, each point in this order, with a speed. */
export const SAV_PLUS_STEPS = [
  'site_tests',
  'main_frame',
  'sub_frame',
  'concentration_point',
  'second_site_visit',
] as const;
export type SavPlusStep = (typeof SAV_PLUS_STEPS)[number];

export function checkSavPlusStep(
  done: readonly { step: SavPlusStep; faultShown: boolean }[],
  step: SavPlusStep,
): Verdict {
  const expected = SAV_PLUS_STEPS[done.length];
  if (expected === undefined) return refuse('support.sav_plus_step_order', { step, expected: 'none' });
  // SUP-08: the line is followed further only if the site tests showed a fault.
  if (done.length > 0 && done[0]?.faultShown === false)
    return refuse('support.sav_plus_step_order', { step, expected: 'none' });
  if (step !== expected) return refuse('support.sav_plus_step_order', { step, expected });
  return OK;
}

/** SUP-08: the point expected next on a SAV+ appointment, or null when the follow-up is over. */
export function nextSavPlusStep(
  done: readonly { step: SavPlusStep; faultShown: boolean }[],
): SavPlusStep | null {
  for (const s of SAV_PLUS_STEPS) if (checkSavPlusStep(done, s).ok) return s;
  return null;
}

export const SPEED_UNITS = ['kbit/s', 'Mbit/s'] as const;
export type SpeedUnit = (typeof SPEED_UNITS)[number];

/**
 * SUP-08: a speed read on the technician's tester, in kbit/s or Mb/s, stored in whole kbit/s
 * (1 Mb/s = 1,000 kbit/s, as line testers count). Null when negative or not a finite number.
 */
export function toKbps(value: number, unit: SpeedUnit): number | null {
  if (!Number.isFinite(value) || value < 0) return null;
  return Math.round(unit === 'Mbit/s' ? value * 1000 : value);
}

/** SUP-09 fee: 95 € HT within 48 business hours of the slot. */
export const SAV_PLUS_LATE_CANCELLATION_CENTS = 9_500;

/**
 * SUP-09, Reading 1: cancelling a SAV+ slot is free when at least 48 business hours (CAL-02, Mon–Sat
 * minus holidays) remain before it; exactly 48 h is still free. Returns the fee in cents.
 */
export function savPlusCancellationFee(now: Date, slotStart: Date, cal: Calendar): number {
  const hours = businessHoursBetween(now, slotStart, { ...cal, kind: 'business' });
  return hours >= 48 ? 0 : SAV_PLUS_LATE_CANCELLATION_CENTS;
}

/**
 * SUP-09, Reading 1, said the other way round: until when cancelling a SAV+ slot is free — the
 * instant 48 business hours (CAL-02, Mon–Sat minus holidays, tenant zone) before the slot,
 * included — and whether that is still the case at `now`. Agrees with savPlusCancellationFee.
 */
export function savPlusFreeCancellation(
  now: Date,
  slotStart: Date,
  cal: Calendar,
): { freeUntil: Date; freeNow: boolean } {
  const freeUntil = addHours(slotStart, -48, { ...cal, kind: 'business' });
  return { freeUntil, freeNow: now.getTime() <= freeUntil.getTime() };
}

/** NET-05: an appointment whose slot has ended with no outcome recorded (neither qualified nor cancelled). */
export function isOverdue(status: 'planned' | 'qualified' | 'cancelled', slotEnd: Date, now: Date): boolean {
  return status === 'planned' && now.getTime() > slotEnd.getTime();
}

/** NET-05: the operator is chased only about an appointment that is overdue now. */
export function checkOperatorReminder(
  status: 'planned' | 'qualified' | 'cancelled',
  slotEnd: Date,
  now: Date,
): Verdict {
  return isOverdue(status, slotEnd, now) ? OK : refuse('support.appointment_not_overdue');
}

/** SUP-09: a SAV+ appointment is never moved, only cancelled (and booked again). */
export function checkReschedule(kind: InterventionKind): Verdict {
  return kind === 'sav_plus' ? refuse('support.sav_plus_not_movable') : OK;
}

// ── SLA ───────────────────────────────────────────────────────────────────────────────────────

/** (Relais) The desk's opening hours the SLA counts in: Mon–Fri 09:00–18:00, holidays closed. */
export const SLA_WINDOW: OpeningWindow = {
  days: [1, 2, 3, 4, 5],
  from: '09:00',
  to: '18:00',
  holidaysOpen: false,
};

/** (Relais) Targets in desk hours per priority. */
export const SLA_TARGETS: Readonly<Record<Priority, { firstResponse: number; resolution: number }>> = {
  critical: { firstResponse: 1, resolution: 8 },
  high: { firstResponse: 2, resolution: 18 },
  normal: { firstResponse: 4, resolution: 36 },
  low: { firstResponse: 8, resolution: 72 },
};

/** A timer is at risk once 80 % of its target is spent. */
export const SLA_RISK_RATIO = 0.8;

export type SlaState = 'ok' | 'at_risk' | 'breached' | 'met';

export interface Pause {
  from: Date;
  to: Date | null;
}

export interface SlaInput {
  priority: Priority;
  openedAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  /** Periods in waiting_customer: the timers stop while the customer holds the ball. */
  pauses: readonly Pause[];
  now: Date;
  cal: Calendar;
}

export interface SlaTimer {
  state: SlaState;
  elapsedHours: number;
  targetHours: number;
}

function elapsed(from: Date, to: Date, pauses: readonly Pause[], cal: Calendar): number {
  const opts = { ...cal, window: SLA_WINDOW };
  let hours = businessHoursBetween(from, to, opts);
  for (const p of pauses) {
    const a = Math.max(p.from.getTime(), from.getTime());
    const b = Math.min((p.to ?? to).getTime(), to.getTime());
    if (b > a) hours -= businessHoursBetween(new Date(a), new Date(b), opts);
  }
  return Math.round(hours * 100) / 100;
}

function timer(target: number, start: Date, end: Date | null, s: SlaInput): SlaTimer {
  const hours = elapsed(start, end ?? s.now, s.pauses, s.cal);
  const state: SlaState =
    hours > target ? 'breached' : end ? 'met' : hours >= target * SLA_RISK_RATIO ? 'at_risk' : 'ok';
  return { state, elapsedHours: hours, targetHours: target };
}

/** SLA: first response and resolution on desk hours with holidays, minus customer pauses. */
export function slaStatus(s: SlaInput): { firstResponse: SlaTimer; resolution: SlaTimer; risk: SlaState } {
  const t = SLA_TARGETS[s.priority];
  const firstResponse = timer(t.firstResponse, s.openedAt, s.firstResponseAt, s);
  const resolution = timer(t.resolution, s.openedAt, s.resolvedAt, s);
  const order: SlaState[] = ['met', 'ok', 'at_risk', 'breached'];
  const risk = order[Math.max(order.indexOf(firstResponse.state), order.indexOf(resolution.state))] ?? 'ok';
  return { firstResponse, resolution, risk };
}

/** The instant a timer reaches its target, for list sorting and supervisor alerts. */
export function slaDueAt(start: Date, targetHours: number, cal: Calendar): Date {
  return addHours(start, targetHours, { ...cal, window: SLA_WINDOW });
}

// ── iCalendar (NET-05) ────────────────────────────────────────────────────────────────────────

function icsDate(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function icsText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** RFC 5545 folding: lines of at most 75 octets, continued with a leading space. */
function fold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest, 'utf8') > 75) {
    let cut = 75;
    while (Buffer.byteLength(rest.slice(0, cut), 'utf8') > 75) cut--;
    out.push(rest.slice(0, cut));
    rest = ' ' + rest.slice(cut);
  }
  out.push(rest);
  return out.join('\r\n');
}

export interface IcsEvent {
  uid: string;
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  description: string;
}

/** NET-05: the appointment as a hand-written RFC 5545 VCALENDAR (no library is installed). */
export function toICalendar(e: IcsEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Relais//Support desk//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${icsDate(e.stamp)}`,
    `DTSTART:${icsDate(e.start)}`,
    `DTEND:${icsDate(e.end)}`,
    `SUMMARY:${icsText(e.summary)}`,
    `LOCATION:${icsText(e.location)}`,
    `DESCRIPTION:${icsText(e.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
