import { DateTime } from 'luxon';
import { addDays, nextBillingDay } from '../../platform/calendar/index.ts';
import { localDateTime } from '../../platform/calendar/zone.ts';
import type { Operator, PlanDef, ServiceDef } from './model.ts';
import { normalizeAddress, terminationDates, type SubscriptionState } from './rules.ts';

/**
 * Pure rules of the internet lifecycle actions of issue 11 §3 (plan change, move, fixed IP / DNS,
 * reactivation, provider switch, installation notes): plain data and an instant in, never the clock.
 * The use cases refuse with the refusal the page shows, so the two never disagree.
 */

export type LifecycleRefusalCode =
  | 'internet.not_active'
  | 'internet.same_plan'
  | 'internet.partner_plan_not_sold'
  | 'internet.eligibility_required'
  | 'internet.not_eligible'
  | 'internet.change_pending'
  | 'internet.same_address'
  | 'internet.move_date_past'
  | 'internet.service_present'
  | 'internet.not_reactivable';

export interface LifecycleRefusal {
  code: LifecycleRefusalCode;
  params?: Record<string, string | number>;
}

const operatorName = (o: Operator) => (o === 'hot' ? 'HOT' : 'Partner');

/** What a fibre check says for an address (null: no check of this address with this operator). */
export interface FibreAtAddress {
  fibreEligible: boolean;
  /** Local date of the check, dd/MM/yyyy, for the refusal's text. */
  checkedOn: string;
}

export interface LiveFacts {
  operator: Operator;
  state: SubscriptionState;
  planCode: string;
  address: string;
  billingDay: number;
  /** A plan change or move already scheduled (one at a time). */
  pendingChange: boolean;
}

const notActive = (s: LiveFacts): LifecycleRefusal | null =>
  s.state === 'active' ? null : { code: 'internet.not_active', params: { state: s.state } };

/** A plan change, a move or a provider switch needs an active subscription with none of them pending. */
export function datedChangeRefusal(s: LiveFacts): LifecycleRefusal | null {
  return notActive(s) ?? (s.pendingChange ? { code: 'internet.change_pending' } : null);
}

/** NET-02 / NET-13: a fibre plan needs a fibre check of the address saying yes. */
function fibreRefusal(
  operator: Operator,
  plan: Pick<PlanDef, 'fibre'>,
  check: FibreAtAddress | null,
): LifecycleRefusal | null {
  if (!plan.fibre && operator !== 'partner') return null;
  if (!check) return { code: 'internet.eligibility_required', params: { operator: operatorName(operator) } };
  if (!check.fibreEligible)
    return {
      code: 'internet.not_eligible',
      params: { operator: operatorName(operator), date: check.checkedOn },
    };
  return null;
}

// --- NET-02 / NET-14 / CAL-06 / Reading 4: plan change -------------------------------------------

/** NET-02: Partner sells only its 600 MB and 1000 MB fibre plans. */
export const PARTNER_PLANS_SOLD: readonly string[] = ['partner-fibre-600', 'partner-fibre-1000'];

/**
 * NET-02: a plan change of an active subscription, to another plan of the same operator; Partner
 * only to its 600/1000 MB fibre; a fibre plan only after a check of the installation address.
 */
export function planChangeRefusal(
  s: LiveFacts,
  target: Pick<PlanDef, 'code' | 'operator' | 'fibre'>,
  check: FibreAtAddress | null,
): LifecycleRefusal | null {
  return (
    datedChangeRefusal(s) ??
    (target.code === s.planCode ? { code: 'internet.same_plan' } : null) ??
    (s.operator === 'partner' && !PARTNER_PLANS_SOLD.includes(target.code)
      ? { code: 'internet.partner_plan_not_sold', params: { plan: target.code } }
      : null) ??
    fibreRefusal(s.operator, target, check)
  );
}

/** NET-02, CAL-06, Reading 4: at the next Billing Day strictly after the request, 00:00 local. */
export function planChangeAt(requestedAt: Date, billingDay: number, zone: string): Date {
  return nextBillingDay(requestedAt, billingDay, zone);
}

/**
 * NET-14, NET-02: how the new plan's price compares when the catalog gives no amount ("à définir"):
 * HOT 500 MB and 600 MB fibre cost the same; Partner's two plans are 10 ₪/month apart; a big bill
 * cut means a non-fibre HOT plan. Null: the seed says nothing.
 */
export type PriceComparison = 'same_price' | 'plus_10' | 'minus_10' | 'cheaper_non_fibre' | null;

export function comparePlanPrice(
  from: Pick<PlanDef, 'code' | 'operator' | 'fibre' | 'speedMb'>,
  to: Pick<PlanDef, 'code' | 'operator' | 'fibre' | 'speedMb'>,
): PriceComparison {
  const pair = new Set([from.code, to.code]);
  if (pair.has('hot-500') && pair.has('hot-fibre-600')) return 'same_price';
  if (from.code === 'partner-fibre-600' && to.code === 'partner-fibre-1000') return 'plus_10';
  if (from.code === 'partner-fibre-1000' && to.code === 'partner-fibre-600') return 'minus_10';
  if (to.operator === 'hot' && !to.fibre && to.speedMb < from.speedMb) return 'cheaper_non_fibre';
  return null;
}

