import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { parsePhone } from '../../platform/phone.ts';
import { extenderDelivery } from './rules.ts';
import * as equipment from './equipment-store.ts';
import { applyChange, extenderService, startAction, type SubscriptionView } from './subscription-view.ts';

/** NET-04: the courier calls the customer: an Israeli phone, checked, kept in E.164. */
export function courierPhone(input: string): string {
  const phone = parsePhone(input, 'IL');
  if (!phone.ok) throw new AppError('internet.extender_phone_invalid', { value: input });
  return phone.e164;
}

/**
 * NET-04, NET-17, Reading 16: a Wi-Fi extender (HOT 20 ₪/month on a Hot Box 5/5f only, one on
 * HOT 500 MB; Partner 30 ₪/month), delivered by courier in 2–3 Israeli business days to a checked
 * phone number (the delivery is recorded, its tracking number once known), installed by the
 * customer (WPS) with our support — never by a technician.
 */
export async function addExtender(
  ctx: Ctx,
  id: string,
  input: { phone: string },
): Promise<SubscriptionView & { delivery: { id: string; from: string; to: string; phone: string } }> {
  const { row, catalog, zone } = await startAction(ctx, id, 'add_extender');
  const phone = courierPhone(input.phone);
  const service = extenderService(catalog, row.operator);
  const delivery = { id: newId(), ...extenderDelivery(ctx.now, zone) };
  await equipment.insertDelivery(ctx.tx, {
    id: delivery.id,
    subscription_id: row.id,
    phone,
    ordered_at: ctx.now,
    delivery_from: delivery.from,
    delivery_to: delivery.to,
  });
  const view = await applyChange(
    ctx,
    row,
    {
      extenders: row.extenders + 1,
      services: row.services.includes(service.code) ? row.services : [...row.services, service.code],
    },
    'internet.extender_added',
    { extenders: row.extenders + 1, phone, deliveryBy: delivery.to.toISOString(), deliveryId: delivery.id },
  );
  return {
    ...view,
    delivery: {
      id: delivery.id,
      from: delivery.from.toISOString(),
      to: delivery.to.toISOString(),
      phone,
    },
  };
}
