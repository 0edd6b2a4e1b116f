import type { CatalogVersionData } from '../model.ts';
import { CATALOG_2026_01 } from './catalog-2026-01.ts';

/** Every catalog version, oldest first. A new version is a new file added here, never an edit. */
export const CATALOG_VERSIONS: readonly CatalogVersionData[] = [CATALOG_2026_01];
