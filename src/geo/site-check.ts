/**
 * The planner's "site check": one call that answers, for a point, line or area, which control
 * units and districts it touches (with geodesic overlap), the nearest priority-protection unit,
 * distances to the main rivers with shoreline bands, nearby monitoring sections up/downstream,
 * the merged access-list clauses and a structured verdict.
 *
 * The result is plain data (structured-cloneable, JSON-safe). The verdict is an *aid to reading
 * the zoning data*, not a legal determination; the UI words it and links the source rules.
 */
import type { Feature, Geometry } from 'geojson';
import {
  RULE_DIMENSIONS,
  type Category,
  type DistrictProperties,
  type Districts,
  type RuleDimension,
  type Rivers,
  type Sections,
  type UnitProperties,
  type Units,
} from '../data/contract';
import { polygonRingsAreaM2 } from './area';
import { edgeCrossing, intersectWitness } from './intersect';
import { nearest, nearestNaive } from './nearest';
import { lineOverlapLengthM, overlapAreaGreenM2, polygonOverlapAreaM2, siteRingSigns } from './overlap';
import { pointInOwner } from './path-store';
import { buildPolygonIndex, identifyIndices, type PolygonIndex } from './polygon-index';
import { buildRiverIndex, DEFAULT_RIVERS, riversNear, type RiverIndex } from './rivers';
import { buildSectionIndex, nearestSections, type SectionHit, type SectionIndex } from './sections';
import { pointInSite, prepareSite, type PreparedSite, type SiteKind } from './site';
import type { BBox, LonLat } from './types';
import { buildUnitIndex, type UnitIndex } from './unit-index';

/** Prebuilt indexes the site check runs against. Build once with {@link buildSiteCheckContext}. */
export interface SiteCheckContext {
  units: UnitIndex;
  districts?: PolygonIndex<DistrictProperties>;
  rivers?: RiverIndex;
  sections?: SectionIndex;
  /** Rivers reported with distances and bands (default 长江, 嘉陵江, 乌江). */
  riverNames?: readonly string[];
}

/** Build a {@link SiteCheckContext} from the dataset's layers (only `units` is required). */
export function buildSiteCheckContext(data: {
  units: Units;
  districts?: Districts;
  rivers?: Rivers;
  sections?: Sections;
  riverNames?: readonly string[];
}): SiteCheckContext {
  const ctx: SiteCheckContext = { units: buildUnitIndex(data.units) };
  if (data.districts) ctx.districts = buildPolygonIndex(data.districts);
  if (data.rivers) ctx.rivers = buildRiverIndex(data.rivers);
  if (data.sections) ctx.sections = buildSectionIndex(data.sections);
  if (data.riverNames) ctx.riverNames = data.riverNames;
  return ctx;
}

/** Options of {@link siteCheck}. */
export interface SiteCheckOptions {
  /** Sections: at most this many (default 5) … */
  sectionCount?: number;
  /** … within this radius, metres (default 20 000); the nearest one is always included. */
  sectionRadiusM?: number;
  /** "Near a priority unit" threshold for the verdict, metres (default 1 000). */
  nearPriorityM?: number;
  /** Scan every unit instead of using the index (same answers; naive baseline for benchmarks). */
  naive?: boolean;
}

/** A unit the site touches. */
export interface SiteUnit {
  code: string;
  name: string;
  category: Category;
  subtype: string;
  district: string;
  adcode: string;
  /** Area sites: geodesic overlap area, m² (0 for point and line sites). */
  overlapAreaM2: number;
  /** Line sites: geodesic overlap length, metres (0 otherwise). */
  overlapLengthM: number;
  /** Share of the site in this unit, 0…1 (area, length, or share of points). */
  shareOfSite: number;
}

/** Summary of the site geometry. */
export interface SiteSummary {
  kind: SiteKind;
  /** Line length or area perimeter, geodesic metres (0 for points). */
  lengthM: number;
  /** Geodesic area, m² (0 for points and lines). */
  areaM2: number;
  /** Planar lon/lat centroid (area-, length- or count-weighted); for labels and links. */
  centroid: LonLat;
  bbox: BBox;
  /** Number of vertices (points) of the site. */
  vertexCount: number;
}

/** Why the verdict is what it is; the UI words each kind. */
export type VerdictReason =
  | { kind: 'outside-dataset' }
  | { kind: 'partly-outside'; shareInside: number }
  | { kind: 'inside-priority'; code: string }
  | { kind: 'near-priority'; code: string; distanceM: number }
  | { kind: 'inside-key'; code: string }
  | { kind: 'within-1km-river'; river: string; distanceM: number }
  | { kind: 'within-5km-river'; river: string; distanceM: number }
  | { kind: 'general-only' };

