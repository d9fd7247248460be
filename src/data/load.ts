/**
 * Loads the dataset described by data/manifest.json. URLs are relative to the page, so a build
 * served from any sub-path finds its data; only same-origin files are ever requested.
 */
import type { Dataset, LayerKind, Manifest, ManifestLayer, TiledUnits } from './contract';
import { DataError, validateLayer, validateManifest } from './validate';

export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

async function fetchJson(fetcher: FetchLike, base: URL, file: string): Promise<unknown> {
  const url = new URL(file, base);
  if (url.origin !== base.origin) throw new DataError(file, 'data files must be on the site’s own origin');
  let response;
  try {
    response = await fetcher(url.href);
  } catch {
    throw new DataError(file, 'could not be downloaded');
  }
  if (!response.ok) throw new DataError(file, `could not be downloaded (HTTP ${response.status})`);
  try {
    return await response.json();
  } catch {
    throw new DataError(file, 'is not valid JSON');
  }
}

/** Fetches and validates the manifest and every layer it lists. `base` is the data/ folder URL. */
export async function loadDataset(base: URL, fetcher: FetchLike = fetch): Promise<Dataset> {
  const manifest: Manifest = validateManifest(await fetchJson(fetcher, base, 'manifest.json'));
  const unitsLayer = manifest.layers.find((l) => l.kind === 'units')!;
  const tiled = unitsLayer.format === 'tiles+store';
  const byKind = async <T extends Dataset[Exclude<keyof Dataset, 'manifest' | 'tiledUnits'>]>(kind: LayerKind): Promise<T> => {
    const layer = manifest.layers.find((l) => l.kind === kind)!;
    // tiled units are drawn from tiles and queried from the store: no GeoJSON to fetch
    if (kind === 'units' && tiled) return { type: 'FeatureCollection', features: [] } as unknown as T;
    return validateLayer<T>(layer.file, kind, await fetchJson(fetcher, base, layer.file));
  };
  const [units, sections, yangtzePoints, districts, rivers, context] = await Promise.all([
    byKind<Dataset['units']>('units'),
    byKind<Dataset['sections']>('sections'),
    byKind<Dataset['yangtzePoints']>('yangtze-points'),
    byKind<Dataset['districts']>('districts'),
    byKind<Dataset['rivers']>('rivers'),
    byKind<Dataset['context']>('context'),
  ]);
  const dataset: Dataset = { manifest, units, sections, yangtzePoints, districts, rivers, context };
  if (tiled) dataset.tiledUnits = tiledUnitsOf(base, unitsLayer);
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

/** True when any layer shown is sample (illustrative) data: the UI must say so. */
export const isIllustrative = (manifest: Manifest): boolean =>
  manifest.layers.some((l) => l.provenance === 'illustrative');
