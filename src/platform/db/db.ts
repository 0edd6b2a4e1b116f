/**
 * One SQL dialect, two engines. Everything above this file talks to `Db`; only the two adapters
 * (pglite.ts, postgres.ts) know which engine runs underneath.
 *
 * Two kinds of transaction:
 *  - `tenant(tenantId, fn)`: runs as the application role with `relais.tenant_id` set, so
 *    row-level security scopes every statement to that tenant. This is what requests use.
 *  - `system(fn)`: runs as the connecting (owner) role, which RLS does not restrict. Only the
 *    few cross-tenant paths use it: migrations, resolving a tenant by slug, login look-up, the
 *    worker claiming jobs, the demo seed.
 */
import { createHash } from 'node:crypto';

export type Row = Record<string, unknown>;

export interface Tx {
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Exactly one row, or throws. */
  one<T = Row>(sql: string, params?: readonly unknown[]): Promise<T>;
  /** Zero or one row. */
  maybeOne<T = Row>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** Multi-statement SQL without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** The tenant this transaction is scoped to, or null for a system transaction. */
  readonly tenantId: string | null;
  /**
   * From a system transaction, run `fn` scoped to one tenant inside the same transaction, then
   * return to the system role. The worker uses it so that a job's effects and the job's
   * completion commit together (exactly once).
   */
  scoped<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T>;
}

