/**
 * The bundled, offline MapLibre style. Sources are the validated GeoJSON of the dataset, so the
 * map makes no tile, glyph or font request: without `glyphs`, labels draw from local fonts.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Dataset } from '../data/contract';
import { CLASS_NUMERALS } from '../data/water-quality';
import type { Scheme } from '../state/url';
import { BASEMAPS, CATEGORY_COLORS, CROSS_BORDER_RING, WATER_CLASS_COLORS } from './palette';
import { HIGHLIGHT_SOURCE, highlightLayers, NO_HIGHLIGHTS } from './highlight';
import { COLLISION_BOX_PX, STYLE_IMAGES } from './style-images';
import { withTiledUnits } from './tiled-units';

export const SOURCES = {
  context: 'context',
  districts: 'districts',
  districtLabels: 'district-labels',
  rivers: 'rivers',
  units: 'units',
  sections: 'sections',
  points: 'yangtze-points',
} as const;

/** Layer ids the rest of the app refers to. */
export const LAYERS = {
  unitsFill: 'units-fill',
  unitsOutline: 'units-outline',
  districtsLine: 'districts-line',
  districtLabels: 'district-labels',
  riversLine: 'rivers-line',
  riverLabels: 'river-labels',
  sections: 'sections-circle',
  sectionLabels: 'section-labels',
  points: 'points-circle',
  sectionsCollision: 'sections-collision',
  pointsCollision: 'points-collision',
} as const;

/** The bundled offline basemap: drawn from the dataset, hidden when a configured basemap is chosen. */
export const BUNDLED_LAYERS = ['background', 'context-fill', 'context-labels', 'municipality-fill'] as const;

/** Unit fill opacity over the bundled basemap (map/basemap.ts lightens it over street maps). */
export const UNIT_FILL_OPACITY: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 6, 0.72, 12, 0.5];

const categoryColor: ExpressionSpecification = [
  'match',
  ['get', 'category'],
  'priority',
  CATEGORY_COLORS.priority,
  'key',
  CATEGORY_COLORS.key,
  CATEGORY_COLORS.general,
];

const waterColor: ExpressionSpecification = [
  'match',
  ['get', 'class'],
  1,
  WATER_CLASS_COLORS[1],
  2,
  WATER_CLASS_COLORS[2],
  3,
  WATER_CLASS_COLORS[3],
  4,
  WATER_CLASS_COLORS[4],
  5,
  WATER_CLASS_COLORS[5],
  WATER_CLASS_COLORS[6],
];

export interface StyleInput {
  dataset: Dataset;
  /** Each thematic layer's filter and visibility from the app state (map/sync.layerStates). */
  layerStates: Record<string, { filter?: FilterSpecification; visibility: 'visible' | 'none' }>;
  districtLabels: FeatureCollection<Point, { name: string; name_en: string }>;
  lang: 'zh' | 'en';
  scheme: Scheme;
}

/** Label text in the current language, falling back to Chinese where no English name exists. */
export function labelField(lang: 'zh' | 'en'): ExpressionSpecification {
  return lang === 'en' ? ['coalesce', ['get', 'name_en'], ['get', 'name']] : ['get', 'name'];
}

/** The class numeral beside a station's name, so water class never rests on hue alone. */
const classNumeral: ExpressionSpecification = [
  'match',
  ['get', 'class'],
  1,
  CLASS_NUMERALS[1],
  2,
  CLASS_NUMERALS[2],
  3,
  CLASS_NUMERALS[3],
  4,
  CLASS_NUMERALS[4],
  5,
  CLASS_NUMERALS[5],
  CLASS_NUMERALS[6],
];

/** Radius of a monitoring section's dot in px by zoom, and its widest ring (to Sichuan). */
const SECTION_RADIUS = [6, 3.5, 9, 5.5, 12, 8] as const;
const SECTION_RING = 2.2;
const POINT_RADIUS = [6, 2.5, 12, 5] as const;
const POINT_RING = 1.2;

/** `['interpolate', linear, zoom, z, f(v), …]` over zoom/value pairs. */
function byZoom(stops: readonly number[], f: (v: number) => number): ExpressionSpecification {
  const out: number[] = [];
  for (let i = 0; i < stops.length; i += 2) out.push(stops[i]!, f(stops[i + 1]!));
  return ['interpolate', ['linear'], ['zoom'], ...out] as ExpressionSpecification;
}

