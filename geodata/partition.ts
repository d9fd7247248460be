/**
 * Seeded Voronoi partition of one district: density-weighted best-candidate seeds (denser near
 * the district seat), Voronoi cells in a local equirectangular frame (d3-delaunay), each cell
 * clipped to the district polygon.
 */
import * as turf from '@turf/turf';
import { Delaunay } from 'd3-delaunay';
import type { Feature, Position } from 'geojson';
import type { Poly } from './geom';

export interface Cell {
  seed: [number, number];
  geometry: Poly;
}

const KM_PER_DEG = 111.32;

/**
 * @param district district polygon (WGS-84)
 * @param seat district seat; the first seed when it lies inside the district
 * @param n number of cells wanted
 * @param rnd seeded PRNG
 * @param urbanKm e-folding distance (km) of the extra seed density around the seat
 */
export function partitionDistrict(
  district: Poly,
  seat: [number, number],
  n: number,
  rnd: () => number,
  urbanKm: number,
): Cell[] {
  if (n === 1) return [{ seed: seat, geometry: district }];
  const feature = turf.feature(district);
  const [w, s, e, nn] = turf.bbox(feature);
  const lat0 = (s + nn) / 2;
  const kx = Math.cos((lat0 * Math.PI) / 180);
  const toXY = (p: Position): [number, number] => [p[0]! * kx * KM_PER_DEG, p[1]! * KM_PER_DEG];
  const inside = (p: [number, number]) => turf.booleanPointInPolygon(p, feature);
  const density = (p: [number, number]) => {
    const d = Math.hypot((p[0] - seat[0]) * kx, p[1] - seat[1]) * KM_PER_DEG;
    return 0.3 + 2.7 * Math.exp(-d / urbanKm);
  };
  const randomInside = (): [number, number] => {
    for (let k = 0; k < 10000; k++) {
      const p: [number, number] = [w + (e - w) * rnd(), s + (nn - s) * rnd()];
      if (inside(p)) return p;
    }
    throw new Error('cannot sample inside district');
  };
  const seeds: [number, number][] = [];
  if (inside(seat)) seeds.push(seat);
  while (seeds.length < n) {
    let best: [number, number] | null = null;
    let bestScore = -1;
    for (let c = 0; c < 24; c++) {
      const p = randomInside();
      const [px, py] = toXY(p);
      let md = Infinity;
      for (const q of seeds) {
        const [qx, qy] = toXY(q);
        md = Math.min(md, Math.hypot(px - qx, py - qy));
      }
      const score = md * Math.sqrt(density(p));
      if (score > bestScore) {
        bestScore = score;
        best = p;
      }
    }
    seeds.push(best!);
  }
  const pts = seeds.map(toXY);
  const [bx0, by0] = toXY([w - 0.05, s - 0.05]);
  const [bx1, by1] = toXY([e + 0.05, nn + 0.05]);
  const vor = Delaunay.from(pts).voronoi([bx0, by0, bx1, by1]);
  const cells: Cell[] = [];
  for (let i = 0; i < seeds.length; i++) {
    const ring = vor.cellPolygon(i).map(([x, y]) => [x! / kx / KM_PER_DEG, y! / KM_PER_DEG]);
    const cellPoly = turf.polygon([ring]);
    const clipped = turf.intersect(
      turf.featureCollection([cellPoly, feature as Feature<Poly>]),
    );
    if (!clipped) throw new Error(`empty Voronoi cell ${i}`);
    cells.push({ seed: seeds[i]!, geometry: clipped.geometry });
  }
  return absorbDetachedParts(cells);
}

const partsOf = (g: Poly): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
const asGeometry = (ps: Position[][][]): Poly =>
  ps.length === 1 ? { type: 'Polygon', coordinates: ps[0]! } : { type: 'MultiPolygon', coordinates: ps };

/**
 * A Voronoi cell clipped by a wiggly district edge can leave crumbs detached from the cell's
 * main part (some only ~1,000 m²). Give each detached part to a neighbouring cell of the same
 * district that it touches (the union then has no more parts than that cell alone).
 */
function absorbDetachedParts(cells: Cell[]): Cell[] {
  const out = cells.map((c) => ({ ...c }));
  for (let i = 0; i < out.length; i++) {
    const parts = partsOf(out[i]!.geometry);
    if (parts.length < 2) continue;
    const area = (p: Position[][]) => turf.area(turf.polygon(p));
    const sorted = parts.map((p) => ({ p, a: area(p) })).sort((x, y) => y.a - x.a);
    const keep: Position[][][] = [sorted[0]!.p];
    for (const { p } of sorted.slice(1)) {
      const part = turf.polygon(p);
      const pb = turf.bbox(part);
      let absorbed = false;
      for (let j = 0; j < out.length && !absorbed; j++) {
        if (j === i) continue;
        const other = out[j]!.geometry;
        const ob = turf.bbox(turf.feature(other));
        if (pb[0] > ob[2] || pb[2] < ob[0] || pb[1] > ob[3] || pb[3] < ob[1]) continue;
        const u = turf.union(turf.featureCollection([turf.feature(other), part]));
        if (u && partsOf(u.geometry).length <= partsOf(other).length) {
          out[j]!.geometry = u.geometry;
          absorbed = true;
        }
      }
      if (!absorbed) keep.push(p);
    }
    out[i]!.geometry = asGeometry(keep);
  }
  return out;
}
