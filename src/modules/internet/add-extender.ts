import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { parsePhone } from '../../platform/phone.ts';
import { extenderDelivery } from './rules.ts';
import {
  actionOf,
  applyChange,
  catalogVersion,
  extenderService,
  refuse,
  requireSubscription,
  tenantZone,
  type SubscriptionView,
} from './subscription-view.ts';

/**
 * NET-04, NET-17, Reading 16: a Wi-Fi extender (HOT 20 ₪/month on a Hot Box 5/5f only, one on
 * HOT 500 MB; Partner 30 ₪/month), delivered by courier in 2–3 Israeli business days to a checked
 * phone number, installed by the customer (WPS) with our support — never by a technician.
 */
export async function addExtender(
  ctx: Ctx,
  id: string,
  input: { phone: string },
): Promise<SubscriptionView & { delivery: { from: string; to: string; phone: string } }> {
  const row = await requireSubscription(ctx, id, true);
  const c = catalogVersion(row.catalog_version);
  const zone = await tenantZone(ctx);
  const a = actionOf(row, c, ctx.now, zone, 'add_extender');
  if (a.refusal) refuse(a.refusal, ctx.locale);
  const phone = parsePhone(input.phone, 'IL');
  if (!phone.ok) throw new AppError('internet.extender_phone_invalid', { value: input.phone });
  const service = extenderService(c, row.operator);
  const delivery = extenderDelivery(ctx.now, zone);
  const view = await applyChange(
    ctx,
    row,
    {
      extenders: row.extenders + 1,
      services: row.services.includes(service.code) ? row.services : [...row.services, service.code],
    },
    'internet.extender_added',
    { extenders: row.extenders + 1, phone: phone.e164, deliveryBy: delivery.to.toISOString() },
  );
  return {
    ...view,
    delivery: { from: delivery.from.toISOString(), to: delivery.to.toISOString(), phone: phone.e164 },
  };
}
