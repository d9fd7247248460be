/**
 * Geodesic (WGS-84) areas and lengths via GeographicLib's PolygonArea: edges are geodesics,
 * the area is exact on the ellipsoid (no projection).
 */
import geographiclib from 'geographiclib-geodesic';
import type { LonLat } from './types';

const WGS84 = geographiclib.Geodesic.WGS84;

/**
 * Signed geodesic area of one ring, m². Positive for counter-clockwise rings (RFC 7946 outer
 * rings), negative for clockwise. The ring may be closed or open.
 */
export function ringAreaM2(ring: readonly (readonly number[])[]): number {
  const poly = WGS84.Polygon(false);
  const n = ring.length;
  const last = ring[n - 1];
  const first = ring[0];
  const closed = n > 1 && first && last && first[0] === last[0] && first[1] === last[1];
  for (let i = 0; i < (closed ? n - 1 : n); i++) {
    const p = ring[i];
    if (p) poly.AddPoint(p[1] ?? NaN, p[0] ?? NaN);
  }
  // sign=true: counter-clockwise traversal gives a positive area
  return poly.Compute(false, true).area ?? 0;
}

/**
 * Unsigned geodesic area of a polygon given as rings (outer first, then holes), m²:
 * |outer| − Σ|holes|, independent of ring orientation.
 */
export function polygonRingsAreaM2(rings: readonly (readonly (readonly number[])[])[]): number {
  let a = 0;
  rings.forEach((r, i) => {
    const ra = Math.abs(ringAreaM2(r));
    a += i === 0 ? ra : -ra;
  });
  return a;
}

/** Geodesic length of a polyline (sum of geodesic edge lengths), metres. */
export function pathLengthM(path: readonly (readonly number[])[] | readonly LonLat[]): number {
  let s = 0;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1];
    const b = path[i];
    if (!a || !b) continue;
    s += WGS84.Inverse(a[1] ?? NaN, a[0] ?? NaN, b[1] ?? NaN, b[0] ?? NaN, geographiclib.Geodesic.DISTANCE).s12 ?? 0;
  }
  return s;
}
