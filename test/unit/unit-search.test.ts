/**
 * Search over a tiled units layer: the names file plus the compact index must find the same
 * units by name and code as the GeoJSON layer does, with a box that holds the unit (turf's box
 * of the feature, independent of the index's quantization), and a names file that does not
 * belong to the index is refused by name. The HTML preloads nothing read by Range.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bbox } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { dataPreloadFiles } from '../../build/data-preloads';
import type { Manifest, Units } from '../../src/data/contract';
import { search } from '../../src/data/search';
import { decodeUnitStoreIndex, encodeUnitStore, StoreFormatError } from '../../src/data/store/format';
import { buildUnitSearch } from '../../src/data/store/unit-search';

const read = (f: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../public/data/${f}`, import.meta.url)), 'utf8'));
const units = read('units.geojson') as Units;
const index = decodeUnitStoreIndex(encodeUnitStore(units.features).index);
const names = units.features.map((f) => [f.properties.code, f.properties.name, f.properties.district]);

describe('tiled units search', () => {
  const entries = buildUnitSearch(index, names, new Map([['渝中区', 'Yuzhong']]));

  it('finds a unit by its full name and by its code, boxed around the unit', () => {
    for (const f of [units.features[0]!, units.features[400]!, units.features[817]!]) {
      const [byName] = search(entries, f.properties.name, 8);
      expect(byName?.id).toBe(f.properties.code);
      expect(search(entries, f.properties.code.toLowerCase(), 8)[0]?.id).toBe(f.properties.code);
      const [w, s, e, n] = bbox(f);
      const [bw, bs, be, bn] = byName!.bbox;
      expect(bw <= w && bs <= s && be >= e && bn >= n).toBe(true);
      // and not much larger: the index quantizes to 1/65535 of the layer's extent
      expect(Math.max(w - bw, s - bs, be - e, bn - n)).toBeLessThan(1e-3);
    }
  });

  it('gives the district in both languages when the data names it in English', () => {
    const f = units.features.find((u) => u.properties.district === '渝中区')!;
    const entry = entries.find((e) => e.id === f.properties.code)!;
    expect(entry.detail).toEqual({ zh: `${f.properties.code} · 渝中区`, en: `${f.properties.code} · Yuzhong 渝中区` });
  });

  it('refuses a names file that does not match the index', () => {
    expect(() => buildUnitSearch(index, names.slice(1), new Map())).toThrow(StoreFormatError);
    const swapped = [names[1], names[0], ...names.slice(2)];
    expect(() => buildUnitSearch(index, swapped, new Map())).toThrow(/unit #0/);
    expect(() => buildUnitSearch(index, { units: names }, new Map())).toThrow(StoreFormatError);
  });
});

describe('HTML preloads', () => {
  it('preload the manifest and the GeoJSON layers, never a Range-read archive', () => {
    const manifest = read('manifest.json') as Manifest;
    const files = manifest.layers.map((l) => l.file);
    expect(dataPreloadFiles(manifest)).toEqual(['manifest.json', ...files]);
    const tiled = { layers: manifest.layers.map((l) => (l.kind === 'units' ? { ...l, file: 'units.pmtiles', format: 'tiles+store' } : l)) };
    expect(dataPreloadFiles(tiled)).toEqual(['manifest.json', ...files.filter((f) => f !== 'units.geojson')]);
  });
});
