import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import { CHECKS_BY_SERVICE } from './rules.ts';
import type { IncidentDetail, WrittenInput } from './views.ts';
import { audit, load, writtenStatement } from './incident-context.ts';
import { detailOf } from './incident-detail.ts';
import * as timelineStore from './timeline-store.ts';

/** SUP-02: the customer's written confirmation of one check of the incident's service. */
export async function confirmCheck(
  ctx: Ctx,
  id: string,
  input: WrittenInput & { check: string },
): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  if (r.state === 'closed') throw new AppError('support.incident_closed');
  // SUP-02: only the checks of the incident's service exist.
  if (!(CHECKS_BY_SERVICE[r.service] as readonly string[]).includes(input.check))
    throw new AppError('support.check_unknown', { check: input.check, service: r.service }, [
      { pointer: '/body/check', code: 'support.check_unknown', detail: '' },
    ]);
  const inserted = await timelineStore.insertCheck(ctx.tx, {
    id: newId(),
    incidentId: id,
    check: input.check,
    ...writtenStatement(ctx, input),
  });
  if (!inserted) throw new AppError('support.check_already_confirmed', { check: input.check });
  await audit(ctx, r, 'incident.check_confirmed', {
    check: input.check,
    by: input.by,
    channel: input.channel,
  });
  return detailOf(ctx, await load(ctx, id));
}
