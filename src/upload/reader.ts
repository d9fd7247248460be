/**
 * The upload calls, answered where the features live: in the upload worker (`worker.ts`), or in
 * the page's thread where Workers are unavailable (`client.ts`). It keeps the features of the
 * last file read, and sends back only what the dialog shows (`UploadListing`: one row per
 * feature, the first choice) and the site of the features the user chooses. A file of thousands
 * of parcels is thus listed, analysed at every change of the choice and merged here, never on
 * the page's thread, and never crosses to the page as features.
 */
import type { DistrictProperties, Districts } from '../data/contract';
import { packGeometry } from '../geo/packed';
import { buildPolygonIndex, type PolygonIndex } from '../geo/polygon-index';
import { siteFromFeatures } from '../geo/upload-site';
import { UploadError } from './errors';
import { analyseChoice, defaultChoice, listFeatures, type FeatureRow } from './feature-choice';
import { parseUpload } from './index';
import type { UploadReply, UploadRequest } from './protocol';
import type { UploadFeature, UploadListing, UploadSite, XmlParser } from './types';

interface Held {
  features: UploadFeature[];
  rows: FeatureRow[];
}

/** Feature indexes as the page sent them: each once, within the file, ascending. */
const validChoice = (chosen: readonly number[], held: Held): number[] =>
  [...new Set(chosen)].filter((i) => Number.isInteger(i) && i >= 0 && i < held.features.length).sort((a, b) => a - b);

function siteOf(held: Held, choice: readonly number[]): UploadSite {
  const chosen = validChoice(choice, held);
  const site = siteFromFeatures(chosen.map((i) => held.features[i]!));
  return { geometry: packGeometry(site.geometry), used: site.used, counts: site.counts, chosen, analysis: analyseChoice(held.features, held.rows, chosen) };
}

/** A handler for one worker (or one page without workers): it holds one file at a time. */
export function uploadHandler(xmlParser?: XmlParser): (request: UploadRequest) => Promise<UploadReply> {
  let districts: Districts | undefined;
  let districtIndex: PolygonIndex<DistrictProperties> | undefined;
  let held: Held | null = null;
  const holding = (): Held => {
    // Only after the worker was replaced (a call ran past the time limit): the page then shows why.
    if (!held) throw new UploadError('worker-failed', { detail: 'no file is held; choose it again' });
    return held;
  };
  return async (request) => {
    switch (request.kind) {
      case 'districts':
        districts = request.districts;
        districtIndex = undefined;
        return null;
      case 'read': {
        held = null;
        const parsed = await parseUpload(request.file, xmlParser ? { ...request.options, xmlParser } : request.options);
        if (parsed.status === 'ambiguous') return parsed;
        const features = parsed.features.features;
        if (districts) districtIndex ??= buildPolygonIndex(districts);
        const rows = listFeatures(features, districtIndex);
        const first = defaultChoice(features, rows);
        held = { features, rows };
        const { sourceFormat, detected, warnings } = parsed;
        const listing: UploadListing = { status: 'ok', sourceFormat, detected, warnings, rows, first, analysis: analyseChoice(features, rows, first.chosen) };
        if (features.length === 1 && first.places <= 1) listing.site = siteOf(held, [0]);
        return listing;
      }
      case 'analyse': {
        const h = holding();
        return analyseChoice(h.features, h.rows, validChoice(request.chosen, h));
      }
      case 'site':
        return siteOf(holding(), request.chosen);
    }
  };
}

/** The buffers of a reply to move rather than copy: a site's packed positions. */
export function replyBuffers(reply: UploadReply): Transferable[] {
  const site = reply && 'geometry' in reply ? reply : reply && 'rows' in reply ? reply.site : undefined;
  return site ? [site.geometry.coords.buffer] : [];
}
