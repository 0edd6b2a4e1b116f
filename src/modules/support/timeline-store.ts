import type { Tx } from '../../platform/db/db.ts';
import type { Channel } from './rules.ts';

/**
 * SQL of an incident's timeline (CS-01): events, the customer's written confirmations (SUP-02)
 * and consents (SUP-03), and the e-mails sent about it (read from the outbox).
 */

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

/** A customer's written word (a check confirmed, a consent given): who, when, how, recorded by whom. */
interface WrittenInput {
  id: string;
  incidentId: string;
  by: string;
  at: Date;
  channel: Channel;
  text: string;
  recordedBy: string;
  now: Date;
}

export async function insertCheck(tx: Tx, v: WrittenInput & { check: string }): Promise<boolean> {
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

export async function insertConsent(tx: Tx, v: WrittenInput): Promise<void> {
  await tx.query(
    `INSERT INTO incident_consents (tenant_id, id, incident_id, given_by, given_at, channel, text, recorded_by, recorded_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8)`,
    [v.id, v.incidentId, v.by, v.at, v.channel, v.text, v.recordedBy, v.now],
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
