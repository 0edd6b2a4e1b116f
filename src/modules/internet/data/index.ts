import type { InternetCatalogData } from '../model.ts';
import { INTERNET_2026_01 } from './internet-2026-01.ts';

/** Every released internet catalog version, oldest first. */
export const INTERNET_CATALOG_VERSIONS: readonly InternetCatalogData[] = [INTERNET_2026_01];

/** The version in effect (the newest): the rules read it. */
export const CURRENT_INTERNET_CATALOG: InternetCatalogData = INTERNET_2026_01;
