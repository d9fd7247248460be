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
  siteCheck: { args: { geometry: Geometry }; result: SiteCheckResult };
  /** Units whose code or name matches, ranked as `data/search.ts` ranks; the names file is read on the first call. */
  searchUnits: { args: { query: string; limit: number }; result: SearchEntry[] };
  stats: { args: Record<string, never>; result: StoreStats };
}

export type StoreCall = keyof StoreCalls;

export type StoreRequest = { [K in StoreCall]: { id: number; call: K; args: StoreCalls[K]['args'] } }[StoreCall];

export type StoreResponse =
  | { id: number; ok: true; result: unknown }
  /** `geoCode`: a GeoInputError's code (bad site geometry); otherwise `message` says what failed. */
  | { id: number; ok: false; message: string; geoCode?: string };
