import type { Tx } from '../../platform/db/db.ts';
import type {
  Channel,
  ChargeStatus,
  EscalationTemplate,
  IncidentState,
  InterventionKind,
  Operator,
  Pause,
  Priority,
  RequiredInfoField,
  SavPlusStep,
  Service,
  TariffLine,
} from './rules.ts';

/** The only SQL of the support desk. RLS scopes every query to the caller's tenant. */

export interface IncidentRow {
  id: string;
  reference: string;
  account_id: string;
  account_name: string;
  account_reference: string;
  account_email: string;
  service: Service;
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
const FROM = `incidents i JOIN customer_accounts a ON a.id = i.account_id
  LEFT JOIN support_operators o ON o.code = i.operator_code`;

export const pausesOf = (r: IncidentRow): Pause[] =>
  r.pauses.map((p) => ({ from: new Date(p.from), to: p.to ? new Date(p.to) : null }));

export interface SupportSettings {
  customer_service_email: string;
  operator_name: string;
  operator_email: string;
  supervisor_email: string | null;
}

/** SUP-07 / SUP-02: the seed's OpenIP addresses, copied for a tenant on first use. */
export async function settings(tx: Tx): Promise<SupportSettings> {
  const cols = 'customer_service_email, operator_name, operator_email, supervisor_email';
  const row = await tx.maybeOne<SupportSettings>(`SELECT ${cols} FROM support_settings`);
  if (row) return row;
  return tx.one<SupportSettings>(
    `INSERT INTO support_settings (tenant_id, customer_service_email, operator_name, operator_email)
     VALUES (relais_tenant(), 'serviceclients@openip.fr', 'OpenIP', 'technique@openip.fr')
     ON CONFLICT (tenant_id) DO UPDATE SET tenant_id = EXCLUDED.tenant_id RETURNING ${cols}`,
  );
}

interface OperatorRow {
  code: string;
  name: string;
  email: string;
  services: Service[];
  template: EscalationTemplate;
  required_info: RequiredInfoField[];
}

/** Issue 4 item 7: the tenant's operators; the first read copies the defaults (OpenIP from settings). */
export async function operators(tx: Tx, defaults: readonly Operator[]): Promise<Operator[]> {
  const sql = `SELECT code, name, email, services, template, required_info FROM support_operators ORDER BY code`;
  const toOperator = (r: OperatorRow): Operator => ({
    code: r.code,
    name: r.name,
    email: r.email,
    services: r.services,
    template: r.template,
    requiredInfo: r.required_info,
  });
  const rows = await tx.query<OperatorRow>(sql);
  if (rows.length > 0) return rows.map(toOperator);
  const s = await settings(tx);
  for (const o of defaults) {
    await tx.query(
      `INSERT INTO support_operators (tenant_id, code, name, email, services, template, required_info)
       VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [
        o.code,
        o.code === 'openip' ? s.operator_name : o.name,
        o.code === 'openip' ? s.operator_email : o.email,
        [...o.services],
        o.template,
        [...o.requiredInfo],
      ],
    );
  }
  return (await tx.query<OperatorRow>(sql)).map(toOperator);
}

export async function tenantCalendar(tx: Tx): Promise<{ country: 'FR' | 'IL'; timeZone: string }> {
  const row = await tx.one<{ country: 'FR' | 'IL'; time_zone: string }>(
    `SELECT country, time_zone FROM tenants`,
  );
  return { country: row.country, timeZone: row.time_zone };
}

interface TariffRow {
  code: string;
  label_fr: string;
  label_en: string;
  services: Service[];
  amount_cents: number | null;
  on_quote: boolean;
  kind: 'qualification' | 'fee';
}

const toLine = (r: TariffRow): TariffLine => ({
  code: r.code,
  labelFr: r.label_fr,
  labelEn: r.label_en,
  services: r.services,
  amountCents: r.amount_cents,
  onQuote: r.on_quote,
  kind: r.kind,
});

/** SUP-04: the tenant's tariff; the first read copies the seed's lines into it. */
export async function tariff(tx: Tx, defaults: readonly TariffLine[]): Promise<TariffLine[]> {
  const sql = `SELECT code, label_fr, label_en, services, amount_cents, on_quote, kind FROM support_tariff ORDER BY code`;
  const rows = await tx.query<TariffRow>(sql);
  if (rows.length > 0) return rows.map(toLine);
  for (const l of defaults) {
    await tx.query(
      `INSERT INTO support_tariff (tenant_id, code, label_fr, label_en, services, amount_cents, on_quote, kind)
       VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
      [l.code, l.labelFr, l.labelEn, [...l.services], l.amountCents, l.onQuote, l.kind],
    );
  }
  return (await tx.query<TariffRow>(sql)).map(toLine);
}

export async function nextIncidentNumber(tx: Tx): Promise<number> {
  const row = await tx.one<{ last_value: number }>(
    `INSERT INTO incident_counters (tenant_id, last_value) VALUES (relais_tenant(), 1)
     ON CONFLICT (tenant_id) DO UPDATE SET last_value = incident_counters.last_value + 1 RETURNING last_value`,
  );
  return Number(row.last_value);
}

export interface IncidentFilter {
  state?: IncidentState | undefined;
  priority?: Priority | undefined;
  service?: Service | undefined;
  accountId?: string | undefined;
  open?: boolean | undefined;
  operator?: string | undefined;
}

export function listIncidents(tx: Tx, f: IncidentFilter): Promise<IncidentRow[]> {
  return tx.query<IncidentRow>(
    `SELECT ${COLUMNS} FROM ${FROM}
      WHERE ($1::text IS NULL OR i.state = $1) AND ($2::text IS NULL OR i.priority = $2)
        AND ($3::text IS NULL OR i.service = $3) AND ($4::uuid IS NULL OR i.account_id = $4)
        AND ($5::boolean IS NULL OR (i.state NOT IN ('resolved', 'closed')) = $5)
        AND ($6::text IS NULL OR i.operator_code = $6)
      ORDER BY i.opened_at DESC, i.id DESC`,
    [
      f.state ?? null,
      f.priority ?? null,
      f.service ?? null,
      f.accountId ?? null,
      f.open ?? null,
      f.operator ?? null,
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
    accountId: string;
    service: Service;
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

// ── timeline pieces ───────────────────────────────────────────────────────────────────────────

export interface EventRow {
  id: string;
  at: Date;
  kind: string;
  channel: Channel | null;
  actor_label: string;
  data: Record<string, unknown>;
}

export async function insertEvent(
  tx: Tx,
  v: {
    id: string;
    incidentId: string;
    at: Date;
    kind: string;
    channel: Channel | null;
    actor: string;
    data: object;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO incident_events (tenant_id, id, incident_id, at, kind, channel, actor_label, data)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7)`,
    [v.id, v.incidentId, v.at, v.kind, v.channel, v.actor, JSON.stringify(v.data)],
  );
}

export const listEvents = (tx: Tx, incidentId: string) =>
  tx.query<EventRow>(
    `SELECT id, at, kind, channel, actor_label, data FROM incident_events WHERE incident_id = $1 ORDER BY at, id`,
    [incidentId],
  );

export interface WrittenRow {
  id: string;
  check_code?: string;
  confirmed_by?: string;
  given_by?: string;
  confirmed_at?: Date;
  given_at?: Date;
  channel: Channel;
  text: string;
  recorded_by: string;
  recorded_at: Date;
}

export const listChecks = (tx: Tx, incidentId: string) =>
  tx.query<WrittenRow & { check_code: string; confirmed_by: string; confirmed_at: Date }>(
    `SELECT id, check_code, confirmed_by, confirmed_at, channel, text, recorded_by, recorded_at
       FROM incident_checks WHERE incident_id = $1 ORDER BY recorded_at, id`,
    [incidentId],
  );

export async function insertCheck(
  tx: Tx,
  v: {
    id: string;
    incidentId: string;
    check: string;
    by: string;
    at: Date;
    channel: Channel;
    text: string;
    recordedBy: string;
    now: Date;
  },
): Promise<boolean> {
  const rows = await tx.query(
    `INSERT INTO incident_checks (tenant_id, id, incident_id, check_code, confirmed_by, confirmed_at, channel, text, recorded_by, recorded_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id`,
    [v.id, v.incidentId, v.check, v.by, v.at, v.channel, v.text, v.recordedBy, v.now],
  );
  return rows.length === 1;
}

export const listConsents = (tx: Tx, incidentId: string) =>
  tx.query<WrittenRow & { given_by: string; given_at: Date }>(
    `SELECT id, given_by, given_at, channel, text, recorded_by, recorded_at
       FROM incident_consents WHERE incident_id = $1 ORDER BY recorded_at, id`,
    [incidentId],
  );

export async function insertConsent(
  tx: Tx,
  v: {
    id: string;
    incidentId: string;
    by: string;
    at: Date;
    channel: Channel;
    text: string;
    recordedBy: string;
    now: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO incident_consents (tenant_id, id, incident_id, given_by, given_at, channel, text, recorded_by, recorded_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8)`,
    [v.id, v.incidentId, v.by, v.at, v.channel, v.text, v.recordedBy, v.now],
  );
}

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

export const listEmails = (tx: Tx, incidentId: string) =>
  tx.query<{
    id: string;
    recipient: string;
    subject: string;
    template: string;
    status: string;
    created_at: Date;
  }>(
    `SELECT id, recipient, subject, template, status, created_at FROM outbox
      WHERE entity_type = 'incident' AND entity_id = $1 ORDER BY created_at, id`,
    [incidentId],
  );

export async function moveIntervention(tx: Tx, id: string, start: Date, end: Date): Promise<void> {
  await tx.query(
    `UPDATE incident_interventions SET slot_start = $2, slot_end = $3, version = version + 1 WHERE id = $1`,
    [id, start, end],
  );
}

/** SUP-04: an accepted quote becomes due; the contest window starts at this notification. */
export async function acceptCharge(tx: Tx, id: string, now: Date, deadline: Date): Promise<void> {
  await tx.query(
    `UPDATE incident_charges SET status = 'due', notified_at = $2, contest_deadline = $3 WHERE id = $1`,
    [id, now, deadline],
  );
}

/** SLA: the alert level already sent; not a user change, so the version stays. */
export async function setSlaAlert(tx: Tx, id: string, level: string): Promise<void> {
  await tx.query(`UPDATE incidents SET sla_alert = $2 WHERE id = $1`, [id, level]);
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
