/**
 * Ellipsoidal (WGS-84) geodesic primitives, thin wrappers around GeographicLib
 * (C. F. F. Karney, "Algorithms for geodesics", J. Geodesy 87, 2013). Accurate to ~15 nm.
 *
 * All functions take and return `[lon°, lat°]` positions; distances are metres, azimuths are
 * degrees clockwise from north. Segments are *geodesic* segments (shortest paths on the
 * ellipsoid), not straight lines in lon/lat.
 */
import geographiclib from 'geographiclib-geodesic';
import type { LonLat } from './types';

const { Geodesic } = geographiclib;

/** The WGS-84 ellipsoid geodesic solver (a = 6 378 137 m, f = 1/298.257223563). */
export const WGS84 = Geodesic.WGS84;

/** WGS-84 semi-major axis, metres (GeographicLib's constant, the one source of the ellipsoid). */
export const WGS84_A: number = WGS84.a;
/** WGS-84 flattening. */
const WGS84_F: number = WGS84.f;
/** WGS-84 first eccentricity squared. */
export const WGS84_E2 = WGS84_F * (2 - WGS84_F);

const MASK_DIST = Geodesic.DISTANCE;
const MASK_DIST_AZI = Geodesic.DISTANCE | Geodesic.AZIMUTH;
const MASK_POS = Geodesic.LATITUDE | Geodesic.LONGITUDE;
const MASK_POS_AZI = Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.AZIMUTH;
const LINE_CAPS = Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.AZIMUTH | Geodesic.DISTANCE_IN;

/**
 * Geodesic distance between two positions on WGS-84.
 * @returns metres (ellipsoidal, exact to nanometres)
 */
export function distance(a: LonLat, b: LonLat): number {
  return WGS84.Inverse(a[1], a[0], b[1], b[0], MASK_DIST).s12 ?? NaN;
}

/** Result of the inverse geodesic problem. */
export interface InverseResult {
  /** Geodesic distance, metres. */
  distanceM: number;
  /** Forward azimuth at `a`, degrees clockwise from north, (-180, 180]. */
  azimuth1Deg: number;
  /** Forward azimuth at `b` (direction of travel on arrival), degrees. */
  azimuth2Deg: number;
}

/** Solve the inverse geodesic problem between `a` and `b` on WGS-84. */
export function inverse(a: LonLat, b: LonLat): InverseResult {
  const r = WGS84.Inverse(a[1], a[0], b[1], b[0], MASK_DIST_AZI);
  return { distanceM: r.s12 ?? NaN, azimuth1Deg: r.azi1 ?? NaN, azimuth2Deg: r.azi2 ?? NaN };
}

/**
 * Solve the direct geodesic problem: the position reached from `origin` after `distanceM`
 * metres along azimuth `azimuthDeg` (degrees clockwise from north).
 */
export function destination(origin: LonLat, azimuthDeg: number, distanceM: number): LonLat {
  const r = WGS84.Direct(origin[1], origin[0], azimuthDeg, distanceM, MASK_POS);
  return [r.lon2 ?? NaN, r.lat2 ?? NaN];
}

/** Position at `fraction` ∈ [0, 1] of the geodesic from `a` to `b`. */
export function interpolate(a: LonLat, b: LonLat, fraction: number): LonLat {
  const line = WGS84.InverseLine(a[1], a[0], b[1], b[0], LINE_CAPS);
  const p = line.Position(line.s13 * fraction, MASK_POS);
  return [p.lon2 ?? NaN, p.lat2 ?? NaN];
}

/** Closest point of a geodesic segment to a position. */
export interface SegmentProjection {
  /** Geodesic distance from the query position to the closest point, metres. */
  distanceM: number;
  /** The closest point on the segment, `[lon, lat]`. */
  point: LonLat;
  /** Geodesic distance from the segment start to the closest point, metres. */
  alongM: number;
  /** Geodesic length of the segment, metres. */
  segmentM: number;
}

