import type { Ctx } from '../../platform/context.ts';
import { newId } from '../../platform/clock.ts';
import { checkedSlot } from './incident-context.ts';
import { toTmfHeldAppointment, type AppointmentRequest } from './tmf-views.ts';
import { auditHeldAppointment, loadHeldAppointment, publishHeldAppointment } from './held-appointments.ts';
import * as heldStore from './held-appointment-store.ts';

/**
 * Issue 15: keeps a TMF646 appointment that cannot be planned yet « à compléter » (as sent, TMF
 * status initialized), its slot checked as any appointment's (NET-05: to come, ends after it starts).
 */
export async function holdAppointment(ctx: Ctx, body: AppointmentRequest): Promise<Record<string, unknown>> {
  const { start, end } = checkedSlot(
    ctx,
    body.validFor.startDateTime,
    body.validFor.endDateTime,
    '/body/validFor',
  );
  const id = newId();
  await heldStore.insertHeldAppointment(ctx.tx, {
    id,
    request: body,
    start,
    end,
    createdBy: ctx.actor.label,
    now: ctx.now,
  });
  const row = await loadHeldAppointment(ctx, id);
  await auditHeldAppointment(ctx, id, 'held_appointment.received', { slotStart: start.toISOString() });
  await publishHeldAppointment(ctx, 'AppointmentCreateEvent', row);
  return toTmfHeldAppointment(row);
}
