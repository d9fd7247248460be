/**
 * The units-store worker: fetching, decompressing and decoding the index, Range reads of the
 * store and every query run here, off the main thread.
 */
import type { Districts, Rivers, Sections } from '../contract';
import { buildPolygonIndex, buildRiverIndex, buildSectionIndex, isGeoInputError } from '../../geo/index';
import { checkStoreHeader, decodeUnitStoreIndex, STORE_HEADER } from './format';
import type { StoreCalls, StoreRequest, StoreResponse } from './protocol';
import { RemoteUnits, type SiteCheckExtras, type UnitHit } from './remote-units';
import { fetchIndexBytes, rangeFetcher } from './http';
import { search, type SearchEntry } from '../search';
import { buildUnitSearch } from './unit-search';

let remote: RemoteUnits | null = null;
let extras: SiteCheckExtras = {};
let namesUrl: string | undefined;
let districtEn = new Map<string, string>();
let unitSearch: Promise<SearchEntry[]> | null = null;

async function json<T>(url: string): Promise<T> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url.split('/').pop()} could not be downloaded (HTTP ${r.status})`);
  return (await r.json()) as T;
}

/** The unit at position `id` in the layer, or null (also for -1: a code not found). */
async function unitAt(id: number): Promise<UnitHit | null> {
  const feature = (await open().units([id])).get(id);
  return feature ? { id, feature } : null;
}

type Handlers = { [K in keyof StoreCalls]: (args: StoreCalls[K]['args']) => Promise<StoreCalls[K]['result']> };

const open = (): RemoteUnits => {
  if (!remote) throw new Error('the units store is not open');
  return remote;
};

const handlers: Handlers = {
  async open(a) {
    const [index, districts, rivers, sections] = await Promise.all([
      fetchIndexBytes(a.index).then(decodeUnitStoreIndex),
      a.districts ? json<Districts>(a.districts) : undefined,
      a.rivers ? json<Rivers>(a.rivers) : undefined,
      a.sections ? json<Sections>(a.sections) : undefined,
    ]);
    const fetchRange = rangeFetcher(a.store);
    checkStoreHeader(await fetchRange(0, STORE_HEADER));
    remote = new RemoteUnits(index, fetchRange);
    namesUrl = a.names;
    districtEn = new Map((districts?.features ?? []).map((f) => [f.properties.name, f.properties.name_en]));
    extras = {
      ...(districts && districts.features.length ? { districts: buildPolygonIndex(districts) } : {}),
      ...(rivers && rivers.features.length ? { rivers: buildRiverIndex(rivers) } : {}),
      ...(sections && sections.features.length ? { sections: buildSectionIndex(sections) } : {}),
    };
    return { count: index.count };
  },
  identify: (a) => open().identify(a.lonLat),
  unitByCode: (a) => unitAt(open().index.codes.indexOf(a.code)),
  unitAt: (a) => unitAt(a.id),
  readAhead: async (a) => {
    await open().units([a.id]);
    return null;
  },
  siteCheck: (a) => open().siteCheck(a.geometry, extras),
  async searchUnits(a) {
    const r = open();
    // without a names file the codes still match
    unitSearch ??= (namesUrl ? json<unknown>(namesUrl) : Promise.resolve(r.index.codes.map((c) => [c, '', '']))).then((names) => buildUnitSearch(r.index, names, districtEn));
    // a names file that failed to arrive is asked for again by the next search
    unitSearch.catch(() => (unitSearch = null));
    return search(await unitSearch, a.query, a.limit);
  },
  stats: async () => open().storeStats(),
};

self.onmessage = async (event: MessageEvent<StoreRequest>) => {
  const { id, call, args } = event.data;
  const start = performance.now();
  let reply: StoreResponse;
  try {
    const result = await (handlers[call] as (a: typeof args) => Promise<unknown>)(args);
    reply = { id, ms: performance.now() - start, ok: true, result };
  } catch (e) {
    const ms = performance.now() - start;
    reply = isGeoInputError(e)
      ? { id, ms, ok: false, message: e.message, geoCode: e.code }
      : { id, ms, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  (self as unknown as Worker).postMessage(reply);
};
