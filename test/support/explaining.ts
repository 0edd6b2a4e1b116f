import type { Tx } from '../../src/platform/db/db.ts';

/**
 * A Tx that runs a store's statements as they are, after recording the plan of each read
 * (`EXPLAIN (COSTS OFF)`): the plan tests check what the searches' SQL really reads.
 */
export function explaining(tx: Tx, plans: string[]): Tx {
  const explain = async (sql: string, params?: readonly unknown[]) => {
    if (/^\s*(SELECT|WITH)\b/i.test(sql)) {
      const rows = await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN (COSTS OFF) ${sql}`, params);
      plans.push(rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
  };
  return {
    tenantId: tx.tenantId,
    exec: (sql) => tx.exec(sql),
    scoped: (id, fn) => tx.scoped(id, fn),
    async query(sql, params) {
      await explain(sql, params);
      return tx.query(sql, params);
    },
    async one(sql, params) {
      await explain(sql, params);
      return tx.one(sql, params);
    },
    async maybeOne(sql, params) {
      await explain(sql, params);
      return tx.maybeOne(sql, params);
    },
  };
}
