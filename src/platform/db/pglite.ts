import { PGlite, parse, protocol } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pgUtils from 'pg/lib/utils.js';
import {
  READ_PRELUDE,
  callListeners,
  checkChannel,
  checkTenantId,
  statementName,
  tenantPrelude,
  TYPE_PARSERS,
  wrap,
  type Db,
  type Row,
  type Tx,
} from './db.ts';

const { serialize } = protocol;
const SYNC = serialize.sync();

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Parameters as text, as node-postgres sends them (one serialisation for both engines' reads). */
function textParams(params: readonly unknown[]): (string | null)[] {
  return params.map((v) => pgUtils.prepareValue(v) as string | null);
}

/**
 * Embedded engine. PGlite is one single-user backend, so transactions are serialised here: one
 * runs at a time, the others queue. That is the price of "no server to install"; production
 * runs on PostgreSQL.
 */
export interface PgliteDb extends Db {
  /** The whole data dir as a tarball (PGlite's dumpDataDir), to open copies with `loadDataDir`. */
  dump(): Promise<Blob>;
}

export async function openPglite(
  dataDir: string | undefined,
  /** `loadDataDir`: start from a dump (tests start each database from one migrated snapshot). */
  options: { loadDataDir?: Blob } = {},
): Promise<PgliteDb> {
  // pg_trgm: the fleet's user-name search (migration 0017) has a trigram index on both engines.
  const pg = await PGlite.create({
    dataDir: dataDir ?? 'memory://',
    parsers: TYPE_PARSERS,
    extensions: { pg_trgm },
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
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

  // Named statements this backend has prepared (Db.read). A statement whose batch failed is closed
  // and forgotten: the failure may have come before or after its Parse.
  const prepared = new Set<string>();
  const preludeName = statementName(READ_PRELUDE);

  /**
   * Db.read: one execProtocol call (one trip into the engine instead of PGlite's six per query
   * plus BEGIN, prelude and COMMIT): Parse/Bind/Execute of the prelude and of the read, one Sync.
   * Until the Sync, the extended protocol runs everything in one implicit transaction, so the
   * transaction-local role and tenant end with it (security review in db.ts, READ_PRELUDE).
   */
  async function read(tenantId: string, sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    checkTenantId(tenantId);
    if (closed) throw new Error('database is closed');
    const name = statementName(sql);
    return serialise(async () => {
      const parts: Uint8Array[] = [];
      if (!prepared.has(preludeName)) parts.push(serialize.parse({ name: preludeName, text: READ_PRELUDE }));
      parts.push(serialize.bind({ statement: preludeName, values: [tenantId] }), serialize.execute({}));
      if (!prepared.has(name)) parts.push(serialize.parse({ name, text: sql }));
      parts.push(
        serialize.bind({ statement: name, values: textParams(params) }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        SYNC,
      );
      let messages;
      try {
        ({ messages } = await pg.execProtocol(concat(parts)));
      } catch (err) {
        prepared.delete(name);
        prepared.delete(preludeName);
        const close = [
          serialize.close({ type: 'S', name }),
          serialize.close({ type: 'S', name: preludeName }),
        ];
        await pg.execProtocol(concat([...close, SYNC])).catch(() => undefined);
        throw err;
      }
      prepared.add(preludeName);
      prepared.add(name);
      // The read's messages start after the prelude's CommandComplete.
      const start = messages.findIndex((m) => m.name === 'commandComplete') + 1;
      const [result] = parse.parseResults(messages.slice(start), pg.parsers);
      return (result?.rows ?? []) as Row[];
    });
  }

  // One PGlite subscription per channel, shared by this process's listeners (Db.listen).
  const channels = new Map<string, { fns: Set<() => void>; ready: Promise<() => Promise<void>> }>();

  /**
   * Db.listen: PGlite's own LISTEN on its one backend, which hears the NOTIFY of every transaction
   * this process commits (they all run on that backend) right after its COMMIT, and nothing of a
   * transaction rolled back.
   */
  async function listen(channel: string, fn: () => void): Promise<() => Promise<void>> {
    checkChannel(channel);
    if (closed) throw new Error('database is closed');
    let entry = channels.get(channel);
    if (!entry) {
      const fns = new Set<() => void>();
      // Through the queue: a LISTEN run between another transaction's BEGIN and COMMIT would become
      // part of it (and be lost with it if it rolled back).
      const ready = serialise(() => pg.listen(channel, () => callListeners([...fns])));
      entry = { fns, ready };
      channels.set(channel, entry);
    }
    const { fns, ready } = entry;
    fns.add(fn);
    await ready;
    return async () => {
      fns.delete(fn);
      if (fns.size > 0 || channels.get(channel)?.fns !== fns) return;
      channels.delete(channel);
      if (!closed) await serialise(async () => (await ready)());
    };
  }

  return {
    engine: 'pglite',
    listen: (channel, fn) => listen(channel, fn),
    read: read as Db['read'],
    tenant: (tenantId, fn) => inTx(tenantPrelude(tenantId), tenantId, fn),
    system: (fn) => inTx('BEGIN', null, fn),
    dump: () => serialise(() => pg.dumpDataDir('none')),
    async close() {
      if (closed) return;
      closed = true;
      await chain;
      await pg.close();
    },
  };
}
