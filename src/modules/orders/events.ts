import type { Tx } from '../../platform/db/db.ts';
import { hasListeners, publishTmfEvent } from '../../platform/tmf/hub.ts';
import { toTmfProduct } from '../lines/tmf-product.ts';
import { toTmfProductOrder } from './tmf.ts';
import { orderViewOf, type OrderView } from './service.ts';

/**
 * The TM Forum events of orders (TMF622 productOrder) and of the lines they create (TMF637
 * product), written in the change's transaction for the registered listeners (platform/tmf/hub.ts).
 */

type EventCtx = { tx: Tx; now: Date };

export async function publishOrderCreated(ctx: EventCtx, order: OrderView): Promise<void> {
  await publishTmfEvent(ctx, 'TMF622', 'ProductOrderCreateEvent', () => ({
    productOrder: toTmfProductOrder(order),
  }));
  for (const line of order.lines)
    await publishTmfEvent(ctx, 'TMF637', 'ProductCreateEvent', () => ({ product: toTmfProduct(line) }));
}

/** The order's state moved (worker: in progress, completed, failed); its lines' states with it. */
export async function publishOrderStateChanged(
  ctx: EventCtx,
  orderId: string,
  lines: boolean,
): Promise<void> {
  const toOrders = await hasListeners(ctx.tx, 'TMF622');
  const toProducts = lines && (await hasListeners(ctx.tx, 'TMF637'));
  if (!toOrders && !toProducts) return;
  const order = await orderViewOf(ctx.tx, orderId);
  if (!order) throw new Error(`order ${orderId} not found after its change`);
  if (toOrders)
    await publishTmfEvent(ctx, 'TMF622', 'ProductOrderStateChangeEvent', () => ({
      productOrder: toTmfProductOrder(order),
    }));
  if (toProducts)
    for (const line of order.lines)
      await publishTmfEvent(ctx, 'TMF637', 'ProductStateChangeEvent', () => ({
        product: toTmfProduct(line),
      }));
}

/** TMF622 PATCH changed the client's description or priority. */
export async function publishOrderAttributesChanged(ctx: EventCtx, orderId: string): Promise<void> {
  if (!(await hasListeners(ctx.tx, 'TMF622'))) return;
  const order = await orderViewOf(ctx.tx, orderId);
  if (!order) throw new Error(`order ${orderId} not found after its change`);
  await publishTmfEvent(ctx, 'TMF622', 'ProductOrderAttributeValueChangeEvent', () => ({
    productOrder: toTmfProductOrder(order),
  }));
}
