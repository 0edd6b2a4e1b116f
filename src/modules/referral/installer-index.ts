/**
 * REF-03 at scale (issue 13: p99 ≤ 1 ms among 100,000 installers): one search tree per tenant kept
 * in this process's memory, built on first use and rebuilt when the directory's stamp moved. The
 * stamp is bumped by a trigger in the same transaction as any directory write (migration 0052), so
 * an installer added, signed or deactivated here or through another app instance sharing the
 * database is seen by the next referral. Checking it is one primary-key read.
 */
import type { Tx } from '../../platform/db/db.ts';
import {
  indexInstallers,
  nearestInstaller,
  type InstallerChoice,
  type InstallerIndex,
  type Point,
} from './rules.ts';
import * as store from './store.ts';

const trees = new Map<string, { stamp: string; index: InstallerIndex }>();

/** How many times a tree was built in this process (tests prove the cache is used, and followed). */
export const indexBuilds = { count: 0 };

/** The tenant's tree as the transaction sees the directory. */
async function directoryIndex(tx: Tx): Promise<InstallerIndex> {
  // The stamp is read before the installers: under READ COMMITTED a write committed in between
  // labels newer contents with an older stamp (one extra rebuild), never the reverse.
  const version = await store.directoryStamp(tx);
  if (!version) return indexInstallers([]);
  const kept = trees.get(version.tenant_id);
  if (kept?.stamp === version.stamp) return kept.index;
  const rows = await store.directoryPoints(tx);
  const index = indexInstallers(
    rows.map((r) => ({
      id: r.id,
      company: r.company,
      latitude: r.latitude,
      longitude: r.longitude,
      charterSignedAt: r.charter_signed_at,
      active: r.active,
    })),
  );
  indexBuilds.count++;
  trees.set(version.tenant_id, { stamp: version.stamp, index });
  return index;
}

/** REF-01, REF-03: the nearest signed, active installer not yet tried, on the kept tree. */
export async function findNearestInstaller(
  tx: Tx,
  home: Point,
  alreadyTried: ReadonlySet<string> = new Set(),
): Promise<InstallerChoice> {
  return nearestInstaller(await directoryIndex(tx), home, alreadyTried);
}
