import type { CountryCode } from '../../platform/calendar/index.ts';

/**
 * Support desk rules (SUP-01..SUP-10, NET-05, CS-01, CAL-01/02): pure functions, the instant is
 * always passed in. The use cases call them inside the transaction that makes each change. This
 * file holds the incident itself: its services, channels and states, the checks and information
 * SUP-02 asks for, and the state machine; rules.ts lists every topic.
 */

export const SERVICES = ['adsl', 'sdsl', 'vga', 'fibre', 'cable', 'mobile'] as const;
export type Service = (typeof SERVICES)[number];

/**
 * Issue 11 §6: the services an incident is declared on, by the product families the reseller
 * sells. A reseller of mobile lines keeps the French desk's services (copper, fibre, cable and
 * mobile); an internet-only reseller (HOT/Partner in Israel) declares on its internet
 * subscriptions only: fibre and cable, no mobile line, no French ADSL/SDSL/VGA access.
 */
export function incidentServices(families: readonly ('mobile' | 'internet')[]): readonly Service[] {
  return families.includes('mobile') ? SERVICES : ['fibre', 'cable'];
}

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

/** The tenant's country and zone, in which working days and desk hours are counted. */
export interface Calendar {
  country: CountryCode;
  zone: string;
}

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
  adsl: CHECKS,
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

export const refuse = (code: string, params: Record<string, string | number> = {}): Verdict => ({
  ok: false,
  code,
  params,
});
export const OK: Verdict = { ok: true };

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
