/**
 * Runs the site check off the page's thread, so that no site — however large or strange — can
 * freeze the page: the page gives each check a time limit and replaces this worker when it is
 * exceeded (site-checker.ts).
 */
import { serveCalls } from '../data/worker-rpc';
import { isGeoInputError } from '../geo/errors';
import { unpackGeometry } from '../geo/packed';
import { buildSiteCheckContext, siteCheck, type SiteCheckContext, type SiteCheckResult } from '../geo/site-check';
import type { SiteCheckFault, SiteCheckLayers, SiteCheckRequest } from './site-check-protocol';

let layers: SiteCheckLayers | null = null;
let context: SiteCheckContext | null = null;

serveCalls<SiteCheckRequest, SiteCheckResult | null, SiteCheckFault>(
  (request) => {
    if (request.kind === 'layers') {
      layers = request.layers;
      return null;
    }
    context ??= buildSiteCheckContext(layers!);
    return siteCheck(context, unpackGeometry(request.site));
  },
  (e) =>
    isGeoInputError(e)
      ? { name: e.name, code: e.code, message: e.message, details: e.details ?? {} }
      : { name: 'Error', message: e instanceof Error ? e.message : String(e) },
);
