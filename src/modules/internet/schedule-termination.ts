import type { Ctx, Deps } from '../../platform/context.ts';
import { scheduleAction } from '../../platform/jobs/index.ts';
import { BOX_RETURN_DEADLINE, TERMINATE } from './actions.ts';

/**
 * NET-06: the two effective-dated actions of a termination, the termination at its date and the
 * box-return deadline 30 days later (shared by the termination, the move and the provider switch).
 */
export async function scheduleTermination(
  ctx: Ctx,
  deps: Pick<Deps, 'actions'>,
  subscriptionId: string,
  dates: { effectiveAt: Date; boxReturnDeadline: Date },
): Promise<void> {
  for (const [kind, at] of [
    [TERMINATE.kind, dates.effectiveAt],
    [BOX_RETURN_DEADLINE.kind, dates.boxReturnDeadline],
  ] as const)
    await scheduleAction(ctx.tx, deps.actions, {
      kind,
      entityType: 'internet_subscription',
      entityId: subscriptionId,
      effectiveAt: at,
      payload: { subscriptionId },
      createdBy: ctx.actor.label,
      now: ctx.now,
    });
}
