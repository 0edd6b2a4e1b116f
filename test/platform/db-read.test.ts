import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../support/db.ts';

/**
 * Db.read (issue 14): a tenant read in one round trip. The tenant id is bound, never inlined, and
 * must be a strict UUID; the read's parameters are bound. Fuzzed with SQL-bearing strings: nothing
 * escapes the tenant, and the only error is the tenant id's validation.
 */
const A = '0191f0d0-0000-7000-8000-0000000000a1';
const B = '0191f0d0-0000-7000-8000-0000000000b1';
const USERS_PER_TENANT = 3;

const INJECTIONS = [
  `'; RESET ROLE; SELECT * FROM users; --`,
  `${B}'; SELECT set_config('relais.tenant_id', '${B}', false); --`,
  `' OR 1=1 --`,
  `') OR tenant_id IS NOT NULL OR ('`,
  `$1`,
  `\\'; COMMIT; RESET ROLE; --`,
  `${A}' UNION SELECT '${B}`,
  `${A}\n; SET ROLE NONE`,
  `${A} `,
  ` ${A}`,
  `${A.toUpperCase()}x`,
  `${A.slice(0, -1)}`,
  `${A}${B}`,
  `"; DROP TABLE users; --`,
];

// NUL cannot be stored in PostgreSQL text at all (an encoding error, not an escape): tenant ids only.
const BAD_TENANT_IDS = [...INJECTIONS, `${A}\u0000`, '\u0000'];
const fragment = fc.constantFrom(...INJECTIONS, "'", ';', '--', '/*', '*/', '$$', '\\', 'RESET ROLE', A, B);
const sqlish = fc
  .array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 5 })
  .map((p) => p.join(''));

describe(`one-round-trip tenant reads (${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
    await t.db.system(async (tx) => {
      for (const [id, slug] of [
        [A, 'read-a'],
        [B, 'read-b'],
      ] as const) {
        await tx.query(
          `INSERT INTO tenants (id, slug, legal_name, country, time_zone, currency, created_at, updated_at)
           VALUES ($1, $2, $2, 'FR', 'Europe/Paris', 'EUR', now(), now())`,
          [id, slug],
        );
        for (let i = 0; i < USERS_PER_TENANT; i++) {
          await tx.query(
            `INSERT INTO users (tenant_id, id, email, display_name, role, password_hash, must_change_password, created_at, updated_at)
             VALUES ($1, gen_random_uuid(), $2, $3, 'agent', 'x', false, now(), now())`,
            [id, `u${i}@${slug}.test`, `User ${i} ${slug}`],
          );
        }
      }
    });
  });
  afterAll(() => t.close());

  const scopeOfConnection = () =>
    t.db.system((tx) =>
      tx.one<{ usr: string; tenant: string | null; ro: string }>(
        `SELECT current_user AS usr, current_setting('relais.tenant_id', true) AS tenant,
                current_setting('transaction_read_only') AS ro`,
      ),
    );

  it('reads only the tenant’s rows, as the application role, read only', async () => {
    const rows = await t.db.read<{ tenant_id: string; usr: string; ro: string }>(
      A,
      `SELECT tenant_id, current_user AS usr, current_setting('transaction_read_only') AS ro FROM users`,
    );
    expect(rows).toHaveLength(USERS_PER_TENANT);
    expect(rows.every((r) => r.tenant_id === A && r.usr === 'relais_app' && r.ro === 'on')).toBe(true);
    // Nothing is left on the connection once the read is over.
    const after = await scopeOfConnection();
    expect(after.usr).not.toBe('relais_app');
    expect(after.tenant ?? '').toBe('');
    expect(after.ro).toBe('off');
  });

  it('a tenant id that is not a strict UUID is refused before anything is sent (fuzzed)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(sqlish, fc.constantFrom(...BAD_TENANT_IDS)), async (tenantId) => {
        fc.pre(!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(tenantId));
        await expect(t.db.read(tenantId, 'SELECT tenant_id FROM users')).rejects.toThrow(
          /^invalid tenant id$/,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('parameters carrying SQL stay values: no other tenant’s row, no error (fuzzed)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(A, B), sqlish, async (tenant, payload) => {
        // Every user of the tenant differs from the payload: a payload that escaped its parameter
        // could only add rows (another tenant's) or fail; neither may happen.
        const rows = await t.db.read<{ tenant_id: string; p: string }>(
          tenant,
          `SELECT tenant_id, $1::text AS p FROM users WHERE display_name <> $1 OR $1 IS NULL ORDER BY email`,
          [payload],
        );
        expect(rows).toHaveLength(USERS_PER_TENANT);
        for (const r of rows) {
          expect(r.tenant_id).toBe(tenant);
          expect(r.p).toBe(payload);
        }
      }),
      { numRuns: 150 },
    );
    const after = await scopeOfConnection();
    expect(after.tenant ?? '').toBe('');
  });

  it('a valid UUID of no tenant reads nothing', async () => {
    expect(await t.db.read('0191f0d0-0000-7000-8000-0000000000c1', 'SELECT id FROM users')).toEqual([]);
  });

  it('a read that writes fails (read only) and writes nothing; the next read works', async () => {
    await expect(t.db.read(A, `UPDATE users SET display_name = 'x' RETURNING id`)).rejects.toMatchObject({
      code: '25006',
    });
    const names = await t.db.read<{ display_name: string }>(A, 'SELECT display_name FROM users');
    expect(names.some((r) => r.display_name === 'x')).toBe(false);
  });

  it('a failing read keeps its error code and leaves the connection clean and reusable', async () => {
    const bad = 'SELECT id FROM users WHERE id = $1::uuid';
    await expect(t.db.read(A, bad, ['not-a-uuid'])).rejects.toMatchObject({ code: '22P02' });
    // The same (prepared) statement again, then with a good value.
    await expect(t.db.read(A, bad, ['nope'])).rejects.toMatchObject({ code: '22P02' });
    expect(await t.db.read(A, bad, ['0191f0d0-0000-7000-8000-000000000000'])).toEqual([]);
    const after = await scopeOfConnection();
    expect(after.usr).not.toBe('relais_app');
    expect(after.tenant ?? '').toBe('');
  });

  it('a read that does not parse fails alike every time, and the connection’s next reads work', async () => {
    // The statement is never prepared: a retry must parse it again (not Bind a statement that does
    // not exist), and the prelude, prepared in the same batch or earlier, must still run.
    for (let i = 0; i < 3; i++) {
      await expect(t.db.read(A, 'SELECT id FRM users')).rejects.toMatchObject({ code: '42601' });
    }
    const rows = await t.db.read<{ tenant_id: string }>(A, 'SELECT tenant_id FROM users');
    expect(rows).toHaveLength(USERS_PER_TENANT);
    expect(rows.every((r) => r.tenant_id === A)).toBe(true);
    const after = await scopeOfConnection();
    expect(after.usr).not.toBe('relais_app');
    expect(after.tenant ?? '').toBe('');
  });

  it('concurrent reads of two tenants never see each other’s rows', async () => {
    const reads = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? A : B)).map(async (tenant) => {
      const rows = await t.db.read<{ tenant_id: string }>(tenant, 'SELECT tenant_id FROM users');
      return rows.length === USERS_PER_TENANT && rows.every((r) => r.tenant_id === tenant);
    });
    expect(await Promise.all(reads)).toEqual(Array.from({ length: 40 }, () => true));
  });
});