export interface Db {
  readonly engine: 'pglite' | 'postgres';
  tenant<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * One statement in its own read-only transaction scoped to the tenant, sent to the engine in one
   * round trip (see READ_PRELUDE for how, and why it is safe). The statement is prepared once per
   * connection (a named statement), so a hot read is planned from the plan cache, not parsed and
   * planned anew. For reads only: the transaction is READ ONLY and a write fails (25006).
   */
  read<T = Row>(tenantId: string, sql: string, params?: readonly unknown[]): Promise<T[]>;
  system<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Calls `fn` after each commit of a transaction that sent NOTIFY `channel` (migration 0070's
   * triggers send WORK_CHANNEL when outbox rows or jobs are written), never for one rolled back.
   * PGlite: the transactions of this process (its one backend). PostgreSQL: those of every process,
   * through one dedicated LISTEN connection, which reconnects when it drops; `fn` is then called
   * once, since a signal may have been missed meanwhile. A signal is a hint, not a message: the
   * caller still polls. Resolves once listening (or, PostgreSQL, once the first connection attempt
   * failed and reconnecting began, reported to `onError`); returns a function that stops.
   */
  listen(channel: string, fn: () => void, onError?: (err: unknown) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** The channel of migration 0070's triggers: outbox rows or jobs were committed. */
export const WORK_CHANNEL = 'relais_outbox';

/** A channel name is inlined into LISTEN: only plain lower-case identifiers. */
export function checkChannel(channel: string): void {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new Error(`invalid channel name "${channel}"`);
}

/** Calls each listener; one that throws must not keep the others from hearing the signal. */
export function callListeners(fns: Iterable<() => void>): void {
  for (const fn of fns) {
    try {
      fn();
    } catch {
      // A listener's own failure is its business; the signal is only a hint.
    }
  }
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The role that row-level security applies to (created by the first migration). */
export const APP_ROLE = 'relais_app';

/**
 * The statements that scope a transaction to a tenant. The id is validated before it is
 * inlined, so they travel in one round trip with BEGIN (simple query protocol).
 */
export function scopeSql(tenantId: string): string {
  if (!UUID_RE.test(tenantId)) throw new Error('invalid tenant id');
  return `SET LOCAL ROLE ${APP_ROLE}; SELECT set_config('relais.tenant_id', '${tenantId}', true)`;
}

export function tenantPrelude(tenantId: string): string {
  return `BEGIN; ${scopeSql(tenantId)}`;
}

/**
 * The first statement of a one-round-trip read (`Db.read`), sent in the same batch as the read.
 *
 * Security review (issue 14). Nothing untrusted is ever inlined into SQL text on this path:
 *  - This statement is constant text. The tenant id travels as the bound parameter $1 and is
 *    also checked against UUID_RE before anything is sent (checkTenantId): a value that is not a
 *    strict UUID is refused with 'invalid tenant id' and never reaches the engine. It comes from
 *    the server-side principal (session or token row), never from the request.
 *  - The role is a constant (APP_ROLE); `set_config('role', …, true)` is what SET LOCAL ROLE does,
 *    with the same membership check.
 *  - The read's own parameters are bound ($n of the extended protocol), never spliced into the text.
 *    Its SQL text is the store's constant text (only identifiers chosen from server-side whitelists,
 *    e.g. sort columns, are ever composed into it, as on every other path).
 *  - The three settings are transaction-local (is_local = true) and the batch is one transaction:
 *    PGlite runs Parse/Bind/Execute × 2 and one Sync, whose implicit transaction ends at the Sync;
 *    on PostgreSQL the batch is BEGIN … COMMIT, pipelined. When the transaction ends, so do the
 *    role and the tenant: a pooled connection never carries them into the next use, also on error
 *    (an error skips the rest of the batch and the transaction is rolled back).
 *  - transaction_read_only: a "read" that writes fails instead of writing (defence in depth).
 * test/platform/db-read.test.ts fuzzes the tenant id and the parameters with SQL-bearing strings.
 */
export const READ_PRELUDE = `SELECT set_config('role', '${APP_ROLE}', true), set_config('relais.tenant_id', $1, true), set_config('transaction_read_only', 'on', true)`;

export function checkTenantId(tenantId: string): void {
  if (typeof tenantId !== 'string' || !UUID_RE.test(tenantId)) throw new Error('invalid tenant id');
}

const statementNames = new Map<string, string>();

/**
 * The name of the prepared statement of a read: one per SQL text, the same on every connection.
 * 63 bytes is PostgreSQL's identifier limit; a SHA-256 prefix keeps collisions out of reach.
 */
export function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (name === undefined) {
    name = `r_${createHash('sha256').update(sql).digest('base64url').slice(0, 32)}`;
    // Store texts are constants, a few hundred in all; the bound only guards against a caller
    // composing texts without end (a hash per read is what the memo saves).
    if (statementNames.size >= 10_000) statementNames.clear();
    statementNames.set(sql, name);
  }
  return name;
}

/**
 * A Tx over `Db.read`: every statement is its own one-round-trip read-only transaction (its own
 * snapshot). For read use cases whose statements need no common snapshot (a row then its options,
 * a page then its total): `inTenantRead` in the HTTP layer.
 */
export function readTx(db: Pick<Db, 'read'>, tenantId: string): Tx {
  return wrap(
    tenantId,
    (sql, params) => db.read(tenantId, sql, params),
    () => Promise.reject(new Error('exec is not available in a read')),
  );
}

export function wrap(
  tenantId: string | null,
  run: (sql: string, params?: readonly unknown[]) => Promise<Row[]>,
  exec: (sql: string) => Promise<void>,
): Tx {
  const tx: Tx = {
    tenantId,
    async scoped<T>(scopeTenant: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
      if (tenantId !== null) throw new Error('scoped() is only for system transactions');
      await exec(scopeSql(scopeTenant));
      const result = await fn(wrap(scopeTenant, run, exec));
      await exec(`RESET ROLE; SELECT set_config('relais.tenant_id', '', true)`);
      return result;
    },
    query: <T>(sql: string, params?: readonly unknown[]) => run(sql, params) as Promise<T[]>,
    async one<T>(sql: string, params?: readonly unknown[]) {
      const rows = await run(sql, params);
      if (rows.length !== 1) throw new Error(`expected one row, got ${rows.length}`);
      return rows[0] as T;
    },
    async maybeOne<T>(sql: string, params?: readonly unknown[]) {
      const rows = await run(sql, params);
      if (rows.length > 1) throw new Error(`expected at most one row, got ${rows.length}`);
      return rows[0] as T | undefined;
    },
    exec,
  };
  return tx;
}

/** Types parsed the same way on both engines: int8 as number, date as 'YYYY-MM-DD' text. */
export const OID = { int8: 20, date: 1082, numeric: 1700 } as const;

export function parseInt8(v: string): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new Error(`int8 value ${v} exceeds the safe integer range`);
  return n;
}

/** The parser of each of those types, by OID: the one table both engines' adapters install. */
export const TYPE_PARSERS: Readonly<Record<number, (v: string) => unknown>> = {
  [OID.int8]: parseInt8,
  [OID.date]: (v) => v,
  [OID.numeric]: (v) => v,
};

/** Whether the database answers (the readiness probe, `/readyz`); throws when it does not. */
export async function ping(db: Db): Promise<void> {
  await db.system((tx) => tx.query('SELECT 1'));
}
