import type { Ctx } from '../../platform/context.ts';
import { heldAppointmentViews, type HeldAppointmentView } from './held-appointments.ts';
import { toTmfHeldAppointment } from './tmf-views.ts';
import * as heldStore from './held-appointment-store.ts';

/** Issue 15: the appointments received « à compléter » (by state), newest first, for the agents. */
export async function listHeldAppointments(
  ctx: Ctx,
  f: { state?: heldStore.HeldAppointmentState | undefined; limit: number; offset: number },
): Promise<{ items: HeldAppointmentView[]; total: number; limit: number; offset: number }> {
  const p = await heldStore.listHeldAppointments(ctx.tx, {
    states: f.state ? [f.state] : null,
    limit: f.limit,
    offset: f.offset,
  });
  return { items: await heldAppointmentViews(ctx, p.rows), total: p.total, limit: f.limit, offset: f.offset };
}

/**
 * TMF646: the received appointments still answering under their own id (waiting or rejected); a
 * completed one is the intervention planned under that id.
 */
export async function heldTmfAppointments(ctx: Ctx): Promise<Record<string, unknown>[]> {
  const p = await heldStore.listHeldAppointments(ctx.tx, {
    states: ['held', 'rejected'],
    limit: 5000,
    offset: 0,
  });
  return p.rows.map(toTmfHeldAppointment);
}
