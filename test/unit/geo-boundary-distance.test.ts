import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { BoundaryDistanceSearch } from '../../src/geo/boundary-distance';
import { buildUnitIndex, prepareSite, type LonLat } from '../../src/geo/index';
import { mulberry32, syntheticUnits } from '../../bench/synthetic';
import { nearestOfPairs, type PointEdge } from './reference-nearest';

/**
 * Exhaustive distance: every site vertex × every unit edge and every unit vertex × every site
 * edge, by GeographicLib alone (reference-nearest.ts's golden-section search along each edge,
 * not src/geo's pointToSegment), pairs taken nearest box first until a box's lower bound
 * exceeds the best.
 */
function exhaustive(site: ReturnType<typeof prepareSite>, coords: Float64Array, v0: number, v1: number, starts: number[]): number {
  const at = (i: number): LonLat => [coords[i * 2] ?? NaN, coords[i * 2 + 1] ?? NaN];
  const pathEnds = new Set(starts.map((s) => s - 1));
  const pairs: PointEdge[] = [];
  for (let i = v0; i < v1 - 1; i++) {
    if (pathEnds.has(i)) continue;
    for (const p of site.vertices) pairs.push([p, at(i), at(i + 1)]);
  }
  for (let i = v0; i < v1; i++) {
    for (const path of site.paths) {
      for (let k = 0; k < path.length - 1; k++) pairs.push([at(i), path[k]!, path[k + 1]!]);
    }
  }
  return nearestOfPairs(pairs);
}

describe('tangent-plane screening never loses the true nearest edge', () => {
  const units = syntheticUnits({ cols: 6, rows: 5, box: [106, 29, 106.6, 29.5], sub: 5, seed: 5 });
  const idx = buildUnitIndex(units);
  const r = mulberry32(31);
  it('matches an exhaustive exact search from 1 m to 800 km (points, lines, polygons)', { timeout: 60000 }, () => {
    for (let n = 0; n < 60; n++) {
      const far = [0.001, 0.05, 0.5, 3, 7][n % 5] ?? 1;
      const x = 106.3 + (r() - 0.5) * 2 * far;
      const y = 29.25 + (r() - 0.5) * 2 * far;
      const g: Geometry =
        n % 3 === 0
          ? { type: 'Point', coordinates: [x, y] }
          : n % 3 === 1
            ? { type: 'LineString', coordinates: [[x, y], [x + 0.03, y + 0.01], [x + 0.05, y - 0.02]] }
            : { type: 'Polygon', coordinates: [[[x, y], [x + 0.04, y], [x + 0.02, y + 0.03], [x, y]]] };
      const site = prepareSite(g);
      const owner = Math.floor(r() * idx.features.length);
      const search = new BoundaryDistanceSearch(site, idx.store);
      search.add(owner);
      const got = search.finish();
      const p0 = idx.store.ownerPaths[owner] ?? 0;
      const p1 = idx.store.ownerPaths[owner + 1] ?? 0;
      const starts = Array.from(idx.store.pathStart.slice(p0 + 1, p1 + 1));
      const want = exhaustive(site, idx.store.coords, idx.store.pathStart[p0] ?? 0, idx.store.pathStart[p1] ?? 0, starts);
      // Two independent routes to the same minimum: on these seeds they agree to 2 nm.
      expect(Math.abs((got?.distanceM ?? NaN) - want)).toBeLessThan(1e-4);
    }
  });
});
