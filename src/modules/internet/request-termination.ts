import type { Ctx, Deps } from '../../platform/context.ts';
import { enqueueModuleEmail } from '../../platform/notify/index.ts';
import { formatMoney, money } from '../../platform/money/index.ts';
import { localDateTime } from '../../platform/calendar/zone.ts';
import { getAccount } from '../accounts/service.ts';
import { OPERATOR_NAMES } from './model.ts';
import { feeMinor, retentionOffered, terminationDates, type TerminationReason } from './rules.ts';
import { RETURN_POINTS, terminationConfirmed } from './templates.ts';
import { scheduleTermination } from './schedule-termination.ts';
import {
  actionOf,
  applyChange,
  catalogVersion,
  planOf,
  refuse,
  requireSubscription,
  tenantZone,
  type SubscriptionView,
} from './subscription-view.ts';

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
  const row = await requireSubscription(ctx, id, true);
  const c = catalogVersion(row.catalog_version);
  const zone = await tenantZone(ctx);
  const a = actionOf(row, c, ctx.now, zone, 'terminate');
  if (a.refusal) refuse(a.refusal, ctx.locale);
  const { effectiveAt, boxReturnDeadline } = terminationDates(ctx.now, row.billing_day, zone);
  const account = await getAccount(ctx, row.account_id);
  const plan = planOf(c, row.operator, row.plan_code);
  const day = (d: Date) => localDateTime(d, zone).setLocale(ctx.locale).toFormat('dd/MM/yyyy');
  await enqueueModuleEmail(ctx.tx, terminationConfirmed, {
    to: account.email,
    locale: ctx.locale,
    entityType: 'account',
    entityId: account.id,
    now: ctx.now,
    data: {
      customerName: account.displayName,
      reference: row.reference,
      operatorName: OPERATOR_NAMES[row.operator],
      planName: ctx.locale === 'en' ? plan.nameEn : plan.nameFr,
      effectiveDate: day(effectiveAt),
      returnDeadline: day(boxReturnDeadline),
      fee: formatMoney(
        money(feeMinor(c, 'box-not-returned'), 'ILS', true),
        ctx.locale === 'en' ? 'en-IL' : 'fr-FR',
      ),
      returnPointsUrl: RETURN_POINTS[row.operator],
      hot: row.operator === 'hot',
    },
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
