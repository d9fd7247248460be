/**
 * Vector PMTiles basemaps, loaded only when one is chosen: the `pmtiles://` protocol registered
 * with MapLibre (`maplibre-chunk.ts`) reads the archive with Range requests from its URL, and
 * `@protomaps/basemaps` gives the layers.
 *
 * Labels need no glyph server: the style has no `glyphs` URL, so MapLibre draws every label,
 * Latin and Chinese alike, with the browser's local fonts. Protomaps' POI icons need a sprite
 * sheet the site does not ship, so their icons are dropped and their names kept.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { layers, namedFlavor } from '@protomaps/basemaps';
import type { PmtilesBasemap } from '../data/contract';

export function pmtilesLayers(basemap: PmtilesBasemap, source: string, lang: 'zh' | 'en'): LayerSpecification[] {
  return layers(source, namedFlavor(basemap.flavor ?? 'light'), { lang }).map((layer) => {
    const spec = layer as LayerSpecification;
    if (spec.type !== 'symbol' || !spec.layout?.['icon-image']) return spec;
    const { 'icon-image': _icon, ...layout } = spec.layout;
    return { ...spec, layout };
  });
}
