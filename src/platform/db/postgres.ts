import pg from 'pg';
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

const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    return TYPE_PARSERS[oid] ?? pg.types.getTypeParser(oid, format);
  },
} as unknown as pg.CustomTypesConfig;

/** What TenantRead uses of node-postgres' connection (pg/lib/connection.js). */
interface WireConnection {
  /** Named statements this connection has parsed (set by the client on ParseComplete). */
  parsedStatements: Record<string, string>;
  /** Named statements whose Parse was written but not yet answered. */
  submittedNamedStatements: Record<string, string>;
  parse(msg: { name: string; text: string }): void;
  bind(msg: { statement: string; values: (string | Buffer | null)[] }): void;
  describe(msg: { type: 'P'; name: string }): void;
  execute(msg: { portal?: string }): void;
  sync(): void;
}

interface QueryInternals {
  name?: string;
  text?: string;
  handleDataRow(msg: unknown): void;
  handleCommandComplete(msg: unknown, connection: WireConnection): void;
  handleError(err: Error, connection: WireConnection): void;
}

// The client's own query class, extended: the pipelined client accepts no other submittable.
// Built from the text alone: a config object would be cloned property by property (pg's
// normalizeQueryConfig, 5 % of the read path's CPU in the benchmark's profile).
const BaseQuery = pg.Query as unknown as new (text: string) => QueryInternals & {
  values: unknown[];
  callback: (err: Error | undefined, result: { rows: Row[] }) => void;
};

/**
 * One Db.read on node-postgres: Parse (first time on this connection) / Bind / Execute of the
 * prelude, then of the read with a Describe, and one Sync. The client treats it as one query: it
 * hands it every message until the ReadyForQuery. Until the prelude's CommandComplete the query
 * answers to the prelude's name (so the client's ParseComplete book-keeping records the right
 * statement), then to the read's; the prelude's row is not part of the result.
 */
class TenantRead extends BaseQuery {
  private inRead = false;

  constructor(
    private readonly preludeName: string,
    private readonly tenantId: string,
    private readonly readName: string,
    private readonly readText: string,
    private readonly readValues: (string | Buffer | null)[],
    done: (err: Error | undefined, rows: Row[]) => void,
  ) {
    super(READ_PRELUDE);
    this.name = preludeName;
    this.values = [tenantId];
    this.callback = (err, result) => done(err, err ? [] : result.rows);
  }

  /** Called by Query.submit between cork() and uncork(): the whole batch leaves in one write. */
  prepare(connection: WireConnection): void {
    const known = (name: string) =>
      connection.parsedStatements[name] !== undefined ||
      connection.submittedNamedStatements[name] !== undefined;
    const statement = (name: string, text: string, values: (string | Buffer | null)[]) => {
      if (!known(name)) {
        connection.parse({ name, text });
        connection.submittedNamedStatements[name] = text;
      }
      connection.bind({ statement: name, values });
    };
    statement(this.preludeName, READ_PRELUDE, [this.tenantId]);
    connection.execute({});
    statement(this.readName, this.readText, this.readValues);
    connection.describe({ type: 'P', name: '' });
    connection.execute({});
    connection.sync();
  }

  override handleDataRow(msg: unknown): void {
    if (this.inRead) super.handleDataRow(msg);
  }

  override handleCommandComplete(msg: unknown, connection: WireConnection): void {
    if (this.inRead) return super.handleCommandComplete(msg, connection);
    this.inRead = true;
    this.name = this.readName;
    this.text = this.readText;
  }

  override handleError(err: Error, connection: WireConnection): void {
    // After an error the server skips to the Sync: a statement whose ParseComplete did not come
    // back does not exist, and must be parsed again next time.
    if (connection) {
      delete connection.submittedNamedStatements[this.preludeName];
      delete connection.submittedNamedStatements[this.readName];
    }
    super.handleError(err, connection);
  }
}

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
   * Db.read: the prelude (tenant id bound as $1) and the read (its parameters bound) as one
   * extended-protocol batch with a single Sync, written at once (one round trip, one
   * ReadyForQuery), as the PGlite adapter sends it. Until the Sync, PostgreSQL runs the batch in
   * one implicit transaction: the transaction-local role, tenant and read-only flag end with it,
   * also when the read fails (an error skips to the Sync and rolls the transaction back), so the
   * connection goes back to the pool clean. Both statements are named, so each connection parses
   * them once and then runs them from its plan cache. Against BEGIN READ ONLY · prelude · read ·
   * COMMIT as four pipelined queries, the driver builds one query instead of four and PostgreSQL
   * runs two statements instead of four (BENCHMARKS.md, users-get). Security review in db.ts
   * (READ_PRELUDE).
   */
  async function read(tenantId: string, sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    checkTenantId(tenantId);
    // Serialised before the connection is taken: a value the driver cannot send fails here, with
    // nothing written.
    const values = params.map((v) => pgUtils.prepareValue(v) as string | Buffer | null);
    const client = await pool.connect();
    let broken = false;
    try {
      return await new Promise<Row[]>((resolve, reject) => {
        const query = new TenantRead(preludeName, tenantId, statementName(sql), sql, values, (err, rows) => {
          if (err) {
            // An ErrorResponse leaves the connection clean (the batch ended at its Sync); any
            // other failure (socket, protocol) leaves it in an unknown state: not reused.
            if (!(err instanceof pg.DatabaseError)) broken = true;
            reject(err);
          } else resolve(rows);
        });
        void client.query(query as unknown as pg.Submittable);
      });
    } finally {
      client.release(broken);
    }
  }

  const listener = createListener(url);
  return {
    engine: 'postgres',
    read: read as Db['read'],
    tenant: (tenantId, fn) => inTx(tenantPrelude(tenantId), tenantId, fn),
    system: (fn) => inTx('BEGIN', null, fn),
    listen: (channel, fn, onError) => listener.listen(channel, fn, onError),
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}

