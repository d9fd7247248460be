/** Pure translation of the UI filters into MapLibre filter expressions (tested in Node). */
import type { FilterSpecification } from 'maplibre-gl';
import type { Filters } from '../data/selection';
import { LAYERS } from './style';

export function unitFilter(filters: Filters): FilterSpecification {
  const clauses: FilterSpecification[] = [['in', ['get', 'category'], ['literal', filters.categories]]];
  if (filters.district) clauses.push(['==', ['get', 'adcode'], filters.district]);
  return ['all', ...clauses] as FilterSpecification;
}

export function sectionFilter(filters: Filters): FilterSpecification {
  const clauses: FilterSpecification[] = [['in', ['get', 'class'], ['literal', filters.classes]]];
  if (filters.district) clauses.push(['==', ['get', 'adcode'], filters.district]);
  return ['all', ...clauses] as FilterSpecification;
}

/**
 * Yangtze points carry their district by name (optional in the contract), so a district filter
 * matches that name: the map and the legend then agree on which points the filter leaves.
 */
export function pointFilter(filters: Filters, districtName: string | null): FilterSpecification {
  const byClass: FilterSpecification = ['in', ['get', 'class'], ['literal', filters.classes]];
  if (!filters.district) return byClass;
  return ['all', byClass, ['==', ['get', 'district'], districtName ?? '']] as FilterSpecification;
}

/**
 * The filter of every filtered layer. The style is built with these (style.ts), so the first
 * `applyFilters` changes nothing: a filter set on a live layer makes MapLibre parse its whole
 * source again, which on a national tiles set costs seconds of worker time and frames.
 */
export function layerFilters(filters: Filters, districtName: string | null): Record<string, FilterSpecification> {
  const units = unitFilter(filters);
  const sections = sectionFilter(filters);
  const points = pointFilter(filters, districtName);
  return {
    [LAYERS.unitsFill]: units,
    [LAYERS.unitsOutline]: units,
    [LAYERS.unitsHover]: units,
    [LAYERS.unitsSelected]: units,
    [LAYERS.sections]: sections,
    [LAYERS.sectionsSelected]: sections,
    [LAYERS.sectionLabels]: sections,
    [LAYERS.points]: points,
    [LAYERS.pointsSelected]: points,
  };
}
