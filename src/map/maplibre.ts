/**
 * MapLibre loads as its own chunk (with its worker URL and stylesheet), so the header, legend
 * and filters work while it downloads; the page shell preloads that chunk from the HTML.
 */
export type MapLibre = typeof import('./maplibre-chunk');

let loading: Promise<MapLibre> | null = null;

export function loadMapLibre(): Promise<MapLibre> {
  return (loading ??= import('./maplibre-chunk'));
}
