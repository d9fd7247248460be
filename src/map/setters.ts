/**
 * Style setters that leave the map alone when a value is already what is asked. MapLibre's own
 * setters skip the style change then, but still schedule a redraw of the whole map
 * (`Map._update`): in software WebGL each such frame costs hundreds of milliseconds.
 */
import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';

type LayoutName = Parameters<MapLibreMap['setLayoutProperty']>[1];
type LayoutValue = Parameters<MapLibreMap['setLayoutProperty']>[2];
type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];
type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];

// Style values are JSON: equal JSON is an equal value.
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function setLayout(map: MapLibreMap, layer: string, name: LayoutName, value: LayoutValue): void {
  // An unset visibility is 'visible'.
  const current = map.getLayoutProperty(layer, name) ?? (name === 'visibility' ? 'visible' : undefined);
  if (!same(current, value)) map.setLayoutProperty(layer, name, value);
}

export function setPaint(map: MapLibreMap, layer: string, name: PaintName, value: PaintValue): void {
  if (!same(map.getPaintProperty(layer, name), value)) map.setPaintProperty(layer, name, value);
}

export function setFilter(map: MapLibreMap, layer: string, filter: FilterSpecification): void {
  if (!same(map.getFilter(layer), filter)) map.setFilter(layer, filter);
}
