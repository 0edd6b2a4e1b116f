import { nextCounterValue } from '../../platform/db/counter.ts';
import type { Tx } from '../../platform/db/db.ts';
import type { Channel, IncidentState, Pause, Priority, Service } from './rules.ts';

/** SQL of the incidents and their numbering (incidents, incident_counters). RLS scopes every query to the caller's tenant. */

export interface IncidentRow {
  id: string;
  reference: string;
  /** Null while the incident is « à rattacher » (a TMF621 ticket sent without a customer). */
  account_id: string | null;
  account_name: string | null;
  account_reference: string | null;
  account_email: string | null;
  /** Null only on an incident « à rattacher » whose ticket named no service. */
  service: Service | null;
  channel: Channel;
  priority: Priority;
  state: IncidentState;
  title: string;
  description: string;
  site_contact_name: string | null;
  site_contact_phone: string | null;
  site_opening_hours: string | null;
  modem_make_model: string | null;
  router_make_model: string | null;
  modem_led_states: string | null;
  opened_at: Date;
  first_response_at: Date | null;
  escalated_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | null;
  pauses: { from: string; to: string | null }[];
  sla_alert: 'at_risk' | 'breached' | null;
  operator_code: string | null;
  operator_name: string | null;
  /** TMF621 ticketType ("incident" unless a TM Forum client said otherwise). */
  ticket_type: string;
  /** NET-05: the end of the earliest appointment still without an outcome, if any. */
  open_slot_end: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = `i.id, i.reference, i.account_id, a.display_name AS account_name, a.reference AS account_reference,
  a.email AS account_email, i.service, i.channel, i.priority, i.state, i.title, i.description, i.site_contact_name,
  i.site_contact_phone, i.site_opening_hours, i.modem_make_model, i.router_make_model, i.modem_led_states,
  i.opened_at, i.first_response_at, i.escalated_at, i.resolved_at, i.closed_at, i.pauses, i.sla_alert, i.operator_code,
  o.name AS operator_name, i.ticket_type, i.version, i.created_at, i.updated_at,
  (SELECT min(v.slot_end) FROM incident_interventions v WHERE v.incident_id = i.id AND v.status = 'planned')
    AS open_slot_end`;
/** An incident attached to a customer, so with a service: what every desk action works on. */
export type AttachedIncidentRow = IncidentRow & {
  account_id: string;
  account_name: string;
  account_reference: string;
  account_email: string;
  service: Service;
};

export const isAttached = (r: IncidentRow): r is AttachedIncidentRow =>
  r.account_id !== null && r.service !== null;

const FROM = `incidents i LEFT JOIN customer_accounts a ON a.id = i.account_id
  LEFT JOIN support_operators o ON o.code = i.operator_code`;

export const pausesOf = (r: IncidentRow): Pause[] =>
  r.pauses.map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : null }));

/** The customer an incident is declared for, if it exists in the tenant. */
export function findAccount(tx: Tx, id: string): Promise<{ id: string; status: string } | undefined> {
  return tx.maybeOne<{ id: string; status: string }>(
    `SELECT id, status FROM customer_accounts WHERE id = $1`,
    [id],
  );
}

/** The next number of the tenant's incident counter (row locked until the transaction ends). */
export function nextIncidentNumber(tx: Tx): Promise<number> {
  return nextCounterValue(tx, 'incident_counters');
}

export interface IncidentFilter {
  state?: IncidentState | undefined;
  priority?: Priority | undefined;
  service?: Service | undefined;
  accountId?: string | undefined;
  open?: boolean | undefined;
  operator?: string | undefined;
  /** true: only the incidents « à rattacher » (no customer yet). */
  unattached?: boolean | undefined;
}