/**
 * Closest point on the geodesic segment `a`–`b` to position `p`, on the WGS-84 ellipsoid.
 *
 * Method: start from the along-track offset in the azimuthal-equidistant frame of `a`
 * (`s·cos(Δazimuth)`), then repeat a Newton-like step — at the current foot `q` on the
 * segment, move by the along-track component `d·cos(β − α)` of the geodesic `q → p`
 * (α = segment azimuth at `q`, β = azimuth of `q → p`) — until the step is below 0.1 mm,
 * clamping to the segment's ends. At the optimum the geodesic `q → p` meets the segment at
 * a right angle. Converges in 2–3 steps at city scale (error of each step is O((d/R)²));
 * the returned distance is an exact GeographicLib Inverse between `p` and the foot point,
 * so it is an upper bound that matches the true minimum to well under 1 mm for segments and
 * offsets up to hundreds of kilometres.
 */
export function pointToSegment(p: LonLat, a: LonLat, b: LonLat): SegmentProjection {
  const line = WGS84.InverseLine(a[1], a[0], b[1], b[0], LINE_CAPS);
  const len = line.s13;
  if (!(len > 0)) {
    return { distanceM: distance(p, a), point: [a[0], a[1]], alongM: 0, segmentM: 0 };
  }
  const ap = WGS84.Inverse(a[1], a[0], p[1], p[0], MASK_DIST_AZI);
  let t = clamp((ap.s12 ?? 0) * Math.cos(((ap.azi1 ?? 0) - line.azi1) * DEG), 0, len);
  let best = { d: Infinity, t: 0, lon: a[0], lat: a[1] };
  for (let iter = 0; iter < 12; iter++) {
    const q = line.Position(t, MASK_POS_AZI);
    const qLat = q.lat2 ?? NaN;
    const qLon = q.lon2 ?? NaN;
    const qp = WGS84.Inverse(qLat, qLon, p[1], p[0], MASK_DIST_AZI);
    const d = qp.s12 ?? NaN;
    if (d < best.d) best = { d, t, lon: qLon, lat: qLat };
    const step = d * Math.cos(((qp.azi1 ?? 0) - (q.azi2 ?? 0)) * DEG);
    const next = clamp(t + step, 0, len);
    if (Math.abs(next - t) < 1e-4 || d === 0) break;
    t = next;
  }
  return { distanceM: best.d, point: [best.lon, best.lat], alongM: best.t, segmentM: len };
}

/**
 * Insert points *on the geodesic* between consecutive positions of `path` so that no piece is
 * longer than `maxM` metres. The geodesic polyline (and so its length and area) is unchanged;
 * straight lon/lat pieces then follow it within ≈ maxM²·tan φ/(8R) (1 cm for 1 km at 30°N).
 * @param lengthOut when given, `lengthOut[0]` receives the geodesic length of `path`, metres
 */
export function densifyPath(path: readonly LonLat[], maxM: number, lengthOut?: number[]): LonLat[] {
  const out: LonLat[] = [];
  let total = 0;
  for (let i = 0; i < path.length; i++) {
    const a = path[i] as LonLat;
    out.push([a[0], a[1]]);
    const b = path[i + 1];
    if (!b) break;
    const sM = WGS84.Inverse(a[1], a[0], b[1], b[0], MASK_DIST).s12 ?? 0;
    total += sM;
    if (!(sM > maxM)) continue;
    const n = Math.ceil(sM / maxM);
    const line = WGS84.InverseLine(a[1], a[0], b[1], b[0], LINE_CAPS);
    for (let k = 1; k < n; k++) {
      const p = line.Position((sM * k) / n, MASK_POS);
      out.push([p.lon2 ?? NaN, p.lat2 ?? NaN]);
    }
  }
  if (lengthOut) lengthOut[0] = total;
  return out;
}

const DEG = Math.PI / 180;

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/**
 * Meridional radius of curvature M(φ) of WGS-84 at latitude `latDeg`, metres.
 * One degree of latitude near φ is ≈ M(φ)·π/180 metres.
 */
export function meridionalRadius(latDeg: number): number {
  const s = Math.sin(latDeg * DEG);
  const w = 1 - WGS84_E2 * s * s;
  return (WGS84_A * (1 - WGS84_E2)) / (w * Math.sqrt(w));
}

/** Prime-vertical radius of curvature N(φ) of WGS-84, metres; a parallel has radius N·cos φ. */
export function primeVerticalRadius(latDeg: number): number {
  const s = Math.sin(latDeg * DEG);
  return WGS84_A / Math.sqrt(1 - WGS84_E2 * s * s);
}
