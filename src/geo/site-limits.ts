/**
 * Bounds on the work one site may cost. A link or a file can describe a site of any size — a
 * pole-to-pole line, a zig-zag across the whole region, a polygon of two million vertices — and
 * the site check's cost grows with the densified vertex count. These checks run first, in one
 * linear pass over the raw positions with no geodesic solve, so such a site is refused in
 * milliseconds with a reason and the numbers, before any heavy step.
 */
import type { Geometry, Position } from 'geojson';
import { GeoInputError } from './errors';
import type { BBox } from './types';

/**
 * Longest straight lon/lat piece allowed in a prepared line or area site, metres. Longer edges are
 * densified (`densifyPath`) with points *on the geodesic*, so that planar topology (crossings, clipping) follows
 * the geodesic edge within ≈ l²·tan φ/(8R) ≈ 1 cm, and geodesic measures are unchanged.
 */
export const SITE_MAX_SEGMENT_M = 1000;

export interface SiteLimits {
  /** Most positions a site may have as given (before densification). */
  maxVertices: number;
  /** Most positions a site may have once its edges are densified to `segmentM`. */
  maxDensifiedVertices: number;
  /** Longest straight piece after densification, metres (the site check's `SITE_MAX_SEGMENT_M`). */
  segmentM: number;
  /** Where a site may lie (lon/lat box, e.g. the dataset's extent plus a margin); null: anywhere. */
  region: BBox | null;
}

/**
 * Defaults sized so that the slowest allowed site still checks in well under a second here:
 * 50,000 drawn or uploaded vertices (a detailed cadastral parcel has hundreds), and 200,000
 * after densification (a 200 km line is 200 densified vertices).
 */
export const DEFAULT_SITE_LIMITS: SiteLimits = {
  maxVertices: 50_000,
  maxDensifiedVertices: 200_000,
  segmentM: SITE_MAX_SEGMENT_M,
  region: null,
};

/** The dataset's extent grown by `marginDeg` on every side: sites outside it are refused. */
export function regionAround(extent: BBox, marginDeg = 0.5): BBox {
  return [
    Math.max(-180, extent[0] - marginDeg),
    Math.max(-90, extent[1] - marginDeg),
    Math.min(180, extent[2] + marginDeg),
    Math.min(90, extent[3] + marginDeg),
  ];
}

/** Mean Earth radius, metres; with the 1 % allowance below it bounds the ellipsoidal length from above. */
const MEAN_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Haversine length, metres: a cheap, slightly generous stand-in for the geodesic one. */
function roughLengthM(a: Position, b: Position): number {
  const dLat = ((b[1] ?? 0) - (a[1] ?? 0)) * RAD;
  const dLon = ((b[0] ?? 0) - (a[0] ?? 0)) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos((a[1] ?? 0) * RAD) * Math.cos((b[1] ?? 0) * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * MEAN_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h))) * 1.01;
}

/** The position lists of a site geometry, without recursion (each type has a fixed depth). */
function pathsOf(g: Geometry): unknown[] {
  switch (g.type) {
    case 'Point':
      return [[g.coordinates]];
    case 'MultiPoint':
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return Array.isArray(g.coordinates) ? g.coordinates : [];
    case 'MultiPolygon':
      return Array.isArray(g.coordinates) ? g.coordinates.flatMap((p) => (Array.isArray(p) ? p : [])) : [];
    default:
      return [];
  }
}

/**
 * Throws {@link GeoInputError} `too-many-vertices`, `site-too-long` or `outside-region` (with
 * `limit` and `found` in its details) when the site would cost more than `limits` allow.
 * Malformed positions are left for the site's own validation to name.
 */
export function checkSiteLimits(g: Geometry, limits: SiteLimits = DEFAULT_SITE_LIMITS): void {
  const paths = pathsOf(g);
  let vertices = 0;
  for (const path of paths) vertices += Array.isArray(path) ? path.length : 0;
  if (vertices > limits.maxVertices) {
    throw new GeoInputError('too-many-vertices', `site has ${vertices} positions`, { limit: limits.maxVertices, found: vertices });
  }
  const region = limits.region;
  const line = g.type !== 'Point' && g.type !== 'MultiPoint';
  let densified = 0;
  for (const path of paths) {
    if (!Array.isArray(path)) continue;
    let prev: Position | undefined;
    for (const p of path as Position[]) {
      if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number') continue;
      if (region && !(p[0] >= region[0] && p[0] <= region[2] && p[1] >= region[1] && p[1] <= region[3])) {
        throw new GeoInputError('outside-region', `position ${p[0]}, ${p[1]} outside the region`, {
          found: `${p[1].toFixed(4)}, ${p[0].toFixed(4)}`,
        });
      }
      densified += line && prev ? Math.max(1, Math.ceil(roughLengthM(prev, p) / limits.segmentM)) : 1;
      prev = p;
    }
  }
  if (densified > limits.maxDensifiedVertices) {
    // Told as length: one densified position per `segmentM` of edge is what people can picture.
    const km = (n: number) => Math.round((n * limits.segmentM) / 1000);
    throw new GeoInputError('site-too-long', `site densifies to ${densified} positions`, {
      limit: km(limits.maxDensifiedVertices),
      found: km(densified),
    });
  }
}
