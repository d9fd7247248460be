/** The typed surface between the page and the units-store worker (`worker.ts`, `client.ts`). */
import type { Geometry } from 'geojson';
import type { LonLat, SiteCheckResult } from '../../geo/index';
import type { SearchEntry } from '../search';
import type { UnitHit, StoreStats } from './remote-units';

export interface StoreCalls {
  /** Fetch and decode the index; the extras are the small layers the site check reads. */
  open: { args: { index: string; store: string; names?: string; districts?: string; rivers?: string; sections?: string }; result: { count: number } };
  identify: { args: { lonLat: LonLat }; result: UnitHit[] };
  unitByCode: { args: { code: string }; result: UnitHit | null };
  /** The unit at position `id` in the layer (its feature id in the tiles). */
  unitAt: { args: { id: number }; result: UnitHit | null };
  /** Read unit `id` into the cache without sending it (a pointer rests on it: a click will want it). */
  readAhead: { args: { id: number }; result: null };
  siteCheck: { args: { geometry: Geometry }; result: SiteCheckResult };
  /** Units whose code or name matches, ranked as `data/search.ts` ranks; the names file is read on the first call. */
  searchUnits: { args: { query: string; limit: number }; result: SearchEntry[] };
  stats: { args: Record<string, never>; result: StoreStats };
}

export type StoreCall = keyof StoreCalls;

export type StoreRequest = { [K in StoreCall]: { id: number; call: K; args: StoreCalls[K]['args'] } }[StoreCall];

/** `ms`: how long the worker spent on the call, from receiving it to replying. */
export type StoreResponse =
  | { id: number; ms: number; ok: true; result: unknown }
  /** `geoCode`: a GeoInputError's code (bad site geometry); otherwise `message` says what failed. */
  | { id: number; ms: number; ok: false; message: string; geoCode?: string };
