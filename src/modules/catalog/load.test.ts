import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../../test/support/db.ts';
import { CATALOG_2026_01 } from './data/catalog-2026-01.ts';
import { catalogChecksum, checkCatalog, loadCatalog, versionStart } from './load.ts';
import type { OfferDef, OptionDef } from './model.ts';
import { refreshTerms } from './store.ts';

/** sha256 of version 2026-01 as it was first released and loaded (before the operator terms). */
const RELEASED_2026_01 = 'eb5f3b050180636496724fd7ea17f5f02c2e707d88a376de13355a6765df3b4c';

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

  it('CAT-05 CAT-19 CAT-20 operator terms stay out of the checksum: 2026-01 keeps the one it was released with', () => {
    expect(catalogChecksum(CATALOG_2026_01)).toBe(RELEASED_2026_01);
    const first = CATALOG_2026_01.offers[0];
    if (!first) throw new Error('no offer');
    // A term changed: same checksum. A sold fact changed: another checksum.
    const termEdited = {
      ...CATALOG_2026_01,
      offers: [{ ...first, fairUse: null }, ...CATALOG_2026_01.offers.slice(1)],
    };
    expect(catalogChecksum(termEdited)).toBe(RELEASED_2026_01);
    const soldEdited = {
      ...CATALOG_2026_01,
      offers: [{ ...first, esimAllowed: !first.esimAllowed }, ...CATALOG_2026_01.offers.slice(1)],
    };
    expect(catalogChecksum(soldEdited)).not.toBe(RELEASED_2026_01);
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

describe('a version loaded before its operator terms existed', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('CAT-05 CAT-19 CAT-20 gets them at the next start, without a new version, once', async () => {
    // A database loaded with the file as released: facts without the terms.
    expect(await loadCatalog(t.db, [CATALOG_2026_01])).toEqual(['2026-01']);
    await t.db.system(async (tx) => {
      await tx.query(`UPDATE catalog_offers SET facts = facts - 'fairUse' - 'blocking'`);
      await tx.query(`UPDATE catalog_options SET facts = facts - 'fixedIpAccess'`);
    });
    const facts = () =>
      t.db.system((tx) =>
        tx.one<{ offer: OfferDef; option: OptionDef }>(
          `SELECT (SELECT facts FROM catalog_offers WHERE code = 'orange-unlimited-5gb-blocked') AS offer,
                  (SELECT facts FROM catalog_options WHERE code = 'orange-fixed-ip-internet-only') AS option`,
        ),
      );
    expect((await facts()).offer.fairUse).toBeUndefined();

    expect(await loadCatalog(t.db, [CATALOG_2026_01])).toEqual([]);
    const after = await facts();
    expect(after.offer.fairUse?.smsPerHour).toEqual({ max: 500, suspensionDays: 3, bestEffort: true });
    expect(after.offer.blocking.riskyRoamingDestinationsBarred).toBe(false);
    expect(after.option.fixedIpAccess).toMatchObject({ ipsecTunnel: true, credentialsWithinMinutes: 30 });
    // Nothing left to refresh on the next start.
    expect(
      await t.db.system((tx) =>
        refreshTerms(tx, CATALOG_2026_01.id, CATALOG_2026_01.offers, CATALOG_2026_01.options),
      ),
    ).toBe(0);
  });
});
