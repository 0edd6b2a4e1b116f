import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, testEngine, type TestDb } from '../support/db.ts';

/**
 * The functions that run as the tables' owner (SECURITY DEFINER: the searches that must read past
 * row-level security with a non-leakproof LIKE, the fleet counts' trigger) must not take their
 * search_path from the session that created them: such a path searches pg_temp first, where a
 * caller could shadow what the body names and run code as the owner (0014, 0074). Every such
 * function of the schema, today's and future ones, pins pg_catalog first and pg_temp last.
 */
describe(`SECURITY DEFINER functions (${testEngine})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(() => t.close());

  it('pin their search_path to pg_catalog first and pg_temp last', async () => {
    const rows = await t.db.system((tx) =>
      tx.query<{ name: string; config: string[] | null }>(
        `SELECT p.proname AS name, p.proconfig AS config
           FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
          WHERE n.nspname = current_schema() AND p.prosecdef ORDER BY 1`,
      ),
    );
    // The searches and the trigger this test was written for are among them (the query finds them).
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['relais_search_accounts', 'relais_search_lines', 'relais_line_counts_apply']),
    );
    const schema = (await t.db.system((tx) => tx.query<{ s: string }>('SELECT current_schema() AS s')))[0]!.s;
    const unpinned = rows.filter(
      (r) => !(r.config ?? []).includes(`search_path=pg_catalog, ${schema}, pg_temp`),
    );
    expect(unpinned.map((r) => `${r.name}: ${(r.config ?? []).join(' ') || 'no setting'}`)).toEqual([]);
  });
});
