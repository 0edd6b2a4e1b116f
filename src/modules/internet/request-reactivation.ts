import type { Ctx } from '../../platform/context.ts';
import { reactivationRefusal } from './lifecycle-rules.ts';
import { OPERATOR_CONTACTS } from './lifecycle-templates.ts';
import {
  askOperator,
  decide,
  hasOpen,
  lifecycleAfter,
  refuseLifecycle,
  type LifecycleView,
} from './lifecycle-view.ts';

/**
 * NET-06 (seed 000): a recent or pending termination is reactivated by e-mail to the operator's
 * termination contact (Sharona at HOT, Nofar at Partner); a manual step: the request waits until an
 * agent confirms the operator's answer (`confirmChange`).
 */
export async function requestReactivation(ctx: Ctx, id: string): Promise<LifecycleView> {
  const d = await decide(ctx, id, true);
  const { row } = d;
  const refusal = reactivationRefusal(
    {
      state: row.state,
      terminationEffectiveAt: row.termination_effective_at,
      pending: hasOpen(d, 'reactivation'),
    },
    ctx.now,
  );
  if (refusal) refuseLifecycle(refusal, ctx.locale);
  await askOperator(
    ctx,
    row,
    'reactivation',
    { from: row.state },
    OPERATOR_CONTACTS.terminations[row.operator],
  );
  return lifecycleAfter(ctx, row.id);
}
