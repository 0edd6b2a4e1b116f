import type { Tx } from '../../platform/db/db.ts';
import type { JournalRow } from './store.ts';

/**
 * The SQL of TMF635 reads (tmf635.ts) on the usage records of migration 0040: the records of the
 * viewable months, whatever their way in (CSV, inbox, command line, TMF635); RLS scopes them.
 */

export interface TmfUsageRow extends JournalRow {
  line_id: string;
}

const COLUMNS = `record_id, line_id, started_at, kind, direction, zone, destination_zone, called_number,
  quantity::float8 AS quantity, off_plan, amount_minor::float8 AS amount_minor, price_to_be_set`;

/** One page of the tenant's records, newest first. */
export async function usagePage(
  tx: Tx,
  p: { offset: number; limit: number },
): Promise<{ rows: TmfUsageRow[]; total: number }> {
  const rows = await tx.query<TmfUsageRow>(
    `SELECT ${COLUMNS} FROM usage_records ORDER BY started_at DESC, record_id LIMIT $1 OFFSET $2`,
    [p.limit, p.offset],
  );
  const { n } = await tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM usage_records`);
  return { rows, total: n };
}

/** A record by the operator's record id (the TMF635 id). */
export function usageByRecordId(tx: Tx, recordId: string): Promise<TmfUsageRow | undefined> {
  return tx.maybeOne<TmfUsageRow>(`SELECT ${COLUMNS} FROM usage_records WHERE record_id = $1`, [recordId]);
}
