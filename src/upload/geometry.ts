/** Structural validation and coordinate mapping of GeoJSON geometries from untrusted input. */
import type { Geometry, Position } from 'geojson';
import { UploadError } from './errors';

const TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** Nesting depth of `coordinates` per geometry type (0 = a position). */
const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

export interface GeometryFixes {
  /** Number of polygon rings that were closed by repeating their first position. */
  ringsClosed: number;
}

function isPosition(p: unknown): p is Position {
  return Array.isArray(p) && p.length >= 2 && p.length <= 4 && p.every((v) => typeof v === 'number' && Number.isFinite(v));
}

/**
 * Checks that `g` is a well-formed GeoJSON geometry (known type, right nesting, finite numbers,
 * ≥ 2 positions per line, ≥ 3 distinct positions per ring) and returns a clean copy containing
 * only `type` and `coordinates`/`geometries`. Unclosed rings are closed (counted in `fixes`).
 * @throws UploadError `invalid-geometry` with params { feature, detail }
 */
export function cleanGeometry(g: unknown, feature: number, fixes: GeometryFixes): Geometry {
  const fail = (detail: string): never => {
    throw new UploadError('invalid-geometry', { feature, detail });
  };
  if (typeof g !== 'object' || g === null || Array.isArray(g)) return fail('not an object');
  const obj = g as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  const type = obj.type;
  if (typeof type !== 'string' || !TYPES.has(type)) return fail(`unknown type ${String(type).slice(0, 40)}`);
  if (type === 'GeometryCollection') {
    if (!Array.isArray(obj.geometries)) return fail('GeometryCollection without geometries');
    return { type, geometries: obj.geometries.map((c) => cleanGeometry(c, feature, fixes)) };
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
  const ring = (r: Position[]): void => {
    const first = r[0];
    const last = r[r.length - 1];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
      r.push(first.slice());
      fixes.ringsClosed++;
    }
    const distinct = new Set(r.map((p) => `${p[0]},${p[1]}`));
    if (r.length < 4 || distinct.size < 3) fail('ring with fewer than 3 distinct positions');
  };
  switch (type) {
    case 'LineString':
      line(coords as Position[]);
      break;
    case 'MultiLineString':
      (coords as Position[][]).forEach(line);
      break;
    case 'Polygon':
      if ((coords as Position[][]).length === 0) fail('polygon without rings');
      (coords as Position[][]).forEach(ring);
      break;
    case 'MultiPolygon':
      for (const poly of coords as Position[][][]) {
        if (poly.length === 0) fail('polygon without rings');
        poly.forEach(ring);
      }
      break;
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
