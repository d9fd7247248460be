/** The bundled sample dataset, read from public/data/ as the site serves it. */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../src/data/contract';

const read = (f: string) => JSON.parse(readFileSync(`public/data/${f}`, 'utf8'));

export const sampleDataset: Dataset = {
  manifest: read('manifest.json'),
  units: read('units.geojson'),
  sections: read('sections.geojson'),
  yangtzePoints: read('yangtze-points.geojson'),
  districts: read('districts.geojson'),
  rivers: read('rivers.geojson'),
  context: read('context.geojson'),
};
