import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db/db.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors.ts';
import { moduleError } from '../../platform/module.ts';
import { importUsageStream } from './import-usage.ts';
import type { ImportView } from './views.ts';

/** Who the audit log names for an import from outside the web UI (the command line, the inbox). */
export type ImportSource = 'cli' | 'inbox';

const SOURCE_LABEL: Record<ImportSource, string> = {
  cli: 'Relais (ligne de commande)',
  inbox: 'Relais (dépôt de fichiers CDR)',
};

export { UnknownTenantError, tenantIdOfSlug as tenantOfSlug } from '../tenants/service.ts';

/** A CDR file as a stream, and what the import tells of it on the way. */
export interface CdrFileInput {
  tenantId: string;
  now: Date;
  /** The wall clock for the progress written at each batch; `now` held still when absent. */
  clock?: Clock;
  /** The file's bytes (a file read stream, a request body). */
  file: AsyncIterable<string | Uint8Array>;
  /** Its size when known beforehand. */
  bytesTotal?: number | null;
  filename: string;
  source: ImportSource;
  onProgress?: (bytesRead: number) => void;
  /** Milliseconds per stage, added up (the benchmark's breakdown). */
  timings?: Record<string, number>;
  /** Records per transaction (IMPORT_BATCH_ROWS when absent; the benchmark measures others). */
  batchRows?: number;
}

/**
 * Imports one CDR file for a tenant, as the system (issue 12: `relais usage import`, the inbox):
 * the same use case as `POST /api/usage/imports`, streamed, each batch of records in its own
 * transaction, so a re-import, a concurrent import or a killed process counts each record once.
 */
export function importUsageFile(db: Db, actions: ActionRegistry, input: CdrFileInput): Promise<ImportView> {
  const actor = { ...SYSTEM_ACTOR, label: SOURCE_LABEL[input.source] };
  return importUsageStream(
    {
      step: (fn) =>
        db.tenant(input.tenantId, (tx) =>
          fn({ tx, tenantId: input.tenantId, actor, now: input.now, requestId: null, locale: 'fr' }),
        ),
      actions,
      filename: input.filename,
      clock: input.clock ?? { now: () => input.now },
      bytesTotal: input.bytesTotal ?? null,
      ...(input.onProgress ? { onProgress: input.onProgress } : {}),
      ...(input.timings ? { timings: input.timings } : {}),
      ...(input.batchRows ? { batchRows: input.batchRows } : {}),
    },
    input.file,
  );
}

/** Imports a CDR file from disk, read as a stream (the command line, the inbox, the benchmark). */
export async function importUsagePath(
  db: Db,
  actions: ActionRegistry,
  input: Omit<CdrFileInput, 'file' | 'bytesTotal' | 'filename'> & { path: string; filename?: string },
): Promise<ImportView> {
  const { size } = await stat(input.path);
  const { path: file, ...rest } = input;
  return importUsageFile(db, actions, {
    ...rest,
    filename: input.filename ?? path.basename(file),
    file: createReadStream(file, { highWaterMark: 256 * 1024 }),
    bytesTotal: size,
  });
}

/** A refused file's reason in words (English, like the rest of the command line's messages). */
export function refusalText(err: unknown): string | null {
  if (!(err instanceof AppError)) return null;
  const spec = moduleError(err.code);
  if (!spec) return err.message;
  return spec.en.detail.replace(/\{(\w+)\}/g, (_, k: string) => String(err.params[k] ?? ''));
}
