import type { Tx } from '../../platform/db/db.ts';
import type { InterventionKind, SavPlusStep } from './rules.ts';

/** SQL of the interventions (NET-05 appointments) and their SAV+ measurements (SUP-08). */

export interface InterventionRow {
  id: string;
  incident_id: string;
  kind: InterventionKind;
  slot_start: Date;
  slot_end: Date;
  address: string;
  reachable_phones: string[];
  technician_calls_first: boolean;
  referent: string | null;
  status: 'planned' | 'qualified' | 'cancelled';
  qualification: string | null;
  planned_at: Date;
  qualified_at: Date | null;
  cancelled_at: Date | null;
  version: number;
}

const INTERVENTION_COLUMNS = `id, incident_id, kind, slot_start, slot_end, address, reachable_phones, technician_calls_first,
  referent, status, qualification, planned_at, qualified_at, cancelled_at, version`;

export const listInterventions = (tx: Tx, incidentId: string | null) =>
  tx.query<InterventionRow>(
    `SELECT ${INTERVENTION_COLUMNS} FROM incident_interventions
      WHERE ($1::uuid IS NULL OR incident_id = $1) ORDER BY planned_at, id`,
    [incidentId],
  );

export const getIntervention = (tx: Tx, incidentId: string, id: string) =>
  tx.maybeOne<InterventionRow>(
    `SELECT ${INTERVENTION_COLUMNS} FROM incident_interventions WHERE incident_id = $1 AND id = $2`,
    [incidentId, id],
  );

export async function insertIntervention(
  tx: Tx,
  v: {
    id: string;
    incidentId: string;
    kind: InterventionKind;
    slotStart: Date;
    slotEnd: Date;
    address: string;
    phones: string[];
    callsFirst: boolean;
    referent: string | null;
    now: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO incident_interventions (tenant_id, id, incident_id, kind, slot_start, slot_end, address, reachable_phones,
        technician_calls_first, referent, status, planned_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, 'planned', $10)`,
    [
      v.id,
      v.incidentId,
      v.kind,
      v.slotStart,
      v.slotEnd,
      v.address,
      v.phones,
      v.callsFirst,
      v.referent,
      v.now,
    ],
  );
}

export async function closeIntervention(
  tx: Tx,
  id: string,
  v: { status: 'qualified' | 'cancelled'; qualification: string | null; now: Date },
): Promise<void> {
  await tx.query(
    `UPDATE incident_interventions SET status = $2, qualification = $3,
        qualified_at = CASE WHEN $2 = 'qualified' THEN $4::timestamptz END,
        cancelled_at = CASE WHEN $2 = 'cancelled' THEN $4::timestamptz END, version = version + 1
      WHERE id = $1`,
    [id, v.status, v.qualification, v.now],
  );
}

export async function moveIntervention(tx: Tx, id: string, start: Date, end: Date): Promise<void> {
  await tx.query(
    `UPDATE incident_interventions SET slot_start = $2, slot_end = $3, version = version + 1 WHERE id = $1`,
    [id, start, end],
  );
}

// ── SUP-08 SAV+ steps ─────────────────────────────────────────────────────────────────────────

export interface SavPlusStepRow {
  id: string;
  intervention_id: string;
  step: SavPlusStep;
  fault_shown: boolean;
  down_kbps: number;
  up_kbps: number;
  note: string;
  measured_at: Date;
  recorded_by: string;
  recorded_at: Date;
}

/** In recording order, which is the order of the line (SUP-08): the rules refuse any other. */
export const listSavPlusSteps = (tx: Tx, incidentId: string) =>
  tx.query<SavPlusStepRow>(
    `SELECT id, intervention_id, step, fault_shown, down_kbps, up_kbps, note, measured_at, recorded_by, recorded_at
       FROM incident_sav_plus_steps WHERE incident_id = $1 ORDER BY recorded_at, id`,
    [incidentId],
  );

export async function insertSavPlusStep(
  tx: Tx,
  v: {
    id: string;
    incidentId: string;
    interventionId: string;
    step: SavPlusStep;
    faultShown: boolean;
    downKbps: number;
    upKbps: number;
    note: string;
    measuredAt: Date;
    recordedBy: string;
    now: Date;
  },
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO incident_sav_plus_steps (tenant_id, id, incident_id, intervention_id, step, fault_shown, down_kbps,
        up_kbps, note, measured_at, recorded_by, recorded_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT DO NOTHING RETURNING id`,
    [
      v.id,
      v.incidentId,
      v.interventionId,
      v.step,
      v.faultShown,
      v.downKbps,
      v.upKbps,
      v.note,
      v.measuredAt,
      v.recordedBy,
      v.now,
    ],
  );
  return rows.length === 1;
}