/** Structured screening verdict (not a legal determination). */
export interface Verdict {
  /**
   * `restricted`: touches a priority-protection unit; `caution`: touches key control, lies
   * within 1 km of a priority unit or 5 km of a main river, or partly outside the data;
   * `general`: general control only; `outside`: no unit at all.
   */
  level: 'restricted' | 'caution' | 'general' | 'outside';
  reasons: VerdictReason[];
}

/** One access-list clause and the units it came from. */
export interface MergedClause {
  text: string;
  codes: string[];
}

/** The full result of {@link siteCheck}. */
export interface SiteCheckResult {
  site: SiteSummary;
  /** True when the site touches no unit: entirely outside the dataset/municipality. */
  outside: boolean;
  /** Share of the site covered by units, 0…1 (clamped; border stretches count twice). */
  coverage: number;
  /** Units touched, largest share first. */
  units: SiteUnit[];
  districts: { adcode: string; name: string; name_en: string }[];
  nearestPriority: {
    code: string;
    name: string;
    distanceM: number;
    from: LonLat;
    to: LonLat;
    inside: boolean;
  } | null;
  rivers: { name: string; distanceM: number; from: LonLat; to: LonLat; within1km: boolean; within5km: boolean }[];
  sections: Omit<SectionHit, 'index'>[];
  rules: Record<RuleDimension, MergedClause[]>;
  verdict: Verdict;
}

function centroidOf(s: PreparedSite): LonLat {
  if (s.kind === 'polygon') {
    // area-weighted planar centroid; outer rings add, holes subtract, whatever their orientation
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (const poly of s.polygons) {
      poly.forEach((ring, ri) => {
        let ra = 0;
        let rx = 0;
        let ry = 0;
        for (let i = 0; i < ring.length - 1; i++) {
          const p = ring[i] as LonLat;
          const q = ring[i + 1] as LonLat;
          const x0 = p[0] - s.center[0];
          const y0 = p[1] - s.center[1];
          const x1 = q[0] - s.center[0];
          const y1 = q[1] - s.center[1];
          const cr = x0 * y1 - x1 * y0;
          ra += cr;
          rx += (x0 + x1) * cr;
          ry += (y0 + y1) * cr;
        }
        const sign = (ri === 0 ? 1 : -1) * Math.sign(ra);
        a += sign * ra;
        cx += sign * rx;
        cy += sign * ry;
      });
    }
    if (a !== 0) return [s.center[0] + cx / (3 * a), s.center[1] + cy / (3 * a)];
    return s.center;
  }
  if (s.kind === 'line') {
    let w = 0;
    let cx = 0;
    let cy = 0;
    for (const path of s.paths) {
      for (let i = 0; i < path.length - 1; i++) {
        const p = path[i] as LonLat;
        const q = path[i + 1] as LonLat;
        const l = Math.hypot(q[0] - p[0], q[1] - p[1]);
        w += l;
        cx += ((p[0] + q[0]) / 2) * l;
        cy += ((p[1] + q[1]) / 2) * l;
      }
    }
    return w > 0 ? [cx / w, cy / w] : s.center;
  }
  const n = s.points.length;
  return [s.points.reduce((t, p) => t + p[0], 0) / n, s.points.reduce((t, p) => t + p[1], 0) / n];
}

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

function candidatesOf(idx: PolygonIndex<unknown>, s: PreparedSite): number[] {
  const k = idx.xScale;
  const [x0, y0, x1, y1] = s.bbox;
  return idx.tree.search(x0 * k, y0, x1 * k, y1).sort((a, b) => a - b);
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
  const candidates = options.scanAll ? (idx: PolygonIndex<unknown>) => idx.features.map((_, i) => i) : candidatesOf;
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
    for (const i of candidates(units as PolygonIndex<unknown>, s)) {
      if (!intersectWitness(s, units.store, i, true, units.bboxes.subarray(i * 4, i * 4 + 4))) continue;
      const l = lineOverlapLengthM(s, units.store, i);
      if (l > 0) out.push({ index: i, areaM2: 0, lengthM: l, share: total > 0 ? l / total : 0 });
    }
    return out;
  }
  const area = s.areaM2;
  const signs = siteRingSigns(s);
  for (const i of candidates(units as PolygonIndex<unknown>, s)) {
    const a = areaOverlap(s, area, signs, units as PolygonIndex<unknown>, i);
    // overlaps below one millionth of the site are boundary round-off / topology slivers of
    // touching neighbours (e.g. 1–40 m² along a 100 km shared border of the sample data)
    if (a > SLIVER_SHARE * area) out.push({ index: i, areaM2: a, lengthM: 0, share: area > 0 ? a / area : 0 });
  }
  return out;
}

