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

export interface ImportView {
  id: string;
  filename: string | null;
  state: 'done';
  read: number;
  new: number;
  duplicates: number;
  rejected: number;
  unknownLines: number;
  alerts: number;
  createdBy: string;
  createdAt: string;
  rejects?: ImportRejectView[];
}

export function importView(
  r: store.ImportRow,
  rejects: readonly store.RejectRow[] | null,
  locale: Locale,
): ImportView {
  return {
    id: r.id,
    filename: r.filename,
    state: r.state,
    read: r.read_count,
    new: r.new_count,
    duplicates: r.duplicate_count,
    rejected: r.rejected_count,
    unknownLines: r.unknown_line_count,
    alerts: r.alert_count,
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
