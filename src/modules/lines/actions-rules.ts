import { DateTime } from 'luxon';
import { firstOfNextMonth, toLocalDate } from '../../platform/calendar/index.ts';
import { localDateTime } from '../../platform/calendar/zone.ts';
import type { Network } from '../catalog/model.ts';
import { planChange, type OfferFacts, type OptionFacts, type Refusal } from '../catalog/rules.ts';
import type { LineState } from './store.ts';

/**
 * Pure eligibility of the actions on a mobile line (ACT-01..ACT-05, CAL-05, Reading 7): from the
 * line's facts, the catalog's facts and an instant (never the clock), every action with whether it
 * is allowed, why not (an error code whose French/English title is the reason the page shows), and
 * when it would take effect. The service refuses a request with the same refusal, so the page and
 * the API never disagree.
 */

export const LINE_ACTION_TYPES = [
  'suspend',
  'reactivate',
  'plan_change',
  'option_suspension',
  'option_termination',
  'termination',
] as const;
export type LineActionType = (typeof LINE_ACTION_TYPES)[number];

/** The pending_actions kinds (registered in src/actions.ts); option_suspension has none (ACT-02). */
export const LINE_ACTION_KIND = {
  suspend: 'line.suspend',
  reactivate: 'line.reactivate',
  plan_change: 'line.plan_change',
  option_termination: 'line.option_terminate',
  termination: 'line.terminate',
} as const satisfies Partial<Record<LineActionType, string>>;

export interface LineOptionFacts {
  /** The line option's id (line_options.id). */
  id: string;
  status: 'pending' | 'active' | 'terminated';
  facts: OptionFacts;
}

export interface LineFacts {
  state: LineState;
  network: Network;
  offer: OfferFacts;
  options: readonly LineOptionFacts[];
}

/** A scheduled action on the line: `target` is the offer code or the line option's id. */
export interface PendingLineAction {
  type: LineActionType;
  target: string | null;
}

export interface LineActionEligibility {
  type: LineActionType;
  /** The offer code (plan_change), the line option's id (option_*), null for the line itself. */
  target: string | null;
  /** ACT-03/04: what a plan change is. */
  change: 'upgrade' | 'downgrade' | 'migration' | null;
  allowed: boolean;
  refusal: Refusal | null;
  /** When it takes effect if requested at the given instant (null when refused). */
  effectiveAt: Date | null;
  immediate: boolean;
  /** ACT-01: suspension does not stop the plan's billing; the confirmation says so. */
  billingContinues: boolean;
}

/** What refuses every action on the line, whatever the action. */
function lineRefusal(state: LineState): Refusal | null {
  if (state === 'terminated') return { code: 'line.terminated' };
  if (state === 'in_progress' || state === 'cancelled') return { code: 'line.not_active' };
  return null;
}

function entry(
  type: LineActionType,
  target: string | null,
  refusal: Refusal | null,
  effectiveAt: Date,
  at: Date,
  extra: Partial<Pick<LineActionEligibility, 'change' | 'billingContinues'>> = {},
): LineActionEligibility {
  return {
    type,
    target,
    change: extra.change ?? null,
    allowed: refusal === null,
    refusal,
    effectiveAt: refusal === null ? effectiveAt : null,
    immediate: refusal === null && effectiveAt.getTime() <= at.getTime(),
    billingContinues: extra.billingContinues ?? false,
  };
}

/**
 * Every action on a line at instant `at`, in the tenant's zone. `offers` are the catalog's offers
 * a plan change may go to (the line's own offer is skipped); `pending` the line's scheduled actions.
 */
export function lineActions(
  line: LineFacts,
  offers: readonly OfferFacts[],
  pending: readonly PendingLineAction[],
  at: Date,
  zone: string,
): LineActionEligibility[] {
  const base = lineRefusal(line.state);
  const terminationPending = pending.some((p) => p.type === 'termination');
  const blockedByTermination: Refusal | null = terminationPending
    ? { code: 'line.termination_pending' }
    : null;
  const firstOfNext = firstOfNextMonth(at, zone);
  const out: LineActionEligibility[] = [];

  // ACT-01: suspension and reactivation take effect at once; the plan is still billed.
  out.push(
    entry(
      'suspend',
      null,
      base ?? (line.state === 'suspended' ? { code: 'line.already_suspended' } : null),
      at,
      at,
      { billingContinues: true },
    ),
  );
  out.push(
    entry(
      'reactivate',
      null,
      base ?? (line.state !== 'suspended' ? { code: 'line.not_suspended' } : null),
      at,
      at,
    ),
  );

  // ACT-03/ACT-04 + CAL-05: upgrade/downgrade and blocked↔unblocked migration on the 1st of next
  // month, 00:00 tenant time; the catalog's planChange says what the change is or why not.
  const changePending = pending.some((p) => p.type === 'plan_change');
  for (const to of offers) {
    if (to.code === line.offer.code) continue;
    const change = planChange(line.offer, to);
    const refusal =
      base ??
      (change.ok ? null : change.refusal) ??
      blockedByTermination ??
      (changePending ? { code: 'line.change_pending' } : null);
    out.push(
      entry('plan_change', to.code, refusal, firstOfNext, at, { change: change.ok ? change.kind : null }),
    );
  }

  for (const option of line.options) {
    if (option.status === 'terminated') continue;
    // ACT-02: an option is never suspended, only terminated; listed so the page says why.
    out.push(entry('option_suspension', option.id, { code: 'line.option_not_suspendable' }, at, at));
    // ACT-05 + ACT-10: an Orange option ends on the 1st of next month (its last day is the end of
    // this month); a Bouygues option ends at once.
    const effectiveAt = line.network === 'orange' ? firstOfNext : at;
    const optionRefusal =
      base ??
      blockedByTermination ??
      (option.status !== 'active' ? { code: 'line.not_active' } : null) ??
      optionTerminable(line.offer, option.facts) ??
      (pending.some((p) => p.type === 'option_termination' && p.target === option.id)
        ? { code: 'line.change_pending' }
        : null);
    out.push(entry('option_termination', option.id, optionRefusal, effectiveAt, at));
  }

  // Termination: at once by default, or at a chosen date (terminationInstant); Reading 7 bills the
  // month it falls in.
  out.push(entry('termination', null, base ?? blockedByTermination, at, at));
  return out;
}