export function listIncidents(tx: Tx, f: IncidentFilter): Promise<IncidentRow[]> {
  return tx.query<IncidentRow>(
    `SELECT ${COLUMNS} FROM ${FROM}
      WHERE ($1::text IS NULL OR i.state = $1) AND ($2::text IS NULL OR i.priority = $2)
        AND ($3::text IS NULL OR i.service = $3) AND ($4::uuid IS NULL OR i.account_id = $4)
        AND ($5::boolean IS NULL OR (i.state NOT IN ('resolved', 'closed')) = $5)
        AND ($6::text IS NULL OR i.operator_code = $6)
        AND ($7::boolean IS NULL OR (i.account_id IS NULL) = $7)
      ORDER BY i.opened_at DESC, i.id DESC`,
    [
      f.state ?? null,
      f.priority ?? null,
      f.service ?? null,
      f.accountId ?? null,
      f.open ?? null,
      f.operator ?? null,
      f.unattached ?? null,
    ],
  );
}

export function getIncident(tx: Tx, id: string, lock = false): Promise<IncidentRow | undefined> {
  // SUP-02/SUP-03: every transition locks the incident row first, so two agents cannot race a guard.
  return tx.maybeOne<IncidentRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE i.id = $1${lock ? ' FOR UPDATE OF i' : ''}`,
    [id],
  );
}

export async function insertIncident(
  tx: Tx,
  v: {
    id: string;
    reference: string;
    accountId: string | null;
    service: Service | null;
    channel: Channel;
    priority: Priority;
    title: string;
    description: string;
    operatorCode: string | null;
    ticketType?: string | undefined;
    now: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO incidents (tenant_id, id, reference, account_id, service, channel, priority, state, title, description,
        operator_code, ticket_type, opened_at, created_at, updated_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, 'new', $7, $8, $10, coalesce($11, 'incident'), $9, $9, $9)`,
    [
      v.id,
      v.reference,
      v.accountId,
      v.service,
      v.channel,
      v.priority,
      v.title,
      v.description,
      v.now,
      v.operatorCode,
      v.ticketType ?? null,
    ],
  );
}

export interface IncidentPatch {
  state?: IncidentState;
  priority?: Priority;
  site_contact_name?: string | null;
  site_contact_phone?: string | null;
  site_opening_hours?: string | null;
  modem_make_model?: string | null;
  router_make_model?: string | null;
  modem_led_states?: string | null;
  first_response_at?: Date;
  escalated_at?: Date;
  resolved_at?: Date | null;
  closed_at?: Date;
  pauses?: { from: string; to: string | null }[];
}

/** Writes the given columns and bumps the version; the caller holds the row lock. */
export async function updateIncident(tx: Tx, id: string, patch: IncidentPatch, now: Date): Promise<void> {
  const entries = Object.entries(patch).filter(([, v]) => v !== undefined);
  const sets = entries.map(([k], i) => `${k} = $${i + 3}`);
  const values = entries.map(([k, v]) => (k === 'pauses' ? JSON.stringify(v) : v));
  await tx.query(
    `UPDATE incidents SET ${[...sets, 'version = version + 1', 'updated_at = $2'].join(', ')} WHERE id = $1`,
    [id, now, ...values],
  );
}

/**
 * Attaches an incident « à rattacher » to a customer (and its service when it had none); never
 * changes the account of an attached incident. false when the incident was already attached.
 */
export async function attachIncident(
  tx: Tx,
  v: { id: string; accountId: string; service: Service; operatorCode: string | null; now: Date },
): Promise<boolean> {
  const rows = await tx.query<{ id: string }>(
    `UPDATE incidents SET account_id = $2, service = $3, operator_code = coalesce(operator_code, $4),
            version = version + 1, updated_at = $5
      WHERE id = $1 AND account_id IS NULL RETURNING id`,
    [v.id, v.accountId, v.service, v.operatorCode, v.now],
  );
  return rows.length === 1;
}

/** SLA: the alert level already sent; not a user change, so the version stays. */
export async function setSlaAlert(tx: Tx, id: string, level: string): Promise<void> {
  await tx.query(`UPDATE incidents SET sla_alert = $2 WHERE id = $1`, [id, level]);
}
