import type { Tx } from '../db/db.ts';

/** A response stored under an Idempotency-Key (src/platform/http/unit-of-work.ts `mutation`). */
export interface StoredResponse {
  request_hash: string;
  principal: string;
  status_code: number;
  response_headers: Record<string, string>;
  response_body: string;
}

export interface NewStoredResponse {
  key: string;
  principal: string;
  method: string;
  path: string;
  requestHash: string;
  status: number;
  headers: Record<string, string>;
  /** The response body, already sealed (encrypted) by the caller. */
  sealedBody: string;
  at: Date;
}

export function findStoredResponse(tx: Tx, key: string): Promise<StoredResponse | undefined> {
  return tx.maybeOne<StoredResponse>(
    `SELECT request_hash, principal, status_code, response_headers, response_body FROM idempotency_keys WHERE key = $1`,
    [key],
  );
}

/** Holds the key's advisory lock until the transaction ends: requests with one key run one by one. */
export async function lockIdempotencyKey(tx: Tx, lockName: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [lockName]);
}

export async function storeResponse(tx: Tx, r: NewStoredResponse): Promise<void> {
  await tx.query(
    `INSERT INTO idempotency_keys (tenant_id, key, principal, method, path, request_hash, status_code, response_headers, response_body, created_at)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      r.key,
      r.principal,
      r.method,
      r.path,
      r.requestHash,
      r.status,
      JSON.stringify(r.headers),
      r.sealedBody,
      r.at,
    ],
  );
}

/** Retention (src/platform/jobs/retention.ts): keys older than `before`, across tenants. */
export async function purgeIdempotencyKeys(tx: Tx, before: Date): Promise<number> {
  const rows = await tx.query(`DELETE FROM idempotency_keys WHERE created_at < $1 RETURNING key`, [before]);
  return rows.length;
}