/**
 * An invisible symbol over each dot of a point layer, as large as the dot and its ring: circle
 * layers take no part in label placement, so without it labels are drawn over the dots. The
 * dot is always shown (allow-overlap), and labels placed after it keep clear of it
 * (ignore-placement false). See style-images.ts.
 */
export function dotCollision(id: string, source: string, radius: readonly number[], ring: number): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    layout: {
      'icon-image': STYLE_IMAGES.collisionBox,
      'icon-size': byZoom(radius, (r) => (2 * (r + ring)) / COLLISION_BOX_PX),
      'icon-allow-overlap': true,
      'icon-ignore-placement': false,
      'icon-padding': 0,
    },
    // Placed, never drawn: MapLibre skips an icon layer at opacity 0, and with it a shader program.
    paint: { 'icon-opacity': 0 },
  };
}

/**
 * `colour` as a per-feature value. Software WebGL compiles each shader variant on the page's
 * thread at its first use, and a constant colour and a per-feature one are two variants of the
 * same program: written this way, the context and municipality fills share the units' fill
 * programs and the Yangtze points the sections' circle program (3 compiles of 12 fewer).
 */
const perFeature = (colour: string | number): ExpressionSpecification => ['case', ['has', '\u0000'], colour, colour] as ExpressionSpecification;

/** Every layer of the style, in draw order; only colours depend on the scheme (see sync.applyScheme). */
export function styleLayers(lang: 'zh' | 'en', scheme: Scheme): LayerSpecification[] {
  const text = labelField(lang);
  const base = BASEMAPS[scheme];
  const highlights = highlightLayers(base.highlight);
  return [
    { id: 'background', type: 'background', paint: { 'background-color': base.background } },
    // The fill's own antialiasing outline draws the provinces' borders: no second line layer.
    {
      id: 'context-fill',
      type: 'fill',
      source: SOURCES.context,
      paint: { 'fill-color': perFeature(base.context), 'fill-outline-color': perFeature(base.contextLine) },
    },
    {
      id: 'context-labels',
      type: 'symbol',
      source: SOURCES.context,
      maxzoom: 8,
      layout: { 'text-field': text, 'text-size': 14, 'text-letter-spacing': 0.3 },
      paint: { 'text-color': base.contextLabel, 'text-halo-color': base.context, 'text-halo-width': 1.2 },
    },
    // Seen only through the translucent units (and where filters hide them): its edges need no antialiasing pass.
    {
      id: 'municipality-fill',
      type: 'fill',
      source: SOURCES.districts,
      paint: { 'fill-color': perFeature(base.municipality), 'fill-antialias': false },
    },
    {
      id: LAYERS.unitsFill,
      type: 'fill',
      source: SOURCES.units,
      paint: {
        'fill-color': categoryColor,
        'fill-opacity': UNIT_FILL_OPACITY,
      },
    },
    {
      id: LAYERS.unitsOutline,
      type: 'line',
      source: SOURCES.units,
      minzoom: 8,
      paint: {
        'line-color': base.unitOutline,
        'line-opacity': ['interpolate', ['linear'], ['zoom'], 8, 0.35, 12, 0.9],
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.4, 13, 1.4],
      },
    },
    {
      id: LAYERS.riversLine,
      type: 'line',
      source: SOURCES.rivers,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': base.river,
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          6,
          ['match', ['get', 'rank'], 1, 2.2, 2, 1.4, 0.8],
          12,
          ['match', ['get', 'rank'], 1, 7, 2, 4.5, 2.5],
        ],
      },
    },
    {
      id: LAYERS.districtsLine,
      type: 'line',
      source: SOURCES.districts,
      paint: {
        'line-color': base.districtLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.6, 12, 1.6],
        'line-dasharray': [3, 2],
      },
    },
    highlights.outline,
    {
      id: LAYERS.riverLabels,
      type: 'symbol',
      source: SOURCES.rivers,
      minzoom: 7,
      filter: ['!=', ['get', 'name'], ''],
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-field': text,
        'text-size': 13,
        'text-max-angle': 30,
      },
      paint: { 'text-color': base.riverLabel, 'text-halo-color': base.halo, 'text-halo-width': 1.4 },
    },
    {
      id: LAYERS.districtLabels,
      type: 'symbol',
      source: SOURCES.districtLabels,
      layout: {
        'text-field': text,
        'text-size': ['interpolate', ['linear'], ['zoom'], 6, 11, 10, 15],
        'text-padding': 4,
      },
      paint: { 'text-color': base.label, 'text-halo-color': base.halo, 'text-halo-width': 1.6 },
    },
    {
      id: LAYERS.sections,
      type: 'circle',
      source: SOURCES.sections,
      paint: {
        'circle-color': waterColor,
        'circle-radius': byZoom(SECTION_RADIUS, (r) => r),
        'circle-stroke-color': ['case', ['==', ['get', 'cross_border'], null], base.stationStroke, CROSS_BORDER_RING],
        'circle-stroke-width': ['case', ['==', ['get', 'cross_border'], null], 1, SECTION_RING],
      },
    },
    {
      id: LAYERS.points,
      type: 'circle',
      source: SOURCES.points,
      paint: {
        'circle-color': waterColor,
        'circle-radius': byZoom(POINT_RADIUS, (r) => r),
        'circle-stroke-color': perFeature(base.halo),
        'circle-stroke-width': perFeature(POINT_RING),
      },
    },
    highlights.ring,
    {
      id: LAYERS.sectionLabels,
      type: 'symbol',
      source: SOURCES.sections,
      minzoom: 9,
      layout: {
        'text-field': ['concat', ['get', 'name'], ' ', classNumeral],
        'text-size': 12,
        'text-offset': [0, 1.3],
        'text-anchor': 'top',
      },
      paint: { 'text-color': base.label, 'text-halo-color': base.halo, 'text-halo-width': 1.4 },
    },
    // Last, so placed first: every label below keeps clear of the dots (MapLibre places the
    // topmost layer's symbols first). Invisible, so their place in the drawing order is moot.
    dotCollision(LAYERS.sectionsCollision, SOURCES.sections, SECTION_RADIUS, SECTION_RING),
    dotCollision(LAYERS.pointsCollision, SOURCES.points, POINT_RADIUS, POINT_RING),
  ];
}

