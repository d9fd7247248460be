/**
 * Runs the site check against the dataset, in a Web Worker with a time limit. The cheap bounds
 * (vertex count, total length, region) are checked here first, so an absurd site is refused in
 * milliseconds; a check that still runs past the limit has its worker terminated and replaced,
 * and the user is told. Without Workers (Node tests, old browsers) the check runs in this thread,
 * with the spatial core imported on first use: the kit then does not carry a second copy of the
 * code that site-check.worker already bundles.
 * The indexes are built on first use, so the explorer pays nothing until a planner checks a site.
 * With tiled units the check runs in the units-store worker (exact, over all units), after the
 * same bounds.
 */
import { bbox } from '@turf/turf';
import type { Dataset } from '../data/contract';
import type { UnitStoreClient } from '../data/store/client';
import { isGeoInputError, type GeoInputErrorLike } from '../geo/errors';
import type { SiteCheckResult } from '../geo/site-check';
import { checkSiteLimits, DEFAULT_SITE_LIMITS, regionAround, type SiteLimits } from '../geo/site-limits';
import { prepareSite } from '../geo/site';
import type { BBox } from '../geo/types';
import type { SiteGeometry } from '../geo/upload-site';
import type { PlannerError } from './planner.svelte';
import { WorkerRpc } from '../data/worker-rpc';
import { packGeometry } from '../geo/packed';
import type { SiteCheckFault, SiteCheckRequest } from './site-check-protocol';

export type SiteCheckOutcome = { ok: true; result: SiteCheckResult } | { ok: false; error: PlannerError };
/** Checks a site: at once in this thread, or later (a worker). */
export type SiteChecker = (geometry: SiteGeometry) => SiteCheckOutcome | Promise<SiteCheckOutcome>;

/** A check that takes longer than this is stopped. The largest allowed site takes < 1 s here. */
export const SITE_CHECK_TIME_LIMIT_MS = 8000;

function geoError(e: GeoInputErrorLike): PlannerError {
  return { key: `geoerror.${e.code}`, params: e.details ?? {} };
}

const failed = (reason: string): PlannerError => ({ key: 'geoerror.failed', params: { reason } });

/** Carries a check's planner error through the worker channel's rejection. */
class SiteCheckFailure extends Error {
  constructor(readonly error: PlannerError) {
    super(error.key);
  }
}

/** The units' extent: sites are checked only around it. */
function extentOf(dataset: Dataset): BBox {
  const [w, s, e, n] = bbox(dataset.units);
  return Number.isFinite(w) ? [w, s, e, n] : [-180, -90, 180, 90];
}

export interface SiteCheckerOptions {
  timeLimitMs?: number;
  limits?: Partial<SiteLimits>;
  /** Makes the worker; the default loads site-check.worker.ts. Null: check in this thread. */
  createWorker?: (() => Worker) | null;
}

const defaultWorker = () => new Worker(new URL('./site-check.worker.ts', import.meta.url), { type: 'module' });

export function createSiteChecker(dataset: Dataset, options: SiteCheckerOptions = {}): (geometry: SiteGeometry) => Promise<SiteCheckOutcome> {
  const limits: SiteLimits = { ...DEFAULT_SITE_LIMITS, region: regionAround(extentOf(dataset)), ...options.limits };
  const timeLimitMs = options.timeLimitMs ?? SITE_CHECK_TIME_LIMIT_MS;
  const createWorker = options.createWorker === undefined ? (typeof Worker === 'undefined' ? null : defaultWorker) : options.createWorker;
  const layers = { units: dataset.units, districts: dataset.districts, rivers: dataset.rivers, sections: dataset.sections };

  let here: ReturnType<typeof loadHere> | null = null;
  const loadHere = () =>
    import('../geo/site-check').then((core) => ({ check: core.siteCheck, context: core.buildSiteCheckContext(layers) }));
  const checkHere = async (geometry: SiteGeometry): Promise<SiteCheckOutcome> => {
    const { check, context } = await (here ??= loadHere());
    return { ok: true, result: check(context, geometry) };
  };

  const rpc = createWorker
    ? new WorkerRpc<SiteCheckRequest, SiteCheckResult, SiteCheckFault>({
        start: createWorker,
        init: () => ({ kind: 'layers', layers }),
        timeLimitMs,
        // only the latest submission lands (planner-actions): a newer site replaces a check still
        // running, so it never waits behind it nor shares its time limit
        latestOnly: true,
        fault: (fault) => new SiteCheckFailure(isGeoInputError(fault) ? geoError(fault) : failed(fault.message)),
        timeout: () => new SiteCheckFailure({ key: 'geoerror.timeout', params: { seconds: timeLimitMs / 1000 } }),
        crashed: (_, message) => new SiteCheckFailure(failed(message)),
        unreadable: () => new SiteCheckFailure(failed('unreadable reply')),
      })
    : null;
  const inWorker = (geometry: SiteGeometry): Promise<SiteCheckOutcome> => {
    const site = packGeometry(geometry);
    return rpc!.call({ kind: 'check', site }, [site.coords.buffer]).then(
      (result) => ({ ok: true, result }),
      (e: unknown) => ({ ok: false, error: e instanceof SiteCheckFailure ? e.error : failed(e instanceof Error ? e.message : String(e)) }),
    );
  };

  return async (geometry) => {
    try {
      checkSiteLimits(geometry, limits);
      return await (createWorker ? inWorker(geometry) : checkHere(geometry));
    } catch (e) {
      if (isGeoInputError(e)) return { ok: false, error: geoError(e) };
      throw e;
    }
  };
}

export function createTiledSiteChecker(store: UnitStoreClient): SiteChecker {
  return (geometry) => {
    try {
      prepareSite(geometry); // refuses a bad or oversized site here, before any request
    } catch (e) {
      if (isGeoInputError(e)) return { ok: false, error: geoError(e) };
      throw e;
    }
    return store.call('siteCheck', { geometry }).then(
      (result): SiteCheckOutcome => ({ ok: true, result }),
      (e: unknown): SiteCheckOutcome =>
        isGeoInputError(e)
          ? { ok: false, error: geoError(e) }
          : { ok: false, error: { key: 'store.failed', params: { problem: e instanceof Error ? e.message : String(e) } } },
    );
  };
}
