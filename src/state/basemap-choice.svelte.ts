/**
 * Which basemap the map shows: the one the URL (`bm=`) names, if the manifest offers it and it is
 * not refused (GCJ-02), else the default. A link naming a basemap that cannot be shown falls back
 * to the default with a note saying why. Create in a component's setup (it owns an effect).
 */
import { offeredBasemaps, pickBasemap } from '../data/basemaps';
import type { Basemap, Manifest } from '../data/contract';
import { i18n, t } from '../i18n/index.svelte';
import type { AppState } from './app.svelte';

export class BasemapChoice {
  readonly offered: Basemap[];
  readonly #manifest: Manifest;
  readonly #app: AppState;
  current: Basemap = $derived.by(() => pickBasemap(this.#manifest, this.#app.basemap));
  /** Why the basemap a link asked for is not shown. */
  note = $state<string | null>(null);

  constructor(app: AppState, manifest: Manifest) {
    this.#app = app;
    this.offered = offeredBasemaps(manifest);
    this.#manifest = manifest;
    $effect(() => {
      const asked = app.basemap;
      if (!asked || this.current.id === asked) return;
      const known = this.offered.find((b) => b.id === asked);
      this.note = known ? t('basemap.refused.gcj02', { name: known.title[i18n.lang] }) : t('basemap.unknown', { id: asked });
      app.basemap = null;
    });
  }

  /** The default basemap stays out of the URL. */
  choose = (id: string): void => {
    this.#app.basemap = id === pickBasemap(this.#manifest, null).id ? null : id;
  };
}
