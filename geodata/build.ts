/**
 * The geodata pipeline: sources → public/data/. Run with `npm run geodata`.
 *   --check   build into memory and compare with the committed files (exit 1 on drift)
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as turf from '@turf/turf';
import { buildContext, buildDistricts } from './districts';
import { buildRivers, CROSS_STREAM } from './rivers';
import { buildUnits } from './units';
import { buildSections } from './sections';
import { buildManifest } from './manifest';
import { echartsProvinces, GEODATA_DIR } from './sources';
import { NEIGHBOURS } from './names';

const ROOT = join(GEODATA_DIR, '..');
const check = process.argv.includes('--check');

const outputs = new Map<string, string>();
/** Output files by repo-relative path; compact JSON in the key order the code builds. */
const emit = (file: string, value: unknown) => outputs.set(file, JSON.stringify(value) + '\n');
const data = (f: string) => `public/data/${f}`;
const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });

const t0 = performance.now();
const maps = echartsProvinces(['chongqing', ...NEIGHBOURS.map((n) => n.stem)]);
const districts = await buildDistricts(maps.get('chongqing')!);
emit(data('districts.geojson'), fc(districts.features));
const context = await buildContext(maps);
emit(data('context.geojson'), fc(context));

const [w, s, e, n] = turf.bbox(fc(districts.features) as never);
const margin = 0.3;
const rivers = buildRivers([
  Math.max(105, w - margin), Math.max(28, s - margin), Math.min(110.5, e + margin), Math.min(32.5, n + margin),
].map((v) => Math.round(v * 100) / 100) as [number, number, number, number], true, {
  sichuan: context.find((c) => c.properties.name === '四川省')!,
  districts: districts.features,
});
emit(data('rivers.geojson'), fc(rivers.features));

/** The one seed of the illustrative sample; change it and every generated file changes. */
const SEED = 20240630;
// units relate to the six named rivers only (the generic cross-border stream is basemap context)
const unitRivers = rivers.features.filter((r) => r.properties.name !== CROSS_STREAM.name);
const units = await buildUnits(districts.features, districts.seats, unitRivers, SEED);
emit(data('units.geojson'), fc(units.features));

const sections = buildSections(districts.features, rivers.features, context, SEED);
emit(data('sections.geojson'), fc(sections.sections));
emit(data('yangtze-points.geojson'), fc(sections.yangtzePoints));

const r3 = (v: number, up: boolean) => (up ? Math.ceil(v * 1000) : Math.floor(v * 1000)) / 1000;
emit(data('manifest.json'), buildManifest([r3(w, false), r3(s, false), r3(e, true), r3(n, true)]));

const report = { districts: districts.report, rivers: rivers.report, units: units.report, sections: sections.report };
emit('geodata/build-report.json', report);

let drift = 0;
const { writeFileSync, mkdirSync } = await import('node:fs');
for (const [file, text] of outputs) {
  const path = join(ROOT, file);
  if (check) {
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      /* missing */
    }
    if (old !== text) {
      drift++;
      console.error(`drift: ${file}`);
    }
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}
const secs = ((performance.now() - t0) / 1000).toFixed(1);
for (const [file, text] of outputs) console.log(`${file.padEnd(42)} ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(6)} KB`);
console.log(`${check ? 'checked' : 'built'} ${outputs.size} files in ${secs} s`);
if (check && drift) process.exit(1);
