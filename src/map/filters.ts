/** Pure translation of the UI filters into MapLibre filter expressions (tested in Node). */
import type { FilterSpecification } from 'maplibre-gl';
import type { Filters } from '../state/url';

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

/** Yangtze points have no adcode requirement in the contract, so only the class filter applies. */
export function pointFilter(filters: Filters): FilterSpecification {
  return ['in', ['get', 'class'], ['literal', filters.classes]];
}