/** First wait before reconnecting a dropped LISTEN connection, doubled up to the cap. */
const RECONNECT_FIRST_MS = 100;
const RECONNECT_MAX_MS = 5_000;

/**
 * Db.listen on PostgreSQL: one connection of its own, outside the pool (a pooled connection goes
 * back to other uses, and a LISTEN must stay), LISTENing on every channel someone listens to.
 * When it drops (server restart, a terminated backend, a network cut) it is opened again with a
 * growing delay, and every listener is called once it is back, for the signals sent meanwhile.
 * The connection is opened with the first listener and closed with the last: one more connection
 * per process that runs a worker, beside its pool (count it in max_connections).
 */
function createListener(url: string) {
  const channels = new Map<string, Set<() => void>>();
  const errorHandlers = new Set<(err: unknown) => void>();
  /** The connection listening now; undefined while (re)connecting or idle. */
  let client: pg.Client | undefined;
  let attempt: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let delayMs = RECONNECT_FIRST_MS;
  let everConnected = false;
  let closed = false;

  const report = (err: unknown) => {
    for (const h of errorHandlers) h(err);
  };
  const active = () => !closed && channels.size > 0;

  async function connect(): Promise<void> {
    const c = new pg.Client({
      connectionString: url,
      application_name: 'relais-listen',
      // A connection that hangs or a peer gone silent counts as dropped, and is opened again.
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
    });
    c.on('notification', (msg) => {
      if (c !== client) return;
      const fns = channels.get(msg.channel);
      if (fns) callListeners([...fns]);
    });
    // After 'error' comes 'end'; either one means the connection is gone.
    c.on('error', (err) => lost(c, err));
    c.on('end', () => lost(c, new Error('LISTEN connection ended')));
    try {
      await c.connect();
      for (const channel of channels.keys()) await c.query(`LISTEN ${channel}`);
    } catch (err) {
      c.removeAllListeners('end');
      c.on('error', () => undefined);
      await c.end().catch(() => undefined);
      throw err;
    }
    if (!active()) {
      await c.end().catch(() => undefined);
      return;
    }
    client = c;
    delayMs = RECONNECT_FIRST_MS;
    // Back after a drop: whatever was committed meanwhile was not heard.
    if (everConnected) callListeners([...channels.values()].flatMap((fns) => [...fns]));
    everConnected = true;
  }

  function start(): Promise<void> {
    attempt ??= connect()
      .catch((err: unknown) => {
        report(err);
        retryLater();
      })
      .finally(() => {
        attempt = undefined;
      });
    return attempt;
  }

  function retryLater(): void {
    if (!active() || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (active() && !client) void start();
    }, delayMs);
    timer.unref();
    delayMs = Math.min(delayMs * 2, RECONNECT_MAX_MS);
  }

  function lost(c: pg.Client, err: unknown): void {
    if (c !== client) return;
    client = undefined;
    // Keep a handler: a second 'error' on the dead connection must not crash the process.
    c.on('error', () => undefined);
    void c.end().catch(() => undefined);
    if (!active()) return;
    report(err);
    retryLater();
  }

  async function stop(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = undefined;
    everConnected = false;
    delayMs = RECONNECT_FIRST_MS;
    const c = client;
    client = undefined;
    if (c) await c.end().catch(() => undefined);
  }

  return {
    async listen(
      channel: string,
      fn: () => void,
      onError?: (err: unknown) => void,
    ): Promise<() => Promise<void>> {
      checkChannel(channel);
      if (closed) throw new Error('database is closed');
      if (onError) errorHandlers.add(onError);
      let fns = channels.get(channel);
      const isNew = fns === undefined;
      if (!fns) channels.set(channel, (fns = new Set()));
      fns.add(fn);
      if (client && isNew) {
        // If this fails the connection is broken: 'error'/'end' reconnects, LISTENing on it again.
        await client.query(`LISTEN ${channel}`).catch(() => undefined);
      } else if (!client && !timer) {
        await start();
      } else if (attempt) {
        await attempt;
      }
      return async () => {
        if (onError) errorHandlers.delete(onError);
        const set = channels.get(channel);
        if (!set?.delete(fn) || set.size > 0) return;
        channels.delete(channel);
        if (channels.size === 0) await stop();
        else await client?.query(`UNLISTEN ${channel}`).catch(() => undefined);
      };
    },
    async close(): Promise<void> {
      closed = true;
      channels.clear();
      errorHandlers.clear();
      if (attempt) await attempt;
      await stop();
    },
  };
}
