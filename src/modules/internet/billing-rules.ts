import { DateTime } from 'luxon';
import { nextBillingDay } from '../../platform/calendar/index.ts';
import type { InternetCatalogData, Operator } from './model.ts';
import { monthlyMinor, type SubscriptionState } from './rules.ts';

/**
 * Pure rules of an internet subscription's monthly charges (issue 11; NET-02/NET-06: changes and
 * terminations take effect at the Billing Day, so the subscription is billed per Billing Day
 * period; CAL-06; Reading 7: the first period pro rata; Reading 17: the box rental is monthly and
 * "à définir"). Plain data and an instant in, never the clock.
 */

export interface BillableSubscription {
  operator: Operator;
  state: SubscriptionState;
  planCode: string;
  services: readonly string[];
  extenders: number;
  hasBox: boolean;
  billingDay: number;
  terminationEffectiveAt: Date | null;
}

export interface InternetChargeDraft {
  itemType: 'offer' | 'option';
  itemCode: string;
  amountMinor: number;
  /** The full period's price (for a pro rata, what it was computed from). */
  monthlyMinor: number;
}

export interface InternetPeriodCharges {
  /** Local dates, inclusive. */
  periodStart: string;
  periodEnd: string;
  /** The next Billing Day, 00:00 local: when the next period is charged. */
  nextAt: Date;
  /** Reading 7: the first period, from the installation day, pro rata. */
  prorated: boolean;
  charges: InternetChargeDraft[];
  /** Items the catalog has no price for yet ("à définir"): nothing is charged for them. */
  toSet: string[];
}

/**
 * CAL-06: a subscription is billed while it is active or its termination has not yet taken
 * effect at the period's start (NET-06: termination at the Billing Day).
 */
export function billableAt(
  s: Pick<BillableSubscription, 'state' | 'terminationEffectiveAt'>,
  at: Date,
): boolean {
  if (s.state === 'active') return true;
  return (
    s.state === 'termination_pending' &&
    s.terminationEffectiveAt !== null &&
    s.terminationEffectiveAt.getTime() > at.getTime()
  );
}

/**
 * The charges of the period starting at `from` (a Billing Day at 00:00 local, or the installation
 * instant for the first period, then pro rata of the days) up to the day before the next Billing
 * Day. Plan, each monthly service (fixed IP / DNS 20 ₪), the extenders' rental (each at the
 * operator's extender price), the box rental; a null price is listed in `toSet`, never guessed.
 */
export function periodCharges(
  s: BillableSubscription,
  catalog: Pick<InternetCatalogData, 'plans' | 'services' | 'fees'>,
  from: Date,
  zone: string,
): InternetPeriodCharges {
  const next = DateTime.fromJSDate(nextBillingDay(from, s.billingDay, zone), { zone });
  const before = next.minus({ months: 1 });
  const fullStart = before.set({ day: Math.min(s.billingDay, before.daysInMonth ?? 28) }).startOf('day');
  const start = DateTime.fromJSDate(from, { zone }).startOf('day');
  const periodDays = Math.round(next.diff(fullStart, 'days').days);
  const days = Math.round(next.diff(start, 'days').days);
  const prorated = days < periodDays;
  const share = (monthly: number) => (prorated ? Math.round((monthly * days) / periodDays) : monthly);
  const charges: InternetChargeDraft[] = [];
  const toSet: string[] = [];
  const add = (itemType: 'offer' | 'option', itemCode: string, amount: string | null, count = 1) => {
    const m = monthlyMinor(amount);
    if (m === null) toSet.push(itemCode);
    else if (count > 0)
      charges.push({ itemType, itemCode, amountMinor: share(m * count), monthlyMinor: m * count });
  };
  const plan = catalog.plans.find((p) => p.code === s.planCode && p.operator === s.operator);
  add('offer', s.planCode, plan?.monthly ?? null);
  // The extender's service code marks the subscription's extenders: they are charged by count below.
  for (const code of s.services) {
    const service = catalog.services.find((x) => x.code === code);
    if (service?.kind !== 'extender') add('option', code, service?.monthly ?? null);
  }
  if (s.extenders > 0) {
    const ext = catalog.services.find((x) => x.operator === s.operator && x.kind === 'extender');
    add('option', ext?.code ?? 'extender', ext?.monthly ?? null, s.extenders);
  }
  if (s.hasBox)
    add('option', 'box-rental', catalog.fees.find((f) => f.code === 'box-rental')?.amount ?? null);
  return {
    periodStart: start.toISODate()!,
    periodEnd: next.minus({ days: 1 }).toISODate()!,
    nextAt: next.toJSDate(),
    prorated,
    charges,
    toSet,
  };
}
