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
  system<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
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
