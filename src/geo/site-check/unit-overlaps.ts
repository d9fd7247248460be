/**
 * Which units a site touches and by how much: geodesic overlap area for areas, overlap length
 * for lines, the share of points for points.
 */
import type { Feature, Geometry } from 'geojson';
import { polygonRingsAreaM2 } from '../area';
import { edgeCrossing, intersectWitness } from '../intersect';
import { lineOverlapLengthM, overlapAreaGreenM2, polygonOverlapAreaM2, siteRingSigns } from '../overlap';
import { pointInOwner } from '../path-store';
import { candidatesInBox, identifyIndices, type PolygonIndex } from '../polygon-index';
import { pointInSite, prepareSite, type PreparedSite } from '../site';
import type { UnitIndex } from '../unit-index';

/** Geodesic area of feature `i` of an index, m², cached in `idx.areaM2`. */
function featureArea(idx: PolygonIndex<unknown>, i: number): number {
  const cached = idx.areaM2[i] ?? NaN;
  if (!Number.isNaN(cached)) return cached;
  const g = idx.features[i]?.geometry;
  const a = !g ? 0 : g.type === 'Polygon' ? polygonRingsAreaM2(g.coordinates) : g.coordinates.reduce((t, q) => t + polygonRingsAreaM2(q), 0);
  idx.areaM2[i] = a;
  return a;
}

/** Overlap of an area site with unit `i`, m², with fast paths for containment. */
function areaOverlap(s: PreparedSite, siteArea: number, signs: Int8Array, idx: PolygonIndex<unknown>, i: number): number {
  const st = idx.store;
  const box = idx.bboxes.subarray(i * 4, i * 4 + 4);
  const [sx0, sy0, sx1, sy1] = s.bbox;
  if ((box[0] ?? 0) > sx1 || (box[2] ?? 0) < sx0 || (box[1] ?? 0) > sy1 || (box[3] ?? 0) < sy0) return 0;
  if (!edgeCrossing(s, st, i, box)) {
    // no boundary contact: containment one way or the other, or disjoint
    const p0 = st.ownerPaths[i] ?? 0;
    const p1 = st.ownerPaths[i + 1] ?? 0;
    let ringsInSite = 0;
    for (let p = p0; p < p1; p++) {
      const v = st.pathStart[p] ?? 0;
      if (pointInSite(s, st.coords[v * 2] ?? NaN, st.coords[v * 2 + 1] ?? NaN) !== 0) ringsInSite++;
    }
    let sitePartsInUnit = 0;
    const np = (s.store.ownerPaths[1] ?? 0) - (s.store.ownerPaths[0] ?? 0);
    for (let p = 0; p < np; p++) {
      const v = s.store.pathStart[p] ?? 0;
      if (pointInOwner(st, i, s.store.coords[v * 2] ?? NaN, s.store.coords[v * 2 + 1] ?? NaN) !== 0) sitePartsInUnit++;
    }
    if (ringsInSite === 0 && sitePartsInUnit === 0) return 0;
    if (ringsInSite === 0 && sitePartsInUnit === np) return siteArea;
    if (sitePartsInUnit === 0 && ringsInSite === p1 - p0) return featureArea(idx, i);
  }
  const green = overlapAreaGreenM2(s, signs, st, i, idx.ringSigns, Array.from(box));
  if (green !== null) return green;
  const f = idx.features[i];
  return f ? polygonOverlapAreaM2(s, f.geometry) : 0;
}

/**
 * Units touched by the site with their overlap (geodesic area, length or point share), unsorted.
 * Area overlaps below {@link SLIVER_SHARE} of the site are dropped as boundary slivers.
 * @param options.scanAll test every unit instead of asking the index (naive baseline for
 *   benchmarks and tests)
 */
export function unitOverlaps(
  units: UnitIndex,
  site: Feature | Geometry | PreparedSite,
  options: { scanAll?: boolean } = {},
): { index: number; areaM2: number; lengthM: number; share: number }[] {
  const s = prepareSite(site);
  const candidates = (idx: PolygonIndex<unknown>) => (options.scanAll ? idx.features.map((_, i) => i) : candidatesInBox(idx, s.bbox));
  const out: { index: number; areaM2: number; lengthM: number; share: number }[] = [];
  if (units.features.length === 0) return out;
  if (s.kind === 'point') {
    const counts = new Map<number, number>();
    for (const p of s.points) {
      const hits = options.scanAll
        ? units.features.map((_, i) => i).filter((i) => pointInOwner(units.store, i, p[0], p[1]) !== 0)
        : identifyIndices(units, p);
      for (const i of hits) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    for (const [i, c] of counts) out.push({ index: i, areaM2: 0, lengthM: 0, share: c / s.points.length });
    return out;
  }
  if (s.kind === 'line') {
    const total = s.lengthM;
    for (const i of candidates(units as PolygonIndex<unknown>)) {
      if (!intersectWitness(s, units.store, i, true, units.bboxes.subarray(i * 4, i * 4 + 4))) continue;
      const l = lineOverlapLengthM(s, units.store, i);
      if (l > 0) out.push({ index: i, areaM2: 0, lengthM: l, share: total > 0 ? l / total : 0 });
    }
    return out;
  }
  const area = s.areaM2;
  const signs = siteRingSigns(s);
  for (const i of candidates(units as PolygonIndex<unknown>)) {
    const a = areaOverlap(s, area, signs, units as PolygonIndex<unknown>, i);
    // overlaps below one millionth of the site are boundary round-off / topology slivers of
    // touching neighbours (e.g. 1–40 m² along a 100 km shared border of the sample data)
    if (a > SLIVER_SHARE * area) out.push({ index: i, areaM2: a, lengthM: 0, share: area > 0 ? a / area : 0 });
  }
  return out;
}

/** Area overlaps smaller than this share of the site are not reported (see {@link unitOverlaps}). */
export const SLIVER_SHARE = 1e-6;
