/**
 * The page's handle on the units-store worker: typed calls, one promise per call. The worker is
 * started on first use, so a dataset without a tiled layer never pays for it.
 */
import type { Dataset } from '../contract';
import { GeoInputError, type GeoInputErrorCode } from '../../geo/errors';
import type { StoreCall, StoreCalls, StoreResponse } from './protocol';

export class UnitStoreClient {
  private readonly worker: Worker;
  private next = 0;
  private readonly pending = new Map<number, { call: StoreCall; start: number; resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  readonly ready: Promise<StoreCalls['open']['result']>;

  constructor(dataset: Dataset, base: URL) {
    const tiled = dataset.tiledUnits;
    if (!tiled) throw new Error('the dataset has no tiled units layer');
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<StoreResponse>) => {
      const r = event.data;
      const p = this.pending.get(r.id);
      if (!p) return;
      this.pending.delete(r.id);
      // what a call cost, for the browser bench: from the page's request to its reply being
      // handled here, and the part the worker spent on it (fetching, decoding, the query)
      performance.measure(`store ${p.call}`, { start: p.start, detail: { workerMs: r.ms } });
      if (r.ok) p.resolve(r.result);
      else p.reject(r.geoCode ? new GeoInputError(r.geoCode as GeoInputErrorCode, r.message) : new Error(r.message));
    };
    const layerFile = (kind: 'districts' | 'rivers' | 'sections') => new URL(dataset.manifest.layers.find((l) => l.kind === kind)!.file, base).href;
    this.ready = this.send('open', { index: tiled.index, store: tiled.store, ...(tiled.names ? { names: tiled.names } : {}), districts: layerFile('districts'), rivers: layerFile('rivers'), sections: layerFile('sections') });
  }

  private send<K extends StoreCall>(call: K, args: StoreCalls[K]['args']): Promise<StoreCalls[K]['result']> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { call, start: performance.now(), resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, call, args });
    });
  }

  /** Call the worker once the index is open. */
  async call<K extends Exclude<StoreCall, 'open'>>(call: K, args: StoreCalls[K]['args']): Promise<StoreCalls[K]['result']> {
    await this.ready;
    return this.send(call, args);
  }

  terminate(): void {
    this.worker.terminate();
  }
}
