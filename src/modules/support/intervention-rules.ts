import { addHours, businessHoursBetween } from '../../platform/calendar/index.ts';
import { OK, refuse, type Calendar, type IncidentFacts, type Verdict } from './incident-rules.ts';

/** Interventions (SUP-03, SUP-06, SUP-08, SUP-09, NET-05): planning, SAV+ follow-up, overdue slots. */

export const INTERVENTION_KINDS = ['on_site', 'expertise', 'sav_plus'] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

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
