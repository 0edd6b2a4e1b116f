import type { DataVersionInsert } from '../../platform/db/data-versions.ts';
import type { Tx } from '../../platform/db/db.ts';
import { orderBy } from '../../platform/http/pagination.ts';
import type { Locale } from '../../platform/i18n/messages.ts';
import type { CatalogVersionData, Network, OfferDef, OptionDef, PriceComponent, Range } from './model.ts';

/** The only SQL of the catalog module. */

export interface VersionRow {
  id: string;
  effective_from: Date;
  currency: 'EUR' | 'ILS';
  vat_included: boolean;
  checksum: string;
  opening_hours: CatalogVersionData['openingHours'];
}

export interface OfferRow {
  version_id: string;
  code: string;
  network: Network;
  range: Range;
  name_fr: string;
  name_en: string;
  envelope_mb: number | null;
  blocked: boolean | null;
  five_g: boolean;
  facts: OfferDef;
}

export interface OptionRow {
  version_id: string;
  code: string;
  kind: OptionDef['kind'];
  network: Network;
  name_fr: string;
  name_en: string;
  facts: OptionDef;
}

export interface PriceRow {
  item_type: 'offer' | 'option';
  item_code: string;
  component: PriceComponent;
  amount_minor: number | null;
  tiers: { fromMb: number; perMb: number }[] | null;
  effective_from: Date;
  effective_date: string | null;
  origin: 'catalog' | 'tenant';
  created_at: Date;
  source: string;
}

// ── Loading the reference catalog (system transaction) ────────────────────────────────────────

export function loadedChecksum(tx: Tx, id: string): Promise<{ checksum: string } | undefined> {
  return tx.maybeOne<{ checksum: string }>(`SELECT checksum FROM catalog_versions WHERE id = $1`, [id]);
}

