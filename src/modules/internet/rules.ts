import { DateTime } from 'luxon';
import { addDays, nextBillingDay } from '../../platform/calendar/index.ts';
import { localDateTime } from '../../platform/calendar/zone.ts';
import { parseMoney } from '../../platform/money/index.ts';
import type { BoxDef, InternetCatalogData, Operator, PlanDef } from './model.ts';

/**
 * Pure rules of the internet subscriptions (issue 11): plain data and an instant in, never the
 * clock. The service refuses a request with the same refusal the page shows, so they never disagree.
 */

export const SUBSCRIPTION_STATES = [
  'ordered',
  'eligibility_checked',
  'installation_booked',
  'active',
  'termination_pending',
  'terminated',
  'box_returned',
  'fee_charged',
] as const;
export type SubscriptionState = (typeof SUBSCRIPTION_STATES)[number];

/** A refusal: an error code of ./errors.ts and its parameters. */
export interface Refusal {
  code:
    | 'internet.masap_invalid'
    | 'internet.eligibility_required'
    | 'internet.not_eligible'
    | 'internet.eligibility_mismatch'
    | 'internet.flats_required'
    | 'internet.wrong_state'
    | 'internet.not_active'
    | 'internet.extender_needs_box_swap'
    | 'internet.extender_limit'
    | 'internet.box_not_returnable'
    | 'internet.bezeq_partner_only'
    | 'internet.bezeq_pending'
    | 'internet.bezeq_not_pending'
    | 'internet.wifi_pending'
    | 'internet.wifi_not_pending'
    | 'internet.tracking_number_invalid'
    | 'internet.old_box_already_returned'
    | 'internet.old_box_fee_charged';
  params?: Record<string, string | number>;
}

// --- ACC-03: the operator's customer number ---------------------------------------------------

/**
 * ACC-03: the MASAP as each operator writes it. Partner's starts with "a" (seed 000) followed by
 * digits; HOT's is digits only. (Relais) The length, 5 to 12 characters after the prefix, is our
 * choice: the seed shows no number.
 */
const MASAP_FORMS: Readonly<Record<Operator, { re: RegExp; fr: string; en: string }>> = {
  hot: { re: /^\d{5,12}$/, fr: 'de 5 à 12 chiffres', en: '5 to 12 digits' },
  partner: {
    re: /^a\d{5,12}$/,
    fr: 'la lettre « a » suivie de 5 à 12 chiffres',
    en: 'the letter "a" then 5 to 12 digits',
  },
};

export type MasapCheck = { ok: true; value: string } | { ok: false; refusal: Refusal };

/** Spaces and dashes are dropped and the letter lower-cased ("A 1234-567" → "a1234567"). */
export function checkMasap(operator: Operator, input: string, locale: 'fr' | 'en' = 'fr'): MasapCheck {
  const value = input.replace(/[\s-]/g, '').toLowerCase();
  const form = MASAP_FORMS[operator];
  if (form.re.test(value)) return { ok: true, value };
  return {
    ok: false,
    refusal: {
      code: 'internet.masap_invalid',
      params: { operator: operator === 'hot' ? 'HOT' : 'Partner', form: form[locale], value: input },
    },
  };
}

// --- NET-02 / NET-13: fibre eligibility ---------------------------------------------------------

/** NET-13: every Partner installation (Partner is fibre only) and every HOT fibre plan needs it. */
export function needsEligibility(operator: Operator, plan: Pick<PlanDef, 'fibre'>): boolean {
  return operator === 'partner' || plan.fibre;
}

