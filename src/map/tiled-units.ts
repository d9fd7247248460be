/**
 * The units layer drawn from a PMTiles archive instead of GeoJSON (`tiles+store` format): the
 * same layers with a `source-layer`, feature state keyed by `code` as before (`promoteId`), and
 * unit labels from the archive's label points once they fit.
 *
 * Two layers differ, because every layer over the tiles is built for every unit in view, and a
 * national view holds tens of thousands: the selected unit's outline is drawn from its own
 * GeoJSON source (the unit as read from the store for its panel), and the hover outline only
 * from the zoom where unit outlines are drawn anyway. Two line layers of outlines that feature
 * state keeps transparent doubled the first view's worker time and frame time.
 */
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { TiledUnits, UnitFeature } from '../data/contract';
import type { Scheme } from '../state/url';
import { BASEMAPS } from './palette';

/** Layer names inside the archive (written by geodata/tiles/vector-tiles.ts). */
export const TILE_LAYERS = { units: 'units', labels: 'unit-labels' } as const;

export const UNIT_LABELS_LAYER = 'unit-labels';

/** The GeoJSON source of the selected unit's outline. */
export const SELECTED_UNIT_SOURCE = 'unit-selected';

/** The unit labels' colours in a scheme (sync.applyScheme recolours them with the rest). */
export function unitLabelsPaint(scheme: Scheme) {
  const base = BASEMAPS[scheme];
  return { 'text-color': base.label, 'text-halo-color': base.halo, 'text-halo-width': 1.2 } as const;
}

/**
 * `style` with its units source (id `source`) switched to the tiled layer; `selectedLayer` and
 * `hoverLayer` are the ids of the selection and hover outlines, `outlineLayer` that of the units'
 * outlines, whose first zoom the hover outline takes.
 */
export function withTiledUnits(
  style: StyleSpecification,
  source: string,
  tiled: TiledUnits,
  scheme: Scheme,
  { selectedLayer, hoverLayer, outlineLayer }: { selectedLayer: string; hoverLayer: string; outlineLayer: string },
): StyleSpecification {
  const outlineMinzoom = style.layers.find((l) => l.id === outlineLayer)?.minzoom ?? 0;
  const layers = style.layers.map((l): LayerSpecification => {
    if (!('source' in l) || l.source !== source) return l;
    if (l.id === selectedLayer && l.type === 'line') {
      return { ...l, source: SELECTED_UNIT_SOURCE, paint: { ...l.paint, 'line-opacity': 1 } };
    }
    const tiledLayer = { ...l, 'source-layer': TILE_LAYERS.units } as LayerSpecification;
    return l.id === hoverLayer ? { ...tiledLayer, minzoom: outlineMinzoom } : tiledLayer;
  });
  const at = layers.findIndex((l) => l.id === 'district-labels');
  const labels: LayerSpecification = {
    id: UNIT_LABELS_LAYER,
    type: 'symbol',
    source,
    'source-layer': TILE_LAYERS.labels,
    minzoom: tiled.tileZooms.labelMinzoom,
    layout: { 'text-field': ['get', 'name'], 'text-size': 11, 'text-max-width': 8, 'text-padding': 6 },
    paint: unitLabelsPaint(scheme),
  };
  layers.splice(at < 0 ? layers.length : at, 0, labels);
  return {
    ...style,
    sources: {
      ...style.sources,
      [source]: {
        type: 'vector',
        url: `pmtiles://${tiled.tiles}`,
        promoteId: { [TILE_LAYERS.units]: 'code' },
        attribution: '',
      },
      [SELECTED_UNIT_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers,
  };
}

/** Outlines `unit` (as read from the store), or nothing. */
export function showSelectedUnit(map: MapLibreMap, unit: UnitFeature | null): void {
  map.getSource<GeoJSONSource>(SELECTED_UNIT_SOURCE)?.setData({ type: 'FeatureCollection', features: unit ? [unit] : [] });
}
