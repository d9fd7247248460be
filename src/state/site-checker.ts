/**
 * Runs the site check against the dataset. The indexes are built on first use, so the explorer
 * pays nothing for them until a planner checks a site.
 */
import type { Dataset } from '../data/contract';
import { isGeoInputError } from '../geo/errors';
import { buildSiteCheckContext, siteCheck, type SiteCheckContext, type SiteCheckResult } from '../geo/site-check';
import type { SiteGeometry } from '../geo/upload-site';
import type { PlannerError } from './planner.svelte';

export type SiteCheckOutcome = { ok: true; result: SiteCheckResult } | { ok: false; error: PlannerError };

export function createSiteChecker(dataset: Dataset): (geometry: SiteGeometry) => SiteCheckOutcome {
  let context: SiteCheckContext | null = null;
  return (geometry) => {
    context ??= buildSiteCheckContext(dataset);
    try {
      return { ok: true, result: siteCheck(context, geometry) };
    } catch (e) {
      if (isGeoInputError(e)) return { ok: false, error: { key: `geoerror.${e.code}` } };
      throw e;
    }
  };
}
