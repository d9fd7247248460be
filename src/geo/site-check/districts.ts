/** The districts a site touches: from the district layer when there is one, else from its units. */
import type { DistrictProperties } from '../../data/contract';
import { intersectWitness } from '../intersect';
import { candidatesInBox, identifyIndices, type PolygonIndex } from '../polygon-index';
import type { PreparedSite } from '../site';
import type { SiteCheckResult, SiteUnit } from './result';

export function districtsOf(
  s: PreparedSite,
  districts: PolygonIndex<DistrictProperties> | undefined,
  units: readonly SiteUnit[],
): SiteCheckResult['districts'] {
  if (!districts) {
    const seen = new Map<string, { adcode: string; name: string; name_en: string }>();
    for (const u of units) if (!seen.has(u.adcode)) seen.set(u.adcode, { adcode: u.adcode, name: u.district, name_en: '' });
    return [...seen.values()];
  }
  const d = districts;
  const idx = s.kind === 'point'
    ? [...new Set(s.points.flatMap((p) => identifyIndices(d, p)))]
    : candidatesInBox(d, s.bbox).filter((i) => intersectWitness(s, d.store, i, true, d.bboxes.subarray(i * 4, i * 4 + 4)));
  return idx.sort((a, b) => a - b).map((i) => {
    const p = (d.features[i] as (typeof d.features)[number]).properties;
    return { adcode: p.adcode, name: p.name, name_en: p.name_en };
  });
}
