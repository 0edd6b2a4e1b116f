import type { Tx } from '../../platform/db/db.ts';

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
  return tx.maybeOne<HeldAppointmentRow>(
    `SELECT ${COLUMNS} FROM held_appointments WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
}

/** Newest first; `states` null for every state. */
export async function listHeldAppointments(
  tx: Tx,
  f: { states: HeldAppointmentState[] | null; limit: number; offset: number },
): Promise<{ rows: HeldAppointmentRow[]; total: number }> {
  const where = `($1::text[] IS NULL OR state = ANY($1))`;
  const params = [f.states];
  const rows = await tx.query<HeldAppointmentRow>(
    `SELECT ${COLUMNS} FROM held_appointments WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`,
    [...params, f.limit, f.offset],
  );
  const { n } = await tx.one<{ n: number }>(
    `SELECT count(*)::int AS n FROM held_appointments WHERE ${where}`,
    params,
  );
  return { rows, total: n };
}

/** Leaves state held for completed (on its incident) or rejected; false if it was no longer held. */
export async function closeHeldAppointment(
  tx: Tx,
  id: string,
  c: { state: 'completed' | 'rejected'; incidentId: string | null; now: Date },
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE held_appointments SET state = $2, incident_id = $3, updated_at = $4
      WHERE id = $1 AND state = 'held' RETURNING id`,
    [id, c.state, c.incidentId, c.now],
  );
  return rows.length === 1;
}
