import type { Ctx } from '../../platform/context.ts';
import { toIntervention, type InterventionView } from './views.ts';
import { env } from './incident-context.ts';
import * as interventionStore from './intervention-store.ts';

/** TMF646: every intervention of the tenant, with its incident. */
export async function listAppointments(ctx: Ctx): Promise<(InterventionView & { incidentId: string })[]> {
  const rows = await interventionStore.listInterventions(ctx.tx, null);
  const { cal } = await env(ctx);
  return rows.map((r) => ({ ...toIntervention(r, ctx.now, cal), incidentId: r.incident_id }));
}
