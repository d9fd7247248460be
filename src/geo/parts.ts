/**
 * The parts of an uploaded site and how far apart they lie. A file may hold two parcels 250 km
 * apart: checked as one site, its centre would fall between them and its findings would mix two
 * places. `groupParts` puts parts that lie within `maxGapM` of each other (touching, overlapping,
 * one inside the other, or a short gap apart) into one group, so the upload dialog can say when a
 * choice spans several places and how far apart they are.
 *
 * Whether two parts are within the gap is decided in a local plane (equirectangular with the
 * WGS-84 radii of curvature at the pair's mean latitude): at gaps of a few kilometres this is
 * within 0.5 % of the geodesic, and only near/far is asked of it. The distance the dialog shows
 * between places is geodesic.
 */
import type { Geometry } from 'geojson';
import { flatBBox } from './bbox';
import { distance, meridionalRadius, primeVerticalRadius } from './geodesic';
import { rayStep } from './path-store';
import { pointSegmentDistSq, segmentIntersection } from './planar';
import type { BBox, LonLat } from './types';

/** One polygon (its rings), one line, or one point. */
export type Part = { kind: 'area'; rings: LonLat[][] } | { kind: 'line'; path: LonLat[] } | { kind: 'point'; point: LonLat };

/** A geometry's parts: each polygon of a MultiPolygon, each line, each point (collections opened). */
export function partsOf(geometry: Geometry | null | undefined): Part[] {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'Point':
      return [{ kind: 'point', point: geometry.coordinates as LonLat }];
    case 'MultiPoint':
      return geometry.coordinates.map((p) => ({ kind: 'point', point: p as LonLat }));
    case 'LineString':
      return [{ kind: 'line', path: geometry.coordinates as LonLat[] }];
    case 'MultiLineString':
      return geometry.coordinates.map((path) => ({ kind: 'line', path: path as LonLat[] }));
    case 'Polygon':
      return [{ kind: 'area', rings: geometry.coordinates as LonLat[][] }];
    case 'MultiPolygon':
      return geometry.coordinates.map((rings) => ({ kind: 'area', rings: rings as LonLat[][] }));
    case 'GeometryCollection':
      return geometry.geometries.flatMap(partsOf);
  }
}

export function partBBox(part: Part): BBox {
  const positions = part.kind === 'area' ? part.rings[0]! : part.kind === 'line' ? part.path : [part.point];
  return flatBBox(positions.flatMap(([x, y]) => [x, y]));
}

const DEG = Math.PI / 180;

/** Metres per degree of longitude and latitude in the local plane at `lat`. */
function scales(lat: number): [number, number] {
  return [primeVerticalRadius(lat) * Math.cos(lat * DEG) * DEG, meridionalRadius(lat) * DEG];
}

/**
 * A lower bound of the gap between two boxes, metres: the degree gaps at the smallest scales
 * either box reaches (parallels shrink towards the poles; a degree of latitude is at least
 * 110.5 km), less 1 % for the plane's own error.
 */
function boxGapLowerBoundM(a: BBox, b: BBox): number {
  const dLon = Math.max(0, a[0] - b[2], b[0] - a[2]);
  const dLat = Math.max(0, a[1] - b[3], b[1] - a[3]);
  const maxAbsLat = Math.max(Math.abs(a[1]), Math.abs(a[3]), Math.abs(b[1]), Math.abs(b[3]));
  const [kx] = scales(Math.min(maxAbsLat, 89.9));
  return 0.99 * Math.hypot(dLon * kx, dLat * 110_500);
}

type XY = [number, number];

/**
 * The part's edges in the plane (a point is an edge of length 0), and its rings, as flat x, y
 * pairs, for containment.
 */
function planar(part: Part, origin: LonLat, k: [number, number]): { edges: [XY, XY][]; rings: number[][] } {
  const xy = ([lon, lat]: LonLat): XY => [(lon - origin[0]) * k[0], (lat - origin[1]) * k[1]];
  const edges: [XY, XY][] = [];
  const pathEdges = (path: XY[]) => {
    for (let i = 1; i < path.length; i++) edges.push([path[i - 1]!, path[i]!]);
  };
  if (part.kind === 'point') {
    const p = xy(part.point);
    return { edges: [[p, p]], rings: [] };
  }
  if (part.kind === 'line') {
    pathEdges(part.path.map(xy));
    return { edges, rings: [] };
  }
  const rings = part.rings.map((r) => r.map(xy));
  for (const r of rings) pathEdges(r);
  return { edges, rings: rings.map((r) => r.flat()) };
}

function segmentDistance(a: XY, b: XY, c: XY, d: XY): number {
  if (segmentIntersection(a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1])) return 0;
  const toSegment = (p: XY, [sx, sy]: XY, [ex, ey]: XY) => pointSegmentDistSq(p[0], p[1], sx, sy, ex, ey);
  return Math.sqrt(Math.min(toSegment(a, c, d), toSegment(b, c, d), toSegment(c, a, b), toSegment(d, a, b)));
}

