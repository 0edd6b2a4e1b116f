import { PGlite } from '@electric-sql/pglite';
import { OID, parseInt8, tenantPrelude, wrap, type Db, type Row, type Tx } from './db.ts';

/**
 * Embedded engine. PGlite is one single-user backend, so transactions are serialised here: one
 * runs at a time, the others queue. That is the price of "no server to install"; production
 * runs on PostgreSQL.
 */
export async function openPglite(dataDir: string | undefined): Promise<Db> {
  const pg = await PGlite.create(dataDir ?? 'memory://', {
    parsers: {
      [OID.int8]: (v: string) => parseInt8(v),
      [OID.date]: (v: string) => v,
      [OID.numeric]: (v: string) => v,
    },
  });
  let chain: Promise<unknown> = Promise.resolve();
  let closed = false;

  const run = async (sql: string, params?: readonly unknown[]): Promise<Row[]> => {
    const res = await pg.query<Row>(sql, params as unknown[] | undefined);
    return res.rows;
  };
  const exec = async (sql: string): Promise<void> => {
    await pg.exec(sql);
  };

  function serialise<T>(work: () => Promise<T>): Promise<T> {
    const next = chain.then(work, work);
    chain = next.catch(() => undefined);
    return next;
  }

  async function inTx<T>(prelude: string, tenantId: string | null, fn: (tx: Tx) => Promise<T>): Promise<T> {
    if (closed) throw new Error('database is closed');
    return serialise(async () => {
      await pg.exec(prelude);
      try {
        const result = await fn(wrap(tenantId, run, exec));
        await pg.exec('COMMIT');
        return result;
      } catch (err) {
        await pg.exec('ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
  }

  return {
    engine: 'pglite',
    tenant: (tenantId, fn) => inTx(tenantPrelude(tenantId), tenantId, fn),
    system: (fn) => inTx('BEGIN', null, fn),
    async close() {
      if (closed) return;
      closed = true;
      await chain;
      await pg.close();
    },
  };
}
