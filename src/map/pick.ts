/**
 * What a click at a pixel selects: a monitoring point beats the unit under it, because points are
 * small targets drawn on top. A box of a few pixels makes points easy to hit by touch.
 */
import type { Map as MapLibreMap, PointLike } from 'maplibre-gl';
import type { Selection } from '../data/selection';
import { LAYERS } from './style';

const POINT_TOLERANCE_PX = 8;

/**
 * A selection, or a unit drawn from tiles: its position in the layer, the only id its tile
 * carries (the store gives its code and record, `state/unit-store.svelte.ts`).
 */
export type MapPick = Selection | { kind: 'tiled-unit'; index: number };

type DrawnUnit = { id?: string | number; properties: Record<string, unknown>; source: string };

/** A unit drawn from tiles: its position in the layer; null for a unit drawn from GeoJSON. */
export function tiledUnitIndex(feature: DrawnUnit, map: MapLibreMap): number | null {
  return map.getSource(feature.source)?.type === 'vector' ? Number(feature.id) : null;
}

export function pickAt(map: MapLibreMap, point: { x: number; y: number }): MapPick | null {
  const present = (ids: string[]) => ids.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
  const box: [PointLike, PointLike] = [
    [point.x - POINT_TOLERANCE_PX, point.y - POINT_TOLERANCE_PX],
    [point.x + POINT_TOLERANCE_PX, point.y + POINT_TOLERANCE_PX],
  ];
  const pointLayers = present([LAYERS.sections, LAYERS.points]);
  if (pointLayers.length) {
    const hits = map.queryRenderedFeatures(box, { layers: pointLayers });
    // Several points in the box: take the one nearest the click.
    let best: { selection: Selection; d: number } | null = null;
    for (const hit of hits) {
      if (hit.geometry.type !== 'Point') continue;
      const p = map.project(hit.geometry.coordinates as [number, number]);
      const d = Math.hypot(p.x - point.x, p.y - point.y);
      const kind = hit.layer.id === LAYERS.sections ? 'section' : 'point';
      if (!best || d < best.d) best = { selection: { kind, id: String(hit.properties.id) }, d };
    }
    if (best) return best.selection;
  }
  const unitLayers = present([LAYERS.unitsFill]);
  if (unitLayers.length) {
    const [unit] = map.queryRenderedFeatures([point.x, point.y], { layers: unitLayers });
    const index = unit ? tiledUnitIndex(unit, map) : null;
    if (index !== null) return { kind: 'tiled-unit', index };
    if (unit) return { kind: 'unit', id: String(unit.properties.code) };
  }
  return null;
}
