/**
 * Choosing which features of an uploaded file make the site. A file with several features is
 * listed (name, kind, area or length, districts) and the user checks one, several or all; this
 * module holds the rules, the dialog only shows them:
 *
 * - `listFeatures`: one row per feature of the file.
 * - `defaultChoice`: every feature of the kind the site will use (areas over lines over points)
 *   when they lie in one place; when they lie in several (more than {@link FAR_APART_M} apart),
 *   only the first place's, so far-apart parcels are never merged unasked. Features the site
 *   check would refuse on their own start unchecked.
 * - `analyseChoice`: what a choice makes: the kind the site uses (areas over lines over points,
 *   as `siteFromFeatures`, which builds it on confirming), the kinds it leaves out, and how many
 *   places it spans and how far apart.
 */
import type { DistrictProperties } from '../data/contract';
import { isGeoInputError, type GeoInputErrorCode, type GeoInputErrorDetails } from '../geo/errors';
import { pathLengthM, polygonRingsAreaM2 } from '../geo/area';
import { groupParts, partsOf, type Part } from '../geo/parts';
import type { PolygonIndex } from '../geo/polygon-index';
import { prepareSite } from '../geo/site';
import { checkSiteLimits, DEFAULT_SITE_LIMITS, regionAround } from '../geo/site-limits';
import { districtsOf } from '../geo/site-check/districts';
import { featureName, type FeatureName } from './feature-name';
import type { UploadFeature } from './types';

/** Parts farther apart than this are separate places: the site check's outer shoreline band. */
export const FAR_APART_M = 5000;

export type PartKind = Part['kind'];
const KIND_RANK: PartKind[] = ['area', 'line', 'point'];

export interface FeatureRow {
  /** 0-based position in the file. */
  index: number;
  name: FeatureName | null;
  /** The most telling kind the feature holds (areas over lines over points); null without geometry. */
  kind: PartKind | null;
  /** Geodesic area of its polygons (m²), length of its lines (m), number of its points. */
  areaM2: number;
  lengthM: number;
  points: number;
  districts: Pick<DistrictProperties, 'adcode' | 'name' | 'name_en'>[];
  /** Why the site check would refuse this feature alone (self-crossing, outside the region …). */
  problem: GeoInputErrorCode | null;
  /** The figures the problem's message names (the limit, the value or point found); empty without one. */
  problemDetails: GeoInputErrorDetails;
}

export function listFeatures(features: readonly UploadFeature[], districts?: PolygonIndex<DistrictProperties>): FeatureRow[] {
  // A feature far outside the data (a pole-to-pole line) is refused by one linear pass, as the site
  // check would refuse it, before prepareSite densifies it to thousands of vertices.
  const limits = districts ? { ...DEFAULT_SITE_LIMITS, region: regionAround(districts.bbox) } : null;
  return features.map((feature, index) => {
    const parts = partsOf(feature.geometry);
    const kind = KIND_RANK.find((k) => parts.some((p) => p.kind === k)) ?? null;
    let areaM2 = 0;
    let lengthM = 0;
    let points = 0;
    for (const p of parts) {
      if (p.kind === 'area') areaM2 += polygonRingsAreaM2(p.rings);
      else if (p.kind === 'line') lengthM += pathLengthM(p.path);
      else points++;
    }
    let problem: GeoInputErrorCode | null = kind ? null : 'empty-geometry';
    let problemDetails: GeoInputErrorDetails = {};
    let touched: FeatureRow['districts'] = [];
    if (kind) {
      try {
        const site = siteOf(parts, kind);
        if (limits) checkSiteLimits(site, limits);
        const prepared = prepareSite(site);
        touched = districts ? districtsOf(prepared, districts, []) : [];
      } catch (e) {
        if (!isGeoInputError(e)) throw e;
        problem = e.code;
        problemDetails = e.details ?? {};
      }
    }
    return { index, name: featureName(feature.properties), kind, areaM2, lengthM, points, districts: touched, problem, problemDetails };
  });
}

/** The feature's parts of one kind as one geometry, as the site check would take them alone. */
function siteOf(parts: Part[], kind: PartKind) {
  const same = parts.filter((p) => p.kind === kind);
  if (kind === 'area') return { type: 'MultiPolygon' as const, coordinates: same.map((p) => (p as Extract<Part, { kind: 'area' }>).rings) };
  if (kind === 'line') return { type: 'MultiLineString' as const, coordinates: same.map((p) => (p as Extract<Part, { kind: 'line' }>).path) };
  return { type: 'MultiPoint' as const, coordinates: same.map((p) => (p as Extract<Part, { kind: 'point' }>).point) };
}

export interface ChoiceAnalysis {
  /** The kind the site is made of (areas over lines over points), or null when nothing usable is chosen. */
  used: PartKind | null;
  /** Chosen features of other kinds (points beside areas, say), by kind: the site leaves them out. */
  leftOut: Partial<Record<PartKind, number>>;
  /** How many places (groups of parts within {@link FAR_APART_M}) the site spans. */
  places: number;
  /** Geodesic distance between the centres of the two places farthest apart, m. */
  spanM: number;
}

/**
 * What a choice makes, cheaply enough to follow every click: the site itself (parcels merged
 * with turf's union) is built once, by `siteFromFeatures`, when the user confirms.
 */
export function analyseChoice(features: readonly UploadFeature[], rows: readonly FeatureRow[], chosen: readonly number[]): ChoiceAnalysis {
  const kinds = chosen.map((i) => rows[i]?.kind).filter((k): k is PartKind => !!k);
  const used = KIND_RANK.find((k) => kinds.includes(k)) ?? null;
  if (!used) return { used, leftOut: {}, places: 0, spanM: 0 };
  const leftOut: ChoiceAnalysis['leftOut'] = {};
  for (const kind of kinds) if (kind !== used) leftOut[kind] = (leftOut[kind] ?? 0) + 1;
  const { groups, spanM } = groupParts(
    chosen.flatMap((i) => partsOf(features[i]!.geometry).filter((p) => p.kind === used)),
    FAR_APART_M,
  );
  return { used, leftOut, places: groups.length, spanM };
}

export interface DefaultChoice {
  chosen: number[];
  /** Places the whole file's usable features span, and how far apart (as in {@link ChoiceAnalysis}). */
  places: number;
  spanM: number;
}

/** What the dialog checks first; see the module's comment. */
export function defaultChoice(features: readonly UploadFeature[], rows: readonly FeatureRow[]): DefaultChoice {
  const usable = rows.filter((r) => r.kind && !r.problem);
  const kind = KIND_RANK.find((k) => usable.some((r) => r.kind === k));
  if (!kind) return { chosen: [], places: 0, spanM: 0 };
  // The parts of the kind the site will use, each tagged with its feature.
  const owners: number[] = [];
  const parts: Part[] = [];
  for (const r of usable) {
    for (const p of partsOf(features[r.index]!.geometry)) {
      if (p.kind !== kind) continue;
      owners.push(r.index);
      parts.push(p);
    }
  }
  const { groups, spanM } = groupParts(parts, FAR_APART_M);
  const chosen = groups.length > 1 ? [...new Set(groups[0]!.map((i) => owners[i]!))] : [...new Set(owners)];
  return { chosen: chosen.sort((a, b) => a - b), places: groups.length, spanM };
}
