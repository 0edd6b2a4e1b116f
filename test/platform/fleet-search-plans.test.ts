import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import '../support/install-modules.ts';
import { explaining } from '../support/explaining.ts';
import { createTestDb, testEngine, type TestDb } from '../support/db.ts';
import { listLines, NAME_SEARCH_CAP } from '../../src/modules/lines/store.ts';
import { seedFleetOwner } from '../support/fleet.ts';

/**
 * The fleet's search by user name (migration 0072) stays fast at 1,000,000 lines only through two
 * indexes: the trigram index counts the matches (up to NAME_SEARCH_CAP + 1) inside the search
 * function, and a common fragment's page is walked newest first in `lines_recent`, which carries
 * the user name so that the walk reads no line (BENCHMARKS.md, `lines` entry: « vin » matched
 * 45,941 lines and took ~930 ms when every match was read and sorted). On a test-sized fleet the
 * planner would rightly scan, so sequential scans are priced out here, as in search-plans.test.ts.
 */
const TENANT = '0191f0d0-0000-7000-8000-00000000f1ee';
const ACCOUNT = '0191f0d0-0000-7000-8000-0000000000a1';
const ORDER = '0191f0d0-0000-7000-8000-0000000000b1';
const LINES = 3 * NAME_SEARCH_CAP;

describe(`fleet name search plans (${testEngine})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await t.db.system(async (tx) => {
      await seedFleetOwner(tx, {
        tenant: TENANT,
        account: ACCOUNT,
        order: ORDER,
        slug: 'fleet-plans',
        name: 'Fleet plans',
      });
      // Every user is a « Martin » (a common fragment), one in a hundred a « Vincent Aubry ».
      await tx.query(
        `INSERT INTO lines (tenant_id, id, account_id, order_id, position, network, offer_code, state, sim_type,
           user_name, portability, activation_at, created_at, updated_at)
         SELECT $1, gen_random_uuid(), $2, $3, i % 30000, 'orange', 'orange-unlimited-5gb-blocked', 'active', 'pin',
           CASE WHEN i % 100 = 0 THEN 'Vincent Aubry ' || i ELSE 'Martin ' || i END, false, now(),
           now() - i * interval '1 minute', now()
         FROM generate_series(1, $4::int) AS i`,
        [TENANT, ACCOUNT, ORDER, LINES],
      );
      await tx.exec('ANALYZE lines');
    });
    // The walk reads no line when the fleet's pages are all-visible, as autovacuum leaves them.
    if (t.url) {
      const c = new pg.Client({ connectionString: t.url });
      await c.connect();
      await c.query('VACUUM lines');
      await c.end();
    }
  });
  afterAll(() => t?.close());

  const plansOf = async (q: string): Promise<{ plans: string[]; total: number; names: string[] }> => {
    const plans: string[] = [];
    const page = await t.db.tenant(TENANT, async (tx) => {
      await tx.query(`SET LOCAL enable_seqscan = off`);
      // And sorting every match: on a few thousand lines it is cheap enough to be chosen.
      await tx.query(`SET LOCAL enable_sort = off`);
      return listLines(explaining(tx, plans), { q, limit: 25, offset: 0 });
    });
    return { plans, total: page.total, names: page.rows.map((r) => r.user_name) };
  };

  it('a common fragment (more matches than the cap) walks the fleet’s order in lines_recent and stops at the page', async () => {
    const { plans, total, names } = await plansOf('martin');
    expect(total).toBe(NAME_SEARCH_CAP);
    expect(names.slice(0, 3)).toEqual(['Martin 1', 'Martin 2', 'Martin 3']);
    // The scan node that tests the user name: the walk, and what it walks.
    const nodes = plans.flatMap((p) => p.split(/\n(?=\s*->)/));
    const walk = nodes.filter((n) => /Filter: .*lower\(user_name\) ~~/.test(n));
    expect(walk, plans.join('\n\n')).toHaveLength(1);
    expect(walk[0]).toMatch(
      testEngine === 'postgres'
        ? /^\s*(->\s*)?Index Only Scan using lines_recent on lines/
        : /^\s*(->\s*)?Index (Only )?Scan using lines_recent on lines/,
    );
    expect(plans.join('\n')).not.toMatch(/Seq Scan on lines/);
  });

  it('the search function counts through the trigram index, planned once for any fragment (a generic plan) on a small fleet too', async () => {
    const plan = await t.db.system(async (tx) => {
      const fn = await tx.one<{ src: string; args: string[]; types: string[]; config: string[] }>(
        `SELECT p.prosrc AS src, (p.proargnames)[1:p.pronargs] AS args, p.proconfig AS config,
                ARRAY(SELECT format_type(a.t, NULL) FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY AS a(t, i)
                       ORDER BY a.i) AS types
           FROM pg_proc p WHERE p.proname = 'relais_search_lines_page'`,
      );
      // The body as the function runs it: planned once for every argument (no value known).
      let body = fn.src;
      fn.args.forEach((arg, i) => {
        body = body.replace(new RegExp(`\\b${arg}\\b`, 'g'), `$${i + 1}`);
      });
      // With the function's own settings (its SET clauses), nothing priced out by the test.
      for (const setting of fn.config) {
        const [name = '', value = ''] = setting.split(/=(.*)/s);
        await tx.query(`SELECT set_config($1, $2, true)`, [name, value]);
      }
      await tx.exec(`SET LOCAL plan_cache_mode = force_generic_plan`);
      await tx.exec(`PREPARE fleet_search_body (${fn.types.join(', ')}) AS ${body}`);
      await tx.query(`SELECT set_config('relais.tenant_id', $1, true)`, [TENANT]);
      const rows = await tx.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (COSTS OFF) EXECUTE fleet_search_body ('vin', NULL, NULL, NULL, ${NAME_SEARCH_CAP}, 25, 0)`,
      );
      await tx.exec('DEALLOCATE fleet_search_body');
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toMatch(/Bitmap Index Scan on lines_user_name_trgm/);
    expect(plan).not.toMatch(/Seq Scan on lines|Index (Only )?Scan using lines_recent/);
  });

  it('a rare fragment is counted exactly and its page read among its matches, newest first', async () => {
    const { total, names } = await plansOf('VINCENT');
    expect(total).toBe(LINES / 100);
    expect(names.slice(0, 3)).toEqual(['Vincent Aubry 100', 'Vincent Aubry 200', 'Vincent Aubry 300']);
  });
});
