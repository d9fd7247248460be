/**
 * The site check as GeoJSON for GIS: the site, the units it touches, the lines to the nearest
 * priority unit and the rivers, the nearby sections. Numbers stay unrounded: programs read them.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { UnitFeature } from '../data/contract';
import { CLASS_NUMERALS } from '../data/water-quality';
import { M2_PER_HA, M2_PER_MU } from '../geo/units';
import type { SiteCheckResult } from '../geo/site-check';

/** Properties of the site feature in the GeoJSON export. */
export interface SiteFeatureProperties {
  role: 'site';
  kind: SiteCheckResult['site']['kind'];
  areaM2: number;
  areaHa: number;
  areaMu: number;
  lengthM: number;
  vertexCount: number;
  centroid: [number, number];
  coverage: number;
  verdict: SiteCheckResult['verdict']['level'];
  [key: string]: unknown;
}

/**
 * The site check as a GeoJSON FeatureCollection, in this order: the site (summary and verdict
 * level, plus `meta` if given); each unit touched with its geometry from `unitFeatures` and its
 * overlap figures (units missing from the map are skipped); the line from the site to the
 * nearest priority unit (`distanceM`); each main river's closest line; each nearby section as a
 * point. Every feature has a `role` property. Numbers are unrounded.
 */
export function siteCheckGeoJson(
  result: SiteCheckResult,
  siteGeometry: Geometry,
  unitFeatures: ReadonlyMap<string, UnitFeature>,
  meta: Record<string, string | number | boolean | null> = {},
): FeatureCollection {
  const s = result.site;
  const features: Feature[] = [];
  const site: SiteFeatureProperties = {
    ...meta,
    role: 'site',
    kind: s.kind,
    areaM2: s.areaM2,
    areaHa: s.areaM2 / M2_PER_HA,
    areaMu: s.areaM2 / M2_PER_MU,
    lengthM: s.lengthM,
    vertexCount: s.vertexCount,
    centroid: [s.centroid[0], s.centroid[1]],
    coverage: result.coverage,
    verdict: result.verdict.level,
  };
  features.push({ type: 'Feature', geometry: siteGeometry, properties: site });
  for (const u of result.units) {
    const f = unitFeatures.get(u.code);
    if (!f) continue;
    features.push({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        role: 'unit',
        code: u.code,
        name: u.name,
        category: u.category,
        subtype: u.subtype,
        district: u.district,
        adcode: u.adcode,
        overlapAreaM2: u.overlapAreaM2,
        overlapLengthM: u.overlapLengthM,
        shareOfSite: u.shareOfSite,
      },
    });
  }
  const np = result.nearestPriority;
  if (np) {
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [[np.from[0], np.from[1]], [np.to[0], np.to[1]]] },
      properties: { role: 'nearest-priority', code: np.code, name: np.name, distanceM: np.distanceM, inside: np.inside },
    });
  }
  for (const r of result.rivers) {
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [[r.from[0], r.from[1]], [r.to[0], r.to[1]]] },
      properties: { role: 'river', name: r.name, distanceM: r.distanceM, within1km: r.within1km, within5km: r.within5km },
    });
  }
  for (const x of result.sections) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [x.position[0], x.position[1]] },
      properties: {
        role: 'section',
        id: x.id,
        name: x.name,
        river: x.river,
        class: x.class,
        classLabel: CLASS_NUMERALS[x.class],
        distanceM: x.distanceM,
        relation: x.relation ?? null,
        alongRiverM: x.alongRiverM ?? null,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
