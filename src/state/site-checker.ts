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
import type { SiteCheckReply, SiteCheckRequest } from './site-check-protocol';

export type SiteCheckOutcome = { ok: true; result: SiteCheckResult } | { ok: false; error: PlannerError };
/** Checks a site: at once in this thread, or later (a worker). */
export type SiteChecker = (geometry: SiteGeometry) => SiteCheckOutcome | Promise<SiteCheckOutcome>;

/** A check that takes longer than this is stopped. The largest allowed site takes < 1 s here. */
export const SITE_CHECK_TIME_LIMIT_MS = 8000;

function geoError(e: GeoInputErrorLike): PlannerError {
  return { key: `geoerror.${e.code}`, params: e.details ?? {} };
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

  let worker: Worker | null = null;
  let nextId = 1;
  const startWorker = (): Worker => {
    const w = createWorker!();
    w.postMessage({ kind: 'layers', layers } satisfies SiteCheckRequest);
    return w;
  };
  const inWorker = (geometry: SiteGeometry) =>
    new Promise<SiteCheckOutcome>((resolve) => {
      const w = (worker ??= startWorker());
      const id = nextId++;
      const done = (outcome: SiteCheckOutcome) => {
        clearTimeout(timer);
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
        resolve(outcome);
      };
      const replace = () => {
        w.terminate();
        if (worker === w) worker = null;
      };
      const timer = setTimeout(() => {
        replace();
        done({ ok: false, error: { key: 'geoerror.timeout', params: { seconds: timeLimitMs / 1000 } } });
      }, timeLimitMs);
      const onMessage = (event: MessageEvent<SiteCheckReply>) => {
        const reply = event.data;
        if (reply.id !== id) return;
        if (reply.ok) done({ ok: true, result: reply.result });
        else if (isGeoInputError(reply.error)) done({ ok: false, error: geoError(reply.error) });
        else done({ ok: false, error: { key: 'geoerror.failed', params: { reason: reply.error.message } } });
      };
      const onError = (event: ErrorEvent) => {
        replace();
        done({ ok: false, error: { key: 'geoerror.failed', params: { reason: event.message ?? '' } } });
      };
      w.addEventListener('message', onMessage);
      w.addEventListener('error', onError);
      try {
        w.postMessage({ kind: 'check', id, geometry } satisfies SiteCheckRequest);
      } catch (e) {
        done({ ok: false, error: { key: 'geoerror.failed', params: { reason: e instanceof Error ? e.message : String(e) } } });
      }
    });

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
