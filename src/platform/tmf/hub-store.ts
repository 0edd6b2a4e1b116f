import type { Tx } from '../db/db.ts';

/** The SQL of the TMF event hub's registrations (`tmf_hub_subscriptions`, a platform table). */

export interface SubscriptionRow {
  id: string;
  api: string;
  callback: string;
  query: string | null;
  secret_encrypted: string;
  created_at: Date;
  /** The API token that registered it (null: a signed-in user). */
  created_by_token: string | null;
}

export async function insertSubscription(
  tx: Tx,
  s: {
    id: string;
    api: string;
    callback: string;
    query: string | null;
    secretEncrypted: string;
    createdBy: string;
    createdByToken: string | null;
    at: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO tmf_hub_subscriptions (tenant_id, id, api, callback, query, secret_encrypted, created_by,
        created_by_token, created_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8)`,
    [s.id, s.api, s.callback, s.query, s.secretEncrypted, s.createdBy, s.createdByToken, s.at],
  );
}

/** Removes a registration; its callback, or undefined when there was none. */
export async function deleteSubscription(tx: Tx, api: string, id: string): Promise<string | undefined> {
  const rows = await tx.query<{ callback: string }>(
    `DELETE FROM tmf_hub_subscriptions WHERE id = $1 AND api = $2 RETURNING callback`,
    [id, api],
  );
  return rows[0]?.callback;
}

export function findSubscription(tx: Tx, api: string, id: string): Promise<SubscriptionRow | undefined> {
  return tx.maybeOne<SubscriptionRow>(
    `SELECT id, api, callback, query, secret_encrypted, created_at, created_by_token
       FROM tmf_hub_subscriptions WHERE id = $1 AND api = $2`,
    [id, api],
  );
}

/** The sealed secret of a registration, from a system transaction naming the tenant. */
export async function sealedSecret(tx: Tx, tenantId: string, id: string): Promise<string | undefined> {
  const row = await tx.maybeOne<{ secret_encrypted: string }>(
    `SELECT secret_encrypted FROM tmf_hub_subscriptions WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id],
  );
  return row?.secret_encrypted;
}

export async function anySubscription(tx: Tx, api: string): Promise<boolean> {
  const row = await tx.maybeOne<{ one: number }>(
    `SELECT 1 AS one FROM tmf_hub_subscriptions WHERE tenant_id = relais_tenant() AND api = $1 LIMIT 1`,
    [api],
  );
  return row !== undefined;
}

/** Of `tenantIds`, those with a registration for `api`, from a system transaction (one look-up). */
export async function tenantsSubscribed(
  tx: Tx,
  api: string,
  tenantIds: readonly string[],
): Promise<Set<string>> {
  if (tenantIds.length === 0) return new Set();
  const rows = await tx.query<{ tenant_id: string }>(
    `SELECT DISTINCT tenant_id FROM tmf_hub_subscriptions WHERE tenant_id = ANY($1::uuid[]) AND api = $2`,
    [tenantIds, api],
  );
  return new Set(rows.map((r) => r.tenant_id));
}

export function subscriptionsOf(
  tx: Tx,
  api: string,
): Promise<{ id: string; callback: string; query: string | null }[]> {
  return tx.query<{ id: string; callback: string; query: string | null }>(
    `SELECT id, callback, query FROM tmf_hub_subscriptions WHERE tenant_id = relais_tenant() AND api = $1
     ORDER BY created_at, id`,
    [api],
  );
}

export interface ListenerRow {
  id: string;
  api: string;
  callback: string;
  query: string | null;
  created_at: Date;
  sent: number;
  failed: number;
  pending: number;
}

/** Every listener of the tenant with its deliveries counted from the outbox (the hub page). */
export function listenerRows(tx: Tx, entityType: string): Promise<ListenerRow[]> {
  return tx.query<ListenerRow>(
    `SELECT s.id, s.api, s.callback, s.query, s.created_at,
            count(o.id) FILTER (WHERE o.status = 'sent')::int AS sent,
            count(o.id) FILTER (WHERE o.status = 'failed')::int AS failed,
            count(o.id) FILTER (WHERE o.status = 'pending')::int AS pending
       FROM tmf_hub_subscriptions s
       LEFT JOIN outbox o ON o.tenant_id = s.tenant_id AND o.entity_type = $1 AND o.entity_id = s.id::text
      GROUP BY s.id, s.api, s.callback, s.query, s.created_at
      ORDER BY s.api, s.created_at, s.id`,
    [entityType],
  );
}
