/**
 * Runs the site check against the dataset. The indexes are built on first use, so the explorer
 * pays nothing for them until a planner checks a site. With tiled units the check runs in the
 * units-store worker (exact, over all units); the site is validated here first, so a bad
 * drawing is refused at once and only a failing server can fail later.
 */
import type { Dataset } from '../data/contract';
import type { UnitStoreClient } from '../data/store/client';
import { isGeoInputError } from '../geo/errors';
import { buildSiteCheckContext, siteCheck, type SiteCheckContext, type SiteCheckResult } from '../geo/site-check';
import { prepareSite } from '../geo/site';
import type { SiteGeometry } from '../geo/upload-site';
import type { PlannerError } from './planner.svelte';

export type SiteCheckOutcome = { ok: true; result: SiteCheckResult } | { ok: false; error: PlannerError };

const geoError = (e: unknown): SiteCheckOutcome => {
  if (isGeoInputError(e)) return { ok: false, error: { key: `geoerror.${e.code}` } };
  throw e;
};

export function createSiteChecker(dataset: Dataset): (geometry: SiteGeometry) => SiteCheckOutcome {
  let context: SiteCheckContext | null = null;
  return (geometry) => {
    context ??= buildSiteCheckContext(dataset);
    try {
      return { ok: true, result: siteCheck(context, geometry) };
    } catch (e) {
      return geoError(e);
    }
  };
}

export function createTiledSiteChecker(store: UnitStoreClient): (geometry: SiteGeometry) => SiteCheckOutcome | Promise<SiteCheckOutcome> {
  return (geometry) => {
    try {
      prepareSite(geometry);
    } catch (e) {
      return geoError(e);
    }
    return store.call('siteCheck', { geometry }).then(
      (result): SiteCheckOutcome => ({ ok: true, result }),
      (e: unknown): SiteCheckOutcome => (isGeoInputError(e) ? geoError(e) : { ok: false, error: { key: 'store.failed', params: { problem: e instanceof Error ? e.message : String(e) } } }),
    );
  };
}
