import type { Ctx, Deps } from '../../platform/context.ts';
import { mailCustomer } from './mail-customer.ts';
import { localDateTime } from '../../platform/calendar/zone.ts';
import { OPERATOR_NAMES } from './model.ts';
import { PLAN_CHANGE, scheduleChange } from './lifecycle-actions.ts';
import { planChangeAt, planChangeRefusal } from './lifecycle-rules.ts';
import { planChangeConfirmed } from './lifecycle-templates.ts';
import { decide, lifecycleAfter, refuseLifecycle, type LifecycleView } from './lifecycle-view.ts';
import { planOf } from './subscription-view.ts';

/**
 * NET-02, NET-14, CAL-06, Reading 4: a plan change of an active subscription takes effect at the
 * next Billing Day strictly after the request (on the Billing Day itself: next month's); a fibre
 * plan only after a fibre check of the installation address saying yes; Partner only to its 600 or
 * 1000 MB fibre. The customer gets an e-mail with the date; the change runs as an effective-dated
 * action. Everything is checked before anything is written.
 */
export async function changePlan(
  ctx: Ctx,
  deps: Pick<Deps, 'actions'>,
  id: string,
  input: { planCode: string },
): Promise<LifecycleView> {
  const d = await decide(ctx, id, true);
  const { row, catalog, zone } = d;
  const target = planOf(catalog, row.operator, input.planCode);
  const refusal = planChangeRefusal(d.live, target, d.fibre?.facts ?? null);
  if (refusal) refuseLifecycle(refusal, ctx.locale);
  const effectiveAt = planChangeAt(ctx.now, row.billing_day, zone);
  await scheduleChange(ctx, deps, row, PLAN_CHANGE, {
    kind: 'plan_change',
    details: { from: row.plan_code, to: target.code, eligibilityCheckId: d.fibre?.id ?? null },
    effectiveAt,
  });
  const en = ctx.locale === 'en';
  const current = planOf(catalog, row.operator, row.plan_code);
  await mailCustomer(ctx, row.account_id, planChangeConfirmed, {
    reference: row.reference,
    operatorName: OPERATOR_NAMES[row.operator],
    fromPlan: en ? current.nameEn : current.nameFr,
    toPlan: en ? target.nameEn : target.nameFr,
    effectiveDate: localDateTime(effectiveAt, zone).toFormat('dd/MM/yyyy'),
  });
  return lifecycleAfter(ctx, row.id);
}
