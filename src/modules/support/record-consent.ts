import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { AppError } from '../../platform/errors.ts';
import type { IncidentDetail, WrittenInput } from './views.ts';
import { audit, load, writtenStatement } from './incident-context.ts';
import { detailOf } from './incident-detail.ts';
import * as timelineStore from './timeline-store.ts';

/** SUP-03: the written consent; recorded once, never edited (the table has no UPDATE grant). */
export async function recordConsent(ctx: Ctx, id: string, input: WrittenInput): Promise<IncidentDetail> {
  const r = await load(ctx, id, true);
  if (r.state === 'closed' || r.state === 'resolved') throw new AppError('support.incident_closed');
  await timelineStore.insertConsent(ctx.tx, {
    id: newId(),
    incidentId: id,
    ...writtenStatement(ctx, input),
  });
  await audit(ctx, r, 'incident.consent_recorded', { by: input.by, channel: input.channel });
  return detailOf(ctx, await load(ctx, id));
}
