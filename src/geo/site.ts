/**
 * Validation and preparation of a user "site" (point, line or area, possibly Multi*), once per
 * query, into the flat form every query in this folder consumes. Degenerate input throws
 * {@link GeoInputError} with a stable code.
 */
import type { Feature, Geometry, Position } from 'geojson';
import Flatbush from 'flatbush';
import { GeoInputError } from './errors';
import { checkSiteLimits, SITE_MAX_SEGMENT_M } from './site-limits';

export { SITE_MAX_SEGMENT_M };
import { densifyPath } from './geodesic';
import { toEcef } from './frame';
import { flatBBox } from './bbox';
import { buildPathStore, rayStep, type PathStore } from './path-store';
import { segmentIntersection } from './planar';
import { ringAreaM2 } from './area';
import type { BBox, LonLat } from './types';

/** What a site is: one or more points, lines, or areas. */
export type SiteKind = 'point' | 'line' | 'polygon';


/** Flatbush over a site's edges (lon/lat boxes) and each edge's start vertex in `site.store`. */
export interface SiteEdgeIndex {
  tree: Flatbush;
  /** Start vertex (global index in `site.store`) of each edge. */
  start: Uint32Array;
  /** Path (ring/line) index of each edge. */
  path: Uint32Array;
}

const edgeIndexCache = new WeakMap<PreparedSite, SiteEdgeIndex | null>();

/**
 * The site's edge index, built on first use and cached (null for point sites). Lets per-unit
 * crossing tests look only at nearby site edges: O(log n) instead of O(site edges).
 */
export function siteEdgeIndex(site: PreparedSite): SiteEdgeIndex | null {
  const cached = edgeIndexCache.get(site);
  if (cached !== undefined) return cached;
  const st = site.store;
  const np = (st.ownerPaths[1] ?? 0) - (st.ownerPaths[0] ?? 0);
  const starts: number[] = [];
  const paths: number[] = [];
  for (let p = 0; p < np; p++) {
    const v0 = st.pathStart[p] ?? 0;
    const v1 = st.pathStart[p + 1] ?? 0;
    for (let i = v0; i < v1 - 1; i++) {
      starts.push(i);
      paths.push(p);
    }
  }
  let result: SiteEdgeIndex | null = null;
  if (starts.length > 0) {
    const tree = new Flatbush(starts.length);
    const c = st.coords;
    for (const i of starts) {
      const ax = c[i * 2] ?? 0;
      const ay = c[i * 2 + 1] ?? 0;
      const bx = c[i * 2 + 2] ?? 0;
      const by = c[i * 2 + 3] ?? 0;
      tree.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
    }
    tree.finish();
    result = { tree, start: Uint32Array.from(starts), path: Uint32Array.from(paths) };
  }
  edgeIndexCache.set(site, result);
  return result;
}

/**
 * Point-in-site for area sites, same answers as `pointInOwner(site.store, 0, …)` (even–odd,
 * boundary within `epsDeg` → 2) but only visiting the site edges the rightward ray can meet,
 * through the edge index: O(log n + k) instead of O(n).
 */
export function pointInSite(site: PreparedSite, lon: number, lat: number, epsDeg = 1e-12): 0 | 1 | 2 {
  const idx = siteEdgeIndex(site);
  if (!idx) return 0;
  const c = site.store.coords;
  let inside = false;
  const hits = idx.tree.search(lon - epsDeg, lat - epsDeg, site.bbox[2] + epsDeg, lat + epsDeg);
  for (const e of hits) {
    const step = rayStep(c, idx.start[e] ?? 0, lon, lat, epsDeg);
    if (step === 2) return 2;
    if (step === 1) inside = !inside;
  }
  return inside ? 1 : 0;
}

/** A validated site in flat form. Build with {@link prepareSite}. */
export interface PreparedSite {
  kind: SiteKind;
  /** The normalized geometry (Multi* kept, rings closed, edges densified: see {@link SITE_MAX_SEGMENT_M}). */
  geometry: Geometry;
  /** Point sites: the points. Empty otherwise. */
  points: LonLat[];
  /** Line sites: the lines; area sites: every ring of every polygon (closed). */
  paths: LonLat[][];
  /** Area sites: polygons as rings (outer first). Empty otherwise. */
  polygons: LonLat[][][];
  /** Every vertex (points, or path vertices). */
  vertices: LonLat[];
  /** Flat store of `paths` (owner 0); for points, one single-vertex path per point. */
  store: PathStore;
  bbox: BBox;
  /** Centre of the bounding box, used as the origin of local frames. */
  center: LonLat;
  /**
   * Upper bound of the largest geodesic distance from `center` to a vertex, metres (from ECEF
   * chords: arc ≤ chord·(1 + chord²/(6·ρ²)), ρ = 6335 km the smallest WGS-84 radius of curvature).
   */
  radiusM: number;
  /** Geodesic length of lines, or perimeter of areas (all rings), metres; 0 for points. */
  lengthM: number;
  /** Geodesic area of area sites (holes subtracted), m²; 0 otherwise. */
  areaM2: number;
}

