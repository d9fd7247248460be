/** Structural validation and coordinate mapping of GeoJSON geometries from untrusted input. */
import type { Geometry, Position } from 'geojson';
import { flatBBox } from '../geo/bbox';
import { UploadError } from './errors';
import { MAX_COLLECTION_DEPTH } from './limits';

const TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** Nesting depth of `coordinates` per geometry type (0 = a position). */
const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

export interface GeometryFixes {
  /** Number of polygon rings that were closed by repeating their first position. */
  ringsClosed: number;
  /** Zero-area rings dropped (an outer one takes its polygon along), and the features they were in. */
  slivers: { rings: number; features: number[] };
}

function isPosition(p: unknown): p is Position {
  return Array.isArray(p) && p.length >= 2 && p.length <= 4 && p.every((v) => typeof v === 'number' && Number.isFinite(v));
}

/** Deepest GeometryCollection nesting of `g`, measured without recursion (a hostile file nests 100,000 deep). */
function collectionDepth(g: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[g, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const children = (node as { type?: unknown; geometries?: unknown } | null)?.geometries;
    if ((node as { type?: unknown } | null)?.type !== 'GeometryCollection' || !Array.isArray(children)) continue;
    max = Math.max(max, depth + 1);
    for (const c of children) stack.push([c, depth + 1]);
  }
  return max;
}

/**
 * A ring is a sliver when its area is below a billionth of its bounding box's squared diagonal:
 * fewer than 3 distinct positions, a zero-area spike, a back-and-forth line. Such rings carry no
 * area but break polygon clipping (turf: "Unable to find segment"), so they are dropped rather
 * than failing the file.
 */
function isSliver(r: Position[]): boolean {
  if (r.length < 4) return true;
  let twiceArea = 0;
  const [x0, y0] = r[0] as [number, number];
  for (let i = 0; i < r.length - 1; i++) {
    const a = r[i]!;
    const b = r[i + 1]!;
    // Relative to the first vertex, so large projected coordinates do not swamp the sum.
    twiceArea += (a[0]! - x0) * (b[1]! - y0) - (b[0]! - x0) * (a[1]! - y0);
  }
  const [minX, minY, maxX, maxY] = flatBBox(r.flatMap(([x, y]) => [x!, y!]));
  return Math.abs(twiceArea) / 2 <= 1e-9 * ((maxX - minX) ** 2 + (maxY - minY) ** 2);
}

/**
 * Checks that `g` is a well-formed GeoJSON geometry (known type, right nesting, finite numbers,
 * ≥ 2 positions per line, collections at most {@link MAX_COLLECTION_DEPTH} deep) and returns a
 * clean copy containing only `type` and `coordinates`/`geometries`. Unclosed rings are closed;
 * sliver rings are dropped, with their polygon when it is the outer one (both counted in `fixes`).
 * @param feature index of the feature in the file, for messages
 * @returns null when nothing but slivers was left
 * @throws UploadError `invalid-geometry` with params { feature, detail }; `too-deep`
 */
export function cleanGeometry(g: unknown, feature: number, fixes: GeometryFixes): Geometry | null {
  const depth = collectionDepth(g);
  if (depth > MAX_COLLECTION_DEPTH) throw new UploadError('too-deep', { what: 'geometry', limit: MAX_COLLECTION_DEPTH, actual: depth });
  let slivers = 0;
  const clean = cleanPart(g, feature, fixes, () => slivers++);
  if (slivers > 0) {
    fixes.slivers.rings += slivers;
    fixes.slivers.features.push(feature);
  }
  return clean;
}

function cleanPart(g: unknown, feature: number, fixes: GeometryFixes, sliver: () => void): Geometry | null {
  const fail = (detail: string): never => {
    throw new UploadError('invalid-geometry', { feature, detail });
  };
  if (typeof g !== 'object' || g === null || Array.isArray(g)) return fail('not an object');
  const obj = g as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  const type = obj.type;
  if (typeof type !== 'string' || !TYPES.has(type)) return fail(`unknown type ${String(type).slice(0, 40)}`);
  if (type === 'GeometryCollection') {
    if (!Array.isArray(obj.geometries)) return fail('GeometryCollection without geometries');
    const geometries = obj.geometries.map((c) => cleanPart(c, feature, fixes, sliver)).filter((c) => c !== null);
    return geometries.length > 0 ? { type, geometries } : null;
  }
  const depth = DEPTH[type]!;
  const walk = (c: unknown, d: number): unknown => {
    if (d === 0) {
      if (!isPosition(c)) return fail('bad position');
      return c.slice();
    }
    if (!Array.isArray(c)) return fail('bad coordinates nesting');
    return c.map((x) => walk(x, d - 1));
  };
  const coords = walk(obj.coordinates, depth);
  const line = (l: Position[]): void => {
    if (l.length < 2) fail('line with fewer than 2 positions');
  };
  const close = (r: Position[]): Position[] => {
    const first = r[0];
    const last = r[r.length - 1];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
      r.push(first.slice());
      fixes.ringsClosed++;
    }
    return r;
  };
  /** The polygon without its sliver rings; null when its outer ring is one. */
  const polygon = (rings: Position[][]): Position[][] | null => {
    if (rings.length === 0) fail('polygon without rings');
    const kept = rings.map(close).filter((r) => {
      if (!isSliver(r)) return true;
      sliver();
      return false;
    });
    return kept.length > 0 && kept[0] === rings[0] ? kept : null;
  };
  switch (type) {
    case 'LineString':
      line(coords as Position[]);
      break;
    case 'MultiLineString':
      (coords as Position[][]).forEach(line);
      break;
    case 'Polygon': {
      const p = polygon(coords as Position[][]);
      return p ? { type, coordinates: p } : null;
    }
    case 'MultiPolygon': {
      const polygons = (coords as Position[][][]).map(polygon).filter((p) => p !== null);
      return polygons.length > 0 ? { type, coordinates: polygons } : null;
    }
  }
  return { type, coordinates: coords } as Geometry;
}

/** Calls `fn` on every position of `g`. */
export function forEachPosition(g: Geometry, fn: (p: Position) => void): void {
  switch (g.type) {
    case 'Point':
      fn(g.coordinates);
      break;
    case 'MultiPoint':
    case 'LineString':
      g.coordinates.forEach(fn);
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const l of g.coordinates) l.forEach(fn);
      break;
    case 'MultiPolygon':
      for (const p of g.coordinates) for (const l of p) l.forEach(fn);
      break;
    case 'GeometryCollection':
      for (const c of g.geometries) forEachPosition(c, fn);
      break;
  }
}

/** Rewrites every position of `g` in place: `[x, y, ...rest]` → `[...fn(x, y), ...rest]`. */
export function transformInPlace(g: Geometry, fn: (x: number, y: number) => readonly [number, number]): void {
  forEachPosition(g, (p) => {
    const [x, y] = fn(p[0]!, p[1]!);
    p[0] = x;
    p[1] = y;
  });
}
