import { DateTime } from 'luxon';
import type { Db, Tx } from './db.ts';

/**
 * Released data files (the mobile catalog's versions, the internet catalog's): each is loaded once
 * into its module's tables and never edited afterwards, since what was sold under a version must
 * stay readable as it was. Loading again with the same checksum does nothing; with another checksum
 * it stops the start (add a new version file instead). The module keeps its tables and their SQL;
 * this file holds the protocol both followed by hand, and its advisory lock.
 */

/** What every data file says of itself. */
export interface DataVersionFile {
  readonly id: string;
  /** A local date (YYYY-MM-DD) in the zone of the reseller the file was written for. */
  readonly effectiveFrom: string;
  readonly currency: string;
  readonly vatIncluded: boolean;
  readonly source: string;
}

/** The version's row, as the owning module's store inserts it. */
export interface DataVersionInsert {
  id: string;
  effectiveFrom: Date;
  currency: string;
  vatIncluded: boolean;
  checksum: string;
  source: string;
  now: Date;
}

export interface DataVersionLoader<V extends DataVersionFile> {
  /** Names the file in the errors that stop the start ("catalog", "internet catalog"). */
  label: string;
  /** The zone the file's effective date is a local date in. */
  zone: string;
  /** What is wrong with the file (empty when nothing); checked before anything is written. */
  check: (v: V) => string[];
  checksum: (v: V) => string;
  /** Any constant of its own: serialises the module's loading when several processes start together. */
  lockKey: number;
  loadedChecksum: (tx: Tx, id: string) => Promise<{ checksum: string } | undefined>;
  /** Inserts the version's row and its content. */
  insert: (tx: Tx, row: DataVersionInsert, v: V) => Promise<void>;
  /** A version loaded with the same checksum: what may still be refreshed in place, if anything. */
  unchanged?: (tx: Tx, v: V) => Promise<unknown>;
}

/** 00:00 local time in `zone` on the file's effective date. */
export function dataVersionStart(effectiveFrom: string, zone: string): Date {
  return DateTime.fromISO(effectiveFrom, { zone }).startOf('day').toJSDate();
}

/** Loads one file in the caller's system transaction; false when it was already loaded. */
export async function loadDataVersion<V extends DataVersionFile>(
  tx: Tx,
  v: V,
  now: Date,
  loader: DataVersionLoader<V>,
): Promise<boolean> {
  const issues = loader.check(v);
  if (issues.length > 0) throw new Error(`${loader.label} ${v.id} is invalid:\n${issues.join('\n')}`);
  const checksum = loader.checksum(v);
  await tx.query('SELECT pg_advisory_xact_lock($1)', [loader.lockKey]);
  const done = await loader.loadedChecksum(tx, v.id);
  if (done) {
    if (done.checksum !== checksum)
      throw new Error(`${loader.label} ${v.id} was changed after it was loaded; add a new version instead`);
    await loader.unchanged?.(tx, v);
    return false;
  }
  const row = {
    id: v.id,
    effectiveFrom: dataVersionStart(v.effectiveFrom, loader.zone),
    currency: v.currency,
    vatIncluded: v.vatIncluded,
    checksum,
    source: v.source,
    now,
  };
  await loader.insert(tx, row, v);
  return true;
}

/** Loads the files, each in its own system transaction (idempotent); returns the ids loaded now. */
export async function loadDataVersions<V extends DataVersionFile>(
  db: Db,
  versions: readonly V[],
  now: Date,
  loader: DataVersionLoader<V>,
): Promise<string[]> {
  const loaded: string[] = [];
  for (const v of versions)
    if (await db.system((tx) => loadDataVersion(tx, v, now, loader))) loaded.push(v.id);
  return loaded;
}
