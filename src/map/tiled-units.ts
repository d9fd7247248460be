/**
 * The units layer drawn from a PMTiles archive instead of GeoJSON (`tiles+store` format): the
 * same layers with a `source-layer`, and unit labels from the archive's label points once they fit.
 * The tiles carry no unit codes: a drawn unit is known by its feature id, its position in the
 * layer, which the store reads it by (`map/pick.ts`).
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { TiledUnits } from '../data/contract';
import type { Scheme } from '../state/url';
import { BASEMAPS } from './palette';

/** Layer names inside the archive (written by geodata/tiles/vector-tiles.ts). */
export const TILE_LAYERS = { units: 'units', labels: 'unit-labels' } as const;

export const UNIT_LABELS_LAYER = 'unit-labels';

/** The unit labels' colours in a scheme (sync.applyScheme recolours them with the rest). */
export function unitLabelsPaint(scheme: Scheme) {
  const base = BASEMAPS[scheme];
  return { 'text-color': base.label, 'text-halo-color': base.halo, 'text-halo-width': 1.2 } as const;
}

/** `style` with its units source (id `source`) switched to the tiled layer. */
export function withTiledUnits(style: StyleSpecification, source: string, tiled: TiledUnits, scheme: Scheme): StyleSpecification {
  const layers = style.layers.map((l) =>
    'source' in l && l.source === source ? ({ ...l, 'source-layer': TILE_LAYERS.units } as LayerSpecification) : l,
  );
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
        attribution: '',
      },
    },
    layers,
  };
}
