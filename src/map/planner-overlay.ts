/**
 * The planner overlay as MapLibre sources and layers: the site and its buffers, the lines to the
 * nearest priority unit and the rivers, nearby sections, the drawing in progress, and the
 * distance labels.
 *
 * The labels are a symbol layer, so they take part in the same collision index as the map's own
 * labels (districts, rivers, sections, a basemap's names) and the dots' footprints (style.ts
 * `dotCollision`): no two labels are drawn over each other, and a label moves round its anchor,
 * or else hides, rather than cover a dot. deck.gl's CollisionFilterExtension, which this replaces,
 * only sees deck.gl's own layers, so it could not keep distance labels off MapLibre's.
 *
 * Two sources: the result (site, buffers, lines, labels), set when a check lands, and the drawing,
 * set on every pointer move while drawing, so the rubber band never re-tiles the buffers.
 */
import type { ExpressionSpecification, GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { overlayFeatures, type OverlayKind, type OverlayModel } from './overlay-model';
import { LAYERS } from './style';
import { COLLISION_BOX_PX, STYLE_IMAGES, type GeneratedImage } from './style-images';

const SITE = 'rgb(91, 33, 182)';
const SITE_FILL = 'rgb(139, 92, 246)';
const SECTION_RING = 'rgb(20, 110, 190)';
/** Line colours by kind: the same as the site panel's and the report's keys. */
const LINE_COLOURS: Record<'nearest-priority' | 'river' | 'draft' | 'measure', string> = {
  'nearest-priority': 'rgb(200, 30, 30)',
  river: SECTION_RING,
  draft: SITE,
  measure: 'rgb(230, 120, 0)',
};
const SECTION_RING_RADIUS = 11;
const VERTEX_RADIUS = 4;
const SITE_POINT_RADIUS = 7;

export const PLANNER_SOURCES = { result: 'planner', drawing: 'planner-draft' } as const;
/** The distance labels' layer (the e2e label test reads it). */
export const PLANNER_LABELS = 'planner-labels';
const POINTS_COLLISION = 'planner-points-collision';

const LABEL_BOX = 'planner-label-box';
/** Rounded box, drawn at twice the CSS size for sharp edges on high-density screens. */
const BOX = { side: 24, radius: 6, border: 2, pixelRatio: 2 };
const BOX_FILL = [255, 255, 255, 236] as const;
const BOX_LINE = [29, 43, 54, 150] as const;

/** The rounded white box behind a distance label, stretched around its text (`icon-text-fit`). */
function labelBox(): GeneratedImage {
  const { side, radius, border, pixelRatio } = BOX;
  const data = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      // Signed distance from the pixel centre to the rounded rectangle's edge (negative inside).
      const dx = Math.max(radius - (x + 0.5), x + 0.5 - (side - radius), 0);
      const dy = Math.max(radius - (y + 0.5), y + 0.5 - (side - radius), 0);
      const inside = Math.hypot(dx, dy) - radius;
      const coverage = Math.min(1, Math.max(0, 0.5 - inside));
      if (!coverage) continue;
      const colour = inside > -border ? BOX_LINE : BOX_FILL;
      const i = (y * side + x) * 4;
      data.set([colour[0], colour[1], colour[2], Math.round(colour[3] * coverage)], i);
    }
  }
  const edge = radius;
  return {
    width: side,
    height: side,
    data,
    options: {
      pixelRatio,
      stretchX: [[edge, side - edge]],
      stretchY: [[edge, side - edge]],
      content: [edge, edge, side - edge, side - edge],
    },
  };
}

