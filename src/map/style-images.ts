/**
 * The image the style's dot footprints use, drawn in code: the style has no sprite (nothing is
 * fetched), so MapLibre asks for it through its missing-image resolver the first time a layer
 * needs it.
 *
 * `collision-box` is a transparent square. A symbol layer that draws it over each monitoring
 * point puts the point's footprint into MapLibre's label collision index, so district, river and
 * distance labels move or hide instead of covering the dots (circle layers take no part in label
 * placement). The distance labels' box is drawn by the planner overlay, which alone uses it.
 */
import type { Map as MapLibreMap, StyleImageMetadata } from 'maplibre-gl';

export const STYLE_IMAGES = { collisionBox: 'collision-box' } as const;

/** The collision box's side in px at icon-size 1: a layer sizes it with `icon-size` = diameter / this. */
export const COLLISION_BOX_PX = 20;

export interface GeneratedImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
  options: Partial<StyleImageMetadata>;
}

/** The image a style asks for by id, or null for an id that is not ours. */
export function styleImage(id: string): GeneratedImage | null {
  if (id === STYLE_IMAGES.collisionBox) {
    return { width: COLLISION_BOX_PX, height: COLLISION_BOX_PX, data: new Uint8ClampedArray(COLLISION_BOX_PX * COLLISION_BOX_PX * 4), options: {} };
  }
  return null;
}

/** Draws our images when a layer first needs them. */
export function resolveStyleImages(map: MapLibreMap): void {
  map.setMissingStyleImageResolver((id) => {
    const image = styleImage(id);
    if (image && !map.hasImage(id)) map.addImage(id, { width: image.width, height: image.height, data: image.data }, image.options);
  });
}
