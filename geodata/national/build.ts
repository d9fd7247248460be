/**
 * `npm run geodata:national`: the illustrative national dataset (44,604 units, ~3,600 sections,
 * 31 provinces) as a site data folder in tiles + store format with the sections' readings apart,
 * plus the whole units and sections layers as one GeoJSON file each for comparison (benchmarks,
 * tests). Deterministic: same arguments, same bytes.
 *
 *   --out DIR       output folder (default geodata/out/national; git-ignored)
 *   --units N       number of units (default 44,604); small values give quick test datasets
 *   --sections N    number of sections (default 3,600, capped by units)
 *   --levels L      2^L segments per cell edge (default 5: ≈ 190 vertices per unit)
 *   --provinces A,B only these provinces (adcodes), e.g. 500000 for a Chongqing-sized test set
 */
import type { FeatureCollection } from 'geojson';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Manifest, ManifestLayer, UnitFeature } from '../../src/data/contract';
import { mapshaperLayer } from '../mapshaper';
import { GEODATA_DIR } from '../sources';
import { writeReadingsApart } from '../tiles/readings';
import { writeTiledUnits } from '../tiles/write-layer';
import { loadProvinces } from './provinces';
import { buildNationalSections, NATIONAL_SECTIONS } from './sections';
import { buildNationalUnits, NATIONAL_UNITS } from './units';

/** The one seed of the national sample. */
export const NATIONAL_SEED = 44604;

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join(GEODATA_DIR, 'out', 'national') },
    units: { type: 'string', default: String(NATIONAL_UNITS) },
    sections: { type: 'string', default: String(NATIONAL_SECTIONS) },
    levels: { type: 'string', default: '5' },
    provinces: { type: 'string' },
  },
});
const out = values.out;
const t0 = performance.now();
const lap = (what: string) => console.log(`${what.padEnd(28)} ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const provinces = loadProvinces();
const only = values.provinces?.split(',');
const { units, report } = buildNationalUnits(provinces, { units: Number(values.units), seed: NATIONAL_SEED, levels: Number(values.levels), ...(only ? { provinces: only } : {}) });
lap(`${units.length} units`);

const vertexMean = (u: UnitFeature, r: () => number): [number, number] => {
  const ring = u.geometry.type === 'Polygon' ? u.geometry.coordinates[0]! : u.geometry.coordinates[0]![0]!;
  // the mean of the ring's vertices, nudged a little: inside these near-convex units
  const mx = ring.reduce((t, p) => t + p[0]!, 0) / ring.length;
  const my = ring.reduce((t, p) => t + p[1]!, 0) / ring.length;
  const [x0, y0] = ring[0] as [number, number];
  const k = 0.2 * r();
  return [mx + (x0 - mx) * k, my + (y0 - my) * k];
};
const sections = buildNationalSections(units, vertexMean, NATIONAL_SEED, Number(values.sections));
lap(`${sections.length} sections`);

mkdirSync(out, { recursive: true });
const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features }) + '\n';
const used = new Set(units.map((u) => u.properties.adcode));
const districts = provinces
  .filter((p) => used.has(p.adcode))
  .map((p) => ({ type: 'Feature', properties: { adcode: p.adcode, name: p.name, name_en: p.name_en }, geometry: p.geometry }));
// The outlines are drawn and read whole by the first view: simplified at 3 km (their vertices are
// ≈ 6 km apart, the units' province borders stair-stepped at ≈ 19 km) and rounded to 0.001°
// (≈ 100 m), topology kept; 128 KB gzip → 49 KB
const outlines = await mapshaperLayer({ type: 'FeatureCollection', features: districts } as FeatureCollection, '-simplify interval=3000 keep-shapes', 'precision=0.001');
writeFileSync(join(out, 'districts.geojson'), fc(outlines.features));
writeFileSync(join(out, 'sections.geojson'), fc(sections));
// the first view reads the points only; a section's readings are read when it is opened
const sectionsApart = writeReadingsApart({ type: 'FeatureCollection', features: sections }, out);
for (const empty of ['rivers', 'context', 'yangtze-points']) writeFileSync(join(out, `${empty}.geojson`), fc([]));

// the whole layer as one GeoJSON file, streamed (hundreds of MB do not fit one string)
await new Promise<void>((done, fail) => {
  const s = createWriteStream(join(out, 'units.geojson'));
  s.on('error', fail);
  s.write('{"type":"FeatureCollection","features":[');
  units.forEach((u, i) => s.write((i ? ',' : '') + JSON.stringify(u)));
  s.end(']}\n', done);
});
lap('units.geojson');

const tiled = writeTiledUnits(units, out, 'units', { minZoom: 2, maxZoom: 9, labelMinZoom: 8, name: 'National control units (illustrative)' });
lap(`${tiled.tiles} tiles + store`);

const SAMPLE = 'generated deterministically (seeded) to match published national aggregates (2024); not official';
const layer = (l: Omit<ManifestLayer, 'provenance' | 'date'>, date = '2024-06-30'): ManifestLayer => ({ ...l, provenance: 'illustrative', date });
const manifest: Manifest = {
  name: { zh: '全国（示意数据）', en: 'China (illustrative national sample)' },
  bounds: report.bounds as [number, number, number, number],
  layers: [
    layer({ id: 'context', file: 'context.geojson', kind: 'context', title: { zh: '周边', en: 'Surroundings' }, source: 'none in the national sample' }),
    layer({ id: 'districts', file: 'districts.geojson', kind: 'districts', title: { zh: '省级行政区', en: 'Provinces' }, source: 'npm echarts@4.9.0 map/json/china.json (Apache-2.0; AMap-derived, GCJ-02 converted to WGS-84), simplified at 3 km; coarse, for orientation only, not legal boundaries' }, '2020-08'),
    layer({ id: 'rivers', file: 'rivers.geojson', kind: 'rivers', title: { zh: '河流', en: 'Rivers' }, source: 'none in the national sample' }),
    {
      ...layer({ id: 'units', file: tiled.files.file, kind: 'units', title: { zh: '环境管控单元（全国示意）', en: 'Environmental control units (national, illustrative)' }, source: `${units.length} units ${SAMPLE}; province borders stair-stepped at ≈ ${Math.round((report.cellDeg as number) * 222)} km` }),
      ...tiled.files,
    },
    layer({ id: 'sections', file: sectionsApart.file, readings: sectionsApart.readings, kind: 'sections', title: { zh: '国控断面（全国示意）', en: 'National monitoring sections (illustrative)' }, source: `${sections.length} sections, readings Jan–Jun 2024, ${SAMPLE}` }),
    layer({ id: 'yangtze-points', file: 'yangtze-points.geojson', kind: 'yangtze-points', title: { zh: '长江干流水质点位', en: 'Yangtze main-stem points' }, source: 'none in the national sample' }),
  ],
};
writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest) + '\n');
writeFileSync(join(out, 'build-report.json'), JSON.stringify({ ...report, sections: sections.length, tiles: tiled.tiles, bytes: tiled.bytes }, null, 1) + '\n');
lap('done');
console.log(JSON.stringify(report), tiled.bytes);
