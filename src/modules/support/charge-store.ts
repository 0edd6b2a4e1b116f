import type { Tx } from '../../platform/db/db.ts';
import type { ChargeStatus } from './rules.ts';

/** SQL of an incident's charges (SUP-04..SUP-07). */

export interface ChargeRow {
  id: string;
  incident_id: string;
  intervention_id: string | null;
  intervention_planned_at: Date | null;
  code: string;
  label: string;
  amount_cents: number;
  currency: 'EUR' | 'ILS';
  status: ChargeStatus;
  notified_at: Date;
  contest_deadline: Date;
  contested_at: Date | null;
  contest_text: string | null;
  waived_at: Date | null;
  waived_reason: string | null;
  created_at: Date;
}

export const listCharges = (tx: Tx, incidentId: string) =>
  tx.query<ChargeRow>(
    `SELECT c.id, c.incident_id, c.intervention_id, v.planned_at AS intervention_planned_at, c.code, c.label,
        c.amount_cents, c.currency, c.status, c.notified_at, c.contest_deadline, c.contested_at, c.contest_text,
        c.waived_at, c.waived_reason, c.created_at
       FROM incident_charges c LEFT JOIN incident_interventions v ON v.id = c.intervention_id
      WHERE c.incident_id = $1 ORDER BY c.created_at, c.id`,
    [incidentId],
  );

export async function insertCharge(
  tx: Tx,
  v: {
    id: string;
    incidentId: string;
    interventionId: string | null;
    code: string;
    label: string;
    amountCents: number;
    currency: 'EUR' | 'ILS';
    status: ChargeStatus;
    deadline: Date;
    now: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO incident_charges (tenant_id, id, incident_id, intervention_id, code, label, amount_cents, currency, status,
        notified_at, contest_deadline, created_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9)`,
    [
      v.id,
      v.incidentId,
      v.interventionId,
      v.code,
      v.label,
      v.amountCents,
      v.currency,
      v.status,
      v.now,
      v.deadline,
    ],
  );
}

export async function contestCharge(tx: Tx, id: string, text: string, now: Date): Promise<void> {
  await tx.query(
    `UPDATE incident_charges SET status = 'contested', contested_at = $2, contest_text = $3 WHERE id = $1`,
    [id, now, text],
  );
}

export async function waiveCharges(tx: Tx, ids: string[], reason: string, now: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx.query(
    `UPDATE incident_charges SET status = 'waived', waived_at = $2, waived_reason = $3 WHERE id = ANY($1::uuid[])`,
    [ids, now, reason],
  );
}

/** SUP-04: an accepted quote becomes due; the contest window starts at this notification. */
export async function acceptCharge(tx: Tx, id: string, now: Date, deadline: Date): Promise<void> {
  await tx.query(
    `UPDATE incident_charges SET status = 'due', notified_at = $2, contest_deadline = $3 WHERE id = $1`,
    [id, now, deadline],
  );
}
