/**
 * App state as runes. Everything visible that a link should reproduce lives here and is mirrored
 * to the URL hash (see url.ts); transient things (hover) stay out of the URL.
 */
import { i18n } from '../i18n/index.svelte';
import { PlannerState } from './planner.svelte';
import type { Filters, Selection } from '../data/selection';
import { DEFAULT_FILTERS, formatHash, parseHash, type Scheme, type ThemeSetting, type ToggleableLayer, type UrlState, type View } from './url';

export class AppState {
  view = $state<View | null>(null);
  selection = $state<Selection | null>(null);
  hidden = $state<ToggleableLayer[]>([]);
  filters = $state<Filters>(structuredClone(DEFAULT_FILTERS));
  /** The district a search result pointed at: outlined on the map, never a filter (transient). */
  highlightedDistrict = $state<string | null>(null);
  /** Set when a link names a feature the data does not have; shown once, then cleared. */
  missingSelection = $state<string | null>(null);
  /** The scheme asked for in the URL (or by the user in the header). */
  theme = $state<ThemeSetting>('light');
  /** The scheme a host page told its embed to use; it wins while set. */
  hostTheme = $state<Scheme | null>(null);
  /** The reader's system setting (prefers-color-scheme), followed when the theme is `auto`. */
  systemDark = $state(false);
  readonly planner = new PlannerState();
  /** Chosen basemap id (null: the site's default). */
  basemap = $state<string | null>(null);
  /** A marked place, [lon, lat] (typed coordinates, my location, or `pin=` in a link). */
  pin = $state<[number, number] | null>(null);
  /** Accuracy radius (m) of a pin from the browser's geolocation; not in the URL. */
  pinAccuracyM = $state<number | null>(null);
  /** The encoded site a link asked for, until the planner kit has checked it (ui/planner/kit). */
  requestedSite = $state<string | null>(null);
  /** Whether the loaded data has a feature; null until the data is here, so links wait for it. */
  #exists: ((selection: Selection) => boolean) | null = null;

  get scheme(): Scheme {
    if (this.hostTheme) return this.hostTheme;
    if (this.theme === 'auto') return this.systemDark ? 'dark' : 'light';
    return this.theme;
  }

  isVisible(layer: ToggleableLayer): boolean {
    return !this.hidden.includes(layer);
  }

  toggleLayer(layer: ToggleableLayer, visible: boolean): void {
    this.hidden = visible ? this.hidden.filter((l) => l !== layer) : [...this.hidden, layer];
  }

  resetFilters(): void {
    this.filters = structuredClone(DEFAULT_FILTERS);
  }

  /** Replaces the state with what a URL hash says (missing parts take their defaults). */
  applyHash(hash: string): void {
    const parsed = parseHash(hash);
    this.view = parsed.view;
    this.selection = parsed.selection;
    this.requestedSite = parsed.site;
    this.hidden = parsed.hidden;
    this.filters = parsed.filters;
    this.basemap = parsed.basemap;
    this.pin = parsed.pin;
    this.pinAccuracyM = null;
    i18n.lang = parsed.lang;
    this.theme = parsed.theme;
    // a linked tool opens as if its button were pressed (the planner kit loads for it)
    if (parsed.tool !== this.planner.tool) {
      if (parsed.tool === 'none') this.planner.stop();
      else this.planner.start(parsed.tool);
    }
    this.#dropMissingSelection();
  }

  /** Called once the data is loaded: from then on a linked feature the data lacks is dropped with a notice. */
  knowSelections(exists: (selection: Selection) => boolean): void {
    this.#exists = exists;
    this.#dropMissingSelection();
  }

  #dropMissingSelection(): void {
    if (!this.selection || !this.#exists || this.#exists(this.selection)) return;
    this.missingSelection = this.selection.id;
    this.selection = null;
  }

  toHash(): string {
    return formatHash(this.urlState());
  }

  /** What a link should reproduce of the current state. */
  urlState(): UrlState {
    const site = this.planner.site;
    return {
      view: this.view,
      selection: this.selection,
      site: site ? site.link : this.requestedSite,
      hidden: this.hidden,
      filters: this.filters,
      lang: i18n.lang,
      basemap: this.basemap,
      pin: this.pin,
      theme: this.theme,
      tool: this.planner.tool,
    };
  }
}
