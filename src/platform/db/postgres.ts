import pg from 'pg';
import {
  OID,
  READ_PRELUDE,
  checkTenantId,
  parseInt8,
  statementName,
  tenantPrelude,
  wrap,
  type Db,
  type Row,
  type Tx,
} from './db.ts';

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === OID.int8) return (v: string) => parseInt8(v);
    if (oid === OID.date) return (v: string) => v;
    if (oid === OID.numeric) return (v: string) => v;
    return pg.types.getTypeParser(oid, format);
  },
} as unknown as pg.CustomTypesConfig;

export async function openPostgres(url: string, poolSize: number): Promise<Db> {
  // Pipeline mode: a query is written as soon as it is issued, without waiting for the answer to
  // the previous one. Transactions that await each statement behave as before; Db.read issues its
  // four statements at once, so they cost one round trip.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types, pipeline: true });
  const preludeName = statementName(READ_PRELUDE);
  // An idle client that errors (server restart) must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);

  async function inTx<T>(prelude: string, tenantId: string | null, fn: (tx: Tx) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query(prelude);
      const run = async (sql: string, params?: readonly unknown[]): Promise<Row[]> =>
        (await client.query<Row>(sql, params as unknown[] | undefined)).rows;
      const exec = async (sql: string): Promise<void> => {
        await client.query(sql);
      };
      try {
        const result = await fn(wrap(tenantId, run, exec));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw err;
      }
    } finally {
      client.release(broken);
    }
  }

  /**
   * Db.read: BEGIN READ ONLY, the prelude (tenant id bound as $1), the read (its parameters bound),
   * COMMIT, written together (one corked write, one round trip). Both statements are named, so each
   * connection parses them once and then runs them from its plan cache. If the read fails, the
   * COMMIT that follows ends the failed transaction (PostgreSQL answers it with ROLLBACK), and the
   * connection goes back to the pool clean. Security review in db.ts (READ_PRELUDE).
   */
  async function read(tenantId: string, sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    checkTenantId(tenantId);
    const client = await pool.connect();
    let broken = false;
    try {
      const stream = (client as unknown as { connection?: { stream?: { cork?(): void; uncork?(): void } } })
        .connection?.stream;
      stream?.cork?.();
      const sent = [
        client.query('BEGIN READ ONLY'),
        client.query({ name: preludeName, text: READ_PRELUDE, values: [tenantId] }),
        client.query<Row>({ name: statementName(sql), text: sql, values: params as unknown[] }),
        client.query('COMMIT'),
      ];
      stream?.uncork?.();
      const settled = await Promise.allSettled(sent);
      // BEGIN or COMMIT failing means the connection's state is unknown: it is not reused.
      if (settled[0]?.status === 'rejected' || settled[3]?.status === 'rejected') broken = true;
      const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
      return (settled[2] as PromiseFulfilledResult<pg.QueryResult<Row>>).value.rows;
    } finally {
      client.release(broken);
    }
  }

  return {
    engine: 'postgres',
    read: read as Db['read'],
    tenant: (tenantId, fn) => inTx(tenantPrelude(tenantId), tenantId, fn),
    system: (fn) => inTx('BEGIN', null, fn),
    close: () => pool.end(),
  };
}