/**
 * Options that cannot be terminated on their own: the eSIM option is the SIM itself (ACT-07: a SIM
 * swap changes it), and a zone's roaming choice made at order must stay (ORD-09: replaced, never
 * removed).
 */
function optionTerminable(offer: OfferFacts, option: OptionFacts): Refusal | null {
  if (option.kind === 'esim') return { code: 'line.option_esim', params: { option: option.code } };
  if (
    (option.kind === 'roaming' || option.kind === 'cutoff') &&
    option.zone !== null &&
    offer.roamingZonesAtOrder.includes(option.zone)
  )
    return { code: 'line.option_roaming_required', params: { option: option.code } };
  return null;
}

/**
 * When a termination requested at `at` for local date `date` ('YYYY-MM-DD', tenant zone) takes
 * effect: at once for today (or no date), 00:00 local on a later date; a past date is refused.
 */
export function terminationInstant(
  at: Date,
  date: string | null,
  zone: string,
): { ok: true; effectiveAt: Date } | { ok: false; refusal: Refusal } {
  const today = toLocalDate(at, zone);
  if (date === null || date === today) return { ok: true, effectiveAt: at };
  if (date < today) return { ok: false, refusal: { code: 'line.termination_date_past', params: { today } } };
  return { ok: true, effectiveAt: DateTime.fromISO(date, { zone }).startOf('day').toJSDate() };
}

export interface MonthlyItem {
  itemType: 'offer' | 'option';
  code: string;
  /** The monthly price in minor units. */
  monthlyMinor: number;
  /** What the month of the termination already carries for this item (e.g. the pro rata first month). */
  alreadyChargedMinor: number;
}

export interface TerminationCharge {
  itemType: 'offer' | 'option';
  itemCode: string;
  amountMinor: number;
  monthlyMinor: number;
  periodStart: string;
  periodEnd: string;
}

/**
 * Reading 7 (CAT-01): a month started at termination is billed in full. The month the termination
 * takes effect in is due at the monthly price, less what that month already carries (the first
 * month pro rata when the line ends in its activation month).
 */
export function terminationCharges(
  items: readonly MonthlyItem[],
  month: { periodStart: string; periodEnd: string },
): TerminationCharge[] {
  return items
    .filter((i) => i.monthlyMinor > 0 && i.monthlyMinor > i.alreadyChargedMinor)
    .map((i) => ({
      itemType: i.itemType,
      itemCode: i.code,
      amountMinor: i.monthlyMinor - i.alreadyChargedMinor,
      monthlyMinor: i.monthlyMinor,
      ...month,
    }));
}

/**
 * The last month a termination effective at `effectiveAt` starts (Reading 7): the month of that
 * instant, except at 00:00 on the 1st, which starts no month (the previous one is the last).
 */
export function terminationMonth(
  effectiveAt: Date,
  zone: string,
): { periodStart: string; periodEnd: string } {
  const local = localDateTime(effectiveAt, zone);
  const lastDay = local.equals(local.startOf('month')) ? local.minus({ days: 1 }) : local;
  return {
    periodStart: lastDay.startOf('month').toFormat('yyyy-MM-dd'),
    periodEnd: lastDay.endOf('month').toFormat('yyyy-MM-dd'),
  };
}

/** "1er décembre 2026 à 00:00" / "1 December 2026 at 00:00", in the tenant's zone (confirmations, e-mails). */
export function formatEffective(at: Date, zone: string, locale: 'fr' | 'en'): string {
  const local = localDateTime(at, zone).setLocale(locale);
  if (locale === 'fr') {
    const day = local.day === 1 ? '1er' : String(local.day);
    return `${day} ${local.toFormat('MMMM yyyy')} à ${local.toFormat('HH:mm')}`;
  }
  return `${local.day} ${local.toFormat('MMMM yyyy')} at ${local.toFormat('HH:mm')}`;
}
