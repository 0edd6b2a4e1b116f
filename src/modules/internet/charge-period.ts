import { Type } from '@sinclair/typebox';
import type { Actor } from '../../platform/auth/principal.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import type { Tx } from '../../platform/db/db.ts';
import { scheduleAction, type ActionRegistry } from '../../platform/jobs/index.ts';
import { actionKind } from '../../platform/module.ts';
import { recordCharge } from '../ledger/service.ts';
import { currentTenant } from '../tenants/service.ts';
import { billableAt, periodCharges, type InternetPeriodCharges } from './billing-rules.ts';
import { claimPeriod } from './billing-store.ts';
import * as store from './store.ts';
import { catalogVersion } from './subscription-view.ts';

export const MONTHLY_CHARGE_KIND = 'internet.monthly_charge';

/**
 * Charges a subscription's period starting at `from` on the account, through the ledger's
 * `recordCharge` (src/modules/ledger/service.ts), once: the period is claimed in the same
 * transaction (internet_charged_periods), so a retry or a second run writes nothing.
 */
export async function chargePeriod(
  tx: Tx,
  row: store.SubscriptionRow,
  from: Date,
  now: Date,
  actor: Actor,
  requestId: string | null,
): Promise<InternetPeriodCharges & { charged: boolean }> {
  const zone = (await currentTenant(tx)).timeZone;
  const catalog = catalogVersion(row.catalog_version);
  const p = periodCharges(
    {
      operator: row.operator,
      state: row.state,
      planCode: row.plan_code,
      services: row.services,
      extenders: row.extenders,
      hasBox: row.box_model !== null,
      billingDay: row.billing_day,
      terminationEffectiveAt: row.termination_effective_at,
    },
    catalog,
    from,
    zone,
  );
  const amountMinor = p.charges.reduce((sum, c) => sum + c.amountMinor, 0);
  const claimed = await claimPeriod(tx, {
    subscriptionId: row.id,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    amountMinor,
    items: { charges: p.charges, toSet: p.toSet },
    now,
  });
  if (!claimed) return { ...p, charged: false };
  for (const c of p.charges)
    await recordCharge(
      tx,
      {
        accountId: row.account_id,
        lineId: null,
        orderId: null,
        kind: p.prorated ? 'first_month' : 'monthly',
        itemType: c.itemType,
        itemCode: c.itemCode,
        amountMinor: c.amountMinor,
        currency: 'ILS',
        vatIncluded: catalog.vatIncluded,
        periodStart: p.periodStart,
        periodEnd: p.periodEnd,
        monthlyMinor: c.monthlyMinor,
      },
      now,
    );
  await recordAudit(tx, actor, now, requestId, {
    entityType: 'internet_subscription',
    entityId: row.id,
    entityLabel: row.reference,
    action: 'internet.period_charged',
    after: {
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      prorated: p.prorated,
      amountMinor,
      items: p.charges.map((c) => c.itemCode),
      toSet: p.toSet,
    },
  });
  return { ...p, charged: true };
}

/** Schedules the charge of the period starting at the next Billing Day. */
export async function scheduleNextCharge(
  tx: Tx,
  registry: ActionRegistry,
  subscriptionId: string,
  at: Date,
  createdBy: string,
  now: Date,
): Promise<void> {
  await scheduleAction(tx, registry, {
    kind: MONTHLY_CHARGE_KIND,
    entityType: 'internet_subscription',
    entityId: subscriptionId,
    effectiveAt: at,
    payload: { subscriptionId },
    createdBy,
    now,
  });
}

/**
 * At each Billing Day, 00:00 local: the period's charges, then the next Billing Day's run. A
 * subscription no longer billable (terminated at this Billing Day, NET-06) stops its runs.
 */
export const MONTHLY_CHARGE = actionKind({
  kind: MONTHLY_CHARGE_KIND,
  payload: Type.Object({ subscriptionId: Type.String({ format: 'uuid' }) }),
  run: async (tx, payload, action, ctx) => {
    if (!ctx.actions) throw new Error('the internet monthly charge needs its registry to reschedule itself');
    const row = await store.subscription(tx, payload.subscriptionId, true);
    if (
      !row ||
      !billableAt(
        { state: row.state, terminationEffectiveAt: row.termination_effective_at },
        action.effectiveAt,
      )
    )
      return { stopped: row?.state ?? 'missing' };
    const p = await chargePeriod(tx, row, action.effectiveAt, ctx.now, SYSTEM_ACTOR, null);
    await scheduleNextCharge(tx, ctx.actions, row.id, p.nextAt, SYSTEM_ACTOR.label, ctx.now);
    return { charged: p.charged, periodStart: p.periodStart, next: p.nextAt.toISOString() };
  },
});
