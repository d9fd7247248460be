/**
 * Pushes app state into an existing map: filters, visibility, label language and feature state.
 * Always updates in place (setFilter, setLayoutProperty, setFeatureState), never re-adds sources.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Filters, Selection } from '../data/selection';
import type { Lang } from '../i18n/lang';
import type { Scheme, ToggleableLayer } from '../state/url';
import { layerFilters } from './filters';
import { TILE_LAYERS, UNIT_LABELS_LAYER, unitLabelsPaint } from './tiled-units';
import { LAYERS, SOURCES, labelField, styleLayers } from './style';

const LAYERS_OF: Record<ToggleableLayer, string[]> = {
  units: [LAYERS.unitsFill, LAYERS.unitsOutline, LAYERS.unitsHover, LAYERS.unitsSelected],
  sections: [LAYERS.sections, LAYERS.sectionsSelected, LAYERS.sectionLabels],
  points: [LAYERS.points, LAYERS.pointsSelected],
  districts: [LAYERS.districtsLine, LAYERS.districtLabels],
  rivers: [LAYERS.riversLine, LAYERS.riverLabels],
};

/** The style's layer ids behind the layers the user hid. */
export const hiddenLayerIds = (hidden: readonly ToggleableLayer[]): string[] => hidden.flatMap((layer) => LAYERS_OF[layer]);

/**
 * Shows or hides a layer, only when that changes something: MapLibre parses a layer's whole
 * source again after any visibility call that is not equal to the current value, and a layer
 * the style leaves unset is visible.
 */
export function setVisibility(map: MapLibreMap, id: string, visibility: 'visible' | 'none'): void {
  if ((map.getLayoutProperty(id, 'visibility') ?? 'visible') !== visibility) map.setLayoutProperty(id, 'visibility', visibility);
}

export function applyVisibility(map: MapLibreMap, hidden: readonly ToggleableLayer[]): void {
  for (const [layer, ids] of Object.entries(LAYERS_OF) as [ToggleableLayer, string[]][]) {
    for (const id of ids) setVisibility(map, id, hidden.includes(layer) ? 'none' : 'visible');
  }
}

/** Filters every filtered layer; MapLibre skips a filter equal to the current one. */
export function applyFilters(map: MapLibreMap, filters: Filters, districtName: string | null): void {
  for (const [id, filter] of Object.entries(layerFilters(filters, districtName))) map.setFilter(id, filter);
}

export function applyLanguage(map: MapLibreMap, lang: Lang): void {
  for (const id of ['context-labels', LAYERS.districtLabels, LAYERS.riverLabels]) {
    map.setLayoutProperty(id, 'text-field', labelField(lang));
  }
}

/** Recolours the live map in place: every paint property the style gives its layers in `scheme`
 *  (MapLibre skips values that did not change). */
export function applyScheme(map: MapLibreMap, scheme: Scheme, lang: Lang): void {
  const setPaint = (id: string, paint: object) => {
    for (const [property, value] of Object.entries(paint)) {
      map.setPaintProperty(id, property as Parameters<MapLibreMap['setPaintProperty']>[1], value);
    }
  };
  for (const layer of styleLayers(lang, scheme)) {
    if ('paint' in layer && layer.paint) setPaint(layer.id, layer.paint);
  }
  if (map.getLayer(UNIT_LABELS_LAYER)) setPaint(UNIT_LABELS_LAYER, unitLabelsPaint(scheme));
}

export const SOURCE_OF: Record<Selection['kind'], string> = {
  unit: SOURCES.units,
  section: SOURCES.sections,
  point: SOURCES.points,
};

/** Marks a feature with a boolean feature-state flag; returns the function that clears it. */
export function flagFeature(map: MapLibreMap, source: string, id: string, flag: 'selected' | 'hover'): () => void {
  // tiled units: feature state lives per source layer
  const target = map.getSource(source)?.type === 'vector' ? { source, id, sourceLayer: TILE_LAYERS.units } : { source, id };
  map.setFeatureState(target, { [flag]: true });
  return () => {
    if (map.getSource(source)) map.setFeatureState(target, { [flag]: false });
  };
}
