/**
 * The data contract (see docs/data-contract.md): the shape of every file under
 * `public/data/`. Loaders validate against it; `src/geo/` computes on it; the UI renders it.
 * Coordinates are WGS-84 longitude/latitude.
 */
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';

export type Category = 'priority' | 'key' | 'general';
export const CATEGORIES: readonly Category[] = ['priority', 'key', 'general'];

/** The four dimensions of an environmental access list (生态环境准入清单). */
export type RuleDimension =
  | 'spatial_layout'
  | 'pollutant_discharge'
  | 'risk_prevention'
  | 'resource_efficiency';
export const RULE_DIMENSIONS: readonly RuleDimension[] = [
  'spatial_layout',
  'pollutant_discharge',
  'risk_prevention',
  'resource_efficiency',
];
export type AccessList = Record<RuleDimension, string[]>;

export interface UnitProperties {
  /** ZH + 6-digit county adcode + class digit (1 priority, 2 key, 3 general) + 4-digit serial. */
  code: string;
  name: string;
  category: Category;
  subtype: string;
  adcode: string;
  district: string;
  area_km2: number;
  rules: AccessList;
}
export type UnitFeature = Feature<Polygon | MultiPolygon, UnitProperties>;

/** GB 3838-2002 surface-water class: 1..5 for Ⅰ..Ⅴ, 6 for 劣Ⅴ. */
export type WaterClass = 1 | 2 | 3 | 4 | 5 | 6;

export interface MonthlyReading {
  /** ISO month, e.g. "2024-01". */
  month: string;
  class: WaterClass;
  /** Dissolved oxygen, mg/L. */
  do: number;
  /** Permanganate index, mg/L. */
  codmn: number;
  /** Ammonia nitrogen, mg/L. */
  nh3n: number;
  /** Total phosphorus, mg/L. */
  tp: number;
  ph: number;
}

export interface SectionProperties {
  id: string;
  name: string;
  river: string;
  basin: string;
  district: string;
  adcode: string;
  level: 'national';
  target_class: WaterClass;
  class: WaterClass;
  cross_border: string | null;
  /** Absent when the layer keeps its readings apart (manifest `readings`): read when the section is opened. */
  monthly?: MonthlyReading[];
}
export type SectionFeature = Feature<Point, SectionProperties>;

export interface YangtzePointProperties {
  id: string;
  name: string;
  /** Chainage along the main stem from the point where it enters Chongqing, km. */
  km: number;
  class: WaterClass;
  district?: string;
  monthly: MonthlyReading[];
}
export type YangtzePointFeature = Feature<Point, YangtzePointProperties>;

export interface DistrictProperties {
  adcode: string;
  name: string;
  name_en: string;
}
export type DistrictFeature = Feature<Polygon | MultiPolygon, DistrictProperties>;

export interface RiverProperties {
  name: string;
  name_en: string;
  /** 1 = main stem (长江), 2 = major tributary, 3 = tributary, 4 = minor. */
  rank: number;
}
export type RiverFeature = Feature<LineString | MultiLineString, RiverProperties>;

export interface ContextProperties {
  name: string;
  name_en?: string;
}
export type ContextFeature = Feature<Polygon | MultiPolygon, ContextProperties>;

export type LayerKind = 'units' | 'sections' | 'yangtze-points' | 'districts' | 'rivers' | 'context';

/** How a layer is stored (docs/performance.md). */
export type LayerFormat = 'geojson' | 'tiles+store';

/** Counts and land area per category of a tiled units layer, for the legend. */
export type UnitsSummary = { count: number; byCategory: Record<Category, { count: number; areaKm2: number }> };

export interface ManifestLayer {
  id: string;
  /** The GeoJSON file, or for `tiles+store` the PMTiles archive. */
  file: string;
  /** Default `geojson`. `tiles+store` (units only): vector tiles to draw, a store to query. */
  format?: LayerFormat;
  /** `tiles+store`: the compact index (gzip'd, fetched whole). */
  index?: string;
  /** `tiles+store`: the geometry store, read by HTTP Range requests only. */
  store?: string;
  /** `tiles+store`, optional: `[code, name, district]` per unit in index order, fetched on the first search. */
  names?: string;
  /** `tiles+store`: zoom range of the archive and the first zoom with unit labels. */
  tiles?: { minzoom: number; maxzoom: number; labelMinzoom: number };
  /** `tiles+store`: what the legend shows without loading every unit. */
  summary?: UnitsSummary;
  /**
   * `sections` only: the monthly readings kept apart from the points, one JSON file per adcode:
   * a path with `{adcode}` (e.g. `sections.readings/{adcode}.json`), each file
   * `{ "<section id>": MonthlyReading[] }`. The layer's features then carry no `monthly`, and a
   * section's file is read when one of its sections is first opened.
   */
  readings?: string;
  kind: LayerKind;
  title: { zh: string; en: string };
  provenance: 'illustrative' | 'official';
  /** Where the layer comes from: one text, or one per language. */
  source: LocalText;
  date: string;
}

