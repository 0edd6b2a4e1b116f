import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { oldBoxReturnRefusal } from './rules.ts';
import * as equipment from './equipment-store.ts';
import {
  applyChange,
  refuse,
  requireSubscription,
  startAction,
  type SubscriptionView,
} from './subscription-view.ts';

/**
 * NET-06: the box and its cable came back (at a HOT point or a Partner service centre): no 250 ₪.
 * Before the termination's date the subscription stays "termination pending" with the return noted.
 */
export async function recordBoxReturn(ctx: Ctx, id: string): Promise<SubscriptionView> {
  const { row } = await startAction(ctx, id, 'record_box_return');
  return applyChange(
    ctx,
    row,
    { box_returned_at: ctx.now, ...(row.state === 'terminated' ? { state: 'box_returned' as const } : {}) },
    'internet.box_returned',
    { returnedAt: ctx.now.toISOString() },
  );
}

/**
 * NET-10: the old box of a replacement came back: its deadline then charges nothing. Recorded
 * once, and not once its 250 ₪ was charged; the subscription's own state is untouched.
 */
export async function recordOldBoxReturn(ctx: Ctx, id: string, swapId: string): Promise<SubscriptionView> {
  const row = await requireSubscription(ctx, id, true);
  const swap = await equipment.swap(ctx.tx, swapId, row.id);
  if (!swap) throw new AppError('internet.box_swap_not_found');
  const refusal = oldBoxReturnRefusal({ returnedAt: swap.returned_at, feeChargedAt: swap.fee_charged_at });
  if (refusal) refuse(refusal, ctx.locale);
  await equipment.closeSwapReturn(ctx.tx, swap.id, 'returned', ctx.now);
  return applyChange(ctx, row, {}, 'internet.box_returned', {
    swapId: swap.id,
    box: swap.old_box_model,
    returnedAt: ctx.now.toISOString(),
  });
}