/** Area overlaps smaller than this share of the site are not reported (see {@link unitOverlaps}). */
export const SLIVER_SHARE = 1e-6;

function emptyRules(): Record<RuleDimension, MergedClause[]> {
  return { spatial_layout: [], pollutant_discharge: [], risk_prevention: [], resource_efficiency: [] };
}

/** Merge the access lists of `units` per dimension, de-duplicating identical clause texts. */
export function mergeRules(units: readonly UnitProperties[]): Record<RuleDimension, MergedClause[]> {
  const rules = emptyRules();
  for (const dim of RULE_DIMENSIONS) {
    const byText = new Map<string, { clause: MergedClause; seen: Set<string> }>();
    for (const u of units) {
      for (const raw of u.rules?.[dim] ?? []) {
        const text = String(raw).trim();
        if (!text) continue;
        const c = byText.get(text);
        if (c) {
          if (!c.seen.has(u.code)) {
            c.seen.add(u.code);
            c.clause.codes.push(u.code);
          }
        } else {
          const clause = { text, codes: [u.code] };
          byText.set(text, { clause, seen: new Set([u.code]) });
          rules[dim].push(clause);
        }
      }
    }
  }
  return rules;
}

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
  const areaM2 = s.areaM2;
  const lengthM = s.lengthM;
  const summary: SiteSummary = {
    kind: s.kind,
    lengthM,
    areaM2,
    centroid: centroidOf(s),
    bbox: s.bbox,
    vertexCount: s.vertices.length,
  };

  const ov = unitOverlaps(context.units, s, { scanAll: options.naive ?? false }).sort((a, b) => b.share - a.share || a.index - b.index);
  const units: SiteUnit[] = ov.map((o) => {
    const p = (context.units.features[o.index] as (typeof context.units.features)[number]).properties;
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

  // districts
  let districts: SiteCheckResult['districts'] = [];
  if (context.districts) {
    const d = context.districts;
    const idx = s.kind === 'point'
      ? [...new Set(s.points.flatMap((p) => identifyIndices(d, p)))]
      : candidatesOf(d as PolygonIndex<unknown>, s).filter((i) => intersectWitness(s, d.store, i, true, d.bboxes.subarray(i * 4, i * 4 + 4)));
    districts = idx.sort((a, b) => a - b).map((i) => {
      const p = (d.features[i] as (typeof d.features)[number]).properties;
      return { adcode: p.adcode, name: p.name, name_en: p.name_en };
    });
  } else {
    const seen = new Map<string, { adcode: string; name: string; name_en: string }>();
    for (const u of units) if (!seen.has(u.adcode)) seen.set(u.adcode, { adcode: u.adcode, name: u.district, name_en: '' });
    districts = [...seen.values()];
  }

  const np = options.naive ? nearestNaive(context.units, s) : nearest(context.units, s);
  const nearestPriority = np
    ? {
        code: np.feature.properties.code,
        name: np.feature.properties.name,
        distanceM: np.distanceM,
        from: np.from,
        to: np.to,
        inside: np.inside,
      }
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

  const rules = mergeRules(ov.map((o) => (context.units.features[o.index] as (typeof context.units.features)[number]).properties));

  // verdict
  const reasons: VerdictReason[] = [];
  let level: Verdict['level'] = 'general';
  if (outside) {
    level = 'outside';
    reasons.push({ kind: 'outside-dataset' });
  } else {
    for (const u of units) if (u.category === 'priority') reasons.push({ kind: 'inside-priority', code: u.code });
    if (reasons.length > 0) level = 'restricted';
    const nearM = options.nearPriorityM ?? 1000;
    if (nearestPriority && !nearestPriority.inside && nearestPriority.distanceM <= nearM) {
      reasons.push({ kind: 'near-priority', code: nearestPriority.code, distanceM: nearestPriority.distanceM });
    }
    for (const u of units) if (u.category === 'key') reasons.push({ kind: 'inside-key', code: u.code });
    if (coverage < 0.999) reasons.push({ kind: 'partly-outside', shareInside: coverage });
  }
  for (const r of rivers) {
    if (r.within1km) reasons.push({ kind: 'within-1km-river', river: r.name, distanceM: r.distanceM });
    else if (r.within5km) reasons.push({ kind: 'within-5km-river', river: r.name, distanceM: r.distanceM });
  }
  if (level === 'general' && reasons.length > 0) level = 'caution';
  if (level === 'general') reasons.push({ kind: 'general-only' });

  return {
    site: summary,
    outside,
    coverage,
    units,
    districts,
    nearestPriority,
    rivers,
    sections,
    rules,
    verdict: { level, reasons },
  };
}
