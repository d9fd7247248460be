/**
 * Thin spikes left by Voronoi clipping: where a Voronoi edge passes a few metres from a vertex of
 * the district outline, the clipped cell keeps a wedge joined to it by a neck only metres wide
 * (rendered at city zoom as a long thin sliver of the cell's colour). Detected as necks: a ring
 * vertex closer than `widthM` to a non-adjacent edge of the same ring that is far away along the
 * ring (> max(5·d, 3·widthM)). Necks that the district outline itself has (both sides on the
 * district boundary) are inherent and kept. Otherwise the smaller side of the neck is cut off and
 * given to the neighbouring unit of the same district that shares the longest boundary with it,
 * so the partition (and each district's total) is unchanged.
 */
import * as turf from '@turf/turf';
import Flatbush from 'flatbush';
import type { Feature, Polygon, Position } from 'geojson';
import type { Poly } from './geom';

export interface Neck {
  /** ring vertex index */
  i: number;
  /** index of the edge (j, j+1) the vertex is close to */
  j: number;
  /** closest point on that edge (lon/lat) */
  q: Position;
  /** width of the neck, metres */
  d: number;
}

/** Necks of a closed ring narrower than widthM (local equirectangular metres). */
export function findNecks(ring: readonly Position[], widthM: number): Neck[] {
  const n = ring.length - 1;
  if (n < 4) return [];
  const lat0 = (ring[0]![1]! * Math.PI) / 180;
  const kx = Math.cos(lat0) * 111_320;
  const ky = 110_574;
  const P = ring.map((p) => [p[0]! * kx, p[1]! * ky] as const);
  const cum = [0];
  for (let i = 1; i <= n; i++) cum.push(cum[i - 1]! + Math.hypot(P[i]![0] - P[i - 1]![0], P[i]![1] - P[i - 1]![1]));
  const L = cum[n]!;
  const idx = new Flatbush(n);
  for (let i = 0; i < n; i++) {
    const a = P[i]!;
    const b = P[i + 1]!;
    idx.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
  }
  idx.finish();
  const out: Neck[] = [];
  for (let i = 0; i < n; i++) {
    const p = P[i]!;
    for (const j of idx.search(p[0] - widthM, p[1] - widthM, p[0] + widthM, p[1] + widthM).sort((x, y) => x - y)) {
      if (j === i || j === (i - 1 + n) % n) continue;
      const a = P[j]!;
      const b = P[j + 1]!;
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const l2 = dx * dx + dy * dy;
      const t = l2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2)) : 0;
      const d = Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
      if (d >= widthM) continue;
      let along = Math.abs(cum[j]! + t * (cum[j + 1]! - cum[j]!) - cum[i]!);
      along = Math.min(along, L - along);
      if (along <= Math.max(5 * d, 3 * widthM)) continue;
      const ra = ring[j]!;
      const rb = ring[j + 1]!;
      out.push({ i, j, d, q: [ra[0]! + t * (rb[0]! - ra[0]!), ra[1]! + t * (rb[1]! - ra[1]!)] });
    }
  }
  return out.sort((x, y) => x.d - y.d || x.i - y.i || x.j - y.j);
}

const ringsOf = (g: Poly): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());

/** True when p is within tolM of the boundary of g. */
function onBoundary(p: Position, g: Poly, tolM: number): boolean {
  for (const r of ringsOf(g)) {
    if (turf.pointToLineDistance(p, turf.lineString(r), { units: 'meters' }) < tolM) return true;
  }
  return false;
}

/** Necks of a unit that its district outline does not have (not both sides on the district boundary). */
export function unitNecks(unit: Poly, district: Poly, widthM: number): Neck[] {
  if (unit.type !== 'Polygon') return [];
  const ring = unit.coordinates[0]!;
  return findNecks(ring, widthM).filter((k) => !(onBoundary(ring[k.i]!, district, 1) && onBoundary(k.q, district, 1)));
}

const partsOf = (g: Poly): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

export interface DespikeUnit {
  adcode: string;
  geometry: Poly;
}

export interface SpikeMove {
  /** unit that loses the spike, and its geometry without it */
  from: number;
  keep: Polygon;
  /** unit of the same district that receives it */
  to: number;
  moved: Poly;
  note: string;
}

const perimeterM = (g: Poly) => turf.length(turf.polygonToLine(turf.feature(g)) as never, { units: 'meters' });

