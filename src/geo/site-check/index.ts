/**
 * The planner's "site check": one call that answers, for a point, line or area, which control
 * units and districts it touches (with geodesic overlap), the nearest priority-protection unit,
 * distances to the main rivers with shoreline bands, nearby monitoring sections up/downstream,
 * the merged access-list clauses and a structured verdict. Each part has its own module here;
 * this one puts them together.
 */
import type { Feature, Geometry } from 'geojson';
import { nearest, nearestNaive } from '../nearest';
import { DEFAULT_RIVERS, riversNear } from '../rivers';
import { nearestSections } from '../sections';
import { prepareSite, type PreparedSite } from '../site';
import { centroidOf } from './centroid';
import type { SiteCheckContext } from './context';
import { districtsOf } from './districts';
import type { SiteCheckOptions, SiteCheckResult, SiteUnit } from './result';
import { mergeRules } from './rules';
import { unitOverlaps } from './unit-overlaps';
import { verdictOf } from './verdict';

export { buildSiteCheckContext, type SiteCheckContext } from './context';
export type * from './result';
export { mergeRules } from './rules';
export { SLIVER_SHARE, unitOverlaps } from './unit-overlaps';

/**
 * Run the site check.
 * @param site Point/LineString/Polygon/Multi* Feature or Geometry in WGS-84 lon/lat
 * @throws {GeoInputError} for degenerate input (empty, NaN, zero-area, self-intersecting…)
 */
export function siteCheck(
  context: SiteCheckContext,
  site: Feature | Geometry | PreparedSite,
  options: SiteCheckOptions = {},
): SiteCheckResult {
  const s = prepareSite(site);
  const unitProps = (i: number) => (context.units.features[i] as (typeof context.units.features)[number]).properties;
  const ov = unitOverlaps(context.units, s, { scanAll: options.naive ?? false }).sort((a, b) => b.share - a.share || a.index - b.index);
  const units: SiteUnit[] = ov.map((o) => {
    const p = unitProps(o.index);
    return {
      code: p.code,
      name: p.name,
      category: p.category,
      subtype: p.subtype,
      district: p.district,
      adcode: p.adcode,
      overlapAreaM2: o.areaM2,
      overlapLengthM: o.lengthM,
      shareOfSite: o.share,
    };
  });
  const outside = units.length === 0;
  const coverage = Math.min(1, ov.reduce((t, o) => t + o.share, 0));

  const np = options.naive ? nearestNaive(context.units, s) : nearest(context.units, s);
  const nearestPriority = np
    ? { code: np.feature.properties.code, name: np.feature.properties.name, distanceM: np.distanceM, from: np.from, to: np.to, inside: np.inside }
    : null;

  const rivers = context.rivers
    ? riversNear(context.rivers, s, context.riverNames ?? DEFAULT_RIVERS).map((r) => ({
        name: r.name,
        distanceM: r.distanceM,
        from: r.from,
        to: r.to,
        within1km: r.within1km,
        within5km: r.within5km,
      }))
    : [];

  const sections = context.sections
    ? nearestSections(context.sections, s, {
        k: options.sectionCount ?? 5,
        maxDistanceM: options.sectionRadiusM ?? 20000,
        ...(context.rivers ? { rivers: context.rivers } : {}),
      }).map((h) => {
        const o: SiteCheckResult['sections'][number] = {
          id: h.id,
          name: h.name,
          river: h.river,
          class: h.class,
          distanceM: h.distanceM,
          position: h.position,
        };
        if (h.relation) o.relation = h.relation;
        if (h.alongRiverM !== undefined) o.alongRiverM = h.alongRiverM;
        return o;
      })
    : [];

  return {
    site: { kind: s.kind, lengthM: s.lengthM, areaM2: s.areaM2, centroid: centroidOf(s), bbox: s.bbox, vertexCount: s.vertices.length },
    outside,
    coverage,
    units,
    districts: districtsOf(s, context.districts, units),
    nearestPriority,
    rivers,
    sections,
    rules: mergeRules(ov.map((o) => unitProps(o.index))),
    verdict: verdictOf({ outside, units, nearestPriority, coverage, rivers }, options.nearPriorityM),
  };
}
