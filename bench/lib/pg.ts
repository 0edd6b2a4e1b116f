import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { processCpuMicros } from './machine.ts';
import type { Probe } from './load.ts';

/**
 * A fresh database on the server at `base`, as test/support/db.ts does for tests
 * (createTestDatabaseUrl), so the bench never touches anybody's data. `drop` removes it.
 */
export async function createBenchDatabase(
  base: string,
): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `relais_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  let dropped = false;
  return {
    url: url.toString(),
    name,
    async drop() {
      if (dropped) return;
      dropped = true;
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

export async function serverVersion(url: string): Promise<string> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    const u = new URL(url);
    return `PostgreSQL ${rows[0]?.v ?? '?'} on ${u.hostname}:${u.port || '5432'} (same machine, shares the CPUs)`;
  } finally {
    await c.end();
  }
}

/**
 * CPU of the PostgreSQL backends serving one database (the bench's own), read from /proc: the
 * server runs on this machine. Backends that appear during a measurement count from zero (their
 * start-up is part of the cost); the probe's own connection is excluded.
 */
export async function backendCpuProbe(
  url: string,
  database: string,
): Promise<{ probe: Probe; close(): Promise<void> }> {
  const c = new pg.Client({ connectionString: url });
  // Dropping the database (WITH FORCE) ends this connection; that is not an error here.
  c.on('error', () => undefined);
  await c.connect();
  let last = new Map<number, number>();
  let baseline = 0;
  const sample = async (): Promise<Map<number, number> | null> => {
    const { rows } = await c.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [database],
    );
    const m = new Map<number, number>();
    for (const { pid } of rows) {
      const us = processCpuMicros(pid);
      if (us === null) return null;
      m.set(pid, us);
    }
    return m;
  };
  return {
    probe: {
      name: 'pgCpu',
      // A running total: each read adds what the backends it knows about used since the last read.
      async read() {
        const now = await sample();
        if (!now) return null;
        for (const [pid, us] of now) baseline += us - (last.get(pid) ?? 0);
        last = now;
        return baseline;
      },
    },
    close: () => c.end(),
  };
}
