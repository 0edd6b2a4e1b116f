import type { Db } from '../../src/platform/db/db.ts';

/** Shared by the jobs, actions and outbox tests (not a test file itself). */
export const TENANT_A = '0191f0d0-0000-7000-8000-00000000000a';
export const TENANT_B = '0191f0d0-0000-7000-8000-00000000000b';

export async function insertTenants(db: Db, ids: readonly string[] = [TENANT_A, TENANT_B]): Promise<void> {
  await db.system(async (tx) => {
    for (const [i, id] of ids.entries()) {
      await tx.query(
        `INSERT INTO tenants (id, slug, legal_name, country, time_zone, currency, created_at, updated_at)
         VALUES ($1, $2, $2, 'FR', 'Europe/Paris', 'EUR', $3, $3)`,
        [id, `tenant-${i}`, new Date('2026-01-01T00:00:00Z')],
      );
    }
  });
}

export function seconds(n: number): number {
  return n * 1000;
}
