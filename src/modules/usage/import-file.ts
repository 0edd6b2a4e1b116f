import type { Db } from '../../platform/db/db.ts';
import type { ActionRegistry } from '../../platform/jobs/index.ts';
import { SYSTEM_ACTOR } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors.ts';
import { moduleError } from '../../platform/module.ts';
import { importUsage } from './import-usage.ts';
import type { ImportView } from './views.ts';

/** Who the audit log names for an import from outside the web UI (the command line, the inbox). */
export type ImportSource = 'cli' | 'inbox';

const SOURCE_LABEL: Record<ImportSource, string> = {
  cli: 'Relais (ligne de commande)',
  inbox: 'Relais (dépôt de fichiers CDR)',
};

export { UnknownTenantError, tenantIdOfSlug as tenantOfSlug } from '../tenants/service.ts';

/**
 * Imports one CDR file for a tenant, as the system (issue 12: `relais usage import`, the inbox):
 * the same use case as `POST /api/usage/imports`, in one transaction, so a re-import, a
 * concurrent import or a killed process counts each record once.
 */
export function importUsageFile(
  db: Db,
  actions: ActionRegistry,
  input: { tenantId: string; now: Date; csv: string; filename: string; source: ImportSource },
): Promise<ImportView> {
  return db.tenant(input.tenantId, (tx) =>
    importUsage(
      {
        tx,
        tenantId: input.tenantId,
        actor: { ...SYSTEM_ACTOR, label: SOURCE_LABEL[input.source] },
        now: input.now,
        requestId: null,
        locale: 'fr',
      },
      actions,
      input.csv,
      input.filename,
    ),
  );
}

/** A refused file's reason in words (English, like the rest of the command line's messages). */
export function refusalText(err: unknown): string | null {
  if (!(err instanceof AppError)) return null;
  const spec = moduleError(err.code);
  if (!spec) return err.message;
  return spec.en.detail.replace(/\{(\w+)\}/g, (_, k: string) => String(err.params[k] ?? ''));
}
