import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { checkTrackingNumber } from './rules.ts';
import { courierPhone } from './add-extender.ts';
import * as equipment from './equipment-store.ts';
import { applyChange, refuse, requireSubscription, type SubscriptionView } from './subscription-view.ts';

/**
 * NET-04, Reading 16: the courier's tracking number of an extender's delivery, once the operator
 * gives it, and the phone the courier calls (corrected if the customer gave another, checked as an
 * Israeli number). Recording it again replaces it (a courier may re-issue one).
 */
export async function recordExtenderTracking(
  ctx: Ctx,
  id: string,
  deliveryId: string,
  input: { trackingNumber: string; phone?: string },
): Promise<SubscriptionView> {
  const row = await requireSubscription(ctx, id, true);
  const delivery = await equipment.delivery(ctx.tx, deliveryId, row.id);
  if (!delivery) throw new AppError('internet.delivery_not_found');
  const tracking = checkTrackingNumber(input.trackingNumber);
  if (!tracking.ok) refuse(tracking.refusal, ctx.locale);
  const phone = input.phone === undefined ? delivery.phone : courierPhone(input.phone);
  await equipment.setTracking(ctx.tx, delivery.id, {
    trackingNumber: tracking.value,
    phone,
    at: ctx.now,
    by: ctx.actor.label,
  });
  return applyChange(ctx, row, {}, 'internet.extender_tracking_recorded', {
    deliveryId: delivery.id,
    trackingNumber: tracking.value,
    phone,
  });
}
