/**
 * The marked place (typed coordinates, my location, `pin=` in a link): a marker, and for a
 * located position a circle of its accuracy radius. Drawn above everything else on the map.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { MapLibre } from './maplibre';
import type { FeatureCollection } from 'geojson';

const SOURCE = 'place-accuracy';
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * Shows the place; returns the function that takes it off the map again. `Marker` comes from the
 * loaded MapLibre chunk (a static import would pull MapLibre into the page's first script).
 */
export function showPlace({ Marker }: Pick<MapLibre, 'Marker'>, map: MapLibreMap, lonLat: [number, number], accuracyM: number | null, label: string): () => void {
  if (!map.getSource(SOURCE)) {
    map.addSource(SOURCE, { type: 'geojson', data: EMPTY });
    map.addLayer({ id: `${SOURCE}-fill`, type: 'fill', source: SOURCE, paint: { 'fill-color': '#1a73e8', 'fill-opacity': 0.15 } });
    map.addLayer({ id: `${SOURCE}-line`, type: 'line', source: SOURCE, paint: { 'line-color': '#1a73e8', 'line-width': 1.5 } });
  }
  let shown = true;
  (map.getSource(SOURCE) as GeoJSONSource).setData(EMPTY);
  if (accuracyM) {
    void import('./accuracy-circle').then(({ accuracyCircle }) => {
      if (shown) (map.getSource(SOURCE) as GeoJSONSource).setData({ type: 'FeatureCollection', features: [accuracyCircle(lonLat, accuracyM)] });
    });
  }
  const marker = new Marker({ color: '#c2185b' }).setLngLat(lonLat).addTo(map);
  const element = marker.getElement();
  element.setAttribute('role', 'img');
  element.setAttribute('aria-label', label);
  element.dataset.testid = 'place-marker';
  return () => {
    shown = false;
    marker.remove();
    (map.getSource(SOURCE) as GeoJSONSource | undefined)?.setData(EMPTY);
  };
}
