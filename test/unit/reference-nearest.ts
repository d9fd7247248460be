/**
 * Independent brute force for "how far is this point from the nearest of these polygons":
 * turf's point-in-polygon for containment, and GeographicLib alone for distances (a golden-section
 * search along each edge's geodesic, edges taken nearest box first until the box bound exceeds the
 * best). Shares no code with src/geo's screening, indexes or point-to-segment routine. Slow; for
 * tests only.
 */
import { bbox, booleanIntersects, booleanPointInPolygon } from '@turf/turf';
import geographiclib from 'geographiclib-geodesic';
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

const { Geodesic } = geographiclib;
const g = Geodesic.WGS84;
const dist = (p: Position, q: Position) => g.Inverse(p[1]!, p[0]!, q[1]!, q[0]!).s12!;

/** Geodesic distance from `p` to the geodesic edge a–b, by golden-section search on its length. */
function edgeDistance(p: Position, a: Position, b: Position): number {
  const line = g.InverseLine(a[1]!, a[0]!, b[1]!, b[0]!);
  const at = (s: number) => {
    const q = line.Position(s);
    return g.Inverse(p[1]!, p[0]!, q.lat2!, q.lon2!).s12!;
  };
  let lo = 0;
  let hi = line.s13!;
  const k = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 60 && hi - lo > 1e-4; i++) {
    const m1 = hi - k * (hi - lo);
    const m2 = lo + k * (hi - lo);
    if (at(m1) < at(m2)) hi = m2;
    else lo = m1;
  }
  return Math.min(at((lo + hi) / 2), dist(p, a), dist(p, b));
}

/**
 * A lower bound, metres, on the distance from `p` to any point of the edge a–b: the lon/lat gap
 * to the edge's box, at no more than 110 km per degree of latitude and 110 km · cos(lat) per
 * degree of longitude (both below WGS-84's least values), so no nearer edge is ever skipped.
 */
function boxBoundM(p: Position, a: Position, b: Position): number {
  const gap = (v: number, x: number, y: number) => Math.max(0, Math.min(x, y) - v, v - Math.max(x, y));
  const maxLat = Math.max(Math.abs(p[1]!), Math.abs(a[1]!), Math.abs(b[1]!));
  return Math.hypot(gap(p[0]!, a[0]!, b[0]!) * 110_000 * Math.cos((maxLat * Math.PI) / 180), gap(p[1]!, a[1]!, b[1]!) * 110_000);
}

/** A point and an edge (a, b) whose distance is asked. */
export type PointEdge = [p: Position, a: Position, b: Position];

/**
 * The least geodesic distance, metres, over point–edge pairs: nearest box first, stopping once a
 * box's lower bound exceeds the best; pairs whose box lies beyond `upper` are never measured.
 */
export function nearestOfPairs(pairs: Iterable<PointEdge>, upper = Infinity): number {
  const bounded: { bound: number; pair: PointEdge }[] = [];
  for (const pair of pairs) {
    const bound = boxBoundM(...pair);
    if (bound <= upper) bounded.push({ bound, pair });
  }
  bounded.sort((x, y) => x.bound - y.bound);
  let best = Infinity;
  for (const { bound, pair } of bounded) {
    if (bound > best) break;
    best = Math.min(best, edgeDistance(...pair));
  }
  return best;
}

/** A polygon's rings or a line's paths. */
const pathsOf = (g: Polygon | MultiPolygon | LineString | MultiLineString): Position[][] =>
  g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates.flat() : g.coordinates;

/** Every edge of every path. */
const edgesOf = (paths: Position[][]): [Position, Position][] => paths.flatMap((path) => path.slice(1).map((b, i): [Position, Position] => [path[i]!, b]));

/** Distance, metres, from `p` to the nearest feature (0 inside one), or Infinity when there is none. */
export function referenceNearestM(p: Position, features: Feature<Polygon | MultiPolygon>[]): number {
  if (features.some((f) => booleanPointInPolygon(p, f))) return 0;
  return nearestOfPairs(features.flatMap((f) => edgesOf(pathsOf(f.geometry)).map(([a, b]): PointEdge => [p, a, b])));
}

/** The edges of a line or area site's paths (none for points). */
const siteEdges = (site: Geometry): [Position, Position][] =>
  site.type === 'LineString' || site.type === 'MultiLineString' || site.type === 'Polygon' || site.type === 'MultiPolygon' ? edgesOf(pathsOf(site)) : [];

/** The vertices of a site, any kind. */
function siteVertices(site: Geometry): Position[] {
  if (site.type === 'Point') return [site.coordinates];
  if (site.type === 'MultiPoint' || site.type === 'LineString') return site.coordinates;
  if (site.type === 'MultiLineString' || site.type === 'Polygon') return site.coordinates.flat();
  if (site.type === 'MultiPolygon') return site.coordinates.flat(2);
  throw new Error(`no vertices for ${site.type}`);
}

/**
 * Distance, metres, from a site (point, line or area) to the nearest feature (areas or lines): 0
 * where they meet (turf's booleanIntersects), else the least distance from a vertex of one to an
 * edge of the other, each by GeographicLib alone, pairs taken nearest box first.
 */
export function referenceSiteNearestM(site: Geometry, features: Feature<Polygon | MultiPolygon | LineString | MultiLineString>[]): number {
  const [w, s, e, n] = bbox(site);
  const boxesMeet = (f: Feature) => {
    const [fw, fs, fe, fn] = bbox(f);
    return fw <= e && w <= fe && fs <= n && s <= fn;
  };
  if (features.some((f) => boxesMeet(f) && booleanIntersects(site, f))) return 0;
  const vertices = siteVertices(site);
  const edges = siteEdges(site);
  // Any two vertices bound the distance from above; pairs whose box is farther cannot be nearest.
  const first = vertices[0]!;
  const upper = Math.min(...features.map((f) => dist(first, pathsOf(f.geometry)[0]![0]!)));
  const pairs: PointEdge[] = [];
  for (const f of features) {
    const paths = pathsOf(f.geometry);
    for (const [a, b] of edgesOf(paths)) for (const p of vertices) pairs.push([p, a, b]);
    for (const p of paths.flat()) for (const [a, b] of edges) pairs.push([p, a, b]);
  }
  return nearestOfPairs(pairs, upper);
}