/** Length (m) of the edges of `piece` that lie on the boundary of `other` (both ends within tolM). */
function sharedLengthM(piece: Poly, other: Poly, tolM: number): number {
  const lines = ringsOf(other).map((r) => turf.lineString(r));
  const on = (p: Position) => lines.some((l) => turf.pointToLineDistance(p, l, { units: 'meters' }) < tolM);
  let len = 0;
  for (const r of ringsOf(piece)) {
    const flags = r.map(on);
    for (let k = 1; k < r.length; k++) if (flags[k - 1] && flags[k]) len += turf.distance(r[k - 1]!, r[k]!, { units: 'meters' });
  }
  return len;
}

/**
 * Plan one cut per unit (its narrowest non-inherent neck): the smaller side of the neck, if it
 * is part of the unit and at most a quarter of it, goes to the unit of the same district that
 * shares the longest edge with it. The caller applies the moves topologically (mapshaper
 * `-clean -dissolve`), so the cut vertex need not be bit-exact on the neighbour's edge.
 */
export function planSpikeMoves(units: DespikeUnit[], districts: Map<string, Poly>, widthM: number): SpikeMove[] {
  const bb = units.map((u) => turf.bbox(turf.feature(u.geometry)));
  const moves: SpikeMove[] = [];
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    for (const k of unitNecks(unit.geometry, districts.get(unit.adcode)!, widthM)) {
      const ring = (unit.geometry as Polygon).coordinates[0]!;
      const n = ring.length - 1;
      const loopB: Position[] = [];
      for (let v = k.i; v !== (k.j + 1) % n; v = (v + 1) % n) loopB.push(ring[v]!);
      loopB.push(k.q, ring[k.i]!);
      const loopA: Position[] = [k.q];
      for (let v = (k.j + 1) % n; v !== (k.i + 1) % n; v = (v + 1) % n) loopA.push(ring[v]!);
      loopA.push(k.q);
      if (loopA.length < 4 || loopB.length < 4) continue;
      const [a, b] = [turf.polygon([loopA]), turf.polygon([loopB])];
      const spike = turf.area(a) < turf.area(b) ? a : b;
      const unitArea = turf.area(unit.geometry);
      const spikeArea = turf.area(spike);
      if (spikeArea > 0.25 * unitArea) continue;
      const rest = turf.difference(turf.featureCollection([turf.feature(unit.geometry), spike as Feature<Poly>]));
      if (!rest) continue;
      // the smaller side must be part of the unit (not an inlet of a neighbour)
      if (unitArea - turf.area(rest) < 0.5 * spikeArea) continue;
      // keep the largest part; any crumb the cut leaves goes with the spike
      const parts = partsOf(rest.geometry).map((p) => ({ p, a: turf.area(turf.polygon(p)) })).sort((x, y) => y.a - x.a);
      const keep: Polygon = { type: 'Polygon', coordinates: parts[0]!.p };
      const moved = turf.difference(turf.featureCollection([turf.feature(unit.geometry), turf.feature(keep)]));
      if (!moved) continue;
      const mb = turf.bbox(moved);
      let best: { o: number; shared: number } | null = null;
      for (let o = 0; o < units.length; o++) {
        if (o === u || units[o]!.adcode !== unit.adcode) continue;
        const ob = bb[o]!;
        if (mb[0] > ob[2] + 1e-6 || mb[2] < ob[0] - 1e-6 || mb[1] > ob[3] + 1e-6 || mb[3] < ob[1] - 1e-6) continue;
        let shared = sharedLengthM(moved.geometry, units[o]!.geometry, 0.05);
        if (shared <= 1) {
          // fall back to an exact union: one polygon means the piece and the unit share an edge
          const g = turf.union(turf.featureCollection([turf.feature(units[o]!.geometry), moved]));
          if (g && g.geometry.type === 'Polygon') {
            shared = (perimeterM(units[o]!.geometry) + perimeterM(moved.geometry) - perimeterM(g.geometry)) / 2;
          }
        }
        if (shared > 1 && (!best || shared > best.shared)) best = { o, shared };
      }
      // no unit of the same district touches the cut-off side: it stays (see README)
      if (!best) continue;
      moves.push({
        from: u,
        keep,
        to: best.o,
        moved: moved.geometry,
        note:
          `${unit.adcode}: neck ${k.d.toFixed(1)} m at ${ring[k.i]!.map((v) => v.toFixed(5)).join(',')}, ` +
          `${(turf.area(moved) / 1e6).toFixed(4)} km² to a neighbour (shared edge ${best.shared.toFixed(0)} m)`,
      });
      break;
    }
  }
  // a unit that gives a spike away must not also receive one in the same pass (its ring changes)
  const giving = new Set(moves.map((m) => m.from));
  return moves.filter((m) => !giving.has(m.to));
}
