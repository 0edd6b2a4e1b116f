import type { Ctx, Deps } from '../../platform/context.ts';
import { mailCustomer } from './mail-customer.ts';
import { formatMoney, money } from '../../platform/money/index.ts';
import { localDateTime } from '../../platform/calendar/zone.ts';
import { OPERATOR_NAMES } from './model.ts';
import { feeMinor, retentionOffered, terminationDates, type TerminationReason } from './rules.ts';
import { terminationConfirmed } from './templates.ts';
import { returnPlacesOf } from './data/return-places.ts';
import { scheduleTermination } from './schedule-termination.ts';
import { applyChange, planOf, startAction, type SubscriptionView } from './subscription-view.ts';

export { TERMINATION_REASONS } from './rules.ts';

/**
 * NET-06, NET-11, CS-06, CS-08: the customer asked by e-mail (naming this subscription). The
 * termination takes effect at the Billing Day (CAL-06; on the Billing Day itself, next month's:
 * Reading 4); the confirmation e-mail gives the date, the steps and the fee; two effective-dated
 * actions run the termination and, 30 days later, the box-return deadline (250 ₪ unless returned).
 */
export async function requestTermination(
  ctx: Ctx,
  deps: Pick<Deps, 'actions'>,
  id: string,
  input: { reason: TerminationReason },
): Promise<SubscriptionView & { retentionSuggested: boolean }> {
  const { row, catalog: c, zone } = await startAction(ctx, id, 'terminate');
  const { effectiveAt, boxReturnDeadline } = terminationDates(ctx.now, row.billing_day, zone);
  const plan = planOf(c, row.operator, row.plan_code);
  const day = (d: Date) => localDateTime(d, zone).setLocale(ctx.locale).toFormat('dd/MM/yyyy');
  await mailCustomer(ctx, row.account_id, terminationConfirmed, {
    reference: row.reference,
    operatorName: OPERATOR_NAMES[row.operator],
    planName: ctx.locale === 'en' ? plan.nameEn : plan.nameFr,
    effectiveDate: day(effectiveAt),
    returnDeadline: day(boxReturnDeadline),
    fee: formatMoney(
      money(feeMinor(c, 'box-not-returned'), 'ILS', true),
      ctx.locale === 'en' ? 'en-IL' : 'fr-FR',
    ),
    returnPlaces: returnPlacesOf(row.operator, ctx.locale),
  });
  await scheduleTermination(ctx, deps, row.id, { effectiveAt, boxReturnDeadline });
  const view = await applyChange(
    ctx,
    row,
    {
      state: 'termination_pending',
      termination_requested_at: ctx.now,
      termination_reason: input.reason,
      termination_effective_at: effectiveAt,
      box_return_deadline: boxReturnDeadline,
    },
    'internet.termination_requested',
    {
      reason: input.reason,
      effectiveAt: effectiveAt.toISOString(),
      boxReturnDeadline: boxReturnDeadline.toISOString(),
    },
  );
  // CS-06: retention is offered when the reason is price or quality.
  return { ...view, retentionSuggested: retentionOffered(input.reason) };
}
