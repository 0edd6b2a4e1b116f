import type { Tx } from '../../platform/db/db.ts';
import type { Operator } from './model.ts';
import type {
  Diagnosis,
  Escalation,
  LedReading,
  LineTest,
  LineVerdict,
  NextStep,
  SpeedVerdict,
  TroubleKind,
} from './troubleshoot-rules.ts';

/** The SQL of troubleshooting (issue 11 §4): passes, outages, operator contacts. Only this file writes them. */

// ── Operator contacts ─────────────────────────────────────────────────────────────────────────

export interface ContactsRow {
  hot_contact_name: string;
  hot_contact_phone: string | null;
  partner_group_name: string;
  partner_technical_email: string | null;
  version: number;
  updated_at: Date;
  updated_by: string;
}

export function contacts(tx: Tx, lock = false): Promise<ContactsRow | undefined> {
  return tx.maybeOne(
    `SELECT hot_contact_name, hot_contact_phone, partner_group_name, partner_technical_email, version, updated_at, updated_by
       FROM internet_operator_contacts${lock ? ' FOR UPDATE' : ''}`,
  );
}

export async function saveContacts(
  tx: Tx,
  c: Omit<ContactsRow, 'version'>,
  expectedVersion: number | null,
): Promise<boolean> {
  const params = [
    c.hot_contact_name,
    c.hot_contact_phone,
    c.partner_group_name,
    c.partner_technical_email,
    c.updated_at,
    c.updated_by,
  ];
  if (expectedVersion === null) {
    await tx.query(
      `INSERT INTO internet_operator_contacts
         (tenant_id, hot_contact_name, hot_contact_phone, partner_group_name, partner_technical_email, updated_at, updated_by)
       VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6)`,
      params,
    );
    return true;
  }
  const r = await tx.query(
    `UPDATE internet_operator_contacts SET hot_contact_name = $1, hot_contact_phone = $2, partner_group_name = $3,
            partner_technical_email = $4, updated_at = $5, updated_by = $6, version = version + 1
      WHERE version = $7 RETURNING version`,
    [...params, expectedVersion],
  );
  return r.length === 1;
}

// ── Troubleshooting passes ────────────────────────────────────────────────────────────────────

export interface PassRow {
  id: string;
  subscription_id: string;
  incident_id: string;
  kind: TroubleKind;
  box_model: string;
  leds: LedReading;
  conditions: { connection: 'wifi' | 'cable'; distanceOk: boolean; repeaters: boolean } | null;
  power_cycled: boolean;
  wifi_button_held: boolean;
  solved: boolean;
  speed_down_mbps: number | null;
  speed_up_mbps: number | null;
  speed_over_wifi: boolean | null;
  speed_verdict: SpeedVerdict | null;
  line_test: LineTest | null;
  line_verdict: LineVerdict;
  diagnosis: Diagnosis;
  next_step: NextStep;
  escalation: Escalation | null;
  outbox_id: string | null;
  outage_id: string | null;
  notes: string;
  created_at: Date;
  created_by: string;
}

const PASS_COLS = `id, subscription_id, incident_id, kind, box_model, leds, conditions, power_cycled, wifi_button_held,
  solved, speed_down_mbps, speed_up_mbps, speed_over_wifi, speed_verdict, line_test, line_verdict, diagnosis, next_step,
  escalation, outbox_id, outage_id, notes, created_at, created_by`;

export async function insertPass(tx: Tx, p: PassRow): Promise<void> {
  await tx.query(
    `INSERT INTO internet_troubleshooting (tenant_id, ${PASS_COLS})
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
             $21, $22, $23, $24)`,
    [
      p.id,
      p.subscription_id,
      p.incident_id,
      p.kind,
      p.box_model,
      JSON.stringify(p.leds),
      p.conditions === null ? null : JSON.stringify(p.conditions),
      p.power_cycled,
      p.wifi_button_held,
      p.solved,
      p.speed_down_mbps,
      p.speed_up_mbps,
      p.speed_over_wifi,
      p.speed_verdict,
      p.line_test === null ? null : JSON.stringify(p.line_test),
      p.line_verdict,
      p.diagnosis,
      p.next_step,
      p.escalation,
      p.outbox_id,
      p.outage_id,
      p.notes,
      p.created_at,
      p.created_by,
    ],
  );
}

export function passesOf(tx: Tx, subscriptionId: string): Promise<PassRow[]> {
  return tx.query(
    `SELECT ${PASS_COLS} FROM internet_troubleshooting WHERE subscription_id = $1 ORDER BY created_at DESC, id`,
    [subscriptionId],
  );
}

/**
 * SET-08: the passes an outage explains: diagnosed as a sector outage on the operator, not yet
 * linked, at an installation address that names the area, since the given instant.
 */
export function outagePasses(
  tx: Tx,
  o: { operator: Operator; area: string; since: Date },
): Promise<(PassRow & { account_id: string; address: string })[]> {
  return tx.query(
    `SELECT ${PASS_COLS.split(',')
      .map((c) => `t.${c.trim()}`)
      .join(', ')}, s.account_id, s.address
       FROM internet_troubleshooting t JOIN internet_subscriptions s ON s.tenant_id = t.tenant_id AND s.id = t.subscription_id
      WHERE t.diagnosis = 'sector_outage' AND t.outage_id IS NULL AND s.operator = $1
        AND position(lower($2) IN lower(s.address)) > 0 AND t.created_at >= $3
      ORDER BY t.created_at, t.id`,
    [o.operator, o.area, o.since],
  );
}

export async function linkOutage(tx: Tx, passId: string, outageId: string): Promise<void> {
  await tx.query(`UPDATE internet_troubleshooting SET outage_id = $2 WHERE id = $1`, [passId, outageId]);
}

// ── Outages ───────────────────────────────────────────────────────────────────────────────────

export interface OutageRow {
  id: string;
  operator: Operator;
  area: string;
  delay_hours: number;
  resolved_by: Date;
  closed_at: Date | null;
  recorded_at: Date;
  recorded_by: string;
}
const OUTAGE_COLS = `id, operator, area, delay_hours, resolved_by, closed_at, recorded_at, recorded_by`;

export async function insertOutage(tx: Tx, o: OutageRow): Promise<void> {
  await tx.query(
    `INSERT INTO internet_outages (tenant_id, ${OUTAGE_COLS}) VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8)`,
    [o.id, o.operator, o.area, o.delay_hours, o.resolved_by, o.closed_at, o.recorded_at, o.recorded_by],
  );
}

/** The outages of an operator not closed and not past their announced resolution, newest first. */
export function openOutages(tx: Tx, operator: Operator, now: Date): Promise<OutageRow[]> {
  return tx.query(
    `SELECT ${OUTAGE_COLS} FROM internet_outages
      WHERE operator = $1 AND closed_at IS NULL AND resolved_by > $2 ORDER BY recorded_at DESC, id`,
    [operator, now],
  );
}

export function outage(tx: Tx, id: string): Promise<OutageRow | undefined> {
  return tx.maybeOne(`SELECT ${OUTAGE_COLS} FROM internet_outages WHERE id = $1`, [id]);
}