/** Even-odd rule over a polygon's closed rings: inside the outer ring and in no hole, or on an edge. */
function insideRings([x, y]: XY, rings: number[][]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0; i < ring.length / 2 - 1; i++) {
      const step = rayStep(ring, i, x, y, 0);
      if (step === 2) return true;
      if (step === 1) inside = !inside;
    }
  }
  return inside;
}

/** True when the two parts touch, overlap, one holds the other, or they lie within `maxGapM`. */
export function partsWithin(a: Part, b: Part, maxGapM: number, boxes: [BBox, BBox] = [partBBox(a), partBBox(b)]): boolean {
  const [ba, bb] = boxes;
  if (boxGapLowerBoundM(ba, bb) > maxGapM) return false;
  if (a.kind === 'point' && b.kind === 'point') {
    // Files of many points (a CSV of wells) are most of the pairs: no plane to build.
    const [kx, ky] = scales((a.point[1] + b.point[1]) / 2);
    return Math.hypot((a.point[0] - b.point[0]) * kx, (a.point[1] - b.point[1]) * ky) <= maxGapM;
  }
  const origin: LonLat = [(Math.min(ba[0], bb[0]) + Math.max(ba[2], bb[2])) / 2, (Math.min(ba[1], bb[1]) + Math.max(ba[3], bb[3])) / 2];
  const k = scales(origin[1]);
  const pa = planar(a, origin, k);
  const pb = planar(b, origin, k);
  // One inside the other: any vertex of one in the other's rings.
  if (pb.rings.length && pa.edges.some(([p]) => insideRings(p, pb.rings))) return true;
  if (pa.rings.length && pb.edges.some(([p]) => insideRings(p, pa.rings))) return true;
  for (const [p, q] of pa.edges) {
    // Skip edges whose box, widened by the gap, misses the other part entirely.
    const [x0, x1] = p[0] < q[0] ? [p[0], q[0]] : [q[0], p[0]];
    const [y0, y1] = p[1] < q[1] ? [p[1], q[1]] : [q[1], p[1]];
    for (const [r, s] of pb.edges) {
      if (Math.max(r[0], s[0]) < x0 - maxGapM || Math.min(r[0], s[0]) > x1 + maxGapM) continue;
      if (Math.max(r[1], s[1]) < y0 - maxGapM || Math.min(r[1], s[1]) > y1 + maxGapM) continue;
      if (segmentDistance(p, q, r, s) <= maxGapM) return true;
    }
  }
  return false;
}

export interface PartGroups {
  /** Indices of `parts`, one array per place, in the order of their first part. */
  groups: number[][];
  /** Geodesic distance between the centres (of the boxes) of the two places farthest apart, metres; 0 for one place. */
  spanM: number;
}

/** Groups parts that lie within `maxGapM` of each other (single linkage: a chain of near parts is one place). */
export function groupParts(parts: readonly Part[], maxGapM: number): PartGroups {
  const boxes = parts.map(partBBox);
  const parent = parts.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  // Sweep west to east: once a box starts farther east of this one's east edge than the gap (at
  // the narrowest degree of longitude any part reaches), so do all after it.
  const maxAbsLat = Math.min(89.9, Math.max(0, ...boxes.map((b) => Math.max(Math.abs(b[1]), Math.abs(b[3])))));
  const minGapDeg = maxGapM / (0.99 * scales(maxAbsLat)[0]);
  const order = parts.map((_, i) => i).sort((a, b) => boxes[a]![0] - boxes[b]![0]);
  for (let a = 0; a < order.length; a++) {
    const i = order[a]!;
    for (let b = a + 1; b < order.length; b++) {
      const j = order[b]!;
      if (boxes[j]![0] - boxes[i]![2] > minGapDeg) break;
      const [ri, rj] = [root(i), root(j)];
      if (ri === rj) continue;
      if (partsWithin(parts[i]!, parts[j]!, maxGapM, [boxes[i]!, boxes[j]!])) parent[Math.max(ri, rj)] = Math.min(ri, rj);
    }
  }
  const byRoot = new Map<number, number[]>();
  parts.forEach((_, i) => {
    const r = root(i);
    byRoot.set(r, [...(byRoot.get(r) ?? []), i]);
  });
  const groups = [...byRoot.values()];
  const centres = groups.map((g) => {
    const [w, s, e, n] = g.map((i) => boxes[i]!).reduce((a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])]);
    return [(w + e) / 2, (s + n) / 2] as LonLat;
  });
  return { groups, spanM: farthestPairM(centres) };
}

/**
 * The largest geodesic distance between two of the points. Every pair up to 200 points; beyond,
 * the pairs among the extreme points (westmost, eastmost, southmost, northmost and the diagonal
 * extremes), which hold the farthest pair in all but contrived layouts.
 */
function farthestPairM(points: readonly LonLat[]): number {
  let candidates = points;
  if (points.length > 200) {
    const by = (f: (p: LonLat) => number) => [points.reduce((a, b) => (f(b) < f(a) ? b : a)), points.reduce((a, b) => (f(b) > f(a) ? b : a))];
    candidates = [...by((p) => p[0]), ...by((p) => p[1]), ...by((p) => p[0] + p[1]), ...by((p) => p[0] - p[1])];
  }
  let best = 0;
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) best = Math.max(best, distance(candidates[i]!, candidates[j]!));
  }
  return best;
}
