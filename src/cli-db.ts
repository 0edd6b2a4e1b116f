import type { Config } from './platform/config.ts';
import { acquireDataDir, DataDirBusyError } from './platform/data-dir.ts';
import type { Db } from './platform/db/db.ts';
import { openDb } from './platform/db/index.ts';
import { migrate } from './platform/db/migrate.ts';

/**
 * Runs a command on the embedded database while no server runs: the data dir is held for the
 * command's length (a server starting meanwhile waits), and the migrations are applied first.
 */
export async function withEmbeddedDb<T>(
  c: Config,
  fail: (message: string) => never,
  use: (db: Db) => Promise<T>,
): Promise<T> {
  const release = await acquireDataDir(c.dataDir).catch((e: unknown) => {
    if (e instanceof DataDirBusyError)
      fail(`the data dir ${c.dataDir} is in use by process ${e.pid}; try again in a moment.`);
    throw e;
  });
  const db = await openDb(c);
  try {
    await migrate(db);
    return await use(db);
  } finally {
    await db.close();
    await release();
  }
}
