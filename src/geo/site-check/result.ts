/**
 * The shape of a site check's answer. Plain data (structured-cloneable, JSON-safe): the planner
 * keeps it in state, and the site panel, the report and the exports render from it.
 */
import type { Category, RuleDimension } from '../../data/contract';
import type { SectionHit } from '../sections';
import type { SiteKind } from '../site';
import type { BBox, LonLat } from '../types';

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
