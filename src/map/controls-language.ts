/** MapLibre's own control labels (ARIA and tooltips) and the dataset's attribution, in the interface language. */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/translate';
import type { MessageKey } from '../i18n/zh';

const STRINGS: Readonly<Record<string, MessageKey>> = {
  'Map.Title': 'maplibre.map',
  'NavigationControl.ZoomIn': 'maplibre.zoomIn',
  'NavigationControl.ZoomOut': 'maplibre.zoomOut',
  'NavigationControl.ResetBearing': 'maplibre.resetBearing',
  'AttributionControl.ToggleAttribution': 'maplibre.attribution',
};

/** The `locale` option of a new map: MapLibre's UI strings in the language. */
export const mapLocale = (lang: Lang): Record<string, string> =>
  Object.fromEntries(Object.entries(STRINGS).map(([id, key]) => [id, translate(lang, key)]));

/** The elements MapLibre labelled from its locale, and the string each one took. */
const LABELLED: readonly [selector: string, id: string][] = [
  ['.maplibregl-ctrl-zoom-in', 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', 'NavigationControl.ResetBearing'],
];

/**
 * MapLibre reads its locale once, when the map and its controls are created; a later change of
 * language relabels the elements it labelled then.
 */
export function relabelControls(map: MapLibreMap, lang: Lang): void {
  const locale = mapLocale(lang);
  map.getCanvas().setAttribute('aria-label', locale['Map.Title']!);
  for (const [selector, id] of LABELLED) {
    const el = map.getContainer().querySelector(selector);
    el?.setAttribute('title', locale[id]!);
    el?.setAttribute('aria-label', locale[id]!);
  }
}
