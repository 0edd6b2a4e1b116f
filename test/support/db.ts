import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import type { Db } from '../../src/platform/db/db.ts';
import { openPglite } from '../../src/platform/db/pglite.ts';
import { openPostgres } from '../../src/platform/db/postgres.ts';
import { migrate } from '../../src/platform/db/migrate.ts';
import { SNAPSHOT_ENV, TEMPLATE_ENV } from './global-setup.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on
 * the server named by TEST_DATABASE_URL (dropped at the end), so test files never see each other.
 * Under vitest both start from the run's migrated snapshot (test/support/global-setup.ts); the
 * migrations still run on it, and apply nothing unless the snapshot is missing.
 */
export interface TestDb {
  db: Db;
  /** Connection string of this file's database on PostgreSQL (undefined on PGlite). */
  url: string | undefined;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export const testEngine: 'pglite' | 'postgres' = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/** An empty database on TEST_DATABASE_URL's server, or a copy of `template` (a database name). */
export async function createTestDatabaseUrl(
  template?: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `relais_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function createTestDb(): Promise<TestDb> {
  if (testEngine === 'postgres') {
    const { url, drop } = await createTestDatabaseUrl(process.env[TEMPLATE_ENV]);
    const db = await openPostgres(url, 5);
    await migrate(db);
    return {
      db,
      url,
      engine: 'postgres',
      async close() {
        await db.close();
        await drop();
      },
    };
  }
  const db = await openPglite(undefined, { loadDataDir: await migratedSnapshot() });
  await migrate(db);
  return { db, url: undefined, engine: 'pglite', close: () => db.close() };
}

let snapshot: Promise<Blob | undefined> | undefined;
/** The run's migrated PGlite data dir, read once per test process (undefined outside vitest). */
function migratedSnapshot(): Promise<Blob | undefined> {
  const file = process.env[SNAPSHOT_ENV];
  snapshot ??= file ? readFile(file).then((bytes) => new Blob([bytes])) : Promise.resolve(undefined);
  return snapshot;
}
