/** Messages between the page and the site-check worker (site-check.worker.ts), carried by `data/worker-rpc`. */
import type { Dataset } from '../data/contract';
import type { GeoInputErrorLike } from '../geo/errors';
import type { PackedGeometry } from '../geo/packed';

/** The layers the site check reads; sent once, when the worker starts. */
export type SiteCheckLayers = Pick<Dataset, 'units' | 'districts' | 'rivers' | 'sections'>;

/** The site is packed (geo/packed): one buffer, transferred, instead of an object per position. */
export type SiteCheckRequest = { kind: 'layers'; layers: SiteCheckLayers } | { kind: 'check'; site: PackedGeometry };

/** A refused site (its code and figures), or anything else by its message. */
export type SiteCheckFault = GeoInputErrorLike | { name: 'Error'; message: string };
