/**
 * The tiled units layer as app state: the store worker (started once the first view is drawn,
 * so it never competes with it) and the selected unit fetched from it for the inspector.
 */
import type { Dataset, UnitFeature } from '../data/contract';
import type { Selection } from '../data/selection';
import type { SearchEntry } from '../data/search';
import { UnitStoreClient } from '../data/store/client';
import type { UnitHit } from '../data/store/remote-units';
import type { AppState } from './app.svelte';

/** How long a pointer rests on a unit before it is read ahead: crossing units reads nothing. */
const READ_AHEAD_REST_MS = 100;

export class UnitStoreState {
  client = $state.raw<UnitStoreClient | null>(null);
  /** The last unit read for a selection, and its position in the layer. */
  unit = $state.raw<UnitHit | null>(null);
  /** Code being read, or null. */
  reading = $state<string | null>(null);
  error = $state<string | null>(null);

  constructor(
    private readonly dataset: Dataset,
    private readonly base: URL,
  ) {}

  /** Start the worker (once): after the first map idle, or when a tool needs it sooner. */
  open(): UnitStoreClient {
    if (!this.client) {
      this.client = new UnitStoreClient(this.dataset, this.base);
      this.client.ready.catch((e: unknown) => (this.error = e instanceof Error ? e.message : String(e)));
    }
    return this.client;
  }

  /** Units matching a search query (code or name), from the worker. */
  search = (query: string): Promise<SearchEntry[]> => this.open().call('searchUnits', { query, limit: 8 });

  private readAheadTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * The pointer is on the unit at `index`: once it has rested there a moment, read that unit
   * into the store's cache, so a click on it opens the panel without waiting for a Range read.
   * (Only once the store is open: hovering never opens it.)
   */
  readAhead(index: number): void {
    clearTimeout(this.readAheadTimer);
    this.readAheadTimer = setTimeout(() => void this.client?.call('readAhead', { id: index }).catch(() => undefined), READ_AHEAD_REST_MS);
  }

  /** Select the unit at `index` in the layer (a click on the tiles, which carry no codes). */
  async selectAt(app: AppState, index: number): Promise<void> {
    try {
      const hit = await this.open().call('unitAt', { id: index });
      if (!hit) return;
      this.unit = hit;
      app.selection = { kind: 'unit', id: hit.feature.properties.code };
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    }
  }

  /** Read unit `code` for the selection; a code the layer does not have clears the selection. */
  async select(app: AppState, code: string): Promise<void> {
    if (this.unit?.feature.properties.code === code || this.reading === code) return;
    this.reading = code;
    try {
      const hit = await this.open().call('unitByCode', { code });
      if (app.selection?.kind !== 'unit' || app.selection.id !== code) return;
      if (hit) this.unit = hit;
      else {
        app.missingSelection = code;
        app.selection = null;
      }
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
    } finally {
      if (this.reading === code) this.reading = null;
    }
  }

  /** The unit `selection` names, once it has been read from the store (null before, or for anything else). */
  selectedUnit(selection: Selection | null): { kind: 'unit'; feature: UnitFeature; tileId: number } | null {
    const hit = this.unit;
    return hit && selection?.kind === 'unit' && hit.feature.properties.code === selection.id ? { kind: 'unit', feature: hit.feature, tileId: hit.id } : null;
  }
}
