import { addHours, businessHoursBetween, type OpeningWindow } from '../../platform/calendar/index.ts';
import type { Calendar, Priority } from './incident-rules.ts';

/** SLA timers of an incident, counted on the desk's opening hours (pure, the instant passed in). */

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
