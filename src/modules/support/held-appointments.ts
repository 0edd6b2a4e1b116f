import type { Ctx } from '../../platform/context.ts';
import { UUID_RE } from '../../platform/db/db.ts';
import { publishTmfEvent } from '../../platform/tmf/hub.ts';
import { auditHeldRequest, loadHeldRequest } from '../../platform/tmf/held-requests.ts';
import { INTERVENTION_KINDS, type InterventionKind } from './rules.ts';
import { toTmfHeldAppointment, type AppointmentRequest } from './tmf-views.ts';
import * as heldStore from './held-appointment-store.ts';
import * as incidentStore from './incident-store.ts';

/**
 * Issue 15: a TMF646 appointment sent with the standard's mandatory attribute (validFor) but
 * without what an intervention needs (its ticket, place, phone, kind) is kept as received, « à
 * compléter » (TMF status initialized), books no technician, and waits for an agent: « Compléter
 * » plans the intervention on the chosen incident under the appointment's id, « Rejeter » cancels
 * it. The same pattern as the TMF622 held orders (orders/held-orders.ts).
 */

/** What an agent reads of a received appointment (the ticket by its reference when it is known). */
export interface HeldAppointmentView {
  id: string;
  state: heldStore.HeldAppointmentState;
  receivedAt: string;
  receivedBy: string;
  slotStart: string;
  slotEnd: string;
  kind: InterventionKind | null;
  address: string | null;
  phones: string[];
  description: string | null;
  externalId: string | null;
  /** The incident the client named, if it is one of the desk's. */
  ticket: { id: string; reference: string } | null;
  /** Once completed: the incident it was planned on. */
  incidentId: string | null;
}

export const loadHeldAppointment = (
  ctx: Ctx,
  id: string,
  lock = false,
): Promise<heldStore.HeldAppointmentRow> =>
  loadHeldRequest(id, (x) => heldStore.getHeldAppointment(ctx.tx, x, lock));

export async function publishHeldAppointment(
  ctx: Ctx,
  eventType: string,
  row: heldStore.HeldAppointmentRow,
): Promise<void> {
  await publishTmfEvent(ctx, 'TMF646', eventType, () => ({ appointment: toTmfHeldAppointment(row) }));
}

export const auditHeldAppointment = (
  ctx: Ctx,
  id: string,
  action: string,
  after: Record<string, unknown>,
  before?: Record<string, unknown>,
) => auditHeldRequest(ctx, 'held_appointment', id, action, after, before);

export async function heldAppointmentViews(
  ctx: Ctx,
  rows: heldStore.HeldAppointmentRow[],
): Promise<HeldAppointmentView[]> {
  const out: HeldAppointmentView[] = [];
  for (const row of rows) {
    const req = row.request as AppointmentRequest;
    const named = req.relatedEntity?.find((e) => UUID_RE.test(e.id));
    const incident = named ? await incidentStore.getIncident(ctx.tx, named.id) : undefined;
    out.push({
      id: row.id,
      state: row.state,
      receivedAt: row.created_at.toISOString(),
      receivedBy: row.created_by,
      slotStart: row.slot_start.toISOString(),
      slotEnd: row.slot_end.toISOString(),
      kind: INTERVENTION_KINDS.find((k) => k === req.category) ?? null,
      address: req.relatedPlace?.name ?? null,
      phones: (req.contactMedium ?? []).map((m) => m.characteristic.phoneNumber),
      description: req.description ?? null,
      externalId: req.externalId ?? null,
      ticket: incident ? { id: incident.id, reference: incident.reference } : null,
      incidentId: row.incident_id,
    });
  }
  return out;
}
