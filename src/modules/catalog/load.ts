import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Db } from '../../platform/db/db.ts';
import {
  dataVersionStart,
  loadDataVersions,
  type DataVersionLoader,
} from '../../platform/db/data-versions.ts';
import { parseMoney } from '../../platform/money/index.ts';
import { CATALOG_VERSIONS } from './data/index.ts';
import {
  BLOCKABLE,
  NETWORKS,
  OFFER_TERMS,
  OPTION_TERMS,
  PRICE_COMPONENTS,
  RANGES,
  type CatalogPrice,
  type CatalogVersionData,
} from './model.ts';
import * as store from './store.ts';

/** Any constant: serialises catalog loading when several processes start together. */
const CATALOG_LOCK = 72_616_974;
/** Seed 003 is French: a version's effective date is a date in France. */
const CATALOG_ZONE = 'Europe/Paris';

const without = <T extends object>(item: T, keys: readonly string[]): Partial<T> =>
  Object.fromEntries(Object.entries(item).filter(([k]) => !keys.includes(k))) as Partial<T>;

/**
 * The checksum of what a version sells: every field but the operator terms (OFFER_TERMS,
 * OPTION_TERMS: fair use, blocking, fixed-IP access), which describe the networks and are refreshed
 * in place. Key order is kept, so a version released before a term existed keeps its checksum.
 */
export function catalogChecksum(version: CatalogVersionData): string {
  const sold = {
    ...version,
    offers: version.offers.map((o) => without(o, OFFER_TERMS)),
    options: version.options.map((o) => without(o, OPTION_TERMS)),
  };
  return createHash('sha256').update(JSON.stringify(sold)).digest('hex');
}

export function versionStart(version: Pick<CatalogVersionData, 'effectiveFrom'>): Date {
  return dataVersionStart(version.effectiveFrom, CATALOG_ZONE);
}

/**
 * What is wrong with a catalog data file (empty when nothing): duplicate codes, unknown networks or
 * ranges, prices that are not decimal amounts, an option whose clauses name another network.
 * Checked at load, so a bad file stops the start instead of selling a wrong price.
 */
export function checkCatalog(version: CatalogVersionData): string[] {
  const issues: string[] = [];
  const seen = new Set<string>();
  const checkPrices = (code: string, prices: readonly CatalogPrice[]) => {
    if (prices.length === 0) issues.push(`${code}: no price`);
    const components = new Set<string>();
    for (const p of prices) {
      if (!PRICE_COMPONENTS.includes(p.component)) issues.push(`${code}: unknown component ${p.component}`);
      if (components.has(p.component)) issues.push(`${code}: component ${p.component} twice`);
      components.add(p.component);
      try {
        if (p.amount !== null) parseMoney(p.amount, version.currency, version.vatIncluded);
        for (const t of p.tiers ?? []) parseMoney(t.perMb, version.currency, version.vatIncluded);
      } catch (err) {
        issues.push(`${code}: ${(err as Error).message}`);
      }
    }
  };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(version.effectiveFrom) || !DateTime.fromISO(version.effectiveFrom).isValid)
    issues.push(`effectiveFrom is not a date: ${version.effectiveFrom}`);
  for (const o of version.offers) {
    if (seen.has(`offer:${o.code}`)) issues.push(`offer ${o.code} twice`);
    seen.add(`offer:${o.code}`);
    if (!/^[a-z0-9-]+$/.test(o.code)) issues.push(`offer ${o.code}: code must be kebab-case`);
    if (!NETWORKS.includes(o.network)) issues.push(`offer ${o.code}: unknown network`);
    if (!RANGES.includes(o.range)) issues.push(`offer ${o.code}: unknown range`);
    checkPrices(o.code, o.prices);
  }
  for (const o of version.options) {
    if (seen.has(`option:${o.code}`)) issues.push(`option ${o.code} twice`);
    seen.add(`option:${o.code}`);
    if (!/^[a-z0-9-]+$/.test(o.code)) issues.push(`option ${o.code}: code must be kebab-case`);
    if (o.appliesTo.some((c) => c.network !== o.network))
      issues.push(`option ${o.code}: clause on another network`);
    if ((o.fixedIpAccess !== undefined) !== (o.kind === 'fixed_ip'))
      issues.push(`option ${o.code}: fixed-IP access on fixed-IP options only, and on each (CAT-20)`);
    checkPrices(o.code, o.prices);
  }
  // CAT-19: a blocking way names options of its own network in this version.
  for (const o of version.offers) {
    const own = (code: string | null) =>
      code === null || version.options.some((x) => x.code === code && x.network === o.network);
    const named = [
      o.blocking.liftRiskyDestinationsOption,
      ...BLOCKABLE.flatMap((b) => o.blocking.ways[b]?.options ?? []),
    ];
    for (const code of named)
      if (!own(code)) issues.push(`offer ${o.code}: blocking names an unknown option ${code ?? ''}`);
  }
  return issues;
}

function priceRows(version: CatalogVersionData): store.PriceInsert[] {
  const toMinor = (amount: string) => parseMoney(amount, version.currency, version.vatIncluded).amount;
  const rows = (itemType: 'offer' | 'option', code: string, prices: readonly CatalogPrice[]) =>
    prices.map((p) => ({
      item_type: itemType,
      item_code: code,
      component: p.component,
      amount_minor: p.amount === null ? null : toMinor(p.amount),
      tiers: p.tiers ? p.tiers.map((t) => ({ fromMb: t.fromMb, perMb: toMinor(t.perMb) })) : null,
      source: p.source,
    }));
  return [
    ...version.offers.flatMap((o) => rows('offer', o.code, o.prices)),
    ...version.options.flatMap((o) => rows('option', o.code, o.prices)),
  ];
}

/** The mobile catalog's versions follow the platform's data-file protocol (loaded once, never edited). */
const LOADER: DataVersionLoader<CatalogVersionData> = {
  label: 'catalog',
  zone: CATALOG_ZONE,
  check: checkCatalog,
  checksum: catalogChecksum,
  lockKey: CATALOG_LOCK,
  loadedChecksum: store.loadedChecksum,
  // Same content sold: only the operator terms may differ (added after the release).
  unchanged: (tx, version) => store.refreshTerms(tx, version.id, version.offers, version.options),
  insert: async (tx, row, version) => {
    await store.insertVersion(tx, { ...row, openingHours: version.openingHours });
    await store.insertOffers(tx, version.id, version.offers);
    await store.insertOptions(tx, version.id, version.options);
    await store.insertPrices(tx, version.id, priceRows(version));
  },
};

/**
 * Loads the catalog data files into the database (idempotent): a version already loaded with the
 * same checksum is skipped; one loaded with another checksum stops the start, since a released
 * catalog version is never edited (add a new version file instead). Returns the loaded ids.
 */
export function loadCatalog(
  db: Db,
  versions: readonly CatalogVersionData[] = CATALOG_VERSIONS,
  now: Date = new Date(),
): Promise<string[]> {
  return loadDataVersions(db, versions, now, LOADER);
}
