/**
 * The selected, hovered and outlined features, drawn from a small source of their own that
 * holds only them. The alternative, a second copy of every thematic layer coloured by feature
 * state and transparent for all but one feature, draws every unit outline three more times on
 * every frame: in software WebGL that was almost half of the first view's drawing.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { ExpressionSpecification, GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

export const HIGHLIGHT_SOURCE = 'highlight';
export const HIGHLIGHT_LAYERS = { outline: 'highlight-outline', ring: 'highlight-ring' } as const;

export type HighlightKind = 'unit' | 'district' | 'section' | 'point';
export type HighlightRole = 'selected' | 'hover';

export interface HighlightProperties {
  kind: HighlightKind;
  role: HighlightRole;
}

export type Highlight = Feature<Geometry, HighlightProperties>;

export function highlight(geometry: Geometry, kind: HighlightKind, role: HighlightRole): Highlight {
  return { type: 'Feature', geometry, properties: { kind, role } };
}

export const NO_HIGHLIGHTS: FeatureCollection<Geometry, HighlightProperties> = { type: 'FeatureCollection', features: [] };

const is = (key: keyof HighlightProperties, value: string): ExpressionSpecification => ['==', ['get', key], value];

/** Outlines for areas (units, districts) and rings for points, in the scheme's highlight colour. */
export function highlightLayers(colour: string): { outline: LayerSpecification; ring: LayerSpecification } {
  return {
    outline: {
      id: HIGHLIGHT_LAYERS.outline,
      type: 'line',
      source: HIGHLIGHT_SOURCE,
      filter: ['!=', ['geometry-type'], 'Point'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': colour,
        'line-width': ['case', is('kind', 'district'), 3.5, is('role', 'hover'), 1.6, 3],
        'line-opacity': ['case', is('role', 'hover'), 0.8, is('kind', 'district'), 0.9, 1],
      },
    },
    ring: {
      id: HIGHLIGHT_LAYERS.ring,
      type: 'circle',
      source: HIGHLIGHT_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-color': 'rgba(0,0,0,0)',
        // Just outside the point's own circle: sections are drawn larger than Yangtze points.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, ['case', is('kind', 'point'), 7, 9], 12, ['case', is('kind', 'point'), 10, 13]],
        'circle-stroke-color': colour,
        'circle-stroke-width': 3,
      },
    },
  };
}

/** Replaces what the map highlights. */
export function showHighlights(map: MapLibreMap, highlights: Highlight[]): void {
  map.getSource<GeoJSONSource>(HIGHLIGHT_SOURCE)?.setData({ type: 'FeatureCollection', features: highlights });
}
