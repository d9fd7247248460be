/**
 * The planner kit (lazy.ts) and what the page does with it: it loads with import() on the first
 * use of a tool (a link's `tool=` included), or at once when a link carries a site (in parallel with the data); a linked site
 * is checked once both are here; opening the report first takes the map's snapshot. Create in a
 * component's setup: the effect that checks a linked site lives as long as the component.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { SiteGeometry } from '../../geo/upload-site';
import type { AppState } from '../../state/app.svelte';
import type { DataLoad } from '../../state/data-load.svelte';
import type { SiteChecker } from '../../state/planner-actions';
import type { Site } from '../../state/planner.svelte';

type Kit = typeof import('./lazy');

export class PlannerKit {
  /** The kit's modules, or null until a tool is first used. */
  modules = $state.raw<Kit | null>(null);
  /** The report's map image, taken when the report opens. */
  snapshot = $state<string | null>(null);
  readonly #app: AppState;
  readonly #data: DataLoad;
  #checker: SiteChecker | null = null;
  #loading: Promise<unknown> | null = null;

  constructor(app: AppState, data: DataLoad) {
    this.#app = app;
    this.#data = data;
    // a tool in use needs the kit (a link may open one before any button was pressed)
    $effect(() => {
      if (app.planner.tool !== 'none') void this.load();
    });
    $effect(() => {
      if (!app.requestedSite) return;
      if (this.modules && data.loaded) void this.modules.applyRequestedSite(app, this.check);
      else void this.load();
    });
  }

  load = (): Promise<unknown> => (this.#loading ??= import('./lazy').then((modules) => (this.modules = modules)));

  /** Checks a site; only called once the kit and the data are here (the tools need both). */
  check: SiteChecker = (geometry) => (this.#checker ??= this.#createChecker())(geometry);

  #createChecker(): SiteChecker {
    const loaded = this.#data.loaded!;
    // tiled units: the exact check runs in the units-store worker
    return loaded.unitStore ? this.modules!.createTiledSiteChecker(loaded.unitStore.open()) : this.modules!.createSiteChecker(loaded.dataset);
  }

  finishDrawing = (): void => void this.modules?.finishDrawing(this.#app, this.check);

  clearSite = (): void => this.modules?.clearSite(this.#app);

  /** A planner key (Escape, Enter, Backspace while drawing); true when it was used. */
  key(key: string): boolean {
    return this.modules ? this.modules.plannerKey(this.#app, this.check, key) : false;
  }

  /** Checks a site from a file; true when it replaced the current site. */
  submit(geometry: SiteGeometry, origin: Site['origin']): Promise<boolean> {
    return this.modules ? this.modules.submitSite(this.#app, this.check, geometry, origin) : Promise.resolve(false);
  }

  async openReport(map: MapLibreMap | null): Promise<void> {
    this.snapshot = null;
    const result = this.#app.planner.result;
    if (this.modules && map && result) {
      const [w, s, e, n] = result.site.bbox;
      const pad = Math.max(e - w, n - s, 0.01) * 0.3;
      this.snapshot = await this.modules.snapshotMap(map, [w - pad, s - pad, e + pad, n + pad]);
    }
    this.#app.planner.reportOpen = true;
  }
}