/** Text a data file gives either once for every language or as `{ zh, en }`. */
export type LocalText = string | { zh: string; en: string };

export interface Manifest {
  /** Human name of the dataset, e.g. 重庆市 (示例数据). */
  name: { zh: string; en: string };
  /** Optional suggested view; the explorer frames `bounds` in the space its panels leave free. */
  view?: { center: [number, number]; zoom: number };
  /** [west, south, east, north] of the dataset: the initial frame when the URL names no view. */
  bounds: [number, number, number, number];
  layers: ManifestLayer[];
  /**
   * Basemaps the site offers, the first being the default (see docs/basemaps.md). Absent: only
   * the bundled offline basemap, and the site requests nothing from any other origin.
   */
  basemaps?: Basemap[];
}

/**
 * The datum of a tile service's pixels. WGS-84 and CGCS2000 agree to centimetres; GCJ-02 tiles
 * (AMap, Tencent, most Baidu-era services) sit 300–700 m off in China and are refused.
 */
export type BasemapDatum = 'WGS-84' | 'CGCS2000' | 'GCJ-02';

interface BasemapCommon {
  id: string;
  title: { zh: string; en: string };
  /** Shown on the map at all times, and in the data panel. */
  attribution: string;
  datum?: BasemapDatum;
}

/** The offline basemap drawn from the dataset itself (districts, rivers, neighbouring provinces). */
export interface BundledBasemap extends BasemapCommon {
  kind: 'bundled';
}

/** A vector PMTiles archive in the Protomaps basemap schema, drawn with `@protomaps/basemaps`. */
export interface PmtilesBasemap extends BasemapCommon {
  kind: 'pmtiles';
  /** Path relative to data/, or an https URL. Served uncompressed, with Range support. */
  url: string;
  flavor?: 'light' | 'dark' | 'white' | 'grayscale' | 'black';
}

/** Raster tiles in Web Mercator, `{z}/{x}/{y}` template(s). */
export interface XyzBasemap extends BasemapCommon {
  kind: 'xyz';
  tiles: string[];
  tileSize?: 256 | 512;
  maxzoom?: number;
}

/**
 * WMTS in a Web-Mercator tile matrix set (GoogleMapsCompatible, matrix id = zoom), as a GetTile
 * template with `{TileMatrix}`, `{TileRow}` and `{TileCol}`.
 */
export interface WmtsBasemap extends BasemapCommon {
  kind: 'wmts';
  url: string;
  tileSize?: 256 | 512;
  maxzoom?: number;
}

/** 天地图 (CGCS2000): vector, imagery or terrain with its Chinese label layer, deployer's key. */
export interface TiandituBasemap extends BasemapCommon {
  kind: 'tianditu';
  layer: 'vec' | 'img' | 'ter';
  key: string;
}

export type Basemap = BundledBasemap | PmtilesBasemap | XyzBasemap | WmtsBasemap | TiandituBasemap;
export type BasemapKind = Basemap['kind'];

export type Units = FeatureCollection<Polygon | MultiPolygon, UnitProperties>;
export type Sections = FeatureCollection<Point, SectionProperties>;
export type YangtzePoints = FeatureCollection<Point, YangtzePointProperties>;
export type Districts = FeatureCollection<Polygon | MultiPolygon, DistrictProperties>;
export type Rivers = FeatureCollection<LineString | MultiLineString, RiverProperties>;
export type Context = FeatureCollection<Polygon | MultiPolygon, ContextProperties>;

/** A units layer in `tiles+store` format: where its parts are (absolute URLs). */
export interface TiledUnits {
  tiles: string;
  index: string;
  store: string;
  /** Names for search; without them, search finds tiled units by code only. */
  names?: string;
  tileZooms: NonNullable<ManifestLayer['tiles']>;
  summary: UnitsSummary;
}

/** Everything the explorer shows, validated. */
export interface Dataset {
  /**
   * Set when the units layer is `tiles+store`: then `units` is empty, the map draws the tiles
   * and queries go to the store (src/data/store/).
   */
  tiledUnits?: TiledUnits;
  manifest: Manifest;
  /**
   * Object URLs of the validated bytes of the layer files, where the page read them
   * (data/load.ts): the map's worker reads the large ones itself, so the page never hands it the
   * parsed objects (a structured clone of megabytes on the main thread).
   */
  layerBytes?: Partial<Record<LayerKind, string>>;
  units: Units;
  sections: Sections;
  yangtzePoints: YangtzePoints;
  districts: Districts;
  rivers: Rivers;
  context: Context;
}

/** GB 3838-2002 thresholds for rivers, index 0..4 = class Ⅰ..Ⅴ. */
export const GB3838 = {
  do: [7.5, 6, 5, 3, 2],
  codmn: [2, 4, 6, 10, 15],
  nh3n: [0.15, 0.5, 1.0, 1.5, 2.0],
  tp: [0.02, 0.1, 0.2, 0.3, 0.4],
  ph: [6, 9],
} as const;
