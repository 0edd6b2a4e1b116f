import type { Ctx } from '../../platform/context.ts';
import { UUID_RE } from '../../platform/db/db.ts';
import { AppError } from '../../platform/errors.ts';
import { planIntervention, type PlanInput } from './plan-intervention.ts';
import {
  auditHeldAppointment,
  heldAppointmentViews,
  loadHeldAppointment,
  type HeldAppointmentView,
} from './held-appointments.ts';
import * as heldStore from './held-appointment-store.ts';
import * as incidentStore from './incident-store.ts';

/**
 * Issue 15: « Compléter » a received appointment: the agent chooses its incident and gives what
 * the client left out (kind, place, phones); the intervention is planned there with every desk
 * guard (SUP-03 consent, NET-05 phones, SUP-08 SAV+ charge) under the appointment's own id, so
 * the client reads its appointment confirmed (AppointmentStateChangeEvent). Final: 409 after.
 */
export async function completeHeldAppointment(
  ctx: Ctx,
  id: string,
  input: PlanInput & { incidentId: string },
): Promise<HeldAppointmentView> {
  const before = await loadHeldAppointment(ctx, id, true);
  if (before.state !== 'held') throw new AppError('support.held_appointment_not_held');
  const incident = UUID_RE.test(input.incidentId)
    ? await incidentStore.getIncident(ctx.tx, input.incidentId)
    : undefined;
  if (!incident)
    throw new AppError('support.held_appointment_incident_unknown', {}, [
      { pointer: '/body/incidentId', code: 'support.held_appointment_incident_unknown', detail: '' },
    ]);
  const { incidentId, ...plan } = input;
  await planIntervention(ctx, incident.id, plan, {
    interventionId: id,
    eventType: 'AppointmentStateChangeEvent',
  });
  if (!(await heldStore.closeHeldAppointment(ctx.tx, id, { state: 'completed', incidentId, now: ctx.now })))
    throw new AppError('support.held_appointment_not_held');
  await auditHeldAppointment(
    ctx,
    id,
    'held_appointment.completed',
    { state: 'completed', incident: incident.reference },
    { state: before.state },
  );
  const [view] = await heldAppointmentViews(ctx, [await loadHeldAppointment(ctx, id)]);
  return view as HeldAppointmentView;
}
