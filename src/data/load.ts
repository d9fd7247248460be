/**
 * Loads the dataset described by data/manifest.json. URLs are relative to the page, so a build
 * served from any sub-path finds its data; only same-origin files are ever requested.
 */
import type { Dataset, LayerKind, Manifest, ManifestLayer, MonthlyReading, TiledUnits } from './contract';
import { DataError, READINGS_KEY, validateManifest } from './validate';
import type { LayerOptions } from './validate-layer';

export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown>; arrayBuffer?(): Promise<ArrayBuffer> }>;

/**
 * Validates one layer file's bytes somewhere else (`parse-client.ts`: in a worker). Resolves
 * when `parseLayer` (validate-layer.ts) accepts them, rejects with the DataError it throws.
 */
export type LayerValidator = (file: string, kind: LayerKind, bytes: ArrayBuffer, options: LayerOptions) => Promise<void>;

async function fetchFile(fetcher: FetchLike, base: URL, file: string) {
  const url = new URL(file, base);
  if (url.origin !== base.origin) throw new DataError(file, 'data files must be on the site’s own origin');
  let response;
  try {
    response = await fetcher(url.href);
  } catch {
    throw new DataError(file, 'could not be downloaded');
  }
  if (!response.ok) throw new DataError(file, `could not be downloaded (HTTP ${response.status})`);
  return response;
}

async function fetchJson(fetcher: FetchLike, base: URL, file: string): Promise<unknown> {
  const response = await fetchFile(fetcher, base, file);
  try {
    return await response.json();
  } catch {
    throw new DataError(file, 'is not valid JSON');
  }
}

/**
 * Layers the map still works without. The manifest and the units are not among them: the units are
 * what the map is about, and the site check's region is their extent.
 */
const CONTEXT_KINDS: ReadonlySet<LayerKind> = new Set(['sections', 'yangtze-points', 'districts', 'rivers', 'context']);

/**
 * Fetches and validates the manifest and every layer it lists. `base` is the data/ folder URL.
 * With `validator`, the layers' bytes are validated there (a worker) while the page parses its
 * own copy: JSON.parse is several times faster than receiving the worker's objects (a
 * structured clone), and validation, a walk over every vertex, is the slow part. The files are
 * still fetched here, so the pre-paint script's preloads serve them, and the large ones are kept
 * as object URLs for the map (`Dataset.layerBytes`).
 * With `onLayerFailure`, a context layer that fails to load or validate is reported there and
 * left empty, so the page keeps the rest of the map; without it (the build) any failure throws.
 * `onTiledUnits` hears of a tiled units layer as soon as the manifest names it, before the
 * other layers arrive.
 */
export async function loadDataset(
  base: URL,
  fetcher: FetchLike = fetch,
  validator?: LayerValidator,
  onLayerFailure?: (failure: DataError) => void,
  onTiledUnits?: (tiled: TiledUnits) => void,
): Promise<Dataset> {
  const manifest: Manifest = validateManifest(await fetchJson(fetcher, base, 'manifest.json'));
  const unitsLayer = manifest.layers.find((l) => l.kind === 'units')!;
  const tiledUnits = unitsLayer.format === 'tiles+store' ? tiledUnitsOf(base, unitsLayer) : undefined;
  if (tiledUnits) onTiledUnits?.(tiledUnits);
  const tiled = tiledUnits !== undefined;
  const layerBytes: NonNullable<Dataset['layerBytes']> = {};
  const byKind = async <T extends Dataset[Exclude<keyof Dataset, 'manifest' | 'tiledUnits' | 'layerBytes'>]>(kind: LayerKind): Promise<T> => {
    const layer = manifest.layers.find((l) => l.kind === kind)!;
    // tiled units are drawn from tiles and queried from the store: no GeoJSON to fetch
    if (kind === 'units' && tiled) return { type: 'FeatureCollection', features: [] } as unknown as T;
    const options: LayerOptions = { readingsApart: layer.readings !== undefined };
    if (!validator) {
      const [{ validateLayer }, json] = await Promise.all([import('./validate-layer'), fetchJson(fetcher, base, layer.file)]);
      return validateLayer<T>(layer.file, kind, json, options);
    }
    const response = await fetchFile(fetcher, base, layer.file);
    let bytes: ArrayBuffer;
    try {
      bytes = await response.arrayBuffer!();
    } catch {
      throw new DataError(layer.file, 'could not be downloaded');
    }
    // A copy for the page's own parse and for the map, whose worker reads it by URL; the
    // originals go to the validator. Until it answers, a parse error is its to explain.
    const copy = new Blob([bytes], { type: 'application/geo+json' });
    const validated = validator(layer.file, kind, bytes, options);
    const json: unknown = await copy.text().then(JSON.parse).catch(() => undefined);
    await validated;
    layerBytes[kind] = URL.createObjectURL(copy);
    return json as T;
  };
  const orEmpty = <T extends Dataset[Exclude<keyof Dataset, 'manifest' | 'tiledUnits' | 'layerBytes'>]>(kind: LayerKind): Promise<T> =>
    !onLayerFailure || !CONTEXT_KINDS.has(kind)
      ? byKind<T>(kind)
      : byKind<T>(kind).catch((e: unknown) => {
          if (!(e instanceof DataError)) throw e;
          onLayerFailure(e);
          return { type: 'FeatureCollection', features: [] } as unknown as T;
        });
  const [units, sections, yangtzePoints, districts, rivers, context] = await Promise.all([
    byKind<Dataset['units']>('units'),
    orEmpty<Dataset['sections']>('sections'),
    orEmpty<Dataset['yangtzePoints']>('yangtze-points'),
    orEmpty<Dataset['districts']>('districts'),
    orEmpty<Dataset['rivers']>('rivers'),
    orEmpty<Dataset['context']>('context'),
  ]);
  const dataset: Dataset = { manifest, units, sections, yangtzePoints, districts, rivers, context };
  if (Object.keys(layerBytes).length) dataset.layerBytes = layerBytes;
  if (tiledUnits) dataset.tiledUnits = tiledUnits;
  return dataset;
}

/** Absolute URLs of a tiles + store units layer (same origin, checked like every data file). */
function tiledUnitsOf(base: URL, layer: ManifestLayer): TiledUnits {
  const url = (file: string) => {
    const u = new URL(file, base);
    if (u.origin !== base.origin) throw new DataError(file, 'data files must be on the site’s own origin');
    return u.href;
  };
  return {
    tiles: url(layer.file),
    index: url(layer.index!),
    store: url(layer.store!),
    ...(layer.names ? { names: url(layer.names) } : {}),
    tileZooms: layer.tiles!,
    summary: layer.summary!,
  };
}

/** The readings file of `adcode` (manifest `readings` path `template`). */
export const readingsFile = (template: string, adcode: string): string => template.replace(READINGS_KEY, adcode);

/**
 * The readings kept apart for the sections of `adcode` (manifest `readings` path `template`):
 * one file per adcode, read when a section of it is first opened, and checked by code that loads
 * with the first one.
 */
export async function loadReadings(base: URL, template: string, adcode: string, fetcher: FetchLike = fetch): Promise<Record<string, MonthlyReading[]>> {
  const file = readingsFile(template, adcode);
  const [{ validateReadings }, json] = await Promise.all([import('./readings'), fetchJson(fetcher, base, file)]);
  return validateReadings(file, json);
}

/** True when any layer shown is sample (illustrative) data: the UI must say so. */
export const isIllustrative = (manifest: Manifest): boolean =>
  manifest.layers.some((l) => l.provenance === 'illustrative');