// --- NET-08 / NET-18: move --------------------------------------------------------------------------

export type MoveMode = 'same_box' | 'new_installation';

/** The agreed date, a local date (YYYY-MM-DD) in the tenant's zone, as an instant at 00:00. */
export function localDayStart(date: string, zone: string): Date {
  return DateTime.fromISO(date, { zone }).startOf('day').toJSDate();
}

/**
 * NET-08: a move keeps the plan (the same box moves: the address changes on the agreed date, never
 * two addresses at once) or changes it (a new installation at the new address, the old subscription
 * terminated at the Billing Day). Fibre at the new address, kept or new, needs its eligibility.
 * NET-18: the date is agreed with the customer: today or later in the tenant's zone.
 */
export function moveRefusal(
  s: LiveFacts,
  move: { address: string; date: string; target: Pick<PlanDef, 'code' | 'operator' | 'fibre'> },
  check: FibreAtAddress | null,
  at: Date,
  zone: string,
): LifecycleRefusal | null {
  return (
    datedChangeRefusal(s) ??
    (normalizeAddress(move.address) === normalizeAddress(s.address)
      ? { code: 'internet.same_address' }
      : null) ??
    (move.date < localDateTime(at, zone).toISODate()!
      ? { code: 'internet.move_date_past', params: { date: move.date } }
      : null) ??
    (s.operator === 'partner' && !PARTNER_PLANS_SOLD.includes(move.target.code)
      ? { code: 'internet.partner_plan_not_sold', params: { plan: move.target.code } }
      : null) ??
    fibreRefusal(s.operator, move.target, check)
  );
}

export function moveMode(s: Pick<LiveFacts, 'planCode'>, targetPlan: string): MoveMode {
  return targetPlan === s.planCode ? 'same_box' : 'new_installation';
}

/**
 * NET-08: in the new-installation case the old subscription ends at the first Billing Day strictly
 * after the agreed date, so both addresses work from that date until then ("a few days").
 */
export function moveTerminationAt(
  moveDate: string,
  billingDay: number,
  zone: string,
): { effectiveAt: Date; boxReturnDeadline: Date } {
  return terminationDates(localDayStart(moveDate, zone), billingDay, zone);
}

// --- NET-03 / NET-19: fixed IP (Partner) or DNS name (HOT) ---------------------------------------

export function fixedIpRefusal(
  s: Pick<LiveFacts, 'state'>,
  service: Pick<ServiceDef, 'code'>,
  present: readonly string[],
  pending: boolean,
): LifecycleRefusal | null {
  if (s.state !== 'active') return { code: 'internet.not_active', params: { state: s.state } };
  if (present.includes(service.code) || pending)
    return { code: 'internet.service_present', params: { service: service.code } };
  return null;
}

// --- NET-06: reactivation ----------------------------------------------------------------------------

/** (Relais) "Recent": a termination took effect at most 30 days ago, the box still with the customer. */
export const REACTIVATION_DAYS = 30;

/**
 * NET-06: a pending termination, or a recent one whose box has not come back, can be reactivated
 * (by e-mail to the operator's termination contact; the agent confirms the operator's answer).
 */
export function reactivationRefusal(
  s: { state: SubscriptionState; terminationEffectiveAt: Date | null; pending: boolean },
  at: Date,
): LifecycleRefusal | null {
  if (s.pending) return { code: 'internet.change_pending' };
  if (s.state === 'termination_pending') return null;
  if (
    s.state === 'terminated' &&
    s.terminationEffectiveAt &&
    at.getTime() - s.terminationEffectiveAt.getTime() <= REACTIVATION_DAYS * 86_400_000
  )
    return null;
  return { code: 'internet.not_reactivable', params: { state: s.state } };
}

// --- NET-07 / CAL-03: provider switch ---------------------------------------------------------------

/** NET-07: the termination is best asked 3–4 Israeli business days before the Billing Day. */
export const SWITCH_NOTICE_BUSINESS_DAYS = 4;

/**
 * NET-07, CAL-03: both ends of a switch take effect at the Billing Day; asked fewer than 4 Israeli
 * business days (Sun–Thu minus holidays) before it, the page warns (it does not refuse).
 */
export function switchTiming(
  requestedAt: Date,
  billingDay: number,
  zone: string,
): { effectiveAt: Date; late: boolean } {
  const effectiveAt = nextBillingDay(requestedAt, billingDay, zone);
  const enough = addDays(requestedAt, SWITCH_NOTICE_BUSINESS_DAYS, {
    country: 'IL',
    zone,
    kind: 'business',
  });
  return { effectiveAt, late: enough.getTime() > effectiveAt.getTime() };
}

/** NET-09: the estimate lives with the subscription's rules (the page's actions show it). */
export { bezeqEstimate } from './rules.ts';
