import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './db.ts';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
/** Any constant: serialises migrations when several processes start together on one PostgreSQL. */
const MIGRATION_LOCK = 72_616_973;

export interface Migration {
  id: string;
  sql: string;
  checksum: string;
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  return Promise.all(
    files.map(async (f) => {
      const sql = await readFile(path.join(dir, f), 'utf8');
      return { id: f.replace(/\.sql$/, ''), sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/**
 * Applies pending migrations, each in its own transaction. Forward only: an applied migration
 * whose file changed stops the start, since the database no longer matches the code.
 */
export async function migrate(db: Db, migrations?: Migration[]): Promise<string[]> {
  const all = migrations ?? (await loadMigrations());
  const applied: string[] = [];
  await db.system(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS schema_migrations (id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
  });
  for (const m of all) {
    await db.system(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const done = await tx.maybeOne<{ checksum: string }>(
        'SELECT checksum FROM schema_migrations WHERE id = $1',
        [m.id],
      );
      if (done) {
        if (done.checksum !== m.checksum) {
          throw new Error(`migration ${m.id} was changed after it was applied; add a new migration instead`);
        }
        return;
      }
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (id, checksum) VALUES ($1, $2)', [m.id, m.checksum]);
      applied.push(m.id);
    });
  }
  // Database-level privileges live in pg_database, outside what a migration's schema changes carry:
  // a copy made with CREATE DATABASE … TEMPLATE, or a dump restored without --create, has PUBLIC's
  // default TEMPORARY grant again. Migration 0014's REVOKE is therefore re-asserted on every run
  // (idempotent; a warning, not a failure, when the migrating role does not own the database).
  await db.system((tx) => tx.exec(REASSERT_DATABASE_PRIVILEGES));
  return applied;
}

const REASSERT_DATABASE_PRIVILEGES = `DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'relais_app') THEN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC, relais_app', current_database());
  END IF;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE WARNING 'relais: could not revoke TEMPORARY on database % from PUBLIC (not its owner); run: REVOKE TEMPORARY ON DATABASE % FROM PUBLIC', current_database(), current_database();
END
$$;`;
