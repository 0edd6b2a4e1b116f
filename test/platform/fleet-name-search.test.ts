import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../support/install-modules.ts';
import { createTestDb, testEngine, type TestDb } from '../support/db.ts';
import { listLines, NAME_SEARCH_CAP } from '../../src/modules/lines/store.ts';
import { seedFleetOwner } from '../support/fleet.ts';

/**
 * The fleet's search by name looks for a common fragment's page and count among the newest lines
 * before the trigram index (store.ts, searchByName): whichever way a search goes, its page must be
 * the matches' first in the fleet's order and its total true. Each answer is checked against the
 * matches sorted here by SQL.
 */
const TENANT = '0191f0d0-0000-7000-8000-00000000f1ef';
const ACCOUNT = '0191f0d0-0000-7000-8000-0000000000a2';
const ORDER = '0191f0d0-0000-7000-8000-0000000000b2';
const LINES = 1_200;

describe(`fleet name search pages and totals (${testEngine})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await t.db.system(async (tx) => {
      await seedFleetOwner(tx, {
        tenant: TENANT,
        account: ACCOUNT,
        order: ORDER,
        slug: 'fleet-names',
        name: 'Fleet names',
      });
      // One user in 10 an « Aubry » (120), one in 25 a « Zoé » (48), one in 400 a « Rare » (3);
      // lines created by fours at the same instant, so that the order's ties count too.
      await tx.query(
        `INSERT INTO lines (tenant_id, id, account_id, order_id, position, network, offer_code, state, sim_type,
           user_name, portability, activation_at, created_at, updated_at)
         SELECT $1, gen_random_uuid(), $2, $3, i % 4, 'orange', 'orange-unlimited-5gb-blocked', 'active', 'pin',
           CASE WHEN i % 400 = 0 THEN 'Rare ' || i WHEN i % 25 = 0 THEN 'Zoé ' || i
                WHEN i % 10 = 0 THEN 'Vincent Aubry ' || i ELSE 'Martin ' || i END,
           false, now(), now() - (i / 4) * interval '1 minute', now()
         FROM generate_series(1, $4::int) AS i`,
        [TENANT, ACCOUNT, ORDER, LINES],
      );
      await tx.exec('ANALYZE lines');
    });
  });
  afterAll(() => t?.close());

  const expected = (q: string) =>
    t.db.tenant(TENANT, (tx) =>
      tx.query<{ id: string }>(
        `SELECT id FROM lines WHERE lower(user_name) LIKE '%' || lower($1) || '%'
          ORDER BY created_at DESC, position, id`,
        [q],
      ),
    );
  const search = (q: string, limit: number, offset: number) =>
    t.db.tenant(TENANT, (tx) => listLines(tx, { q, limit, offset }));

  it.each([
    ['aubry', 25, 0],
    ['AUBRY', 10, 90],
    ['zoé', 25, 0],
    ['zoé', 25, 25],
    ['rare', 25, 0],
    ['martin', 25, 75],
  ])(
    '« %s », %i from %i: the matches’ first in the fleet’s order, and a true total',
    async (q, limit, offset) => {
      const all = (await expected(q)).map((r) => r.id);
      const page = await search(q, limit, offset);
      expect(page.rows.map((r) => r.id)).toEqual(all.slice(offset, offset + limit));
      expect(page).toMatchObject(
        all.length > NAME_SEARCH_CAP
          ? { total: NAME_SEARCH_CAP, totalCapped: true }
          : { total: all.length, totalCapped: false },
      );
    },
  );
});
