/**
 * Puts the chosen basemap under the thematic layers of a live map, replacing the previous one in
 * place: the dataset's sources, the highlights and the planner overlay are never touched.
 *
 * Order, bottom to top: the bundled basemap (hidden when another is chosen), the chosen
 * basemap's pictures, the thematic fills and lines, the chosen basemap's labels, then the
 * thematic labels and points. Whichever basemap is chosen, the zoning stays above it.
 */
import type { ExpressionSpecification, LayerSpecification, Map as MapLibreMap, SourceSpecification } from 'maplibre-gl';
import { rasterTiles } from '../data/basemaps';
import type { Basemap } from '../data/contract';
import { setLayout, setPaint } from './setters';
import { BUNDLED_LAYERS, LAYERS, UNIT_FILL_OPACITY } from './style';

export const BASEMAP_PREFIX = 'bm-';
const SOURCE = `${BASEMAP_PREFIX}tiles`;
const LABEL_SOURCE = `${BASEMAP_PREFIX}labels`;

interface BasemapParts {
  sources: Record<string, SourceSpecification>;
  /** Drawn under the thematic layers. */
  under: LayerSpecification[];
  /** Drawn over the thematic fills, under the thematic labels. */
  labels: LayerSpecification[];
}

const raster = (id: string, source: string): LayerSpecification => ({ id, type: 'raster', source });

/** The sources and layers of a basemap; `dataBase` resolves archive paths relative to data/. */
export async function basemapParts(basemap: Basemap, lang: 'zh' | 'en', dataBase: URL): Promise<BasemapParts> {
  if (basemap.kind === 'bundled') return { sources: {}, under: [], labels: [] };
  const attribution = basemap.attribution;
  if (basemap.kind === 'pmtiles') {
    const { pmtilesLayers } = await import('./pmtiles-basemap');
    const all = pmtilesLayers(basemap, SOURCE, lang).map((l) => ({ ...l, id: BASEMAP_PREFIX + l.id }));
    return {
      sources: { [SOURCE]: { type: 'vector', url: `pmtiles://${new URL(basemap.url, dataBase).href}`, attribution } },
      under: all.filter((l) => l.type !== 'symbol'),
      labels: all.filter((l) => l.type === 'symbol'),
    };
  }
  const tiles = rasterTiles(basemap, lang)!;
  const common = { type: 'raster' as const, tileSize: basemap.kind === 'tianditu' ? 256 : (basemap.tileSize ?? 256) };
  const maxzoom = basemap.kind === 'tianditu' ? 18 : basemap.maxzoom;
  const source = (urls: string[]): SourceSpecification => ({ ...common, tiles: urls, attribution, ...(maxzoom === undefined ? {} : { maxzoom }) });
  return {
    sources: { [SOURCE]: source(tiles.base), ...(tiles.labels.length ? { [LABEL_SOURCE]: source(tiles.labels) } : {}) },
    under: [raster(`${BASEMAP_PREFIX}picture`, SOURCE)],
    labels: tiles.labels.length ? [raster(`${BASEMAP_PREFIX}labels`, LABEL_SOURCE)] : [],
  };
}

/** Unit fills are lighter over a real basemap, so streets and names show through. */
const UNIT_OPACITY_OVER_BASEMAP: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 6, 0.6, 12, 0.35, 15, 0.25];

export function applyBasemap(map: MapLibreMap, basemap: Basemap, parts: BasemapParts): void {
  for (const layer of map.getStyle().layers) if (layer.id.startsWith(BASEMAP_PREFIX)) map.removeLayer(layer.id);
  for (const id of Object.keys(map.getStyle().sources)) if (id.startsWith(BASEMAP_PREFIX)) map.removeSource(id);
  const bundled = basemap.kind === 'bundled';
  for (const id of BUNDLED_LAYERS) setLayout(map, id, 'visibility', bundled ? 'visible' : 'none');
  setPaint(map, LAYERS.unitsFill, 'fill-opacity', bundled ? UNIT_FILL_OPACITY : UNIT_OPACITY_OVER_BASEMAP);
  for (const [id, source] of Object.entries(parts.sources)) map.addSource(id, source);
  for (const layer of parts.under) map.addLayer(layer, LAYERS.unitsFill);
  for (const layer of parts.labels) map.addLayer(layer, LAYERS.riverLabels);
}
