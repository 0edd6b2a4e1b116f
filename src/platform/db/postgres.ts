import pg from 'pg';
import { OID, parseInt8, tenantPrelude, wrap, type Db, type Row, type Tx } from './db.ts';

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === OID.int8) return (v: string) => parseInt8(v);
    if (oid === OID.date) return (v: string) => v;
    if (oid === OID.numeric) return (v: string) => v;
    return pg.types.getTypeParser(oid, format);
  },
} as unknown as pg.CustomTypesConfig;

export async function openPostgres(url: string, poolSize: number): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types });
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

  return {
    engine: 'postgres',
    tenant: (tenantId, fn) => inTx(tenantPrelude(tenantId), tenantId, fn),
    system: (fn) => inTx('BEGIN', null, fn),
    close: () => pool.end(),
  };
}
