/**
 * Turning the vertices a user has clicked into a site geometry. Pure, so the drawing rules
 * (how many vertices each kind needs, closing rings, dropping double-click duplicates) are tested
 * without a map.
 */
import type { LineString, Point, Polygon } from 'geojson';
import type { LonLat } from '../geo/types';

export type DrawKind = 'point' | 'line' | 'polygon';

export const MIN_VERTICES: Record<DrawKind, number> = { point: 1, line: 2, polygon: 3 };

/** Drops consecutive duplicates (a double-click adds the same vertex twice). */
export function dedupe(vertices: readonly LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  for (const v of vertices) {
    const last = out[out.length - 1];
    if (!last || Math.abs(last[0] - v[0]) > 1e-9 || Math.abs(last[1] - v[1]) > 1e-9) out.push(v);
  }
  return out;
}

export function canFinish(kind: DrawKind, vertices: readonly LonLat[]): boolean {
  return dedupe(vertices).length >= MIN_VERTICES[kind];
}

/** The geometry the vertices describe, or null when there are too few. */
export function draftGeometry(kind: DrawKind, vertices: readonly LonLat[]): Point | LineString | Polygon | null {
  const v = dedupe(vertices);
  if (v.length < MIN_VERTICES[kind]) return null;
  if (kind === 'point') return { type: 'Point', coordinates: [...v[0]!] };
  if (kind === 'line') return { type: 'LineString', coordinates: v.map((p) => [...p]) };
  return { type: 'Polygon', coordinates: [[...v.map((p) => [...p]), [...v[0]!]]] };
}
