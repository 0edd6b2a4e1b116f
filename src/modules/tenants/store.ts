import type { Tx } from '../../platform/db/db.ts';
import type { OperatorPartnerships } from './partnerships.ts';
import type { ProductFamily } from './product-families.ts';

/** The only SQL on the tenants table. Under row-level security a tenant transaction sees its one row. */

export interface TenantRow {
  id: string;
  slug: string;
  legal_name: string;
  country: 'FR' | 'IL';
  time_zone: string;
  currency: 'EUR' | 'ILS';
  logo_data_url: string | null;
  operator_partnerships: Partial<OperatorPartnerships> | null;
  product_families: ProductFamily[];
  version: number;
}

const COLS =
  'id, slug, legal_name, country, time_zone, currency, logo_data_url, operator_partnerships, product_families, version';

export function currentTenantRow(tx: Tx, lock = false): Promise<TenantRow> {
  return tx.one<TenantRow>(`SELECT ${COLS} FROM tenants${lock ? ' FOR UPDATE' : ''}`);
}

/** The settings other modules read: one short row, no logo. */
export function tenantSettingsRow(
  tx: Tx,
): Promise<
  Pick<
    TenantRow,
    'slug' | 'country' | 'time_zone' | 'currency' | 'operator_partnerships' | 'product_families'
  >
> {
  return tx.one(
    `SELECT slug, country, time_zone, currency, operator_partnerships, product_families FROM tenants`,
  );
}

/** System transaction: the tenant id behind a slug (selfcare address, CLI). */
export function tenantIdBySlug(tx: Tx, slug: string): Promise<{ id: string } | undefined> {
  return tx.maybeOne<{ id: string }>(`SELECT id FROM tenants WHERE slug = $1`, [slug]);
}

/** System transaction: the tenants among these slugs. */
export function tenantsBySlugs(tx: Tx, slugs: readonly string[]): Promise<{ id: string; slug: string }[]> {
  return tx.query<{ id: string; slug: string }>(`SELECT id, slug FROM tenants WHERE slug = ANY($1::text[])`, [
    slugs,
  ]);
}

/**
 * System transaction: serialises the creation of tenants until the transaction ends (two processes
 * starting together on one empty PostgreSQL must not both create the demo tenants).
 */
export async function lockTenantCreation(tx: Tx): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(72616974)');
}

export interface TenantInsert {
  id: string;
  slug: string;
  legalName: string;
  country: 'FR' | 'IL';
  timeZone: string;
  currency: 'EUR' | 'ILS';
  productFamilies: ProductFamily[];
  now: Date;
}

/** System transaction: a new tenant. */
export async function insertTenant(tx: Tx, t: TenantInsert): Promise<void> {
  await tx.query(
    `INSERT INTO tenants (id, slug, legal_name, country, time_zone, currency, product_families, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8, $8)`,
    [t.id, t.slug, t.legalName, t.country, t.timeZone, t.currency, t.productFamilies, t.now],
  );
}

/** System transaction: every tenant, oldest first. */
export async function tenantIds(tx: Tx): Promise<string[]> {
  return (await tx.query<{ id: string }>(`SELECT id FROM tenants ORDER BY created_at, id`)).map((r) => r.id);
}

export function updateTenantRow(
  tx: Tx,
  p: {
    legalName: string | null;
    timeZone: string | null;
    currency: string | null;
    setLogo: boolean;
    logo: string | null;
    partnerships: string | null;
    productFamilies: ProductFamily[] | null;
    now: Date;
  },
): Promise<TenantRow> {
  return tx.one<TenantRow>(
    `UPDATE tenants SET legal_name = coalesce($1, legal_name), time_zone = coalesce($2, time_zone),
            currency = coalesce($3, currency),
            logo_data_url = CASE WHEN $4::boolean THEN $5 ELSE logo_data_url END,
            operator_partnerships = coalesce($7::jsonb, operator_partnerships),
            product_families = coalesce($8::text[], product_families),
            version = version + 1, updated_at = $6
      RETURNING ${COLS}`,
    [p.legalName, p.timeZone, p.currency, p.setLogo, p.logo, p.now, p.partnerships, p.productFamilies],
  );
}
