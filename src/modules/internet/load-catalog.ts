import { createHash } from 'node:crypto';
import type { Db, Tx } from '../../platform/db/db.ts';
import {
  loadDataVersion,
  loadDataVersions,
  type DataVersionLoader,
} from '../../platform/db/data-versions.ts';
import { INTERNET_CATALOG_VERSIONS } from './data/index.ts';
import type { InternetCatalogData } from './model.ts';
import { monthlyMinor } from './rules.ts';
import * as store from './store.ts';

/** Any constant: serialises loading when several processes start together. */
const LOCK = 72_616_975;
/** Seed 000 is the Israeli reseller's: a version's effective date is a date in Israel. */
const ZONE = 'Asia/Jerusalem';

export function internetChecksum(v: InternetCatalogData): string {
  return createHash('sha256').update(JSON.stringify(v)).digest('hex');
}

/** What is wrong with a data file (empty when nothing): duplicates, an unknown operator's item. */
export function checkInternetCatalog(v: InternetCatalogData): string[] {
  const issues: string[] = [];
  const seen = new Set<string>();
  const all = [
    ...v.plans.map((x) => ['plan', x.code] as const),
    ...v.boxes.map((x) => ['box', x.code] as const),
    ...v.services.map((x) => ['service', x.code] as const),
    ...v.fees.map((x) => ['fee', x.code] as const),
  ];
  for (const [type, code] of all) {
    if (seen.has(`${type}:${code}`)) issues.push(`${type} ${code} twice`);
    seen.add(`${type}:${code}`);
    if (!/^[a-z0-9-]+$/.test(code)) issues.push(`${type} ${code}: code must be kebab-case`);
  }
  for (const p of [
    ...v.plans.map((x) => x.monthly),
    ...v.services.map((x) => x.monthly),
    ...v.fees.map((x) => x.amount),
  ])
    if (p !== null && !/^\d+\.\d{2}$/.test(p)) issues.push(`price ${p} is not a decimal amount`);
  return issues;
}

function items(v: InternetCatalogData): store.CatalogItemInsert[] {
  return [
    ...v.plans.map((p, i) => ({
      item_type: 'plan' as const,
      code: p.code,
      position: i,
      operator: p.operator,
      name_fr: p.nameFr,
      name_en: p.nameEn,
      price_component: 'monthly' as const,
      amount_minor: monthlyMinor(p.monthly),
      facts: p,
    })),
    ...v.boxes.map((b, i) => ({
      item_type: 'box' as const,
      code: b.code,
      position: i,
      operator: b.operator,
      name_fr: b.nameFr,
      name_en: b.nameEn,
      price_component: null,
      amount_minor: null,
      facts: b,
    })),
    ...v.services.map((s, i) => ({
      item_type: 'service' as const,
      code: s.code,
      position: i,
      operator: s.operator,
      name_fr: s.nameFr,
      name_en: s.nameEn,
      price_component: 'monthly' as const,
      amount_minor: monthlyMinor(s.monthly),
      facts: s,
    })),
    ...v.fees.map((f, i) => ({
      item_type: 'fee' as const,
      code: f.code,
      position: i,
      operator: f.operator,
      name_fr: f.nameFr,
      name_en: f.nameEn,
      price_component: f.component,
      amount_minor: monthlyMinor(f.amount),
      facts: f,
    })),
  ];
}

/** The internet catalog's versions follow the platform's data-file protocol (loaded once, never edited). */
const LOADER: DataVersionLoader<InternetCatalogData> = {
  label: 'internet catalog',
  zone: ZONE,
  check: checkInternetCatalog,
  checksum: internetChecksum,
  lockKey: LOCK,
  loadedChecksum: store.loadedChecksum,
  insert: async (tx, row, v) => {
    await store.insertVersion(tx, row);
    await store.insertItems(tx, v.id, items(v));
  },
};

/** Loads one version in the caller's system transaction (idempotent; a changed version is refused). */
export function loadInternetVersion(tx: Tx, v: InternetCatalogData, now: Date): Promise<boolean> {
  return loadDataVersion(tx, v, now, LOADER);
}

/**
 * Loads the internet catalog data files into their tables (idempotent): a version loaded with the
 * same checksum is skipped; one loaded with another checksum is refused (add a new version file).
 * Returns the versions loaded now.
 */
export function loadInternetCatalog(
  db: Db,
  versions: readonly InternetCatalogData[] = INTERNET_CATALOG_VERSIONS,
  now: Date = new Date(),
): Promise<string[]> {
  return loadDataVersions(db, versions, now, LOADER);
}
