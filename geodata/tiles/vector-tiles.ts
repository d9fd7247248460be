/**
 * Vector tiles of a units layer, cut with `@maplibre/geojson-vt` (simplified per zoom: tolerance
 * in tile pixels) and serialized with `@maplibre/vt-pbf`, gzip'd. Two layers per tile:
 * `units` (polygons; feature id = the unit's position in the layer, the same number the geometry
 * store uses, so it is the feature-state id and what a click reads from the store; properties
 * `category` and `adcode` (style and filters)) and `unit-labels` (one point per unit at its label
 * position, `name`, from `labelMinZoom`). No unit code: a code is unique to its feature, so every
 * code would be one more entry in the tile's table of values (a quarter of a national view's bytes).
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, Point } from 'geojson';
import { gzipSync } from 'node:zlib';
import type { UnitFeature } from '../../src/data/contract';
import { labelPoints } from '../../src/geo/label-points';
import type { TileInput } from './pmtiles';

export interface TileOptions {
  minZoom: number;
  maxZoom: number;
  labelMinZoom: number;
}

export const UNITS_LAYER = 'units';
export const LABELS_LAYER = 'unit-labels';

const lonToX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const latToY = (lat: number, z: number) => {
  const s = Math.sin((lat * Math.PI) / 180);
  return Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * 2 ** z);
};

/** Every non-empty tile of `units` from `minZoom` to `maxZoom`. */
export function unitTiles(units: readonly UnitFeature[], bounds: [number, number, number, number], o: TileOptions): TileInput[] {
  const polygons = new GeoJSONVT(
    {
      type: 'FeatureCollection',
      features: units.map((u, id) => ({ type: 'Feature', id, geometry: u.geometry, properties: { category: u.properties.category, adcode: u.properties.adcode } })),
    },
    { maxZoom: o.maxZoom, indexMaxZoom: Math.min(5, o.maxZoom), tolerance: 3, extent: 4096, buffer: 64 },
  );
  const anchors = labelPoints({ type: 'FeatureCollection', features: units as UnitFeature[] }).features;
  const points: Feature<Point>[] = anchors.map((a, id) => ({
    type: 'Feature',
    id,
    geometry: a.geometry,
    properties: { name: a.properties.name },
  }));
  const labels = new GeoJSONVT({ type: 'FeatureCollection', features: points }, { maxZoom: o.maxZoom, indexMaxZoom: Math.min(5, o.maxZoom), extent: 4096, buffer: 64 });
  const out: TileInput[] = [];
  for (let z = o.minZoom; z <= o.maxZoom; z++) {
    const [x0, x1] = [lonToX(bounds[0], z), lonToX(bounds[2], z)];
    const [y0, y1] = [latToY(bounds[3], z), latToY(bounds[1], z)];
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const t = polygons.getTile(z, x, y);
        if (!t || t.features.length === 0) continue;
        const layers: Parameters<typeof fromGeojsonVt>[0] = { [UNITS_LAYER]: t };
        const l = z >= o.labelMinZoom ? labels.getTile(z, x, y) : null;
        if (l && l.features.length > 0) layers[LABELS_LAYER] = l;
        out.push({ z, x, y, data: gzipSync(fromGeojsonVt(layers, { version: 2, extent: 4096 }), { level: 6 }) });
      }
    }
  }
  return out;
}