/** Addresses compare without case, accents, punctuation or repeated spaces. */
export function normalizeAddress(address: string): string {
  return address
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface EligibilityFacts {
  accountId: string;
  operator: Operator;
  address: string;
  fibreEligible: boolean;
  checkedAt: Date;
}

/**
 * Whether a check (by the operator's interface or recorded by an agent: both count) allows a fibre
 * installation of this account at this address with this operator; the refusal otherwise.
 */
export function eligibilityRefusal(
  check: EligibilityFacts | null,
  want: { accountId: string; operator: Operator; address: string },
  zone: string,
): Refusal | null {
  const name = want.operator === 'hot' ? 'HOT' : 'Partner';
  if (!check) return { code: 'internet.eligibility_required', params: { operator: name } };
  if (
    check.accountId !== want.accountId ||
    check.operator !== want.operator ||
    normalizeAddress(check.address) !== normalizeAddress(want.address)
  )
    return { code: 'internet.eligibility_mismatch' };
  if (!check.fibreEligible)
    return {
      code: 'internet.not_eligible',
      params: { operator: name, date: localDateTime(check.checkedAt, zone).toFormat('dd/MM/yyyy') },
    };
  return null;
}

// --- NET-09: installation fee ----------------------------------------------------------------------

export const SMALL_BUILDING_FLATS = 4;

/**
 * NET-09: installation is free, except Partner in a building of fewer than 4 flats (300 ₪, from the
 * catalog's fee). Partner needs the number of flats to know; HOT does not.
 */
export function installationFee(
  operator: Operator,
  flats: number | null,
  catalog: Pick<InternetCatalogData, 'fees'>,
): { ok: true; feeMinor: number; feeCode: string | null } | { ok: false; refusal: Refusal } {
  if (operator !== 'partner') return { ok: true, feeMinor: 0, feeCode: null };
  if (flats === null) return { ok: false, refusal: { code: 'internet.flats_required' } };
  if (flats >= SMALL_BUILDING_FLATS) return { ok: true, feeMinor: 0, feeCode: null };
  const fee = feeMinor(catalog, 'partner-installation-small-building');
  return { ok: true, feeMinor: fee, feeCode: 'partner-installation-small-building' };
}

export function feeMinor(catalog: Pick<InternetCatalogData, 'fees'>, code: string): number {
  const fee = catalog.fees.find((f) => f.code === code);
  if (!fee?.amount) throw new Error(`internet fee ${code} has no price`);
  return Number(parseMoney(fee.amount, 'ILS', true).amount);
}

export function monthlyMinor(amount: string | null): number | null {
  return amount === null ? null : Number(parseMoney(amount, 'ILS', true).amount);
}

// --- NET-06 / CAL-06 / Reading 4: termination and the box's return ------------------------------

/** NET-06: the box and its power cable are due back within 30 days of the termination. */
export const BOX_RETURN_DAYS = 30;

/**
 * NET-06, CAL-06, Reading 4: a termination takes effect at the next Billing Day strictly after the
 * request (a request on the Billing Day itself waits for next month's), at 00:00 local time; the
 * box-return deadline is 30 calendar days later, at 00:00 local time (DST-safe: local days).
 */
export function terminationDates(
  requestedAt: Date,
  billingDay: number,
  zone: string,
): { effectiveAt: Date; boxReturnDeadline: Date } {
  const effectiveAt = nextBillingDay(requestedAt, billingDay, zone);
  return { effectiveAt, boxReturnDeadline: boxReturnDeadline(effectiveAt, zone) };
}

/**
 * NET-06, NET-10: a box is due back 30 calendar days after it left service (the termination's date,
 * or a box replacement's instant for the old box), at 00:00 local time (DST-safe: local days).
 */
export function boxReturnDeadline(from: Date, zone: string): Date {
  return DateTime.fromJSDate(from, { zone }).plus({ days: BOX_RETURN_DAYS }).startOf('day').toJSDate();
}

/**
 * NET-10: the old box of a replacement is recorded returned once, and not after its 250 ₪ was
 * charged (the deadline passed): the same outcome as a termination's box, never both.
 */
export function oldBoxReturnRefusal(swap: {
  returnedAt: Date | null;
  feeChargedAt: Date | null;
}): Refusal | null {
  if (swap.returnedAt) return { code: 'internet.old_box_already_returned' };
  if (swap.feeChargedAt) return { code: 'internet.old_box_fee_charged' };
  return null;
}

// --- NET-04 / NET-17 / Reading 16: Wi-Fi extenders ---------------------------------------------

/**
 * NET-04, CAL-03: a courier delivers an extender in 2 to 3 Israeli business days (Sun–Thu minus
 * Israeli holidays), counted from the day after the order.
 */
export function extenderDelivery(orderedAt: Date, zone: string): { from: Date; to: Date } {
  const opts = { country: 'IL' as const, zone, kind: 'business' as const };
  return { from: addDays(orderedAt, 2, opts), to: addDays(orderedAt, 3, opts) };
}

/**
 * NET-04: the courier's tracking number as the agent copies it: spaces dropped, letters
 * upper-cased; 4 to 40 letters, digits or dashes. (Relais) The form is our choice: the seed shows
 * no tracking number.
 */
export function checkTrackingNumber(
  input: string,
): { ok: true; value: string } | { ok: false; refusal: Refusal } {
  const value = input.replace(/\s/g, '').toUpperCase();
  if (/^[A-Z0-9][A-Z0-9-]{3,39}$/.test(value)) return { ok: true, value };
  return { ok: false, refusal: { code: 'internet.tracking_number_invalid', params: { value: input } } };
}

export interface SubscriptionFacts {
  operator: Operator;
  state: SubscriptionState;
  plan: Pick<PlanDef, 'code' | 'nameFr' | 'maxExtenders'>;
  box: Pick<BoxDef, 'code' | 'nameFr' | 'extenderCompatible'> | null;
  extenders: number;
  billingDay: number;
  needsEligibility: boolean;
  /** NET-09: the booked installation waits for Bezeq (reported, not yet rescheduled). */
  bezeqPending: boolean;
  /** NET-12: a Wi-Fi change handed to HOT, not yet confirmed done. */
  wifiPending: boolean;
}

/**
 * NET-04, Reading 16: HOT extenders need a Hot Box 5 or 5f (else the box swap is offered first);
 * a plan with a limit (HOT 500 MB: one) refuses one more; Partner has neither condition.
 */
export function extenderRefusal(s: SubscriptionFacts): Refusal | null {
  if (s.state !== 'active') return { code: 'internet.not_active', params: { state: s.state } };
  if (s.operator === 'hot' && !s.box?.extenderCompatible)
    return { code: 'internet.extender_needs_box_swap', params: { box: s.box?.nameFr ?? '—' } };
  if (s.plan.maxExtenders !== null && s.extenders >= s.plan.maxExtenders)
    return { code: 'internet.extender_limit', params: { plan: s.plan.nameFr, max: s.plan.maxExtenders } };
  return null;
}

// --- The actions of the subscription page -------------------------------------------------------

export const ACTION_TYPES = [
  'book_installation',
  'confirm_installation',
  'add_extender',
  'swap_box',
  'terminate',
  'record_box_return',
  'set_wifi',
  'report_bezeq',
  'reschedule_installation',
  'confirm_wifi',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export interface ActionEligibility {
  type: ActionType;
  allowed: boolean;
  refusal: Refusal | null;
  /** When it takes effect if asked at the given instant (null: refused). */
  effectiveAt: Date | null;
  /** One-off fee in minor units (ILS) and monthly price (null: none or "à définir"). */
  feeMinor: number;
  monthlyMinor: number | null;
  /** CS-08: a fee that applies later if a condition is not met (the box not returned: 250 ₪). */
  conditionalFeeMinor: number | null;
  /** NET-04: the extender's refusal on a HOT box offers the box swap. */
  offer: 'box_swap' | null;
}

const wrongState = (state: SubscriptionState): Refusal => ({
  code: 'internet.wrong_state',
  params: { state },
});

/**
 * Every action of the page, with whether it is allowed, why not, when it takes effect and what it
 * costs, for a subscription at an instant in the tenant's zone.
 */
export function subscriptionActions(
  s: SubscriptionFacts,
  at: Date,
  zone: string,
  prices: { extenderMonthlyMinor: number | null; installationFeeMinor: number; boxNotReturnedMinor: number },
): ActionEligibility[] {
  const entry = (
    type: ActionType,
    refusal: Refusal | null,
    effectiveAt: Date,
    extra: Partial<
      Pick<ActionEligibility, 'feeMinor' | 'monthlyMinor' | 'offer' | 'conditionalFeeMinor'>
    > = {},
  ): ActionEligibility => ({
    type,
    allowed: refusal === null,
    refusal,
    effectiveAt: refusal ? null : effectiveAt,
    feeMinor: extra.feeMinor ?? 0,
    monthlyMinor: extra.monthlyMinor ?? null,
    conditionalFeeMinor: extra.conditionalFeeMinor ?? null,
    offer: extra.offer ?? null,
  });
  const bookable =
    s.state === 'eligibility_checked' || (s.state === 'ordered' && !s.needsEligibility)
      ? null
      : s.state === 'ordered'
        ? {
            code: 'internet.eligibility_required' as const,
            params: { operator: s.operator === 'hot' ? 'HOT' : 'Partner' },
          }
        : wrongState(s.state);
  const extender = extenderRefusal(s);
  const termination = terminationDates(at, s.billingDay, zone);
  const terminable = s.state === 'active' ? null : wrongState(s.state);
  const returnable =
    s.state === 'termination_pending' || s.state === 'terminated'
      ? null
      : { code: 'internet.box_not_returnable' as const };
  const live =
    s.state === 'active' ? null : { code: 'internet.not_active' as const, params: { state: s.state } };
  const ended = s.state === 'terminated' || s.state === 'box_returned' || s.state === 'fee_charged';
  const booked = s.state === 'installation_booked' ? null : wrongState(s.state);
  const bezeqWait = s.bezeqPending ? { code: 'internet.bezeq_pending' as const } : null;
  return [
    entry('book_installation', bookable, at),
    entry('confirm_installation', booked ?? bezeqWait, at, {
      feeMinor: prices.installationFeeMinor,
    }),
    entry('add_extender', extender, extenderDelivery(at, zone).to, {
      monthlyMinor: prices.extenderMonthlyMinor,
      offer: extender?.code === 'internet.extender_needs_box_swap' ? 'box_swap' : null,
    }),
    entry('swap_box', live, at),
    // CS-08: the termination itself is free; the box not returned in 30 days costs 250 ₪.
    entry('terminate', terminable, termination.effectiveAt, {
      conditionalFeeMinor: prices.boxNotReturnedMinor,
    }),
    entry('record_box_return', returnable, at),
    entry(
      'set_wifi',
      ended ? wrongState(s.state) : s.wifiPending ? { code: 'internet.wifi_pending' } : null,
      at,
    ),
    // NET-09: the estimate's end is shown as the date, never as a deadline.
    entry('report_bezeq', bezeqRefusal(s), bezeqEstimate(at, zone).to),
    entry(
      'reschedule_installation',
      booked ?? (s.bezeqPending ? null : { code: 'internet.bezeq_not_pending' }),
      at,
    ),
    entry('confirm_wifi', s.wifiPending ? null : { code: 'internet.wifi_not_pending' }, at),
  ];
}

// --- NET-09: Bezeq infrastructure not ready -------------------------------------------------------

/**
 * NET-09: only Partner's fibre runs on Bezeq's infrastructure; the installer finds it on the day of
 * a booked installation; one report at a time.
 */
export function bezeqRefusal(
  s: Pick<SubscriptionFacts, 'operator' | 'state' | 'bezeqPending'>,
): Refusal | null {
  if (s.operator !== 'partner') return { code: 'internet.bezeq_partner_only' };
  if (s.state !== 'installation_booked') return wrongState(s.state);
  if (s.bezeqPending) return { code: 'internet.bezeq_pending' };
  return null;
}

/**
 * NET-09: when Partner's fibre runs on a Bezeq infrastructure that is not ready, the installation
 * waits for Bezeq; about 3–4 Israeli business days (CAL-03: Sun–Thu minus holidays) is shown as an
 * estimate, never as a deadline.
 */
export function bezeqEstimate(reportedAt: Date, zone: string): { from: Date; to: Date } {
  const opts = { country: 'IL' as const, zone, kind: 'business' as const };
  return { from: addDays(reportedAt, 3, opts), to: addDays(reportedAt, 4, opts) };
}

// --- NET-12: Wi-Fi name and password ---------------------------------------------------------------

/**
 * NET-12: HOT's Wi-Fi is changed only by HOT (we pass the new values on, then the agent records it
 * done); Partner's we change ourselves, at once.
 */
export function wifiChangeBy(operator: Operator): 'operator' | 'us' {
  return operator === 'hot' ? 'operator' : 'us';
}

// --- NET-15 / NET-16: the installation appointment ----------------------------------------------

/** NET-15: the customer is reachable and present for the installer's visit, 30 to 45 minutes. */
export const INSTALLATION_MINUTES = { min: 30, max: 45 } as const;

/**
 * NET-15, NET-16: a booking has a slot (the window: from the slot to 45 minutes later), except in a
 * building with no existing installation, which has no default delay: no due date at all.
 */
export function installationAppointment(input: {
  slot: Date | null;
  noExistingInstallation: boolean;
}):
  | { ok: true; at: Date | null; until: Date | null }
  | { ok: false; code: 'internet.installation_slot_required' } {
  if (input.noExistingInstallation) return { ok: true, at: null, until: null };
  if (!input.slot) return { ok: false, code: 'internet.installation_slot_required' };
  return { ok: true, at: input.slot, until: installationUntil(input.slot) };
}

export function installationUntil(slot: Date): Date {
  return new Date(slot.getTime() + INSTALLATION_MINUTES.max * 60_000);
}

/** Why a customer ends a subscription (the termination form's choices). */
export const TERMINATION_REASONS = ['price', 'quality', 'moving', 'other'] as const;
export type TerminationReason = (typeof TERMINATION_REASONS)[number];

/** CS-06: termination offers retention when the reason is price or quality, and only then. */
export function retentionOffered(reason: TerminationReason): boolean {
  return reason === 'price' || reason === 'quality';
}
