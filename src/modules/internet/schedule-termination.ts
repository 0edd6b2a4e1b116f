import type { Ctx, Deps } from '../../platform/context.ts';
import { scheduleAction } from '../../platform/jobs/index.ts';
import { BOX_RETURN_DEADLINE, TERMINATE } from './actions.ts';

type Scheduling = { ctx: Ctx; deps: Pick<Deps, 'actions'>; subscriptionId: string };

function schedule(s: Scheduling, kind: string, at: Date, payload: Record<string, string>) {
  return scheduleAction(s.ctx.tx, s.deps.actions, {
    kind,
    entityType: 'internet_subscription',
    entityId: s.subscriptionId,
    effectiveAt: at,
    payload: { subscriptionId: s.subscriptionId, ...payload },
    createdBy: s.ctx.actor.label,
    now: s.ctx.now,
  });
}

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
  const s = { ctx, deps, subscriptionId };
  await schedule(s, TERMINATE.kind, dates.effectiveAt, {});
  await schedule(s, BOX_RETURN_DEADLINE.kind, dates.boxReturnDeadline, {});
}

/**
 * NET-10: the old box of a replacement runs on the termination's deadline job: 250 ₪ at the
 * deadline unless recorded returned.
 */
export async function scheduleOldBoxReturn(
  ctx: Ctx,
  deps: Pick<Deps, 'actions'>,
  subscriptionId: string,
  swap: { id: string; deadline: Date },
): Promise<void> {
  await schedule({ ctx, deps, subscriptionId }, BOX_RETURN_DEADLINE.kind, swap.deadline, { swapId: swap.id });
}
