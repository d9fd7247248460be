/**
 * `npm run geodata:tiles -- <data folder>`: switch a data folder to the national-scale format.
 * Reads `manifest.json` and validates the units and sections files with the app's own validator,
 * then writes beside them `units.pmtiles`, `units.index.bin.gz`, `units.store.bin` (tiles +
 * store) and `sections.points.geojson` + `sections.readings/<adcode>.json` (the sections'
 * readings apart, read when a section is opened), and rewrites both manifest entries. The
 * GeoJSON files stay, unused by the app.
 *
 *   --minzoom Z --maxzoom Z --labels Z   zoom range of the tiles and first zoom of unit labels
 *                                        (default 5, 12, 10: a city; the national set uses 2, 9, 8)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Manifest, Sections, Units } from '../../src/data/contract';
import { validateManifest } from '../../src/data/validate';
import { validateLayer } from '../../src/data/validate-layer';
import { writeReadingsApart } from './readings';
import { writeTiledUnits } from './write-layer';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { minzoom: { type: 'string', default: '5' }, maxzoom: { type: 'string', default: '12' }, labels: { type: 'string', default: '10' } },
});
const dir = positionals[0];
if (!dir) {
  console.error('usage: npm run geodata:tiles -- <data folder with manifest.json> [--minzoom 5 --maxzoom 12 --labels 10]');
  process.exit(2);
}
const manifest: Manifest = validateManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
const layer = manifest.layers.find((l) => l.kind === 'units')!;
if (layer.format === 'tiles+store') {
  console.error(`${dir}: the units layer is already tiles + store (${layer.file})`);
  process.exit(1);
}
const units = validateLayer<Units>(layer.file, 'units', JSON.parse(readFileSync(join(dir, layer.file), 'utf8')));
const t0 = performance.now();
const { files, bytes, tiles } = writeTiledUnits(units.features, dir, 'units', {
  minZoom: Number(values.minzoom),
  maxZoom: Number(values.maxzoom),
  labelMinZoom: Number(values.labels),
  name: layer.title.en,
});
Object.assign(layer, files);
console.log(`${units.features.length} units → ${tiles} tiles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
for (const [f, n] of Object.entries(bytes)) console.log(`  ${f.padEnd(28)} ${(n / 1024).toFixed(0).padStart(8)} KB`);

// a folder whose sections already keep their readings apart is left as it is
const sectionsLayer = manifest.layers.find((l) => l.kind === 'sections')!;
if (sectionsLayer.readings === undefined) {
  const sections = validateLayer<Sections>(sectionsLayer.file, 'sections', JSON.parse(readFileSync(join(dir, sectionsLayer.file), 'utf8')));
  const apart = writeReadingsApart(sections, dir);
  Object.assign(sectionsLayer, { file: apart.file, readings: apart.readings });
  console.log(`${sections.features.length} sections → ${apart.file}, readings in ${apart.files} files ${apart.readings}`);
}
writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest) + '\n');
