/**
 * Measuring: geodesic (WGS-84, GeographicLib) lengths and areas of GeoJSON geometries, unit
 * conversions (km, km², 公顷 ha, 亩 mu) and rounding helpers that return numbers — the UI does
 * the localized formatting.
 */
import type { Feature, Geometry } from 'geojson';
import { pathLengthM, polygonRingsAreaM2 } from './area';

export { ringAreaM2, polygonRingsAreaM2, pathLengthM } from './area';

/** Square metres in one 亩 (mu): 10000/15 = 666.67 m² (市亩). */
export const M2_PER_MU = 10000 / 15;
/** Square metres in one 公顷 (hectare). */
export const M2_PER_HA = 10000;
/** Square metres in one km². */
export const M2_PER_KM2 = 1e6;

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

/**
 * Round to `digits` decimals (half away from zero, decimal-exact: 1.005 → 1.01), returning a
 * number.
 */
export function roundTo(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const abs = Math.abs(x);
  const s = String(abs);
  // shift the decimal point in the string to avoid binary artefacts (1.005·100 = 100.4999…)
  const r = s.includes('e') ? Math.round(abs * 10 ** digits) / 10 ** digits : Number(`${Math.round(Number(`${s}e${digits}`))}e-${digits}`);
  return Math.sign(x) * r;
}

/** Round to `n` significant figures, returning a number (0 stays 0). */
export function roundSig(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const d = n - 1 - Math.floor(Math.log10(Math.abs(x)));
  return d >= 0 ? roundTo(x, d) : Math.round(x / 10 ** -d) * 10 ** -d;
}

/** A value with the unit it is expressed in. */
export interface Quantity<U extends string> {
  value: number;
  unit: U;
}

/** Pick a readable length unit: metres below 1 km (integer), else km with 2 decimals. */
export function readableLength(m: number): Quantity<'m' | 'km'> {
  return Math.abs(m) < 1000 ? { value: Math.round(m), unit: 'm' } : { value: roundTo(m / 1000, 2), unit: 'km' };
}

/** Pick a readable area unit: m² below 1 ha, ha below 1 km², else km² (3 significant figures+). */
export function readableArea(m2: number): Quantity<'m2' | 'ha' | 'km2'> {
  const a = Math.abs(m2);
  if (a < M2_PER_HA) return { value: Math.round(m2), unit: 'm2' };
  if (a < M2_PER_KM2) return { value: roundTo(m2 / M2_PER_HA, 2), unit: 'ha' };
  return { value: roundTo(m2 / M2_PER_KM2, 3), unit: 'km2' };
}

/** An area in every unit the planner tools show. */
export interface AreaInUnits {
  m2: number;
  km2: number;
  ha: number;
  mu: number;
}

/** Express an area (m²) in m², km², 公顷 and 亩. */
export function areaInUnits(m2: number): AreaInUnits {
  return { m2, km2: m2ToKm2(m2), ha: m2ToHa(m2), mu: m2ToMu(m2) };
}