/**
 * Validate and prepare a site.
 * @param input a GeoJSON Feature or Geometry: Point, MultiPoint, LineString, MultiLineString,
 *   Polygon or MultiPolygon in WGS-84 lon/lat
 * @throws {GeoInputError} `empty-geometry`, `invalid-coordinates`, `unsupported-geometry`,
 *   `too-few-positions`, `zero-area` (polygon of zero geodesic area), `self-intersection`, and the
 *   limits' codes (`too-many-vertices`, `site-too-long`: see site-limits.ts)
 */
export function prepareSite(input: Feature | Geometry | PreparedSite | null | undefined): PreparedSite {
  if (input && 'store' in input && 'kind' in input) return input;
  const g: Geometry | null | undefined =
    input && (input as Feature).type === 'Feature' ? (input as Feature).geometry : (input as Geometry | null | undefined);
  if (!g || typeof g !== 'object') throw new GeoInputError('empty-geometry', 'no geometry');
  checkSiteLimits(g);
  switch (g.type) {
    case 'Point':
      return fromPoints([g.coordinates], g);
    case 'MultiPoint':
      return fromPoints(g.coordinates, g);
    case 'LineString':
      return fromLines([g.coordinates], g);
    case 'MultiLineString':
      return fromLines(g.coordinates, g);
    case 'Polygon':
      return fromPolygons([g.coordinates], g);
    case 'MultiPolygon':
      return fromPolygons(g.coordinates, g);
    default:
      throw new GeoInputError('unsupported-geometry', `unsupported geometry type ${String((g as { type?: unknown }).type)}`);
  }
}

function checkPosition(p: Position | undefined): LonLat {
  if (!Array.isArray(p) || p.length < 2) throw new GeoInputError('invalid-coordinates', 'position is not [lon, lat]');
  const lon = p[0];
  const lat = p[1];
  if (
    typeof lon !== 'number' ||
    typeof lat !== 'number' ||
    !Number.isFinite(lon) ||
    !Number.isFinite(lat) ||
    lon < -180 ||
    lon > 180 ||
    lat < -90 ||
    lat > 90
  ) {
    throw new GeoInputError('invalid-coordinates', `invalid position ${JSON.stringify(p)}`);
  }
  return [lon, lat];
}

function fromPoints(coords: Position[] | undefined, geometry: Geometry): PreparedSite {
  if (!Array.isArray(coords) || coords.length === 0) throw new GeoInputError('empty-geometry', 'no points');
  const points = coords.map(checkPosition);
  return finish('point', geometry, points, points.map((p) => [p]), [], points, 0, 0);
}

function dedupe(line: LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  for (const p of line) {
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  return out;
}

function fromLines(coords: Position[][] | undefined, geometry: Geometry): PreparedSite {
  if (!Array.isArray(coords) || coords.length === 0) throw new GeoInputError('empty-geometry', 'no lines');
  const lines: LonLat[][] = [];
  let lengthM = 0;
  const len = [0];
  for (const line of coords) {
    if (!Array.isArray(line) || line.length === 0) throw new GeoInputError('empty-geometry', 'empty line');
    const l = dedupe(line.map(checkPosition));
    if (l.length < 2) throw new GeoInputError('too-few-positions', 'a line needs two distinct positions');
    lines.push(densifyPath(l, SITE_MAX_SEGMENT_M, len));
    lengthM += len[0] ?? 0;
  }
  const normalized: Geometry =
    geometry.type === 'LineString'
      ? { type: 'LineString', coordinates: lines[0] ?? [] }
      : { type: 'MultiLineString', coordinates: lines };
  return finish('line', normalized, [], lines, [], lines.flat(), lengthM, 0);
}

function fromPolygons(coords: Position[][][] | undefined, geometry: Geometry): PreparedSite {
  if (!Array.isArray(coords) || coords.length === 0) throw new GeoInputError('empty-geometry', 'no polygons');
  const polygons: LonLat[][][] = [];
  let lengthM = 0;
  const len = [0];
  for (const poly of coords) {
    if (!Array.isArray(poly) || poly.length === 0) throw new GeoInputError('empty-geometry', 'empty polygon');
    const rings: LonLat[][] = [];
    for (const ring of poly) {
      if (!Array.isArray(ring) || ring.length === 0) throw new GeoInputError('empty-geometry', 'empty ring');
      const r = dedupe(ring.map(checkPosition));
      const first = r[0];
      const last = r[r.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) r.push([first[0], first[1]]);
      if (r.length < 4) throw new GeoInputError('too-few-positions', 'a ring needs three distinct positions');
      rings.push(r);
    }
    const outer = rings[0] ?? [];
    if (collinear(outer)) {
      throw new GeoInputError('zero-area', 'polygon has zero area');
    }
    polygons.push(
      rings.map((r) => {
        const d = densifyPath(r, SITE_MAX_SEGMENT_M, len);
        lengthM += len[0] ?? 0;
        return d;
      }),
    );
  }
  const paths = polygons.flat();
  if (hasSelfIntersection(paths)) throw new GeoInputError('self-intersection', 'polygon rings cross');
  let areaM2 = 0;
  for (const rings of polygons) {
    const outerA = Math.abs(ringAreaM2(rings[0] ?? []));
    if (!(outerA > 1e-6)) throw new GeoInputError('zero-area', 'polygon has zero area');
    areaM2 += outerA - rings.slice(1).reduce((t, h) => t + Math.abs(ringAreaM2(h)), 0);
  }
  const normalized: Geometry =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: polygons[0] ?? [] }
      : { type: 'MultiPolygon', coordinates: polygons };
  return finish('polygon', normalized, [], paths, polygons, paths.flatMap((r) => r.slice(0, -1)), lengthM, areaM2);
}

