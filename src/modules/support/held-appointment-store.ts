import type { Tx } from '../../platform/db/db.ts';
import { closeHeldRequest, getHeldRequest, listHeldRequests } from '../../platform/tmf/held-store.ts';

/** The only SQL on held_appointments (TMF646 appointments received with validFor alone, or little more). */

export type HeldAppointmentState = 'held' | 'completed' | 'rejected';

export interface HeldAppointmentRow {
  id: string;
  request: unknown;
  slot_start: Date;
  slot_end: Date;
  state: HeldAppointmentState;
  incident_id: string | null;
  created_by: string;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `id, request, slot_start, slot_end, state, incident_id, created_by, created_at, updated_at`;

export async function insertHeldAppointment(
  tx: Tx,
  h: { id: string; request: unknown; start: Date; end: Date; createdBy: string; now: Date },
): Promise<void> {
  await tx.query(
    `INSERT INTO held_appointments (tenant_id, id, request, slot_start, slot_end, state, created_by, created_at, updated_at)
     VALUES (relais_tenant(), $1, $2::jsonb, $3, $4, 'held', $5, $6, $6)`,
    [h.id, JSON.stringify(h.request), h.start, h.end, h.createdBy, h.now],
  );
}

export function getHeldAppointment(
  tx: Tx,
  id: string,
  lock = false,
): Promise<HeldAppointmentRow | undefined> {
  return getHeldRequest<HeldAppointmentRow>(tx, 'held_appointments', COLUMNS, id, lock);
}

/** Newest first; `states` null for every state. */
export function listHeldAppointments(
  tx: Tx,
  f: { states: HeldAppointmentState[] | null; limit: number; offset: number },
): Promise<{ rows: HeldAppointmentRow[]; total: number }> {
  return listHeldRequests<HeldAppointmentRow>(tx, 'held_appointments', COLUMNS, f);
}

/** Leaves state held for completed (on its incident) or rejected; false if it was no longer held. */
export function closeHeldAppointment(
  tx: Tx,
  id: string,
  c: { state: 'completed' | 'rejected'; incidentId: string | null; now: Date },
): Promise<boolean> {
  return closeHeldRequest(tx, 'held_appointments', id, {
    state: c.state,
    resultId: c.incidentId,
    now: c.now,
  });
}
