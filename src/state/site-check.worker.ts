/**
 * Runs the site check off the page's thread, so that no site — however large or strange — can
 * freeze the page: the page gives each check a time limit and replaces this worker when it is
 * exceeded (site-checker.ts).
 */
import { isGeoInputError } from '../geo/errors';
import { buildSiteCheckContext, siteCheck, type SiteCheckContext } from '../geo/site-check';
import type { SiteCheckLayers, SiteCheckReply, SiteCheckRequest } from './site-check-protocol';

let layers: SiteCheckLayers | null = null;
let context: SiteCheckContext | null = null;

self.onmessage = (event: MessageEvent<SiteCheckRequest>) => {
  const request = event.data;
  if (request.kind === 'layers') {
    layers = request.layers;
    return;
  }
  let reply: SiteCheckReply;
  try {
    context ??= buildSiteCheckContext(layers!);
    reply = { id: request.id, ok: true, result: siteCheck(context, request.geometry) };
  } catch (e) {
    reply = isGeoInputError(e)
      ? { id: request.id, ok: false, error: { name: e.name, code: e.code, message: e.message, details: e.details ?? {} } }
      : { id: request.id, ok: false, error: { name: 'Error', message: e instanceof Error ? e.message : String(e) } };
  }
  self.postMessage(reply);
};
