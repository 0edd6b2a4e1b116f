import type { Tx } from './db.ts';

/** The per-tenant numbering tables: one row per tenant, `last_value` the last number given. */
export type CounterTable = 'account_counters' | 'order_counters' | 'incident_counters';

/**
 * The next number of the tenant's counter in `table` (1 for the first); the row stays locked until
 * the transaction ends, so two transactions never get the same number.
 */
export async function nextCounterValue(tx: Tx, table: CounterTable): Promise<number> {
  const row = await tx.one<{ last_value: number }>(
    `INSERT INTO ${table} (tenant_id, last_value) VALUES (relais_tenant(), 1)
     ON CONFLICT (tenant_id) DO UPDATE SET last_value = ${table}.last_value + 1
     RETURNING last_value`,
  );
  return Number(row.last_value);
}
