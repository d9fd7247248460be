/**
 * Reads the bundled data straight from public/data with turf, independently of the app's own
 * code, so browser tests compare what the user sees against an independent answer.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, distance } from '@turf/turf';
import type { Sections, Units, YangtzePoints } from '../../src/data/contract';

const read = <T>(file: string): T => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as T;
export const units = read<Units>('units.geojson');
export const sections = read<Sections>('sections.geojson');
export const yangtzePoints = read<YangtzePoints>('yangtze-points.geojson');

export function unitsAt(lon: number, lat: number) {
  return units.features.filter((f) => booleanPointInPolygon([lon, lat], f));
}

/** Distance in metres from a point to the nearest section or Yangtze point. */
export function nearestStationM(lon: number, lat: number): number {
  let best = Infinity;
  for (const f of [...sections.features, ...yangtzePoints.features]) {
    best = Math.min(best, distance([lon, lat], f.geometry.coordinates, { units: 'meters' }));
  }
  return best;
}
