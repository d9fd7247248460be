/**
 * Measuring: geodesic (WGS-84, GeographicLib) lengths and areas of GeoJSON geometries, unit
 * conversions (km, km², 公顷 ha, 亩 mu) and rounding helpers that return numbers; src/present
 * chooses the units shown and formats them.
 */
import type { Feature, Geometry } from 'geojson';
import { pathLengthM, polygonRingsAreaM2 } from './area';
import { M2_PER_HA, M2_PER_KM2, M2_PER_MU, roundTo } from './units';

export { M2_PER_HA, M2_PER_KM2, M2_PER_MU, roundTo } from './units';

export { ringAreaM2, polygonRingsAreaM2, pathLengthM } from './area';

function geom(g: Feature | Geometry | null | undefined): Geometry | null {
  if (!g) return null;
  return g.type === 'Feature' ? g.geometry : g;
}

/**
 * Geodesic length of a geometry, metres: LineString/MultiLineString length; for polygons the
 * perimeter of all rings; 0 for points. Edges are geodesics on WGS-84.
 */
export function geodesicLength(g: Feature | Geometry | null | undefined): number {
  const x = geom(g);
  if (!x) return 0;
  switch (x.type) {
    case 'LineString':
      return pathLengthM(x.coordinates);
    case 'MultiLineString':
    case 'Polygon':
      return x.coordinates.reduce((s, l) => s + pathLengthM(l), 0);
    case 'MultiPolygon':
      return x.coordinates.reduce((s, p) => s + p.reduce((t, r) => t + pathLengthM(r), 0), 0);
    case 'GeometryCollection':
      return x.geometries.reduce((s, c) => s + geodesicLength(c), 0);
    default:
      return 0;
  }
}

/**
 * Geodesic area of a geometry on WGS-84, m² (GeographicLib PolygonArea; edges are geodesics).
 * Holes are subtracted; ring orientation does not matter; 0 for points and lines.
 */
export function geodesicArea(g: Feature | Geometry | null | undefined): number {
  const x = geom(g);
  if (!x) return 0;
  switch (x.type) {
    case 'Polygon':
      return polygonRingsAreaM2(x.coordinates);
    case 'MultiPolygon':
      return x.coordinates.reduce((s, p) => s + polygonRingsAreaM2(p), 0);
    case 'GeometryCollection':
      return x.geometries.reduce((s, c) => s + geodesicArea(c), 0);
    default:
      return 0;
  }
}

/** Square metres → km². */
export const m2ToKm2 = (m2: number): number => m2 / M2_PER_KM2;
/** Square metres → 公顷 (hectares). */
export const m2ToHa = (m2: number): number => m2 / M2_PER_HA;
/** Square metres → 亩 (1 亩 = 10000/15 m²). */
export const m2ToMu = (m2: number): number => m2 / M2_PER_MU;
/** 亩 → square metres. */
export const muToM2 = (mu: number): number => mu * M2_PER_MU;

/** Round to `n` significant figures, returning a number (0 stays 0). */
export function roundSig(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const d = n - 1 - Math.floor(Math.log10(Math.abs(x)));
  return d >= 0 ? roundTo(x, d) : Math.round(x / 10 ** -d) * 10 ** -d;
}
