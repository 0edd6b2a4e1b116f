import { watch, type FSWatcher } from 'node:fs';
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/db.ts';
import type { ActionRegistry, WorkerLogger } from '../../platform/jobs/index.ts';
import { importUsagePath, refusalText, tenantOfSlug, UnknownTenantError } from './import-file.ts';
import type { ImportView } from './views.ts';

/**
 * The CDR inbox (issue 12, RELAIS_USAGE_INBOX): operators' files dropped into
 * `<inbox>/<tenant slug>/` are imported by the worker, each once:
 *  - a file is claimed by its atomic rename into `<slug>/processing/` (of several workers on one
 *    directory, only one rename succeeds);
 *  - it is imported as a stream, in batches of records (deduplicated on the operator's record id), then
 *    moved to `processed/` (or `rejected/` when refused as a whole: wrong header, unknown tenant)
 *    with `<name>.report.json` beside it: the figures and every rejected row;
 *  - a file left in `processing/` by a worker that died is put back at the next start; importing
 *    it again counts the batches it had not committed, and nothing twice.
 * Only `*.csv` files that have not changed for `settleMs` are taken (a file still being copied
 * waits); hidden files are ignored, so a writer may also copy to `.name` and rename.
 */
export interface InboxOptions {
  dir: string;
  db: Db;
  actions: ActionRegistry;
  clock: Clock;
  log: WorkerLogger;
  /** Poll interval (fs.watch wakes the inbox earlier where the platform supports it). */
  pollMs?: number;
  /** How long a file must stay unchanged before it is taken. */
  settleMs?: number;
}

export interface InboxReport {
  file: string;
  tenant: string;
  outcome: 'processed' | 'rejected';
  importedAt: string;
  /** Why the whole file was refused (rejected only). */
  reason?: string;
  import?: ImportView;
}

const WORK_DIRS = new Set(['processing', 'processed', 'rejected']);

/** The tenant directories of the inbox: every sub-directory (its name is the tenant's slug). */
async function tenantDirs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
}

async function ensureWorkDirs(tenantDir: string): Promise<void> {
  for (const d of WORK_DIRS) await mkdir(path.join(tenantDir, d), { recursive: true });
}

/** Puts back the files a dead worker left in `processing/` (at start only). */
export async function recoverInbox(dir: string): Promise<number> {
  let n = 0;
  for (const slug of await tenantDirs(dir)) {
    const processing = path.join(dir, slug, 'processing');
    for (const f of await readdir(processing).catch(() => [] as string[])) {
      await rename(path.join(processing, f), path.join(dir, slug, f)).then(
        () => n++,
        () => undefined,
      );
    }
  }
  return n;
}

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

/** One pass over the inbox: every settled CSV file of every tenant directory, one after the other. */
export async function scanInbox(o: InboxOptions): Promise<InboxReport[]> {
  const reports: InboxReport[] = [];
  const settleMs = o.settleMs ?? 2000;
  for (const slug of await tenantDirs(o.dir)) {
    const tenantDir = path.join(o.dir, slug);
    const files = await readdir(tenantDir, { withFileTypes: true }).catch(() => []);
    for (const f of files) {
      if (!f.isFile() || f.name.startsWith('.') || !f.name.toLowerCase().endsWith('.csv')) continue;
      const from = path.join(tenantDir, f.name);
      const s = await stat(from).catch(() => null);
      if (!s || Date.now() - s.mtimeMs < settleMs) continue;
      await ensureWorkDirs(tenantDir);
      const claimed = path.join(tenantDir, 'processing', f.name);
      // The claim: whoever renames the file first imports it; the others find it gone.
      const won = await rename(from, claimed).then(
        () => true,
        () => false,
      );
      if (!won) continue;
      const report = await processFile(o, slug, claimed, f.name);
      if (report) reports.push(report);
    }
  }
  return reports;
}

async function processFile(
  o: InboxOptions,
  slug: string,
  claimed: string,
  name: string,
): Promise<InboxReport | null> {
  const now = o.clock.now();
  const tenantDir = path.join(o.dir, slug);
  let report: InboxReport;
  try {
    const tenantId = await tenantOfSlug(o.db, slug);
    const view = await importUsagePath(o.db, o.actions, {
      tenantId,
      now,
      clock: o.clock,
      path: claimed,
      filename: name,
      source: 'inbox',
    });
    report = { file: name, tenant: slug, outcome: 'processed', importedAt: now.toISOString(), import: view };
  } catch (err) {
    const reason = err instanceof UnknownTenantError ? err.message : refusalText(err);
    if (reason === null) {
      // Not the file's fault (the database is down…): it goes back to the inbox for the next pass.
      o.log.error({ err, file: name, tenant: slug }, 'CDR inbox: import failed, will retry');
      await rename(claimed, path.join(tenantDir, name)).catch(() => undefined);
      return null;
    }
    report = { file: name, tenant: slug, outcome: 'rejected', importedAt: now.toISOString(), reason };
  }
  const target = path.join(tenantDir, report.outcome, `${stamp(now)}_${name}`);
  // The report first: a worker killed between the two leaves the file in processing/, imported
  // again (to no effect) at the next start.
  await writeFile(`${target}.report.json`, `${JSON.stringify(report, null, 2)}\n`);
  await rename(claimed, target);
  const figures = report.import
    ? { read: report.import.read, new: report.import.new, duplicates: report.import.duplicates }
    : { reason: report.reason };
  o.log.info({ file: name, tenant: slug, outcome: report.outcome, ...figures }, 'CDR inbox: file done');
  return report;
}

/** Starts watching the inbox (worker): a pass at start, at every poll, and when fs.watch wakes it. */
export function startUsageInbox(o: InboxOptions): { stop(): Promise<void> } {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let again = false;
  let busy = false;
  const pass = () => {
    if (stopped) return;
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    running = scanInbox(o)
      .catch((err: unknown) => o.log.error({ err }, 'CDR inbox: scan failed'))
      .finally(() => {
        busy = false;
        if (again && !stopped) {
          again = false;
          pass();
        }
      });
  };
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(o.dir, { recursive: true }, () => pass());
    watcher.on('error', () => watcher?.close());
  } catch {
    watcher = null; // the poll alone
  }
  const timer = setInterval(pass, o.pollMs ?? 5000);
  timer.unref();
  const recovery = recoverInbox(o.dir)
    .then((n) => n > 0 && o.log.warn({ files: n }, 'CDR inbox: files left in processing/ put back'))
    .finally(pass);
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      watcher?.close();
      await recovery.catch(() => undefined);
      await running.catch(() => undefined);
    },
  };
}
