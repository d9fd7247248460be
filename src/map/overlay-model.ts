/**
 * Which planner graphics go on the map, as plain data: the site, its buffers, the lines to the
 * nearest priority unit and the rivers, nearby sections, and the drawing or measuring in
 * progress. Pure (tested in Node); planner-overlay.ts draws it with MapLibre layers.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { flatBBox } from '../geo/bbox';
import type { SiteCheckResult } from '../geo/site-check';
import type { LonLat } from '../geo/types';
import type { LabelSubject } from '../present/map-label';
import type { Tool } from '../state/planner.svelte';

export type LineKind = 'nearest-priority' | 'river' | 'draft' | 'measure';
export interface OverlayLine {
  kind: LineKind;
  path: LonLat[];
}
export interface OverlayLabel {
  position: LonLat;
  text: string;
  about: LabelSubject;
}
export interface OverlayModel {
  /** Buffers first (drawn below), then the site. */
  areas: Feature<Geometry, { role: 'buffer' | 'site'; radiusM?: number }>[];
  lines: OverlayLine[];
  /** Vertices being drawn and nearby sections. */
  points: { kind: 'vertex' | 'section'; position: LonLat }[];
  labels: OverlayLabel[];
}

export interface OverlayInput {
  site: Geometry | null;
  buffers: { radiusM: number; geometry: Geometry }[];
  result: SiteCheckResult | null;
  tool: Tool;
  draft: readonly LonLat[];
  cursor: LonLat | null;
  measured: readonly LonLat[] | null;
  /** Formats a distance for a label, e.g. "1.24 km". */
  formatDistance: (m: number) => string;
}

/** Distances the map frames with the site: the 5 km shoreline band of the site check. */
const FRAMED_WITHIN_M = 5000;

/**
 * What the map frames once a check lands: the site, and the lines it draws to what lies within
 * 5 km (a river bank, the nearest priority unit), so their distance labels are in view. Farther
 * targets would shrink the site to a dot; the panel names them.
 */
export function framedBounds(result: SiteCheckResult): [number, number, number, number] {
  const xy: number[] = [...result.site.bbox];
  const np = result.nearestPriority;
  if (np && !np.inside && np.distanceM <= FRAMED_WITHIN_M) xy.push(...np.to);
  for (const r of result.rivers) if (r.distanceM <= FRAMED_WITHIN_M) xy.push(...r.to);
  // The site's box is two of the corners the framing must hold.
  return flatBBox(xy);
}

const midpoint = (a: LonLat, b: LonLat): LonLat => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];

export function overlayModel(input: OverlayInput): OverlayModel {
  const model: OverlayModel = { areas: [], lines: [], points: [], labels: [] };
  for (const b of [...input.buffers].sort((x, y) => y.radiusM - x.radiusM)) {
    model.areas.push({ type: 'Feature', geometry: b.geometry, properties: { role: 'buffer', radiusM: b.radiusM } });
  }
  if (input.site) model.areas.push({ type: 'Feature', geometry: input.site, properties: { role: 'site' } });

  const result = input.result;
  if (result) {
    const np = result.nearestPriority;
    if (np && !np.inside && np.distanceM > 0) {
      model.lines.push({ kind: 'nearest-priority', path: [np.from, np.to] });
      model.labels.push({ position: midpoint(np.from, np.to), text: input.formatDistance(np.distanceM), about: { kind: 'nearest-priority' } });
    }
    for (const r of result.rivers) {
      if (!r.within5km || r.distanceM === 0) continue;
      model.lines.push({ kind: 'river', path: [r.from, r.to] });
      model.labels.push({ position: midpoint(r.from, r.to), text: input.formatDistance(r.distanceM), about: { kind: 'river', river: r.name } });
    }
    for (const s of result.sections) model.points.push({ kind: 'section', position: s.position });
  }

  const drawing = input.tool === 'polygon' || input.tool === 'line' || input.tool === 'measure';
  if (drawing && input.draft.length) {
    const path = [...input.draft, ...(input.cursor ? [input.cursor] : [])];
    if (input.tool === 'polygon' && path.length > 2) path.push(path[0]!);
    if (path.length > 1) model.lines.push({ kind: input.tool === 'measure' ? 'measure' : 'draft', path });
    for (const v of input.draft) model.points.push({ kind: 'vertex', position: v });
  }
  if (input.tool !== 'measure' && input.measured && input.measured.length > 1) {
    const m = input.measured;
    model.lines.push({ kind: 'measure', path: [...m] });
    // Three points or more measure an area too: its closing edge is drawn as well.
    if (m.length > 2) model.lines.push({ kind: 'measure', path: [m[m.length - 1]!, m[0]!] });
    for (const v of m) model.points.push({ kind: 'vertex', position: v });
  }
  return model;
}

/** What each overlay feature is; the overlay's layers style and filter by it. */
export type OverlayKind = 'buffer' | 'site' | LineKind | 'vertex' | 'section' | 'label';
export interface OverlayProperties {
  kind: OverlayKind;
  /** Labels: the text, and their index in `model.labels` (what the screen-reader list names). */
  text?: string;
  index?: number;
}

/**
 * The model as one GeoJSON collection for a MapLibre source. Labels come in the model's order,
 * which is their priority when they compete for room (`symbol-sort-key` = index).
 */
export function overlayFeatures(model: OverlayModel): FeatureCollection<Geometry, OverlayProperties> {
  const features: Feature<Geometry, OverlayProperties>[] = [];
  for (const a of model.areas) features.push({ type: 'Feature', geometry: a.geometry, properties: { kind: a.properties.role } });
  for (const l of model.lines) {
    features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: l.path }, properties: { kind: l.kind } });
  }
  for (const p of model.points) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: p.position }, properties: { kind: p.kind } });
  model.labels.forEach((l, index) => {
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: l.position }, properties: { kind: 'label', text: l.text, index } });
  });
  return { type: 'FeatureCollection', features };
}
