import { newId } from '../../platform/clock.ts';
import type { Ctx, Deps } from '../../platform/context.ts';
import { mailCustomer } from './mail-customer.ts';
import { localDateTime } from '../../platform/calendar/zone.ts';
import { OPERATOR_NAMES, type Operator } from './model.ts';
import { datedChangeRefusal, switchTiming } from './lifecycle-rules.ts';
import { switchNewInstallation } from './lifecycle-templates.ts';
import {
  decide,
  fibreAt,
  lifecycleAfter,
  recordChange,
  refuseLifecycle,
  type LifecycleView,
} from './lifecycle-view.ts';
import { orderSubscription } from './order-subscription.ts';
import { requestTermination } from './request-termination.ts';
import { planOf } from './subscription-view.ts';

export interface SwitchInput {
  masap: string;
  planCode: string;
  buildingFlats?: number | null;
}

/**
 * NET-07: a switch HOT↔Partner terminates the current subscription at the Billing Day (the
 * termination e-mail, NET-06) and orders the other operator's at the same address (its MASAP,
 * NET-13's eligibility for Partner, NET-09's fee), activated at the Billing Day; the customer then
 * gets the new-installation e-mail. Asked fewer than 4 Israeli business days before the Billing Day
 * it is still done (the page warned). Either both are written or neither (one transaction).
 */
export async function switchProvider(
  ctx: Ctx,
  deps: Pick<Deps, 'actions'>,
  id: string,
  input: SwitchInput,
): Promise<LifecycleView & { late: boolean }> {
  const d = await decide(ctx, id, true);
  const { row, catalog, zone } = d;
  const refusal = datedChangeRefusal(d.live);
  if (refusal) refuseLifecycle(refusal, ctx.locale);
  const other: Operator = row.operator === 'hot' ? 'partner' : 'hot';
  const plan = planOf(catalog, other, input.planCode);
  const check = await fibreAt(ctx, row.account_id, other, row.address, zone);
  const created = await orderSubscription(ctx, {
    accountId: row.account_id,
    operator: other,
    masap: input.masap,
    address: row.address,
    buildingFlats: input.buildingFlats ?? null,
    planCode: plan.code,
    eligibilityCheckId: check?.id ?? null,
  });
  await requestTermination(ctx, deps, row.id, { reason: 'other' });
  const { effectiveAt, late } = switchTiming(ctx.now, row.billing_day, zone);
  await recordChange(ctx, row, {
    id: newId(),
    kind: 'provider_switch',
    state: 'done',
    details: {
      operator: other,
      operatorName: OPERATOR_NAMES[other],
      plan: plan.code,
      newSubscriptionId: created.id,
      newSubscriptionReference: created.reference,
      late,
    },
    effective_at: effectiveAt,
  });
  await mailCustomer(ctx, row.account_id, switchNewInstallation, {
    reference: created.reference,
    operatorName: OPERATOR_NAMES[other],
    planName: ctx.locale === 'en' ? plan.nameEn : plan.nameFr,
    effectiveDate: localDateTime(effectiveAt, zone).toFormat('dd/MM/yyyy'),
  });
  return { ...(await lifecycleAfter(ctx, row.id)), late };
}
