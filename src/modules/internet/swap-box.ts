import type { Ctx, Deps } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { boxReturnDeadline } from './rules.ts';
import * as equipment from './equipment-store.ts';
import { scheduleOldBoxReturn } from './schedule-termination.ts';
import { applyChange, boxOf, startAction, type SubscriptionView } from './subscription-view.ts';

/**
 * Box replacement (NET-10, NET-04's box swap before an extender): the operator swapped the box; the
 * new model and serial are recorded, and the old box's return is tracked like a termination's: due
 * 30 days later, else 250 ₪ charged by the same deadline job.
 */
export async function swapBox(
  ctx: Ctx,
  deps: Pick<Deps, 'actions'>,
  id: string,
  input: { boxModel: string; boxSerial: string },
): Promise<SubscriptionView> {
  const { row, catalog, zone } = await startAction(ctx, id, 'swap_box');
  const box = boxOf(catalog, row.operator, input.boxModel);
  const serial = input.boxSerial.trim();
  const swap = { id: newId(), deadline: boxReturnDeadline(ctx.now, zone) };
  // An active subscription has its box (recorded at the installation); the guard keeps the types.
  if (row.box_model) {
    await equipment.insertSwap(ctx.tx, {
      id: swap.id,
      subscription_id: row.id,
      old_box_model: row.box_model,
      old_box_serial: row.box_serial,
      new_box_model: box.code,
      new_box_serial: serial,
      swapped_at: ctx.now,
      swapped_by: ctx.actor.label,
      return_deadline: swap.deadline,
    });
    await scheduleOldBoxReturn(ctx, deps, row.id, swap);
  }
  return applyChange(ctx, row, { box_model: box.code, box_serial: serial }, 'internet.box_swapped', {
    from: row.box_model,
    to: box.code,
    serial,
    ...(row.box_model ? { swapId: swap.id, returnDeadline: swap.deadline.toISOString() } : {}),
  });
}
