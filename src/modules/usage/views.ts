import type { Locale } from '../../platform/i18n/messages.ts';
import { rejectMessage } from './reject-reasons.ts';
import type * as store from './store.ts';

export interface ImportRejectView {
  line: number;
  reason: string;
  field: string | null;
  message: string;
  raw: string;
}

export interface ImportView extends store.ImportFigures {
  id: string;
  filename: string | null;
  state: ImportStateView;
  bytesRead: number;
  bytesTotal: number | null;
  createdBy: string;
  createdAt: string;
  rejects?: ImportRejectView[];
}

export type ImportStateView = store.ImportState | 'interrupted';

/**
 * A running import writes its progress at every batch (seconds apart); one silent for this long
 * was left behind by a process that died (`kill -9`, a crash): it is shown as interrupted, its
 * batches counted, the rest counted by importing the file again.
 */
export const IMPORT_SILENCE_MS = 10 * 60_000;

export function importState(r: Pick<store.ImportRow, 'state' | 'updated_at'>, now: Date): ImportStateView {
  return r.state === 'running' && now.getTime() - r.updated_at.getTime() > IMPORT_SILENCE_MS
    ? 'interrupted'
    : r.state;
}

export function importView(
  r: store.ImportRow,
  rejects: readonly store.RejectRow[] | null,
  locale: Locale,
  now: Date,
): ImportView {
  return {
    id: r.id,
    filename: r.filename,
    state: importState(r, now),
    read: r.read_count,
    new: r.new_count,
    duplicates: r.duplicate_count,
    rejected: r.rejected_count,
    unknownLines: r.unknown_line_count,
    alerts: r.alert_count,
    bytesRead: r.bytes_read,
    bytesTotal: r.bytes_total,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    ...(rejects === null
      ? {}
      : {
          rejects: rejects.map((x) => ({
            line: x.line_no,
            reason: x.reason,
            field: x.field,
            message: rejectMessage(x.reason, x.field, locale),
            raw: x.raw,
          })),
        }),
  };
}
