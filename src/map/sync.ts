/**
 * Pushes app state into an existing map: filters, visibility, label language and colours.
 * Always updates in place (setFilter, setLayoutProperty, setPaintProperty), never re-adds sources.
 */
import type { FilterSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Filters } from '../data/selection';
import type { Lang } from '../i18n/lang';
import type { Scheme, ToggleableLayer } from '../state/url';
import { pointFilter, sectionFilter, unitFilter } from './filters';
import { setFilter, setLayout, setPaint } from './setters';
import { UNIT_LABELS_LAYER, unitLabelsPaint } from './tiled-units';
import { LAYERS, labelField, styleLayers } from './style';

const LAYERS_OF: Record<ToggleableLayer, string[]> = {
  units: [LAYERS.unitsFill, LAYERS.unitsOutline],
  sections: [LAYERS.sections, LAYERS.sectionLabels, LAYERS.sectionsCollision],
  points: [LAYERS.points, LAYERS.pointsCollision],
  districts: [LAYERS.districtsLine, LAYERS.districtLabels],
  rivers: [LAYERS.riversLine, LAYERS.riverLabels],
};

/** What the app state asks of each thematic layer: its filter and whether it shows. */
export interface LayerState {
  filter?: FilterSpecification;
  visibility: 'visible' | 'none';
}

export function layerStates(filters: Filters, districtName: string | null, hidden: readonly ToggleableLayer[]): Record<string, LayerState> {
  const states: Record<string, LayerState> = {};
  for (const [layer, ids] of Object.entries(LAYERS_OF) as [ToggleableLayer, string[]][]) {
    for (const id of ids) states[id] = { visibility: hidden.includes(layer) ? 'none' : 'visible' };
  }
  const filterOf = (ids: string[], filter: FilterSpecification) => {
    for (const id of ids) states[id] = { visibility: 'visible', ...states[id], filter };
  };
  filterOf(LAYERS_OF.units, unitFilter(filters));
  filterOf(LAYERS_OF.sections, sectionFilter(filters));
  filterOf(LAYERS_OF.points, pointFilter(filters, districtName));
  return states;
}

/**
 * Brings a live map to `states`. The style is built from the same states (style.buildStyle), so
 * the first call after load changes nothing: a changed filter or visibility re-lays out its
 * whole source, which costs frames on a phone.
 */
export function applyLayerStates(map: MapLibreMap, states: Record<string, LayerState>): void {
  for (const [id, { filter, visibility }] of Object.entries(states)) {
    setLayout(map, id, 'visibility', visibility);
    if (filter) setFilter(map, id, filter);
  }
}

export function applyLanguage(map: MapLibreMap, lang: Lang): void {
  for (const id of ['context-labels', LAYERS.districtLabels, LAYERS.riverLabels]) {
    setLayout(map, id, 'text-field', labelField(lang));
  }
}

/** Recolours the live map in place: every paint property the style gives its layers in `scheme`. */
export function applyScheme(map: MapLibreMap, scheme: Scheme, lang: Lang): void {
  const setPaints = (id: string, paint: object) => {
    for (const [property, value] of Object.entries(paint)) setPaint(map, id, property as Parameters<typeof setPaint>[2], value as Parameters<typeof setPaint>[3]);
  };
  for (const layer of styleLayers(lang, scheme)) {
    if ('paint' in layer && layer.paint) setPaints(layer.id, layer.paint);
  }
  if (map.getLayer(UNIT_LABELS_LAYER)) setPaints(UNIT_LABELS_LAYER, unitLabelsPaint(scheme));
}
