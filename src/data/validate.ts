/**
 * Validates the manifest against the contract (src/data/contract.ts), naming the first problem,
 * so a broken manifest fails loudly and precisely. The layer files are validated by
 * validate-layer.ts (in the parse worker).
 */
import type { Position } from 'geojson';
import { validateBasemaps } from './basemaps';
import { DataError } from './data-error';
import type { LayerKind, Manifest } from './contract';

export { DataError };

/**
 * The part of a sections layer's `readings` path that names the file of one adcode. (Here, not in
 * contract.ts, which holds only types and the constants the first view's smallest chunks share.)
 */
export const READINGS_KEY = '{adcode}';

export const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function isPosition(p: unknown): p is Position {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    isNumber(p[0]) &&
    isNumber(p[1]) &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90
  );
}

const KINDS: LayerKind[] = ['units', 'sections', 'yangtze-points', 'districts', 'rivers', 'context'];

export function validateManifest(json: unknown): Manifest {
  const file = 'manifest.json';
  const m = json as Partial<Manifest>;
  if (typeof json !== 'object' || json === null) throw new DataError(file, 'not a JSON object');
  if (!m.name || !isString(m.name.zh) || !isString(m.name.en)) throw new DataError(file, 'name.zh and name.en are required');
  if (m.view !== undefined && (!isPosition(m.view.center) || !isNumber(m.view.zoom))) throw new DataError(file, 'view must have center [lon, lat] and zoom');
  if (!Array.isArray(m.bounds) || m.bounds.length !== 4 || !m.bounds.every(isNumber)) throw new DataError(file, 'bounds must be [west, south, east, north]');
  if (!Array.isArray(m.layers)) throw new DataError(file, 'layers must be an array');
  m.layers.forEach((layer, i) => {
    const fail = (problem: string) => {
      throw new DataError(file, `layers[${i}]: ${problem}`);
    };
    if (!isString(layer.id)) fail('id is required');
    if (!isString(layer.file) || /^[a-z]+:|^\/\/|\.\./i.test(layer.file)) fail('file must be a relative path inside data/');
    if (!KINDS.includes(layer.kind)) fail(`kind must be one of ${KINDS.join(', ')}`);
    if (!layer.title || !isString(layer.title.zh) || !isString(layer.title.en)) fail('title.zh and title.en are required');
    if (layer.provenance !== 'illustrative' && layer.provenance !== 'official') fail('provenance must be “illustrative” or “official”');
    const source: unknown = layer.source;
    const localized = typeof source === 'object' && source !== null && isString((source as { zh?: unknown }).zh) && isString((source as { en?: unknown }).en);
    if (!isString(source) && !localized) fail('source is required: a text, or { zh, en }');
    if (!isString(layer.date)) fail('date is required');
    if (layer.format !== undefined && layer.format !== 'geojson' && layer.format !== 'tiles+store') fail('format must be “geojson” or “tiles+store”');
    if (layer.format === 'tiles+store') {
      if (layer.kind !== 'units') fail('only the units layer can be tiles + store');
      for (const key of ['index', 'store', 'names'] as const) {
        const f = layer[key];
        if (key === 'names' && f === undefined) continue;
        if (!isString(f) || /^[a-z]+:|^\/\/|\.\./i.test(f)) fail(`${key} must be a relative path inside data/`);
      }
      const t = layer.tiles;
      if (!t || !isNumber(t.minzoom) || !isNumber(t.maxzoom) || !isNumber(t.labelMinzoom)) fail('tiles must give minzoom, maxzoom and labelMinzoom');
      if (!layer.summary || !isNumber(layer.summary.count)) fail('summary (count and byCategory) is required');
    }
    if (layer.readings !== undefined) {
      if (layer.kind !== 'sections') fail('only the sections layer can keep its readings apart');
      if (!isString(layer.readings) || !layer.readings.includes(READINGS_KEY) || /^[a-z]+:|^\/\/|\.\./i.test(layer.readings)) {
        fail(`readings must be a relative path inside data/ with ${READINGS_KEY} in it`);
      }
    }
  });
  for (const kind of KINDS) {
    if (!m.layers.some((l) => l.kind === kind)) throw new DataError(file, `no layer of kind “${kind}”`);
  }
  validateBasemaps(m.basemaps);
  return json as Manifest;
}
