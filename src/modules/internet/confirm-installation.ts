import type { Ctx, Deps } from '../../platform/context.ts';
import { chargePeriod, scheduleNextCharge } from './charge-period.ts';
import { recordCharge } from '../ledger/service.ts';
import {
  actionOf,
  applyChange,
  boxOf,
  catalogVersion,
  refuse,
  requireSubscription,
  tenantZone,
  type SubscriptionView,
} from './subscription-view.ts';

/**
 * The installer came: the box model and serial are recorded, the subscription is active, and the
 * installation fee (NET-09: Partner under 4 flats, 300 ₪) is charged on the account.
 *
 * Charges go through the ledger (`recordCharge`, src/modules/ledger/service.ts), the one writer of
 * account_charges. A fee is neither an offer nor an option: it is written as item type "option"
 * with the fee's catalog code, the closest the ledger's types allow today.
 */
export async function confirmInstallation(
  ctx: Ctx,
  deps: Pick<Deps, 'actions'>,
  id: string,
  input: { boxModel: string; boxSerial: string },
): Promise<SubscriptionView> {
  const row = await requireSubscription(ctx, id, true);
  const c = catalogVersion(row.catalog_version);
  const a = actionOf(row, c, ctx.now, await tenantZone(ctx), 'confirm_installation');
  if (a.refusal) refuse(a.refusal, ctx.locale);
  const box = boxOf(c, row.operator, input.boxModel);
  if (row.installation_fee_minor > 0)
    await recordCharge(
      ctx.tx,
      {
        accountId: row.account_id,
        lineId: null,
        orderId: null,
        kind: 'one_off',
        itemType: 'option',
        itemCode: 'partner-installation-small-building',
        amountMinor: row.installation_fee_minor,
        currency: 'ILS',
        vatIncluded: c.vatIncluded,
        periodStart: null,
        periodEnd: null,
        monthlyMinor: null,
      },
      ctx.now,
    );
  const view = await applyChange(
    ctx,
    row,
    { state: 'active', box_model: box.code, box_serial: input.boxSerial.trim(), installed_at: ctx.now },
    'internet.installed',
    { box: box.code, serial: input.boxSerial.trim(), feeMinor: row.installation_fee_minor },
  );
  // Reading 7, CAL-06: the first period, pro rata from today to the next Billing Day, is charged
  // now; each Billing Day then charges its period (plan, services, extenders, box rental).
  const installed = await requireSubscription(ctx, id);
  const first = await chargePeriod(ctx.tx, installed, ctx.now, ctx.now, ctx.actor, ctx.requestId);
  await scheduleNextCharge(ctx.tx, deps.actions, id, first.nextAt, ctx.actor.label, ctx.now);
  return view;
}
