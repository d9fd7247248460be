/** Messages between the page and the site-check worker (site-check.worker.ts). */
import type { Dataset } from '../data/contract';
import type { GeoInputErrorLike } from '../geo/errors';
import type { SiteCheckResult } from '../geo/site-check';
import type { SiteGeometry } from '../geo/upload-site';

/** The layers the site check reads; sent once, when the worker starts. */
export type SiteCheckLayers = Pick<Dataset, 'units' | 'districts' | 'rivers' | 'sections'>;

export type SiteCheckRequest = { kind: 'layers'; layers: SiteCheckLayers } | { kind: 'check'; id: number; geometry: SiteGeometry };

export type SiteCheckReply =
  | { id: number; ok: true; result: SiteCheckResult }
  | { id: number; ok: false; error: GeoInputErrorLike | { name: 'Error'; message: string } };
