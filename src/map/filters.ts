/** Pure translation of the UI filters into MapLibre filter expressions (tested in Node). */
import type { FilterSpecification } from 'maplibre-gl';
import type { Filters } from '../data/selection';

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

