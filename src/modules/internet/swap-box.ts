import type { Ctx } from '../../platform/context.ts';
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
 * Box replacement (NET-10, NET-04's box swap before an extender): the operator swapped the box; the
 * new model and serial are recorded. (The old box's return is not tracked in this slice.)
 */
export async function swapBox(
  ctx: Ctx,
  id: string,
  input: { boxModel: string; boxSerial: string },
): Promise<SubscriptionView> {
  const row = await requireSubscription(ctx, id, true);
  const c = catalogVersion(row.catalog_version);
  const a = actionOf(row, c, ctx.now, await tenantZone(ctx), 'swap_box');
  if (a.refusal) refuse(a.refusal, ctx.locale);
  const box = boxOf(c, row.operator, input.boxModel);
  return applyChange(
    ctx,
    row,
    { box_model: box.code, box_serial: input.boxSerial.trim() },
    'internet.box_swapped',
    { from: row.box_model, to: box.code, serial: input.boxSerial.trim() },
  );
}
