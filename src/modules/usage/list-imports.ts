import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Page } from '../../platform/http/pagination.ts';
import * as store from './store.ts';
import { importView, type ImportView } from './views.ts';

/** The imports page: past CDR imports with their figures, newest first. */
export async function listImports(ctx: Ctx, q: { limit: number; offset: number }): Promise<Page<ImportView>> {
  const { rows, total } = await store.listImports(ctx.tx, q.limit, q.offset);
  return {
    items: rows.map((r) => importView(r, null, ctx.locale, ctx.now)),
    total,
    limit: q.limit,
    offset: q.offset,
  };
}

/** One import, its figures and its rejects (line number and reason). */
export async function getImport(ctx: Ctx, id: string): Promise<ImportView> {
  const row = await store.getImport(ctx.tx, id);
  if (!row) throw new AppError('resource.not_found');
  return importView(row, await store.rejectsOf(ctx.tx, id), ctx.locale, ctx.now);
}
