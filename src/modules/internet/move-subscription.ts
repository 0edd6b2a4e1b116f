import { newId } from '../../platform/clock.ts';
import type { Ctx, Deps } from '../../platform/context.ts';
import { mailCustomer } from './mail-customer.ts';
import { localDateTime } from '../../platform/calendar/zone.ts';
import { OPERATOR_NAMES } from './model.ts';
import { MOVE, scheduleChange } from './lifecycle-actions.ts';
import { localDayStart, moveMode, moveRefusal, moveTerminationAt } from './lifecycle-rules.ts';
import { moveConfirmed } from './lifecycle-templates.ts';
import {
  decide,
  fibreAt,
  lifecycleAfter,
  recordChange,
  refuseLifecycle,
  type LifecycleView,
} from './lifecycle-view.ts';
import { orderSubscription } from './order-subscription.ts';
import { scheduleTermination } from './schedule-termination.ts';
import * as store from './store.ts';
import { planOf } from './subscription-view.ts';

export interface MoveInput {
  address: string;
  /** The date agreed with the customer (NET-18), a local date YYYY-MM-DD in the tenant's zone. */
  date: string;
  /** Another plan makes the move a new installation (NET-08); absent: the same plan. */
  planCode?: string;
  /** NET-09: Partner's fee depends on the new building's flats. */
  buildingFlats?: number | null;
}

/**
 * NET-08, NET-18: a move on the date agreed with the customer.
 * - The same plan: the same box moves; the address changes on that date (an effective-dated
 *   action), so the customer never has two addresses at once.
 * - Another plan (a move is the moment to propose fibre): a new installation is ordered at the new
 *   address and the current subscription ends at the first Billing Day after the agreed date, so
 *   both addresses work for a few days; the installer brings the new box and takes the old one.
 * Fibre, kept or new, needs a fibre check of the new address saying yes; an ineligible address is
 * refused (4xx) before anything is written.
 */
export async function moveSubscription(
  ctx: Ctx,
  deps: Pick<Deps, 'actions'>,
  id: string,
  input: MoveInput,
): Promise<LifecycleView> {
  const d = await decide(ctx, id, true);
  const { row, catalog, zone } = d;
  const address = input.address.trim();
  const target = planOf(catalog, row.operator, input.planCode ?? row.plan_code);
  const check = await fibreAt(ctx, row.account_id, row.operator, address, zone);
  const refusal = moveRefusal(
    d.live,
    { address, date: input.date, target },
    check?.facts ?? null,
    ctx.now,
    zone,
  );
  if (refusal) refuseLifecycle(refusal, ctx.locale);
  const mode = moveMode(d.live, target.code);
  const day = (x: Date) => localDateTime(x, zone).toFormat('dd/MM/yyyy');
  const moveAt = localDayStart(input.date, zone);
  let oldEnds: Date | null = null;
  let newReference: string | null = null;
  if (mode === 'same_box') {
    await scheduleChange(ctx, deps, row, MOVE, {
      kind: 'move',
      details: { address, plan: row.plan_code, eligibilityCheckId: check?.id ?? null, mode },
      effectiveAt: moveAt,
    });
  } else {
    const created = await orderSubscription(ctx, {
      accountId: row.account_id,
      operator: row.operator,
      masap: row.masap,
      address,
      buildingFlats: input.buildingFlats ?? null,
      planCode: target.code,
      eligibilityCheckId: check?.id ?? null,
    });
    newReference = created.reference;
    const { effectiveAt, boxReturnDeadline } = moveTerminationAt(input.date, row.billing_day, zone);
    oldEnds = effectiveAt;
    await store.updateSubscription(
      ctx.tx,
      row.id,
      {
        state: 'termination_pending',
        termination_requested_at: ctx.now,
        termination_reason: 'moving',
        termination_effective_at: effectiveAt,
        box_return_deadline: boxReturnDeadline,
      },
      ctx.now,
    );
    await scheduleTermination(ctx, deps, row.id, { effectiveAt, boxReturnDeadline });
    await recordChange(ctx, row, {
      id: newId(),
      kind: 'move',
      state: 'done',
      details: {
        address,
        plan: target.code,
        mode,
        date: input.date,
        newSubscriptionId: created.id,
        newSubscriptionReference: created.reference,
        oldEndsAt: effectiveAt.toISOString(),
      },
      effective_at: moveAt,
    });
  }
  const en = ctx.locale === 'en';
  await mailCustomer(ctx, row.account_id, moveConfirmed, {
    reference: newReference ?? row.reference,
    operatorName: OPERATOR_NAMES[row.operator],
    newAddress: address,
    moveDate: day(moveAt),
    oldEndsDate: oldEnds ? day(oldEnds) : null,
    newPlan: oldEnds ? (en ? target.nameEn : target.nameFr) : null,
  });
  return lifecycleAfter(ctx, row.id);
}
