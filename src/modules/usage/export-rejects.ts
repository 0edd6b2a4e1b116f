import type { Ctx } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { rejectMessage } from './reject-reasons.ts';
import * as store from './store.ts';

export type CsvLang = 'fr' | 'en';

const HEADERS: Record<CsvLang, string[]> = {
  fr: ['Ligne', 'Motif', 'Contenu'],
  en: ['Line', 'Reason', 'Content'],
};
const SEPARATOR: Record<CsvLang, string> = { fr: ';', en: ',' };

/** RFC 4180 quoting; a cell a spreadsheet would read as a formula gets a leading apostrophe (OWASP). */
function cell(text: string, sep: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return safe.includes(sep) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Issue 12 §3: an import's rejected rows as a CSV file (every one, not only the first 1,000 the
 * page shows): line number in the file, the reason in words, the row as received. UTF-8 with BOM,
 * French: ";" (what a French spreadsheet opens), English: ",".
 */
export async function exportRejectsCsv(
  ctx: Ctx,
  importId: string,
  lang: CsvLang,
): Promise<{ csv: string; filename: string }> {
  const head = await store.getImport(ctx.tx, importId);
  if (!head) throw new AppError('resource.not_found');
  const sep = SEPARATOR[lang];
  const rows = await store.rejectsOf(ctx.tx, importId, 10_000_000);
  const lines = [
    HEADERS[lang].join(sep),
    ...rows.map((r) =>
      [String(r.line_no), rejectMessage(r.reason, r.field, lang), r.raw].map((c) => cell(c, sep)).join(sep),
    ),
  ];
  const base = (head.filename ?? 'cdr').replace(/\.csv$/i, '').replace(/[^\w.-]+/g, '_');
  const filename = `${base}-${lang === 'fr' ? 'rejets' : 'rejects'}.csv`;
  return { csv: `\uFEFF${lines.join('\r\n')}\r\n`, filename };
}
