/**
 * The 1 km and 5 km bands drawn around a site, computed off the page's thread: a buffer of a site
 * of thousands of parts can take long (see geo/buffer.ts), so it runs in its own worker with a
 * time limit, apart from the check. When the limit passes, the worker is replaced and the site
 * stays checked and shown, without its bands; the panel says why. The distances the check reports
 * are exact either way: the bands only draw them.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { WorkerRpc } from '../data/worker-rpc';
import { packGeometry, unpackGeometry, type PackedGeometry } from '../geo/packed';
import type { SiteGeometry } from '../geo/upload-site';

/** Radii of the bands, metres: the shoreline zone and the wider 5 km look. */
export const BAND_RADII_M = [1000, 5000] as const;
/** Bands that take longer are not drawn. */
export const SITE_BANDS_TIME_LIMIT_MS = 8000;

export interface SiteBand {
  radiusM: number;
  geometry: Polygon | MultiPolygon;
}

/** The bands of the current site: being drawn, drawn, or not drawn (and why). */
export type SiteBands = { status: 'none' } | { status: 'drawing' } | { status: 'drawn'; bands: SiteBand[] } | { status: 'not-drawn'; reason: 'timeout' | 'failed'; seconds: number };

/** Draws a site's bands (only the latest call lands; an earlier one still running is dropped). */
export interface BandMaker {
  (geometry: SiteGeometry): Promise<SiteBands>;
  /** Ends the worker, if one is running. */
  terminate(): void;
}

/** The bands of `geometry`, in this thread (the worker's work, and the fallback without Workers). */
export async function bandsOf(geometry: SiteGeometry): Promise<SiteBand[]> {
  const { geodesicBuffers } = await import('../geo/buffer');
  return geodesicBuffers(geometry, BAND_RADII_M).map((g, i) => ({ radiusM: BAND_RADII_M[i]!, geometry: g }));
}

/** Bands as they cross between threads: each packed (geo/packed). */
export type PackedBands = { radiusM: number; geometry: PackedGeometry }[];
export const packBands = (bands: SiteBand[]): PackedBands => bands.map((b) => ({ radiusM: b.radiusM, geometry: packGeometry(b.geometry) }));
const unpackBands = (bands: PackedBands): SiteBand[] => bands.map((b) => ({ radiusM: b.radiusM, geometry: unpackGeometry(b.geometry) as SiteBand['geometry'] }));

export interface BandMakerOptions {
  timeLimitMs?: number;
  /** Makes the worker; the default loads site-bands.worker.ts. Null: in this thread. */
  createWorker?: (() => Worker) | null;
}

const defaultWorker = () => new Worker(new URL('./site-bands.worker.ts', import.meta.url), { type: 'module' });

export function createBandMaker(options: BandMakerOptions = {}): BandMaker {
  const timeLimitMs = options.timeLimitMs ?? SITE_BANDS_TIME_LIMIT_MS;
  const createWorker = options.createWorker === undefined ? (typeof Worker === 'undefined' ? null : defaultWorker) : options.createWorker;
  const seconds = timeLimitMs / 1000;
  const notDrawn = (reason: 'timeout' | 'failed'): SiteBands => ({ status: 'not-drawn', reason, seconds });
  const rpc = createWorker
    ? new WorkerRpc<PackedGeometry, PackedBands, string>({
        start: createWorker,
        timeLimitMs,
        latestOnly: true,
        fault: () => 'failed',
        timeout: () => 'timeout',
        crashed: () => 'failed',
        unreadable: () => 'failed',
      })
    : null;
  const inWorker = (geometry: SiteGeometry): Promise<SiteBand[]> => {
    const site = packGeometry(geometry);
    return rpc!.call(site, [site.coords.buffer]).then(unpackBands);
  };
  const make = (geometry: SiteGeometry): Promise<SiteBands> =>
    (rpc ? inWorker(geometry) : bandsOf(geometry)).then(
      (bands): SiteBands => ({ status: 'drawn', bands }),
      (e: unknown) => notDrawn(e === 'timeout' ? 'timeout' : 'failed'),
    );
  return Object.assign(make, { terminate: () => rpc?.terminate() });
}
