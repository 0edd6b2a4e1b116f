import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/support/db.ts';
import { CATALOG_2026_01 } from './data/catalog-2026-01.ts';
import { catalogChecksum, checkCatalog, loadCatalog, versionStart } from './load.ts';

describe('catalog data files and loading', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the data file is consistent (unique codes, decimal prices, clauses on the own network)', () => {
    expect(checkCatalog(CATALOG_2026_01)).toEqual([]);
  });

  it('finds a duplicate code and a price that is not an amount', () => {
    const first = CATALOG_2026_01.offers[0];
    if (!first) throw new Error('no offer');
    const bad = {
      ...CATALOG_2026_01,
      offers: [
        first,
        { ...first, prices: [{ component: 'monthly' as const, amount: '7.505', source: 'x' }] },
      ],
    };
    const issues = checkCatalog(bad);
    expect(issues.some((i) => i.includes('twice'))).toBe(true);
    expect(issues.some((i) => i.includes('decimals'))).toBe(true);
  });

  it('a version applies from 00:00 in Paris on its date', () => {
    expect(versionStart(CATALOG_2026_01).toISOString()).toBe('2025-12-31T23:00:00.000Z');
  });

  it('loads once (idempotent by checksum), everything readable by the app role', async () => {
    expect(await loadCatalog(t.db)).toEqual(['2026-01']);
    expect(await loadCatalog(t.db)).toEqual([]);
    const counts = await t.db.system((tx) =>
      tx.one<{ offers: number; options: number; checksum: string }>(
        `SELECT (SELECT count(*)::int FROM catalog_offers) AS offers, (SELECT count(*)::int FROM catalog_options) AS options,
                (SELECT checksum FROM catalog_versions WHERE id = '2026-01') AS checksum`,
      ),
    );
    expect(counts).toEqual({
      offers: CATALOG_2026_01.offers.length,
      options: CATALOG_2026_01.options.length,
      checksum: catalogChecksum(CATALOG_2026_01),
    });
  });

  it('a loaded version changed afterwards stops the start', async () => {
    const edited = { ...CATALOG_2026_01, source: 'edited' };
    await expect(loadCatalog(t.db, [edited])).rejects.toThrow(/changed after it was loaded/);
  });

  it('the application role reads the reference catalog but cannot write it', async () => {
    const tenantId = '00000000-0000-4000-8000-000000000001';
    await t.db.system((tx) =>
      tx.query(
        `INSERT INTO tenants (id, slug, legal_name, country, time_zone, currency, created_at, updated_at)
         VALUES ($1, 'cat-load', 'X', 'FR', 'Europe/Paris', 'EUR', now(), now())`,
        [tenantId],
      ),
    );
    const n = await t.db.tenant(tenantId, (tx) =>
      tx.one<{ n: number }>(`SELECT count(*)::int AS n FROM catalog_offers`),
    );
    expect(n.n).toBe(CATALOG_2026_01.offers.length);
    await expect(
      t.db.tenant(tenantId, (tx) => tx.query(`UPDATE catalog_prices SET amount_minor = 1`)),
    ).rejects.toThrow(/permission denied/);
  });
});
