import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import {
  auditHeldAppointment,
  heldAppointmentViews,
  loadHeldAppointment,
  publishHeldAppointment,
  type HeldAppointmentView,
} from './held-appointments.ts';
import * as heldStore from './held-appointment-store.ts';

/** Issue 15: « Rejeter » a received appointment: TMF status cancelled, audited, final (409 after). */
export async function rejectHeldAppointment(ctx: Ctx, id: string): Promise<HeldAppointmentView> {
  const before = await loadHeldAppointment(ctx, id, true);
  if (
    before.state !== 'held' ||
    !(await heldStore.closeHeldAppointment(ctx.tx, id, { state: 'rejected', incidentId: null, now: ctx.now }))
  )
    throw new AppError('support.held_appointment_not_held');
  const after = await loadHeldAppointment(ctx, id);
  await auditHeldAppointment(
    ctx,
    id,
    'held_appointment.rejected',
    { state: 'rejected' },
    { state: before.state },
  );
  await publishHeldAppointment(ctx, 'AppointmentStateChangeEvent', after);
  const [view] = await heldAppointmentViews(ctx, [after]);
  return view as HeldAppointmentView;
}
