import { COUNT_CAP } from '../http/pagination.ts';

/** SQL counting the rows of `fromWhere` ("FROM … WHERE …"), stopping after COUNT_CAP + 1. */
export function cappedCountSql(fromWhere: string): string {
  return `SELECT count(*)::int AS n FROM (SELECT 1 ${fromWhere} LIMIT ${COUNT_CAP + 1}) capped`;
}
