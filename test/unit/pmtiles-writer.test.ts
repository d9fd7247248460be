/**
 * The project's PMTiles v3 writer, read back with the `pmtiles` package (the reader MapLibre
 * uses in the browser): header fields, metadata, every tile byte for byte, leaf directories, and
 * the vector tiles' feature ids and properties against the source units.
 */
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { PMTiles, zxyToTileId, type Source } from 'pmtiles';
import { bbox, coordAll } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Units } from '../../src/data/contract';
import { mulberry32 } from '../../geodata/prng';
import { tileId, writePmtiles, type TileInput } from '../../geodata/tiles/pmtiles';
import { LABELS_LAYER, UNITS_LAYER, unitTiles } from '../../geodata/tiles/vector-tiles';

function memorySource(bytes: Uint8Array): Source & { reads: number } {
  const s = {
    reads: 0,
    getKey: () => 'memory',
    getBytes: async (offset: number, length: number) => {
      s.reads++;
      const part = bytes.slice(offset, offset + length);
      return { data: part.buffer };
    },
  };
  return s;
}

const units = JSON.parse(readFileSync(fileURLToPath(new URL('../../public/data/units.geojson', import.meta.url)), 'utf8')) as Units;
const bounds: [number, number, number, number] = [105.28, 28.16, 110.2, 32.21];

describe('PMTiles writer', () => {
  it('tile ids follow the spec (same as the reader’s zxyToTileId) up to zoom 12', () => {
    const r = mulberry32(7);
    for (let z = 0; z <= 12; z++) {
      for (let k = 0; k < 200; k++) {
        const x = Math.floor(r() * 2 ** z);
        const y = Math.floor(r() * 2 ** z);
        expect(tileId(z, x, y)).toBe(zxyToTileId(z, x, y));
      }
    }
  });

  it('an archive of the sample’s tiles reads back: header, metadata, each tile, ids and properties', async () => {
    const tiles = unitTiles(units.features, bounds, { minZoom: 5, maxZoom: 8, labelMinZoom: 8 });
    const bytes = writePmtiles(tiles, { minZoom: 5, maxZoom: 8, bounds, center: [107.7, 30.2, 6], metadata: { name: 'test', vector_layers: [{ id: UNITS_LAYER }] } });
    const archive = new PMTiles(memorySource(bytes));
    const h = await archive.getHeader();
    expect(h.specVersion).toBe(3);
    expect([h.minZoom, h.maxZoom]).toEqual([5, 8]);
    expect(h.minLon).toBeCloseTo(105.28, 6);
    expect(h.maxLat).toBeCloseTo(32.21, 6);
    expect(h.numAddressedTiles).toBe(tiles.length);
    expect(h.clustered).toBe(true);
    expect(await archive.getMetadata()).toEqual({ name: 'test', vector_layers: [{ id: UNITS_LAYER }] });
    for (const t of tiles) {
      // the reader hands out tiles decompressed
      const got = await archive.getZxy(t.z, t.x, t.y);
      expect(new Uint8Array(got!.data)).toEqual(new Uint8Array(gunzipSync(t.data)));
    }
    expect(await archive.getZxy(5, 0, 0)).toBeUndefined();

    // a zoom-8 tile over the city: ids are positions in the layer (each feature lies in the box
    // of the unit at its id), with that unit's category and adcode, and no code (the store has it)
    const t8 = tiles.filter((t) => t.z === 8).sort((a, b) => b.data.length - a.data.length)[0]!;
    const vt = new VectorTile(new PbfReader(gunzipSync(t8.data)));
    const layer = vt.layers[UNITS_LAYER]!;
    expect(layer.length).toBeGreaterThan(10);
    for (let i = 0; i < layer.length; i++) {
      const f = layer.feature(i);
      const unit = units.features[Number(f.id)]!;
      expect(f.properties).toEqual({ category: unit.properties.category, adcode: unit.properties.adcode });
      const [w, s, e, n] = bbox(unit);
      const slack = 0.01; // a tile unit at zoom 8 is ≈ 0.0003°, the simplification a few of them
      for (const [lon, lat] of coordAll(f.toGeoJSON(t8.x, t8.y, t8.z))) {
        expect(lon).toBeGreaterThan(w - slack);
        expect(lon).toBeLessThan(e + slack);
        expect(lat).toBeGreaterThan(s - slack);
        expect(lat).toBeLessThan(n + slack);
      }
    }
    const labels = vt.layers[LABELS_LAYER]!;
    expect(labels.feature(0).properties.name).toBe(units.features[Number(labels.feature(0).id)]!.properties.name);
  }, 60_000);

  it('spills to leaf directories when the root would pass 16 KiB, and still finds every tile', async () => {
    const r = mulberry32(11);
    const tiles: TileInput[] = [];
    const seen = new Set<number>();
    const payloads = Array.from({ length: 7 }, (_, k) => gzipSync(Uint8Array.from([k])));
    while (tiles.length < 12000) {
      const x = Math.floor(r() * 1024);
      const y = Math.floor(r() * 1024);
      if (seen.has(x * 1024 + y)) continue;
      seen.add(x * 1024 + y);
      tiles.push({ z: 10, x, y, data: payloads[tiles.length % 7]! });
    }
    const bytes = writePmtiles(tiles, { minZoom: 10, maxZoom: 10, bounds: [0, 0, 1, 1], center: [0, 0, 10], metadata: {} });
    const archive = new PMTiles(memorySource(bytes));
    const h = await archive.getHeader();
    expect(h.leafDirectoryLength).toBeGreaterThan(0);
    expect(h.rootDirectoryOffset + h.rootDirectoryLength).toBeLessThanOrEqual(16384);
    // identical contents are stored once
    expect(h.numTileContents).toBeLessThan(tiles.length);
    for (const t of tiles.filter((_, i) => i % 97 === 0)) {
      expect(new Uint8Array((await archive.getZxy(t.z, t.x, t.y))!.data)).toEqual(new Uint8Array(gunzipSync(t.data)));
    }
  }, 60_000);
});