/**
 * The map's copy of a layer of monitoring points: their monthly readings left out. The style
 * reads none of them, and MapLibre's worker would otherwise write every point's readings into
 * every tile it cuts (a national set: 3,600 sections of 36 numbers each).
 */
function withoutReadings<P extends { monthly?: unknown }>(points: FeatureCollection<Point, P>): FeatureCollection<Point, Omit<P, 'monthly'>> {
  return {
    type: 'FeatureCollection',
    features: points.features.map(({ properties: { monthly: _readings, ...properties }, ...feature }) => ({ ...feature, properties })),
  };
}

/**
 * Tile buffers, in px of a 512 px tile (MapLibre's default is 128). Every tile draws its whole
 * buffer too, so at the first view, where two tiles split the city, the default drew most
 * polygons twice. Areas need only their outline's width; river lines keep room for their labels.
 */
const AREA_BUFFER = 8;
const RIVER_BUFFER = 64;

export function buildStyle({ dataset, layerStates, districtLabels, lang, scheme }: StyleInput): StyleSpecification {
  // Built in the state the app is in, so nothing has to change (and re-lay out) once it loads.
  const layers = styleLayers(lang, scheme).map((layer) => {
    const state = layerStates[layer.id];
    if (!state) return layer;
    return {
      ...layer,
      layout: { ...layer.layout, visibility: state.visibility },
      ...(state.filter ? { filter: state.filter } : {}),
    } as LayerSpecification;
  });

  // The validated file's bytes by URL where the page kept them: MapLibre's worker reads and parses
  // them itself, instead of the page cloning the parsed layer over to it.
  const drawn = (kind: 'units' | 'districts' | 'rivers' | 'context') => dataset.layerBytes?.[kind] ?? dataset[kind];
  const style: StyleSpecification = {
    version: 8,
    name: dataset.manifest.name.en,
    sources: {
      [SOURCES.context]: { type: 'geojson', data: drawn('context'), buffer: AREA_BUFFER },
      [SOURCES.districts]: { type: 'geojson', data: drawn('districts'), buffer: AREA_BUFFER },
      [SOURCES.districtLabels]: { type: 'geojson', data: districtLabels },
      [SOURCES.rivers]: { type: 'geojson', data: drawn('rivers'), buffer: RIVER_BUFFER },
      [SOURCES.units]: { type: 'geojson', data: drawn('units'), buffer: AREA_BUFFER },
      [SOURCES.sections]: { type: 'geojson', data: withoutReadings(dataset.sections) },
      [SOURCES.points]: { type: 'geojson', data: withoutReadings(dataset.yangtzePoints) },
      [HIGHLIGHT_SOURCE]: { type: 'geojson', data: NO_HIGHLIGHTS },
    },
    layers,
  };
  return dataset.tiledUnits ? withTiledUnits(style, SOURCES.units, dataset.tiledUnits, scheme) : style;
}
