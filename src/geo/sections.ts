/**
 * Monitoring sections near a site: KDBush over section points, candidates from geokdbush
 * (great-circle, spherical R = 6371 km, used only to narrow with a 1 % margin), then exact
 * WGS-84 geodesic distances from the site geometry. When the site and a section are both within
 * 5 km of the section's river, the section is labelled upstream/downstream of the site by
 * chainage along that river (see `rivers.ts` for the downstream rule).
 */
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import type { Feature, Geometry } from 'geojson';
import type { SectionFeature, Sections, WaterClass } from '../data/contract';
import { BoundaryDistanceSearch } from './boundary-distance';
import { distance } from './geodesic';
import { pointInOwner } from './path-store';
import { chainage, flowRelation, riverDistance, type RiverIndex } from './rivers';
import { prepareSite, type PreparedSite } from './site';
import type { LonLat } from './types';

/** Index over monitoring sections. */
export interface SectionIndex {
  sections: SectionFeature[];
  kd: KDBush;
  /** Lazily computed chainage of each section along its own river (NaN: not within 5 km). */
  chainCache: Map<number, { river: string; chainageM: number; offsetM: number } | null>;
}

/** Build the section index from `sections.geojson` (features without a finite point are skipped). */
export function buildSectionIndex(fc: Sections): SectionIndex {
  const sections = fc.features.filter((f) => {
    const c = f.geometry?.coordinates;
    return !!c && Number.isFinite(c[0]) && Number.isFinite(c[1]);
  });
  const kd = new KDBush(Math.max(1, sections.length));
  for (const s of sections) kd.add(s.geometry.coordinates[0] ?? 0, s.geometry.coordinates[1] ?? 0);
  if (sections.length === 0) kd.add(1e9, 1e9);
  kd.finish();
  return { sections, kd, chainCache: new Map() };
}

/** A section near the site. */
export interface SectionHit {
  /** Index in `index.sections`. */
  index: number;
  id: string;
  name: string;
  river: string;
  class: WaterClass;
  /** Geodesic distance from the site (0 when inside an area site), metres. */
  distanceM: number;
  position: LonLat;
  /** Position of the section relative to the site along the same river, if both are on it. */
  relation?: 'upstream' | 'downstream' | 'same';
  /** Chainage difference section − site along the river, metres (positive = downstream). */
  alongRiverM?: number;
}

/** Options of {@link nearestSections}. */
export interface NearestSectionsOptions {
  /** At most this many sections (default 5). */
  k?: number;
  /** Search radius, metres (default 20 000). The nearest section is returned even beyond it. */
  maxDistanceM?: number;
  /** Rivers, for upstream/downstream relations. */
  rivers?: RiverIndex;
  /** "On the river" tolerance for site and section, metres (default 5 000). */
  sameRiverM?: number;
}

function siteDistanceTo(site: PreparedSite, p: LonLat): number {
  if (site.kind === 'point') {
    let d = Infinity;
    for (const q of site.points) d = Math.min(d, distance(q, p));
    return d;
  }
  if (site.kind === 'polygon' && pointInOwner(site.store, 0, p[0], p[1]) !== 0) return 0;
  const probe = prepareSite({ type: 'Point', coordinates: p });
  const search = new BoundaryDistanceSearch(probe, site.store);
  search.add(0);
  return search.finish()?.distanceM ?? Infinity;
}

function sectionChainage(index: SectionIndex, i: number, rivers: RiverIndex, tol: number) {
  if (index.chainCache.has(i)) return index.chainCache.get(i) ?? null;
  const f = index.sections[i];
  let v: { river: string; chainageM: number; offsetM: number } | null = null;
  if (f && rivers.byName.has(f.properties.river)) {
    const c = chainage(rivers, f.properties.river, f.geometry.coordinates as LonLat);
    if (c && c.offsetM <= tol) v = { river: c.name, chainageM: c.chainageM, offsetM: c.offsetM };
  }
  index.chainCache.set(i, v);
  return v;
}

/**
 * Nearest monitoring sections to a site, by exact geodesic distance, ascending: up to `k` within
 * `maxDistanceM`, and at least the nearest one overall (when the index is not empty).
 */
export function nearestSections(
  index: SectionIndex,
  site: Feature | Geometry | PreparedSite,
  options: NearestSectionsOptions = {},
): SectionHit[] {
  const s = prepareSite(site);
  const k = options.k ?? 5;
  const maxD = options.maxDistanceM ?? 20000;
  const tol = options.sameRiverM ?? 5000;
  if (index.sections.length === 0 || k <= 0) return [];
  const [cx, cy] = s.center;
  // candidates by great-circle distance from the site centre, generous radius (sphere vs ellipsoid ≤ 0.7 %)
  const radiusKm = ((maxD + s.radiusM) * 1.01) / 1000 + 0.01;
  const measure = (cand: number[]): { i: number; d: number }[] =>
    cand
      .map((i) => ({ i, d: siteDistanceTo(s, index.sections[i]?.geometry.coordinates as LonLat) }))
      .sort((a, b) => a.d - b.d || a.i - b.i);
  let hits = measure(around(index.kd, cx, cy, Infinity, radiusKm)).filter((h) => h.d <= maxD).slice(0, k);
  if (hits.length === 0) {
    // nothing in range: the nearest overall. Every section nearer to the site than the one
    // nearest to the centre lies within (its centre distance + 2·site radius) of the centre.
    const first = around(index.kd, cx, cy, 1)[0] ?? 0;
    const c0 = distance([cx, cy], index.sections[first]?.geometry.coordinates as LonLat);
    hits = measure(around(index.kd, cx, cy, Infinity, ((c0 + 2 * s.radiusM) * 1.01) / 1000 + 0.01)).slice(0, 1);
  }
  const siteChain = new Map<string, number | null>();
  return hits.map(({ i, d }) => {
    const f = index.sections[i] as SectionFeature;
    const hit: SectionHit = {
      index: i,
      id: f.properties.id,
      name: f.properties.name,
      river: f.properties.river,
      class: f.properties.class,
      distanceM: d,
      position: [f.geometry.coordinates[0] ?? NaN, f.geometry.coordinates[1] ?? NaN],
    };
    if (options.rivers) {
      const sc = sectionChainage(index, i, options.rivers, tol);
      if (sc) {
        if (!siteChain.has(sc.river)) {
          const r = riverDistance(options.rivers, s, sc.river);
          siteChain.set(sc.river, r && r.distanceM <= tol ? r.chainageM : null);
        }
        const c = siteChain.get(sc.river);
        if (c !== null && c !== undefined) {
          hit.relation = flowRelation(c, sc.chainageM);
          hit.alongRiverM = sc.chainageM - c;
        }
      }
    }
    return hit;
  });
}
