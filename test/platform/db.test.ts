import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/db.ts';
import { migrate } from '../../src/platform/db/migrate.ts';

const A = '0191f0d0-0000-7000-8000-00000000000a';
const B = '0191f0d0-0000-7000-8000-00000000000b';

describe(`database (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await t.db.system(async (tx) => {
      for (const [id, slug] of [
        [A, 'tenant-a'],
        [B, 'tenant-b'],
      ]) {
        await tx.query(
          `INSERT INTO tenants (id, slug, legal_name, country, time_zone, currency, created_at, updated_at)
           VALUES ($1, $2, $2, 'FR', 'Europe/Paris', 'EUR', now(), now())`,
          [id, slug],
        );
      }
    });
  });
  afterAll(() => t.close());

  it('migrations are idempotent: a second run applies nothing', async () => {
    expect(await migrate(t.db)).toEqual([]);
  });

  it('row-level security scopes every tenant transaction to its tenant', async () => {
    const seen = await t.db.tenant(A, (tx) => tx.query<{ slug: string }>('SELECT slug FROM tenants'));
    expect(seen.map((r) => r.slug)).toEqual(['tenant-a']);
  });

  it('a query as the application role with no tenant set returns nothing', async () => {
    const rows = await t.db.system(async (tx) => {
      await tx.exec('SET LOCAL ROLE relais_app');
      return tx.query('SELECT * FROM tenants');
    });
    expect(rows).toEqual([]);
  });

  it('a tenant cannot write a row for another tenant', async () => {
    await expect(
      t.db.tenant(A, (tx) =>
        tx.query(
          `INSERT INTO audit_events (tenant_id, id, at, actor_type, actor_label, entity_type, entity_id, action)
           VALUES ($1, gen_random_uuid(), now(), 'system', 'x', 'x', 'x', 'x')`,
          [B],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('the audit log is append-only for the application role', async () => {
    await expect(t.db.tenant(A, (tx) => tx.query('DELETE FROM audit_events'))).rejects.toThrow(
      /permission denied/,
    );
  });

  it('scoped() runs inside a system transaction as the tenant, then returns to the system role', async () => {
    const [inside, after] = await t.db.system(async (tx) => {
      const inside = await tx.scoped(B, (s) => s.query<{ slug: string }>('SELECT slug FROM tenants'));
      const after = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM tenants');
      return [inside, after];
    });
    expect(inside.map((r) => r.slug)).toEqual(['tenant-b']);
    expect(after[0]?.n).toBe(2);
  });

  it('both engines return the same JavaScript types', async () => {
    const row = await t.db.system((tx) =>
      tx.one<Record<string, unknown>>(
        `SELECT 9007199254740991::int8 AS big, '2026-03-29'::date AS day, 12.50::numeric AS dec,
                '2026-03-29T01:00:00Z'::timestamptz AS at, '{"a":1}'::jsonb AS doc, 3::int4 AS small`,
      ),
    );
    expect(row).toEqual({
      big: 9007199254740991,
      day: '2026-03-29',
      dec: '12.50',
      at: new Date('2026-03-29T01:00:00Z'),
      doc: { a: 1 },
      small: 3,
    });
  });

  it('a failed transaction writes nothing', async () => {
    await expect(
      t.db.tenant(A, async (tx) => {
        await tx.query(`UPDATE tenants SET legal_name = 'changed'`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const row = await t.db.tenant(A, (tx) =>
      tx.one<{ legal_name: string }>('SELECT legal_name FROM tenants'),
    );
    expect(row.legal_name).toBe('tenant-a');
  });
});
