import type { Ctx } from '../../platform/context.ts';
import type { IncidentDetail } from './views.ts';
import { load } from './incident-context.ts';
import { detailOf } from './incident-detail.ts';

export async function getIncident(ctx: Ctx, id: string): Promise<IncidentDetail> {
  const r = await load(ctx, id);
  return detailOf(ctx, r);
}
