import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import type { Config } from './platform/config.ts';
import { readRunningServer } from './platform/data-dir.ts';
import { withEmbeddedDb } from './cli-db.ts';
import { openDb } from './platform/db/index.ts';
import { systemClock } from './platform/clock.ts';
import { buildActionRegistry, defaultOperators } from './actions.ts';
import {
  importUsagePath,
  refusalText,
  tenantOfSlug,
  UnknownTenantError,
} from './modules/usage/import-file.ts';
import type { ImportView } from './modules/usage/views.ts';

/** The figures the command prints for each file (a subset of the import's view). */
type Figures = Pick<ImportView, 'read' | 'new' | 'duplicates' | 'rejected' | 'unknownLines'>;

/** Imports one file, streamed from disk; `onBytes` follows how far it has read. */
type ImportOne = (file: string, filename: string, onBytes: (bytesRead: number) => void) => Promise<Figures>;

/** A file the server or the use case refused as a whole (wrong header…): its reason in words. */
class FileRefused extends Error {}

const summary = (f: Figures) =>
  `read ${f.read}, new ${f.new}, duplicates ${f.duplicates}, rejected ${f.rejected}, lines unknown ${f.unknownLines}`;

/**
 * `relais usage import FILE…` (issue 12): imports CDR files for one tenant, each streamed from
 * disk in batches of records, each batch one transaction (counted once however often it is
 * imported, or if the command is killed halfway: importing it again counts what is missing).
 * Embedded engine: through the running server when it holds the data dir, else directly.
 */
export function registerUsageCommand(
  program: Command,
  helpers: { config: () => Config; fail: (message: string) => never },
): void {
  const { fail } = helpers;
  program
    .command('usage')
    .description('usage records (CDR files)')
    .command('import')
    .description(
      'import CDR files (docs/usage.md) and print, per file: read, new, duplicates, rejected, lines unknown',
    )
    .argument('<files...>', 'CDR files (CSV)')
    .requiredOption('--tenant <slug>', 'tenant (reseller) slug, e.g. demo-fr')
    .action(async (files: string[], opts: { tenant: string }) => {
      const c = helpers.config();
      const sizes: number[] = [];
      for (const f of files) {
        const s = await stat(f).catch(() => null);
        if (!s?.isFile()) return fail(`no such file: ${f}`);
        sizes.push(s.size);
      }
      const run = async (importOne: ImportOne) => importAll(files, sizes, importOne);
      try {
        if (!c.databaseUrl) {
          const running = await readRunningServer(c.dataDir);
          if (running) {
            // The embedded database belongs to the running server: send it the files.
            return await run(async (file, filename) => {
              const q = new URLSearchParams({ tenant: opts.tenant, filename });
              // The file is streamed to the server as it is read, never held whole in memory.
              // Node's fetch streams a request body only when told so (duplex, not in the DOM types).
              const init: RequestInit & { duplex: 'half' } = {
                method: 'POST',
                headers: {
                  'content-type': 'text/csv',
                  'content-length': String((await stat(file)).size),
                  'accept-language': 'en',
                  'x-relais-control': running.controlToken,
                },
                body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
                duplex: 'half',
              };
              const res = await fetch(`${running.url}/_control/usage-imports?${q.toString()}`, init).catch(
                () =>
                  fail(
                    `Relais (process ${running.pid}) holds the data dir but does not answer at ${running.url}.`,
                  ),
              );
              const body = (await res.json().catch(() => ({}))) as Figures & { detail?: string };
              if (res.status === 404) fail(body.detail ?? `no tenant has the slug "${opts.tenant}"`);
              if (!res.ok) throw new FileRefused(body.detail ?? `the server refused it (HTTP ${res.status})`);
              return body;
            });
          }
          return await withEmbeddedDb(c, fail, direct);
        }
        const db = await openDb(c);
        try {
          return await direct(db);
        } finally {
          await db.close();
        }
      } catch (err) {
        if (err instanceof UnknownTenantError) fail(err.message);
        throw err;
      }

      async function direct(db: Awaited<ReturnType<typeof openDb>>) {
        const tenantId = await tenantOfSlug(db, opts.tenant);
        const actions = buildActionRegistry(undefined, { operators: defaultOperators() });
        return run(async (file, filename, onBytes) => {
          try {
            return await importUsagePath(db, actions, {
              tenantId,
              now: systemClock.now(),
              clock: systemClock,
              path: file,
              filename,
              source: 'cli',
              onProgress: onBytes,
            });
          } catch (err) {
            const text = refusalText(err);
            if (text) throw new FileRefused(text);
            throw err;
          }
        });
      }
    });
}

/**
 * Imports the files one after the other: a progress bar on stderr when it is a terminal (a line
 * per file otherwise), then the figures of each file and their total on stdout. A refused file
 * does not stop the others; the command then exits with 1.
 */
async function importAll(files: string[], sizes: number[], importOne: ImportOne): Promise<void> {
  const tty = process.stderr.isTTY === true;
  const bar = tty
    ? new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: 'CDR files |{bar}| {percentage}% | {done}/{files} files | {file}',
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const totalBytes = sizes.reduce((s, n) => s + n, 0);
  bar?.start(Math.max(totalBytes, 1), 0, { done: 0, files: files.length, file: '' });
  const total: Figures = { read: 0, new: 0, duplicates: 0, rejected: 0, unknownLines: 0 };
  const lines: string[] = [];
  let refused = 0;
  let before = 0;
  for (const [i, file] of files.entries()) {
    const name = path.basename(file);
    bar?.update(before, { file: name });
    if (!tty) process.stderr.write(`importing ${name} (${sizes[i] ?? 0} bytes)…\n`);
    try {
      // The bar moves with each batch the import commits, within the file too.
      const f = await importOne(file, name, (bytesRead) => bar?.update(before + bytesRead));
      for (const k of Object.keys(total) as (keyof Figures)[]) total[k] += f[k];
      lines.push(`${name}: ${summary(f)}`);
    } catch (err) {
      if (!(err instanceof FileRefused)) {
        bar?.stop();
        throw err;
      }
      refused++;
      lines.push(`${name}: refused: ${err.message}`);
    }
    before += sizes[i] ?? 0;
    bar?.update(before, { done: i + 1 });
  }
  bar?.stop();
  if (files.length > 1)
    lines.push(`total (${files.length - refused} of ${files.length} files): ${summary(total)}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (refused > 0) process.exitCode = 1;
}
