/**
 * Where a selected feature is, to frame it on the map: read when a link names a feature but no
 * view, or a list row is picked, so turf's bbox stays out of the first load.
 */
import { bbox } from '@turf/turf';
import type { Selected } from './lookup';

export function selectionBounds(selected: Selected): [number, number, number, number] {
  return bbox(selected.feature).slice(0, 4) as [number, number, number, number];
}