const kindIs = (...kinds: OverlayKind[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];
const isPoint: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Point', 'MultiPoint']]];
const byKind = <T>(values: Partial<Record<OverlayKind, T>>, fallback: T) =>
  ['match', ['get', 'kind'], ...Object.entries(values).flat(), fallback] as never;

/** Fills, outlines, lines and dots of one source, under the map's labels. */
function shapes(source: string): LayerSpecification[] {
  return [
    {
      id: `${source}-fill`,
      type: 'fill',
      source,
      filter: kindIs('buffer', 'site'),
      paint: { 'fill-color': SITE_FILL, 'fill-opacity': byKind({ site: 0.28 }, 0.07) },
    },
    {
      // Polygon outlines, and a site that is a line.
      id: `${source}-outline`,
      type: 'line',
      source,
      filter: kindIs('buffer', 'site'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': SITE, 'line-opacity': byKind({ site: 1 }, 0.55), 'line-width': byKind({ site: 3 }, 1.5) },
    },
    {
      id: `${source}-lines`,
      type: 'line',
      source,
      filter: kindIs('nearest-priority', 'river', 'draft', 'measure'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': byKind(LINE_COLOURS, SITE), 'line-width': byKind({ river: 2 }, 3) },
    },
    {
      id: `${source}-points`,
      type: 'circle',
      source,
      filter: ['all', isPoint, kindIs('site', 'vertex', 'section')],
      paint: {
        'circle-radius': byKind({ section: SECTION_RING_RADIUS, site: SITE_POINT_RADIUS }, VERTEX_RADIUS),
        'circle-color': byKind({ section: 'rgba(0, 0, 0, 0)', site: SITE_FILL }, '#ffffff'),
        'circle-opacity': byKind({ site: 0.6 }, 1),
        'circle-stroke-color': byKind({ section: SECTION_RING }, SITE),
        'circle-stroke-width': byKind({ site: 3 }, 2),
      },
    },
  ];
}

const labels: LayerSpecification = {
  id: PLANNER_LABELS,
  type: 'symbol',
  source: PLANNER_SOURCES.result,
  filter: kindIs('label'),
  layout: {
    'text-field': ['get', 'text'],
    'text-size': 13,
    // On the line's midpoint if there is room, else beside it, else not at all: never over
    // another label or a dot.
    'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
    'text-radial-offset': 0.9,
    'text-justify': 'auto',
    'text-padding': 2,
    'symbol-sort-key': ['get', 'index'],
    'icon-image': LABEL_BOX,
    'icon-text-fit': 'both',
    'icon-text-fit-padding': [2, 5, 2, 5],
  },
  paint: { 'text-color': '#1d2b36' },
};

/** The footprint of the overlay's dots (site point, vertices, section rings) for label placement. */
const pointsCollision: LayerSpecification = {
  id: POINTS_COLLISION,
  type: 'symbol',
  source: PLANNER_SOURCES.result,
  filter: ['all', isPoint, kindIs('site', 'vertex', 'section')],
  layout: {
    'icon-image': STYLE_IMAGES.collisionBox,
    'icon-size': byKind(
      { section: (2 * (SECTION_RING_RADIUS + 2)) / COLLISION_BOX_PX, site: (2 * (SITE_POINT_RADIUS + 3)) / COLLISION_BOX_PX },
      (2 * (VERTEX_RADIUS + 2)) / COLLISION_BOX_PX,
    ),
    'icon-allow-overlap': true,
    'icon-ignore-placement': false,
    'icon-padding': 0,
  },
};

export interface PlannerOverlay {
  show(part: keyof typeof PLANNER_SOURCES, model: OverlayModel): void;
  destroy(): void;
}

/**
 * Adds the overlay to a loaded map. `onlabels` gets the indices (in the model's `labels`) of the
 * distance labels the map actually shows, each time it settles: a label that found no room, or
 * that is off screen, is not among them.
 */
export function createPlannerOverlay(map: MapLibreMap, onlabels: (drawn: number[]) => void): PlannerOverlay {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  if (!map.hasImage(LABEL_BOX)) {
    const box = labelBox();
    map.addImage(LABEL_BOX, { width: box.width, height: box.height, data: box.data }, box.options);
  }
  for (const source of Object.values(PLANNER_SOURCES)) map.addSource(source, { type: 'geojson', data: empty });
  const layers: LayerSpecification[] = [];
  const add = (layer: LayerSpecification, before?: string) => {
    map.addLayer(layer, before);
    layers.push(layer);
  };
  // The result under the map's labels and dots; the drawing and the distance labels over them.
  for (const layer of shapes(PLANNER_SOURCES.result)) add(layer, LAYERS.riverLabels);
  for (const layer of shapes(PLANNER_SOURCES.drawing)) add(layer, LAYERS.sectionsCollision);
  add(labels, LAYERS.sectionsCollision);
  add(pointsCollision);

  const report = () => {
    const drawn = new Set(map.queryRenderedFeatures({ layers: [PLANNER_LABELS] }).map((f) => Number(f.properties.index)));
    onlabels([...drawn].sort((a, b) => a - b));
  };
  map.on('idle', report);
  return {
    show: (part, model) => {
      (map.getSource(PLANNER_SOURCES[part]) as GeoJSONSource | undefined)?.setData(overlayFeatures(model));
    },
    destroy: () => {
      map.off('idle', report);
      // A map that is itself being removed has no style left to take layers from.
      if (!map.getStyle()) return;
      for (const layer of layers.reverse()) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      for (const source of Object.values(PLANNER_SOURCES)) if (map.getSource(source)) map.removeSource(source);
    },
  };
}
