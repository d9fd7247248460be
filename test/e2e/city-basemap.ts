/**
 * Builds, in the test, a small vector basemap in the Protomaps schema from the project's own
 * data (districts and neighbouring provinces as `earth`, rivers as `water`, district seats as
 * `places`), cut into tiles with geojson-vt, encoded with vt-pbf, and written with the
 * pipeline's PMTiles writer (geodata/tiles/pmtiles.ts).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection } from 'geojson';
import { writePmtiles, type TileInput } from '../../geodata/tiles/pmtiles';

const read = (file: string): FeatureCollection => JSON.parse(readFileSync(`public/data/${file}`, 'utf8'));
const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

export const CITY_BOUNDS: [number, number, number, number] = [105.0, 28.0, 110.5, 32.5];
const MAX_ZOOM = 10;

export function buildCityBasemap(): Uint8Array {
  const districts = read('districts.geojson');
  const earth = collection([...read('context.geojson').features, ...districts.features].map((f) => ({ ...f, properties: { kind: 'earth' } })));
  const water = collection(read('rivers.geojson').features.map((f) => ({ ...f, properties: { kind: 'river', name: f.properties!.name } })));
  const places = collection(
    districts.features.map((f) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: (f.properties as { cp?: [number, number] }).cp ?? centre(f) },
      properties: { kind: 'locality', name: f.properties!.name, 'name:zh': f.properties!.name, 'name:en': f.properties!.name_en, min_zoom: 1, population_rank: 9 },
    })),
  );
  const options = { maxZoom: MAX_ZOOM, indexMaxZoom: MAX_ZOOM, extent: 4096, buffer: 64, tolerance: 3 };
  const layers = { earth: new GeoJSONVT(earth, options), water: new GeoJSONVT(water, options), places: new GeoJSONVT(places, options) };
  const tiles: TileInput[] = [];
  for (let z = 0; z <= MAX_ZOOM; z++) {
    const [x0, y1] = tileOf(CITY_BOUNDS[0], CITY_BOUNDS[1], z);
    const [x1, y0] = tileOf(CITY_BOUNDS[2], CITY_BOUNDS[3], z);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const parts = Object.fromEntries(
          Object.entries(layers).flatMap(([name, index]) => {
            const tile = index.getTile(z, x, y);
            return tile && tile.features.length ? [[name, tile]] : [];
          }),
        );
        if (Object.keys(parts).length) tiles.push({ z, x, y, data: gzipSync(fromGeojsonVt(parts, { version: 2, extent: 4096 })) });
      }
    }
  }
  return writePmtiles(tiles, {
    minZoom: 0,
    maxZoom: MAX_ZOOM,
    bounds: CITY_BOUNDS,
    center: [106.55, 29.56, 10],
    metadata: { name: 'test city basemap', vector_layers: ['earth', 'water', 'places'].map((id) => ({ id, fields: {} })) },
  });
}

function centre(f: Feature): [number, number] {
  const ring = (f.geometry as { coordinates: number[][][] | number[][][][] }).coordinates.flat(2) as unknown as number[][];
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}

function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return [x, y];
}
