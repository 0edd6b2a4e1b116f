import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import * as changes from './lifecycle-store.ts';
import { lifecycleAfter, type LifecycleView } from './lifecycle-view.ts';
import { applyChange, requireSubscription } from './subscription-view.ts';

/**
 * The agent records the operator's answer to a request awaiting it:
 * - NET-03: Partner activated the fixed IP: the service is added (20 ₪/month);
 * - NET-06: the operator cancelled the termination: the subscription is active again (the
 *   scheduled termination and box-return deadline then find it active and do nothing).
 */
export async function confirmChange(ctx: Ctx, changeId: string): Promise<LifecycleView> {
  const c = await changes.change(ctx.tx, changeId, true);
  if (!c) throw new AppError('internet.change_not_found');
  if (c.state !== 'awaiting_confirmation') throw new AppError('internet.change_not_awaiting');
  const row = await requireSubscription(ctx, c.subscription_id, true);
  if (c.kind === 'fixed_ip') {
    const service = String(c.details.service);
    await applyChange(ctx, row, { services: [...row.services, service] }, 'internet.fixed_ip_added', {
      service,
      confirmedBy: 'operator',
    });
  } else {
    await applyChange(
      ctx,
      row,
      {
        state: 'active',
        termination_requested_at: null,
        termination_reason: null,
        termination_effective_at: null,
        box_return_deadline: null,
      },
      'internet.reactivated',
      { state: 'active' },
    );
  }
  await changes.closeChange(ctx.tx, c.id, 'done', ctx.now, ctx.actor.label);
  return lifecycleAfter(ctx, row.id);
}
