/**
 * Write a units layer as tiles + store: `<stem>.pmtiles` (display), `<stem>.index.bin.gz`
 * (the compact index, fetched whole), `<stem>.store.bin` (geometry records, read by Range) and
 * `<stem>.names.json` (`[code, name, district]` per unit in index order, fetched on the first search).
 * Returns the manifest fields of the layer and what was written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CATEGORIES, UnitFeature } from '../../src/data/contract';
import { encodeUnitStore } from '../../src/data/store/format';
import { writePmtiles } from './pmtiles';
import { LABELS_LAYER, UNITS_LAYER, unitTiles, type TileOptions } from './vector-tiles';

export interface TiledLayerFiles {
  format: 'tiles+store';
  file: string;
  index: string;
  store: string;
  names: string;
  tiles: { minzoom: number; maxzoom: number; labelMinzoom: number };
  summary: { count: number; byCategory: Record<(typeof CATEGORIES)[number], { count: number; areaKm2: number }> };
}

export function writeTiledUnits(units: UnitFeature[], dir: string, stem: string, o: TileOptions & { name: string }): { files: TiledLayerFiles; bytes: Record<string, number>; tiles: number } {
  mkdirSync(dir, { recursive: true });
  const bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const u of units) {
    for (const poly of u.geometry.type === 'Polygon' ? [u.geometry.coordinates] : u.geometry.coordinates) {
      for (const p of poly[0] ?? []) {
        bounds[0] = Math.min(bounds[0], p[0]!);
        bounds[1] = Math.min(bounds[1], p[1]!);
        bounds[2] = Math.max(bounds[2], p[0]!);
        bounds[3] = Math.max(bounds[3], p[1]!);
      }
    }
  }
  const tiles = unitTiles(units, bounds, o);
  const archive = writePmtiles(tiles, {
    minZoom: o.minZoom,
    maxZoom: o.maxZoom,
    bounds,
    center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, o.minZoom],
    metadata: {
      name: o.name,
      format: 'pbf',
      vector_layers: [
        { id: UNITS_LAYER, fields: { category: 'String', adcode: 'String' }, minzoom: o.minZoom, maxzoom: o.maxZoom },
        { id: LABELS_LAYER, fields: { name: 'String' }, minzoom: o.labelMinZoom, maxzoom: o.maxZoom },
      ],
    },
  });
  const { store, index } = encodeUnitStore(units);
  const gzIndex = gzipSync(index, { level: 9 });
  const files = { file: `${stem}.pmtiles`, index: `${stem}.index.bin.gz`, store: `${stem}.store.bin`, names: `${stem}.names.json` };
  const names = JSON.stringify(units.map((u) => [u.properties.code, u.properties.name, u.properties.district]));
  writeFileSync(join(dir, files.file), archive);
  writeFileSync(join(dir, files.index), gzIndex);
  writeFileSync(join(dir, files.store), store);
  writeFileSync(join(dir, files.names), names + '\n');
  const byCategory = { priority: { count: 0, areaKm2: 0 }, key: { count: 0, areaKm2: 0 }, general: { count: 0, areaKm2: 0 } };
  for (const u of units) {
    const c = byCategory[u.properties.category];
    c.count++;
    c.areaKm2 += u.properties.area_km2;
  }
  for (const c of Object.values(byCategory)) c.areaKm2 = Math.round(c.areaKm2 * 10) / 10;
  return {
    files: { format: 'tiles+store', ...files, tiles: { minzoom: o.minZoom, maxzoom: o.maxZoom, labelMinzoom: o.labelMinZoom }, summary: { count: units.length, byCategory } },
    bytes: { [files.file]: archive.length, [files.index]: gzIndex.length, [`${files.index} (raw)`]: index.length, [files.store]: store.length, [files.names]: Buffer.byteLength(names) + 1 },
    tiles: tiles.length,
  };
}
