import type { Ctx, Deps } from '../../platform/context.ts';
import { chargePeriod, scheduleNextCharge } from './charge-period.ts';
import { chargeFee } from './charge-fee.ts';
import {
  applyChange,
  boxOf,
  requireSubscription,
  startAction,
  type SubscriptionView,
} from './subscription-view.ts';

/**
 * The installer came: the box model and serial are recorded, the subscription is active, and the
 * installation fee (NET-09: Partner under 4 flats, 300 ₪) is charged on the account (`chargeFee`).
 */
export async function confirmInstallation(
  ctx: Ctx,
  deps: Pick<Deps, 'actions'>,
  id: string,
  input: { boxModel: string; boxSerial: string },
): Promise<SubscriptionView> {
  const { row, catalog: c } = await startAction(ctx, id, 'confirm_installation');
  const box = boxOf(c, row.operator, input.boxModel);
  if (row.installation_fee_minor > 0)
    await chargeFee(
      ctx.tx,
      row,
      c,
      { code: 'partner-installation-small-building', amountMinor: row.installation_fee_minor },
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
