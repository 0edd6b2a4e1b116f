import { newId } from '../../platform/clock.ts';
import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { getAccount } from '../accounts/service.ts';
import { assertSells } from '../tenants/service.ts';
import type { Operator } from './model.ts';
import { checkMasap, eligibilityRefusal, installationFee, needsEligibility } from './rules.ts';
import * as store from './store.ts';
import { catalogAt, planOf, refuse, tenantZone, viewOf, type SubscriptionView } from './subscription-view.ts';

export interface OrderSubscriptionInput {
  accountId: string;
  operator: Operator;
  masap: string;
  address: string;
  buildingFlats: number | null;
  planCode: string;
  eligibilityCheckId: string | null;
}

/**
 * A new internet subscription on a customer account (issue 11 §2, §3 "new installation"): the
 * MASAP in its operator's form (ACC-03), a plan of the catalog in effect, the fibre eligibility
 * that NET-02/NET-13 require (an operator's or an agent's check of this account and address), the
 * installation fee of NET-09 (Partner under 4 flats: 300 ₪), the account's Billing Day (CAL-06).
 * Everything is checked before anything is written.
 */
export async function orderSubscription(ctx: Ctx, input: OrderSubscriptionInput): Promise<SubscriptionView> {
  await assertSells(ctx.tx, 'internet');
  const account = await getAccount(ctx, input.accountId);
  const masap = checkMasap(input.operator, input.masap, ctx.locale);
  if (!masap.ok) refuse(masap.refusal, ctx.locale);
  const catalog = await catalogAt(ctx);
  const plan = planOf(catalog, input.operator, input.planCode);
  const address = input.address.trim();
  let checkId: string | null = null;
  if (needsEligibility(input.operator, plan)) {
    const check = input.eligibilityCheckId ? await store.eligibility(ctx.tx, input.eligibilityCheckId) : null;
    if (input.eligibilityCheckId && !check)
      // The id came in the body: the field's pointer says which one (the message names no id).
      throw new AppError('internet.eligibility_not_found', {}, [
        { pointer: '/body/eligibilityCheckId', code: 'unknown', detail: '' },
      ]);
    const refusal = eligibilityRefusal(
      check
        ? {
            accountId: check.account_id,
            operator: check.operator,
            address: check.address,
            fibreEligible: check.fibre_eligible,
            checkedAt: check.checked_at,
          }
        : null,
      { accountId: account.id, operator: input.operator, address },
      await tenantZone(ctx),
    );
    if (refusal) refuse(refusal, ctx.locale);
    checkId = check?.id ?? null;
  }
  const fee = installationFee(input.operator, input.buildingFlats, catalog);
  if (!fee.ok) refuse(fee.refusal, ctx.locale);
  const id = newId();
  await store.insertSubscription(ctx.tx, {
    id,
    reference: `INT-${id.replace(/-/g, '').slice(-8).toUpperCase()}`,
    account_id: account.id,
    operator: input.operator,
    masap: masap.value,
    address,
    building_flats: input.buildingFlats,
    plan_code: plan.code,
    catalog_version: catalog.id,
    eligibility_check_id: checkId,
    billing_day: account.billingDay,
    state: checkId ? 'eligibility_checked' : 'ordered',
    installation_fee_minor: fee.feeMinor,
    now: ctx.now,
  });
  const row = await store.subscription(ctx.tx, id);
  if (!row) throw new Error('subscription not written');
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'internet_subscription',
    entityId: id,
    entityLabel: row.reference,
    action: 'internet.ordered',
    after: {
      accountId: account.id,
      operator: input.operator,
      plan: plan.code,
      installationFeeMinor: fee.feeMinor,
    },
  });
  return viewOf(ctx, row);
}

export async function listSubscriptions(ctx: Ctx, accountId: string): Promise<SubscriptionView[]> {
  await getAccount(ctx, accountId);
  const rows = await store.subscriptionsOfAccount(ctx.tx, accountId);
  const out: SubscriptionView[] = [];
  for (const r of rows) out.push(await viewOf(ctx, r));
  return out;
}
