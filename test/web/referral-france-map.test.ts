import { describe, expect, it } from 'vitest';
import {
  FRANCE_DEPARTMENTS as map,
  FRANCE_VIEWBOX,
  placeOnMap,
  projectOnFrance,
} from '../../web/src/pages/referral/france-map.ts';

/** The package's paths use only relative moves and lines ("m … z"): their rings, absolute. */
function rings(path: string): [number, number][][] {
  const tokens = path.trim().split(/[\s,]+/);
  const out: [number, number][][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let ring: [number, number][] | null = null;
  for (let i = 0; i < tokens.length;) {
    const tok = tokens[i]!;
    if (tok === 'z') {
      if (ring) out.push(ring);
      ring = null;
      x = startX;
      y = startY;
      i++;
    } else if (tok === 'm') {
      x += Number(tokens[i + 1]);
      y += Number(tokens[i + 2]);
      startX = x;
      startY = y;
      ring = [[x, y]];
      i += 3;
    } else {
      expect(tok).toMatch(/^-?[0-9.]+$/);
      x += Number(tok);
      y += Number(tokens[i + 1]);
      ring!.push([x, y]);
      i += 2;
    }
  }
  return out;
}

function department(id: string) {
  const loc = map.locations.find((l) => l.id === id)!;
  const rs = rings(loc.path);
  const xs = rs.flat().map((p) => p[0]);
  const ys = rs.flat().map((p) => p[1]);
  return {
    name: loc.name,
    rings: rs,
    bbox: { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) },
  };
}

/** Even-odd ray casting over every ring (islands, holes). */
function inside(rs: [number, number][][], x: number, y: number): boolean {
  let c = false;
  for (const r of rs)
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i]!;
      const [xj, yj] = r[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
    }
  return c;
}

function distanceToBorder(rs: [number, number][][], x: number, y: number): number {
  let best = Infinity;
  for (const r of rs)
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [x1, y1] = r[j]!;
      const [x2, y2] = r[i]!;
      const dx = x2 - x1;
      const dy = y2 - y1;
      const len = dx * dx + dy * dy;
      const u = len === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len));
      best = Math.min(best, Math.hypot(x - x1 - u * dx, y - y1 - u * dy));
    }
  return best;
}

/** The department whose path holds the point or, on a coast the outline simplifies, is within 2 units (~3 km). */
function departmentAt(x: number, y: number): string | null {
  const all = map.locations.map((l) => ({ id: l.id, rings: rings(l.path) }));
  const holder = all.find((d) => inside(d.rings, x, y));
  if (holder) return holder.id;
  const near = all
    .map((d) => ({ id: d.id, distance: distanceToBorder(d.rings, x, y) }))
    .sort((a, b) => a.distance - b.distance)[0]!;
  return near.distance <= 2 ? near.id : null;
}

describe('the map of France (issue 13 §7)', () => {
  it('is the package’s outline of the 96 metropolitan departments, in its viewBox', () => {
    expect(map.viewBox).toBe(`0 0 ${FRANCE_VIEWBOX.width} ${FRANCE_VIEWBOX.height}`);
    expect(map.locations).toHaveLength(96);
    expect(map.locations.some((l) => l.id.startsWith('97'))).toBe(false);
  });

  it.each([
    ['Brest', 48.3904, -4.4861, '29'],
    ['Strasbourg', 48.5734, 7.7521, '67'],
    ['Nice', 43.7102, 7.262, '06'],
    ['Menton', 43.7764, 7.5048, '06'],
    ['Lille', 50.6292, 3.0573, '59'],
    ['Dunkerque', 51.0343, 2.3768, '59'],
    ['Perpignan', 42.6887, 2.8948, '66'],
    ['Biarritz', 43.4832, -1.5586, '64'],
    ['Cherbourg', 49.6337, -1.6222, '50'],
    ['Paris', 48.8566, 2.3522, '75'],
    ['Clermont-Ferrand', 45.7772, 3.087, '63'],
    ['Annecy', 45.8992, 6.1294, '74'],
    ['Ajaccio', 41.9192, 8.7386, '2A'],
    ['Bastia', 42.697, 9.4509, '2B'],
  ])('%s falls in its department’s path (%s, %s → %s)', (_town, lat, lon, id) => {
    const p = projectOnFrance(lat, lon)!;
    const d = department(id);
    expect(p.x).toBeGreaterThanOrEqual(d.bbox.minX);
    expect(p.x).toBeLessThanOrEqual(d.bbox.maxX);
    expect(p.y).toBeGreaterThanOrEqual(d.bbox.minY);
    expect(p.y).toBeLessThanOrEqual(d.bbox.maxY);
    expect(departmentAt(p.x, p.y), `${d.name} at ${p.x},${p.y}`).toBe(id);
  });

  it('does not place the overseas departments on the outline', () => {
    // Saint-Denis (La Réunion), Fort-de-France (Martinique), Cayenne (Guyane).
    expect(projectOnFrance(-20.8821, 55.4507)).toBeNull();
    expect(projectOnFrance(14.6161, -61.0588)).toBeNull();
    expect(projectOnFrance(4.9224, -52.3135)).toBeNull();
    expect(placeOnMap({ postalCode: '97400', latitude: -20.8821, longitude: 55.4507 })).toBeNull();
    // An overseas postal code is not drawn even if its point were somewhere in the box.
    expect(placeOnMap({ postalCode: '97400', latitude: 46, longitude: 2 })).toBeNull();
    expect(placeOnMap({ postalCode: '74000', latitude: 45.8992, longitude: 6.1294 })).not.toBeNull();
  });
});
