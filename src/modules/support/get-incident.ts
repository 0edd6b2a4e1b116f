import type { Ctx } from '../../platform/context.ts';
import type { IncidentDetail } from './views.ts';
import { loadAny } from './incident-context.ts';
import { detailOf } from './incident-detail.ts';

/** An incident (attached or « à rattacher ») with its timeline, charges and the actions allowed now. */
export async function getIncident(ctx: Ctx, id: string): Promise<IncidentDetail> {
  const r = await loadAny(ctx, id);
  return detailOf(ctx, r);
}
