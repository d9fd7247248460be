/**
 * The pure spatial core (no DOM): indexes, identify, nearest, rivers, sections, measure,
 * and the site check. Coordinates are WGS-84 `[lon, lat]`; distances metres, areas m². Buffers
 * (`./buffer`, JTS via jsts) are imported from their module, so the barrel's users do not carry jsts.
 */
export type { LonLat, BBox } from './types';
export { GeoInputError, isGeoInputError, type GeoInputErrorCode, type GeoInputErrorLike } from './errors';
export {
  WGS84,
  distance,
  inverse,
  destination,
  interpolate,
  densifyPath,
  pointToSegment,
  meridionalRadius,
  primeVerticalRadius,
  type InverseResult,
  type SegmentProjection,
} from './geodesic';
export { prepareSite, hasSelfIntersection, SITE_MAX_SEGMENT_M, type PreparedSite, type SiteKind } from './site';
export { buildPolygonIndex, identify, identifyIndices, type PolygonIndex } from './polygon-index';
export { buildUnitIndex, identifyUnits, isPriority, type UnitIndex } from './unit-index';
export { nearest, nearestNaive, type NearestResult, type NearestOptions } from './nearest';
export {
  buildRiverIndex,
  riverDistance,
  riversNear,
  chainage,
  flowRelation,
  DEFAULT_RIVERS,
  DEFAULT_RECEIVING,
  type RiverIndex,
  type RiverChain,
  type RiverDistance,
  type RiverIndexOptions,
  type Chainage,
} from './rivers';
export {
  buildSectionIndex,
  nearestSections,
  type SectionIndex,
  type SectionHit,
  type NearestSectionsOptions,
} from './sections';
export {
  geodesicLength,
  geodesicArea,
  ringAreaM2,
  polygonRingsAreaM2,
  pathLengthM,
  m2ToKm2,
  m2ToHa,
  m2ToMu,
  muToM2,
  roundTo,
  roundSig,
  M2_PER_MU,
  M2_PER_HA,
  M2_PER_KM2,
} from './measure';
export { aeqdForward, aeqdInverse } from './aeqd';
export {
  siteCheck,
  buildSiteCheckContext,
  unitOverlaps,
  mergeRules,
  type SiteCheckContext,
  type SiteCheckOptions,
  type SiteCheckResult,
  type SiteUnit,
  type SiteSummary,
  type Verdict,
  type VerdictReason,
  type MergedClause,
} from './site-check';
