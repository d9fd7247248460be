/** Small geometry helpers shared by the pipeline steps (geodesic where it matters). */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { ringSignedArea } from './write';

export type Poly = Polygon | MultiPolygon;

export function mapCoords(g: Poly, fn: (p: Position) => Position): Poly {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(fn)) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(fn))) };
}

export const polygonsOf = (g: Poly): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

export const asPoly = (polys: Position[][][]): Poly =>
  polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };

/** Geodesic area in km² (turf: spherical excess on the WGS-84 authalic-ish radius). */
export const areaKm2 = (g: Poly): number => turf.area(g) / 1e6;

/** Rings that are degenerate: fewer than 3 distinct vertices or ~zero area (< 1e-10 deg²). */
export function isDegenerateRing(r: readonly Position[]): boolean {
  const distinct = new Set(r.map((p) => `${p[0]},${p[1]}`));
  return distinct.size < 3 || Math.abs(ringSignedArea(r)) < 1e-10;
}

/** Union of a list of polygons (polyclip via turf). */
export function unionAll(gs: Poly[]): Poly | null {
  if (gs.length === 0) return null;
  if (gs.length === 1) return gs[0]!;
  const fc = turf.featureCollection(gs.map((g) => turf.feature(g)));
  const u = turf.union(fc as FeatureCollection<Poly>);
  return u ? u.geometry : null;
}

/**
 * Mosaic defects of a polygon layer: overlap = Σ areas − area(union); gaps = interior holes of
 * the union (area and count). Geodesic km².
 */
export function mosaicDefects(features: Feature<Poly>[]): {
  overlapKm2: number;
  gapKm2: number;
  gapCount: number;
  unionKm2: number;
  sumKm2: number;
} {
  const sumKm2 = features.reduce((s, f) => s + areaKm2(f.geometry), 0);
  const u = unionAll(features.map((f) => f.geometry))!;
  const unionKm2 = areaKm2(u);
  let gapKm2 = 0;
  let gapCount = 0;
  for (const p of polygonsOf(u)) {
    for (const hole of p.slice(1)) {
      gapKm2 += areaKm2({ type: 'Polygon', coordinates: [hole] });
      gapCount++;
    }
  }
  return { overlapKm2: sumKm2 - unionKm2, gapKm2, gapCount, unionKm2, sumKm2 };
}
