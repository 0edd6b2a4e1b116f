import type { Tx } from '../../platform/db/db.ts';
import type { DataState } from './rules.ts';

/** The SQL of the usage views (USE-07): the daily data of a line's month, the tenant's data month. */

/** In-plan data per day of the month in the tenant's time zone ('YYYY-MM-DD' → bytes), days with use only. */
export function dailyData(
  tx: Tx,
  lineId: string,
  month: string,
  zone: string,
): Promise<{ day: string; bytes: number }[]> {
  return tx.query<{ day: string; bytes: number }>(
    `SELECT to_char(started_at AT TIME ZONE $3, 'YYYY-MM-DD') AS day, sum(quantity)::float8 AS bytes
       FROM usage_records WHERE line_id = $1 AND month = $2 AND kind = 'data' AND NOT off_plan
      GROUP BY 1 ORDER BY 1`,
    [lineId, month, zone],
  );
}

export interface MonthDataRow {
  line_id: string;
  in_plan: number;
  state: DataState | null;
}

/** Every line's in-plan data of the month, with its data state while not lifted (USE-04). */
export function monthData(tx: Tx, month: string): Promise<MonthDataRow[]> {
  return tx.query<MonthDataRow>(
    `SELECT c.line_id, c.in_plan::float8 AS in_plan, s.state
       FROM usage_counters c
       LEFT JOIN usage_data_states s ON s.line_id = c.line_id AND s.month = c.month AND s.lifted_at IS NULL
      WHERE c.month = $1 AND c.kind = 'data' AND c.in_plan > 0`,
    [month],
  );
}