export async function insertVersion(tx: Tx, v: DataVersionInsert & { openingHours: unknown }): Promise<void> {
  await tx.query(
    `INSERT INTO catalog_versions (id, effective_from, currency, vat_included, checksum, source, opening_hours, loaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      v.id,
      v.effectiveFrom,
      v.currency,
      v.vatIncluded,
      v.checksum,
      v.source,
      JSON.stringify(v.openingHours),
      v.now,
    ],
  );
}

/** All rows in one statement each (a few hundred rows): one round trip instead of hundreds. */
export async function insertOffers(tx: Tx, versionId: string, offers: readonly OfferDef[]): Promise<void> {
  await tx.query(
    `INSERT INTO catalog_offers (version_id, code, position, network, range, name_fr, name_en, envelope_mb, blocked, five_g, facts)
     SELECT $1, r.code, r.position, r.network, r.range, r.name_fr, r.name_en, r.envelope_mb, r.blocked, r.five_g, r.facts
       FROM jsonb_to_recordset($2::jsonb) AS r(code text, position int, network text, range text, name_fr text,
            name_en text, envelope_mb bigint, blocked boolean, five_g boolean, facts jsonb)`,
    [
      versionId,
      JSON.stringify(
        offers.map((o, i) => ({
          code: o.code,
          position: i,
          network: o.network,
          range: o.range,
          name_fr: o.name.fr,
          name_en: o.name.en,
          envelope_mb: o.envelopeMb,
          blocked: o.blocked,
          five_g: o.fiveG,
          facts: o,
        })),
      ),
    ],
  );
}

export async function insertOptions(tx: Tx, versionId: string, options: readonly OptionDef[]): Promise<void> {
  await tx.query(
    `INSERT INTO catalog_options (version_id, code, position, kind, network, name_fr, name_en, facts)
     SELECT $1, r.code, r.position, r.kind, r.network, r.name_fr, r.name_en, r.facts
       FROM jsonb_to_recordset($2::jsonb) AS r(code text, position int, kind text, network text, name_fr text,
            name_en text, facts jsonb)`,
    [
      versionId,
      JSON.stringify(
        options.map((o, i) => ({
          code: o.code,
          position: i,
          kind: o.kind,
          network: o.network,
          name_fr: o.name.fr,
          name_en: o.name.en,
          facts: o,
        })),
      ),
    ],
  );
}

/**
 * Rewrites the facts of a loaded version's items where they differ: called only when the version's
 * checksum matched, so what differs is the operator terms (model.ts OFFER_TERMS/OPTION_TERMS).
 * Returns how many rows changed (0 on every start after the first).
 */
export async function refreshTerms(
  tx: Tx,
  versionId: string,
  offers: readonly OfferDef[],
  options: readonly OptionDef[],
): Promise<number> {
  const update = async (
    table: 'catalog_offers' | 'catalog_options',
    items: readonly (OfferDef | OptionDef)[],
  ) =>
    (
      await tx.query<{ code: string }>(
        `UPDATE ${table} t SET facts = r.facts
           FROM jsonb_to_recordset($2::jsonb) AS r(code text, facts jsonb)
          WHERE t.version_id = $1 AND t.code = r.code AND t.facts IS DISTINCT FROM r.facts
        RETURNING t.code`,
        [versionId, JSON.stringify(items.map((i) => ({ code: i.code, facts: i })))],
      )
    ).length;
  return (await update('catalog_offers', offers)) + (await update('catalog_options', options));
}

export interface PriceInsert {
  item_type: 'offer' | 'option';
  item_code: string;
  component: PriceComponent;
  amount_minor: number | null;
  tiers: { fromMb: number; perMb: number }[] | null;
  source: string;
}

export async function insertPrices(tx: Tx, versionId: string, prices: readonly PriceInsert[]): Promise<void> {
  await tx.query(
    `INSERT INTO catalog_prices (version_id, item_type, item_code, component, amount_minor, tiers, source)
     SELECT $1, r.item_type, r.item_code, r.component, r.amount_minor, r.tiers, r.source
       FROM jsonb_to_recordset($2::jsonb) AS r(item_type text, item_code text, component text, amount_minor bigint,
            tiers jsonb, source text)`,
    [versionId, JSON.stringify(prices)],
  );
}

// ── Reading (tenant transaction: global tables are readable, tenant prices under RLS) ─────────

/** The version in effect at `at`, or the first one when none has started yet. */
export async function versionAt(tx: Tx, at: Date): Promise<VersionRow | undefined> {
  return (
    (await tx.maybeOne<VersionRow>(
      `SELECT id, effective_from, currency, vat_included, checksum, opening_hours FROM catalog_versions
        WHERE effective_from <= $1 ORDER BY effective_from DESC LIMIT 1`,
      [at],
    )) ??
    tx.maybeOne<VersionRow>(
      `SELECT id, effective_from, currency, vat_included, checksum, opening_hours FROM catalog_versions
        ORDER BY effective_from ASC LIMIT 1`,
    )
  );
}

export interface OfferFilter {
  network?: Network | undefined;
  range?: Range | undefined;
  blocked?: boolean | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
  sort?: string | undefined;
}

export const offerSort = (locale: Locale): Record<string, string> => ({
  position: 'position',
  name: locale === 'en' ? 'lower(name_en)' : 'lower(name_fr)',
  network: 'network',
  range: 'range',
  envelopeMb: 'envelope_mb',
});

const OFFER_COLS = `version_id, code, network, range, name_fr, name_en, envelope_mb, blocked, five_g, facts`;

export async function listOffers(
  tx: Tx,
  versionId: string,
  f: OfferFilter,
  locale: Locale,
): Promise<{ rows: OfferRow[]; total: number }> {
  const where = `version_id = $1 AND ($2::text IS NULL OR network = $2) AND ($3::text IS NULL OR range = $3)
    AND ($4::boolean IS NULL OR blocked = $4)
    AND ($5::text IS NULL OR lower(name_fr) LIKE $5 OR lower(name_en) LIKE $5 OR lower(code) LIKE $5)`;
  const q = f.q ? `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const params = [versionId, f.network ?? null, f.range ?? null, f.blocked ?? null, q];
  // The tie-breaker of orderBy is "id": the offer code plays that part here.
  const order = orderBy(f.sort, offerSort(locale), 'position', locale).replace(
    /, id (ASC|DESC)$/,
    ', code $1',
  );
  const rows = await tx.query<OfferRow>(
    `SELECT ${OFFER_COLS} FROM catalog_offers WHERE ${where} ORDER BY ${order} LIMIT $6 OFFSET $7`,
    [...params, f.limit, f.offset],
  );
  const { n } = await tx.one<{ n: number }>(
    `SELECT count(*)::int AS n FROM catalog_offers WHERE ${where}`,
    params,
  );
  return { rows, total: n };
}

export function getOffer(tx: Tx, versionId: string, code: string): Promise<OfferRow | undefined> {
  return tx.maybeOne<OfferRow>(
    `SELECT ${OFFER_COLS} FROM catalog_offers WHERE version_id = $1 AND code = $2`,
    [versionId, code],
  );
}

export interface OptionFilter {
  network?: Network | undefined;
  kind?: OptionDef['kind'] | undefined;
}

export function listOptions(tx: Tx, versionId: string, f: OptionFilter = {}): Promise<OptionRow[]> {
  return tx.query<OptionRow>(
    `SELECT version_id, code, kind, network, name_fr, name_en, facts FROM catalog_options
      WHERE version_id = $1 AND ($2::text IS NULL OR network = $2) AND ($3::text IS NULL OR kind = $3)
      ORDER BY position`,
    [versionId, f.network ?? null, f.kind ?? null],
  );
}

export function getOption(tx: Tx, versionId: string, code: string): Promise<OptionRow | undefined> {
  return tx.maybeOne<OptionRow>(
    `SELECT version_id, code, kind, network, name_fr, name_en, facts FROM catalog_options WHERE version_id = $1 AND code = $2`,
    [versionId, code],
  );
}

/** Every price version of these items: the reference catalog's and the tenant's. */
export function priceVersions(
  tx: Tx,
  itemType: 'offer' | 'option',
  codes: readonly string[],
): Promise<PriceRow[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return tx.query<PriceRow>(
    `SELECT p.item_type, p.item_code, p.component, p.amount_minor, p.tiers, v.effective_from,
            NULL::date AS effective_date, 'catalog' AS origin, v.loaded_at AS created_at, p.source
       FROM catalog_prices p JOIN catalog_versions v ON v.id = p.version_id
      WHERE p.item_type = $1 AND p.item_code = ANY($2::text[])
     UNION ALL
     SELECT t.item_type, t.item_code, t.component, t.amount_minor, t.tiers, t.effective_from,
            t.effective_date, 'tenant' AS origin, t.created_at, t.created_by AS source
       FROM catalog_tenant_prices t
      WHERE t.item_type = $1 AND t.item_code = ANY($2::text[])`,
    [itemType, codes],
  );
}

export async function insertTenantPrice(
  tx: Tx,
  p: {
    id: string;
    itemType: 'offer' | 'option';
    itemCode: string;
    component: PriceComponent;
    amountMinor: number | null;
    tiers: { fromMb: number; perMb: number }[] | null;
    currency: string;
    effectiveFrom: Date;
    effectiveDate: string;
    createdBy: string;
    now: Date;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO catalog_tenant_prices (tenant_id, id, item_type, item_code, component, amount_minor, tiers, currency,
                                        effective_from, effective_date, created_at, created_by)
     VALUES (relais_tenant(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      p.id,
      p.itemType,
      p.itemCode,
      p.component,
      p.amountMinor,
      p.tiers === null ? null : JSON.stringify(p.tiers),
      p.currency,
      p.effectiveFrom,
      p.effectiveDate,
      p.now,
      p.createdBy,
    ],
  );
}
