/**
 * A partial ICCID (digits) as its first or its last digits: two ranges in the C collation, on the
 * ICCID and on its stored reverse, each read from an index of migration 0019 (leakproof text
 * comparisons, so also under row-level security). Both `sim_cards` and `lines` carry the two
 * columns; `alias` is the table's alias. Parameter $n is the digits, $n+1 reversed.
 * `iccid IS NOT NULL` is spelled out: the suffix index of `lines` is partial on it, and the planner
 * cannot infer it from a condition on the reversed copy (without it, every line was read).
 */
export function iccidMatch(alias: string, n: number): string {
  const after = (p: string) => `${p} || ':'`; // ':' sorts right after '9'
  return `((${alias}.iccid COLLATE "C" >= $${n} AND ${alias}.iccid COLLATE "C" < ${after(`$${n}`)})
    OR (${alias}.iccid IS NOT NULL AND ${alias}.iccid_reversed COLLATE "C" >= $${n + 1}
        AND ${alias}.iccid_reversed COLLATE "C" < ${after(`$${n + 1}`)}))`;
}

export function reversed(digits: string): string {
  return [...digits].reverse().join('');
}
