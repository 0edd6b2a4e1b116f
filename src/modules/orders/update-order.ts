import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { errorMessage } from '../../platform/i18n/messages.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import * as lines from '../lines/line-records.ts';
import * as store from './store.ts';
import { orderStateChangeRefusal } from './rules.ts';
import { cancelLines } from './submit-order.ts';
import { getOrder, type OrderView } from './service.ts';
import { publishOrderAttributesChanged, publishOrderStateChanged } from './events.ts';

/** What a client may change on its order (TMF622 PATCH); `null` clears a detail. */
export interface OrderChange {
  description?: string | null | undefined;
  priority?: string | null | undefined;
  state?: string | undefined;
}

/**
 * Issue 15: the client's description and priority, and the cancellation of an order not yet sent
 * to the operator (ORD-03). The order is locked, so the worker's submission (which locks it too)
 * either runs before (the order is then in progress: 422) or finds it cancelled and skips it.
 */
export async function updateOrder(ctx: Ctx, id: string, change: OrderChange): Promise<OrderView> {
  const row = await store.getOrder(ctx.tx, id, true);
  if (!row) throw new AppError('resource.not_found');
  const details = {
    description: change.description === undefined ? row.description : change.description,
    priority: change.priority === undefined ? row.priority : change.priority,
  };
  const detailsChanged = details.description !== row.description || details.priority !== row.priority;
  const cancel = change.state !== undefined && row.state !== 'cancelled';
  if (change.state !== undefined) {
    const refusal = orderStateChangeRefusal(row.state, change.state);
    if (refusal) {
      const params = { state: change.state === 'cancelled' ? row.state : change.state };
      const { detail } = errorMessage(refusal, ctx.locale, params);
      throw new AppError(refusal, params, [{ pointer: '/body/state', code: refusal, detail }]);
    }
  }
  if (detailsChanged) await store.setOrderDetails(ctx.tx, id, details, ctx.now);
  if (cancel) {
    const pending = (await lines.linesOfOrder(ctx.tx, id, true)).filter((l) => l.state === 'in_progress');
    await cancelLines(ctx.tx, pending, ctx.now);
    await store.setOrderState(ctx.tx, id, 'cancelled', ctx.now);
  }
  if (!detailsChanged && !cancel) return getOrder(ctx, id);
  await recordAudit(ctx.tx, ctx.actor, ctx.now, ctx.requestId, {
    entityType: 'order',
    entityId: id,
    entityLabel: `${row.reference} (${row.account_name})`,
    action: cancel ? 'order.cancelled' : 'order.updated',
    before: { description: row.description, priority: row.priority, state: row.state },
    after: { ...details, state: cancel ? 'cancelled' : row.state },
  });
  if (detailsChanged) await publishOrderAttributesChanged(ctx, id);
  if (cancel) await publishOrderStateChanged(ctx, id, true);
  return getOrder(ctx, id);
}
