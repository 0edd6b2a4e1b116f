import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Db, Tx } from '../../platform/db/db.ts';
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

/** Loads one version in the caller's system transaction (idempotent; a changed version is refused). */
export async function loadInternetVersion(tx: Tx, v: InternetCatalogData, now: Date): Promise<boolean> {
  const issues = checkInternetCatalog(v);
  if (issues.length > 0) throw new Error(`internet catalog ${v.id} is invalid:\n${issues.join('\n')}`);
  const checksum = internetChecksum(v);
  await store.lockCatalogLoad(tx, LOCK);
  const done = await store.loadedChecksum(tx, v.id);
  if (done) {
    if (done.checksum !== checksum)
      throw new Error(`internet catalog ${v.id} was changed after it was loaded; add a new version instead`);
    return false;
  }
  await store.insertVersion(tx, {
    id: v.id,
    effectiveFrom: DateTime.fromISO(v.effectiveFrom, { zone: ZONE }).startOf('day').toJSDate(),
    currency: v.currency,
    vatIncluded: v.vatIncluded,
    checksum,
    source: v.source,
    now,
  });
  await store.insertItems(tx, v.id, items(v));
  return true;
}

/**
 * Loads the internet catalog data files into their tables (idempotent): a version loaded with the
 * same checksum is skipped; one loaded with another checksum is refused (add a new version file).
 * Returns the versions loaded now.
 */
export async function loadInternetCatalog(
  db: Db,
  versions: readonly InternetCatalogData[] = INTERNET_CATALOG_VERSIONS,
  now: Date = new Date(),
): Promise<string[]> {
  const loaded: string[] = [];
  for (const v of versions) if (await db.system((tx) => loadInternetVersion(tx, v, now))) loaded.push(v.id);
  return loaded;
}
