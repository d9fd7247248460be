/**
 * The index over environmental control units: a {@link PolygonIndex} specialised to the data
 * contract's {@link UnitProperties}, plus the category filters used by queries.
 */
import type { UnitFeature, UnitProperties, Units } from '../data/contract';
import { buildPolygonIndex, identify, identifyIndices, type PolygonIndex } from './polygon-index';
import type { LonLat } from './types';

/** Spatial index over control units. */
export type UnitIndex = PolygonIndex<UnitProperties>;

/** Build the unit index once from the units FeatureCollection. */
export function buildUnitIndex(units: Units): UnitIndex {
  return buildPolygonIndex(units);
}

/** Units containing `[lon, lat]` (boundary points belong to both neighbours). */
export function identifyUnits(index: UnitIndex, lonLat: LonLat): UnitFeature[] {
  return identify(index, lonLat);
}

export { identify, identifyIndices };

/** Default filter of {@link nearest}: priority-protection (优先保护) units. */
export function isPriority(p: { category?: unknown } | null | undefined): boolean {
  return !!p && p.category === 'priority';
}