/**
 * True when two edges of the closed rings `rings` cross or touch, other than consecutive edges
 * of one ring sharing their common vertex. O(n log n) with a Flatbush over edge boxes.
 */
export function hasSelfIntersection(rings: LonLat[][]): boolean {
  const edges: [number, number][] = [];
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r] ?? [];
    for (let i = 0; i < ring.length - 1; i++) edges.push([r, i]);
  }
  if (edges.length === 0) return false;
  const tree = new Flatbush(edges.length);
  const seg = (e: [number, number]): [LonLat, LonLat] => {
    const ring = rings[e[0]] ?? [];
    return [ring[e[1]] ?? [0, 0], ring[e[1] + 1] ?? [0, 0]];
  };
  for (const e of edges) {
    const [a, b] = seg(e);
    tree.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
  }
  tree.finish();
  for (let k = 0; k < edges.length; k++) {
    const e = edges[k] ?? [0, 0];
    const [a, b] = seg(e);
    const n = (rings[e[0]] ?? []).length - 1;
    const hits = tree.search(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
    for (const j of hits) {
      if (j <= k) continue;
      const f = edges[j] ?? [0, 0];
      const [c, d] = seg(f);
      const hit = segmentIntersection(a[0], a[1], b[0], b[1], c[0], c[1], d[0], d[1]);
      if (!hit) continue;
      if (f[0] === e[0]) {
        const next = f[1] === e[1] + 1;
        const wrap = e[1] === 0 && f[1] === n - 1;
        if (next || wrap) {
          // consecutive edges share one vertex; only a collinear reversal (spike) is a problem
          const cross = (b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]);
          const dot = (b[0] - a[0]) * (d[0] - c[0]) + (b[1] - a[1]) * (d[1] - c[1]);
          const scale = Math.hypot(b[0] - a[0], b[1] - a[1]) * Math.hypot(d[0] - c[0], d[1] - c[1]);
          if (Math.abs(cross) > 1e-12 * scale || dot > 0) continue;
        }
      }
      return true;
    }
  }
  return false;
}

/** True when all positions lie (numerically) on one straight line in lon/lat, or coincide. */
function collinear(ring: LonLat[]): boolean {
  const a = ring[0];
  if (!a) return true;
  let b: LonLat | undefined;
  for (const p of ring) {
    if (p[0] !== a[0] || p[1] !== a[1]) {
      b = p;
      break;
    }
  }
  if (!b) return true;
  // every position within 1e-9 × extent of the line through the first two distinct ones
  const ux = b[0] - a[0];
  const uy = b[1] - a[1];
  const len = Math.hypot(ux, uy);
  let ext = 0;
  for (const p of ring) ext = Math.max(ext, Math.hypot(p[0] - a[0], p[1] - a[1]));
  for (const p of ring) {
    const off = Math.abs(ux * (p[1] - a[1]) - uy * (p[0] - a[0])) / len;
    if (off > 1e-9 * ext) return false;
  }
  return true;
}

function finish(
  kind: SiteKind,
  geometry: Geometry,
  points: LonLat[],
  paths: LonLat[][],
  polygons: LonLat[][][],
  vertices: LonLat[],
  lengthM: number,
  areaM2: number,
): PreparedSite {
  const bbox = flatBBox(vertices.flat());
  const [minX, minY, maxX, maxY] = bbox;
  const center: LonLat = [(minX + maxX) / 2, (minY + maxY) / 2];
  const store = buildPathStore([paths], false);
  // radius upper bound from ECEF chords (no geodesic solves)
  const c = new Float64Array(3);
  toEcef(center[0], center[1], c, 0);
  const e = store.ecef;
  let chord2 = 0;
  for (let i = 0; i < e.length; i += 3) {
    const dx = (e[i] ?? 0) - (c[0] ?? 0);
    const dy = (e[i + 1] ?? 0) - (c[1] ?? 0);
    const dz = (e[i + 2] ?? 0) - (c[2] ?? 0);
    chord2 = Math.max(chord2, dx * dx + dy * dy + dz * dz);
  }
  const RHO = 6335439;
  const radiusM = Math.sqrt(chord2) * (1 + chord2 / (6 * RHO * RHO));
  return {
    kind,
    geometry,
    points,
    paths,
    polygons,
    vertices,
    store,
    bbox,
    center,
    radiusM,
    lengthM,
    areaM2,
  };
}
