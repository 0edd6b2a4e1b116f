import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { checkReschedule } from './rules.ts';
import type { IncidentDetail } from './views.ts';
import { audit, checkedSlot, fail, load, loadIntervention } from './incident-context.ts';
import { detailOf } from './incident-detail.ts';
import * as interventionStore from './intervention-store.ts';

/** NET-05 / SUP-09: an appointment may be moved, except a SAV+ one (cancel and book again). */
export async function moveIntervention(
  ctx: Ctx,
  id: string,
  interventionId: string,
  input: { slotStart: string; slotEnd: string },
): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  const i = await loadIntervention(ctx, id, interventionId);
  if (i.status !== 'planned') throw new AppError('support.intervention_not_planned', { status: i.status });
  fail(ctx, checkReschedule(i.kind));
  const { start, end } = checkedSlot(ctx, input.slotStart, input.slotEnd);
  await interventionStore.moveIntervention(ctx.tx, i.id, start, end);
  await audit(ctx, r, 'incident.intervention_moved', {
    from: i.slot_start.toISOString(),
    to: input.slotStart,
  });
  return detailOf(ctx, await load(ctx, id));
}
