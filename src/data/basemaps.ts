/**
 * The basemaps a site offers (manifest `basemaps`, see docs/basemaps.md): validation, the tile
 * URLs each kind asks for, and the origins those URLs reach (which the build's CSP allows).
 */
import type { Basemap, BasemapKind, BundledBasemap, Manifest } from './contract';
import { DataError } from './data-error';

/** Used when the manifest lists no basemaps: the offline one, drawn from the dataset itself. */
export const BUNDLED_BASEMAP: BundledBasemap = {
  id: 'offline',
  kind: 'bundled',
  title: { zh: '离线底图', en: 'Offline basemap' },
  attribution: '',
};

const KINDS: readonly BasemapKind[] = ['bundled', 'pmtiles', 'xyz', 'wmts', 'tianditu'];
const FLAVORS = ['light', 'dark', 'white', 'grayscale', 'black'];
const TIANDITU_LAYERS = ['vec', 'img', 'ter'];
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const isHttps = (url: string) => /^https:\/\/[^/?#]+/i.test(url) || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//i.test(url);

/** Checks `manifest.basemaps` (if present); throws a DataError naming the entry and the field. */
export function validateBasemaps(json: unknown): Basemap[] | undefined {
  if (json === undefined) return undefined;
  const fail = (problem: string): never => {
    throw new DataError('manifest.json', problem);
  };
  if (!Array.isArray(json) || json.length === 0) fail('basemaps must be a non-empty array');
  const seen = new Set<string>();
  (json as Record<string, unknown>[]).forEach((b, i) => {
    const at = (problem: string) => fail(`basemaps[${i}]: ${problem}`);
    if (typeof b !== 'object' || b === null) at('must be an object');
    if (!isText(b.id) || !/^[\w-]{1,32}$/.test(b.id)) at('id must be 1–32 letters, digits, - or _');
    if (seen.has(b.id as string)) at(`duplicate id “${String(b.id)}”`);
    seen.add(b.id as string);
    if (!KINDS.includes(b.kind as BasemapKind)) at(`kind must be one of ${KINDS.join(', ')}`);
    const title = b.title as { zh?: unknown; en?: unknown } | undefined;
    if (!title || !isText(title.zh) || !isText(title.en)) at('title.zh and title.en are required');
    if (b.kind !== 'bundled' && !isText(b.attribution)) at('attribution is required');
    if (b.attribution !== undefined && typeof b.attribution !== 'string') at('attribution must be text');
    if (b.datum !== undefined && !['WGS-84', 'CGCS2000', 'GCJ-02'].includes(b.datum as string)) {
      at('datum must be WGS-84, CGCS2000 or GCJ-02');
    }
    const template = (url: unknown, field: string, slots: string[]) => {
      if (!isText(url) || !isHttps(url)) at(`${field} must be an https URL`);
      for (const slot of slots) if (!(url as string).includes(slot)) at(`${field} must contain ${slot}`);
    };
    switch (b.kind) {
      case 'pmtiles':
        if (!isText(b.url) || (!isHttps(b.url) && (/^[a-z]+:|^\/\/|\.\./i.test(b.url) || !b.url.endsWith('.pmtiles')))) {
          at('url must be a .pmtiles path inside data/ or an https URL');
        }
        if (b.flavor !== undefined && !FLAVORS.includes(b.flavor as string)) at(`flavor must be one of ${FLAVORS.join(', ')}`);
        break;
      case 'xyz':
        if (!Array.isArray(b.tiles) || b.tiles.length === 0) at('tiles must be a list of URL templates');
        (b.tiles as unknown[]).forEach((url, j) => template(url, `tiles[${j}]`, ['{z}', '{x}', '{y}']));
        break;
      case 'wmts':
        template(b.url, 'url', ['{TileMatrix}', '{TileRow}', '{TileCol}']);
        break;
      case 'tianditu':
        if (!TIANDITU_LAYERS.includes(b.layer as string)) at('layer must be vec, img or ter');
        if (!isText(b.key) || !/^[0-9a-f]{32}$/i.test(b.key)) at('key must be the 32-character 天地图 key');
        break;
    }
    if (b.tileSize !== undefined && b.tileSize !== 256 && b.tileSize !== 512) at('tileSize must be 256 or 512');
    if (b.maxzoom !== undefined && !(Number.isInteger(b.maxzoom) && (b.maxzoom as number) >= 0 && (b.maxzoom as number) <= 22)) {
      at('maxzoom must be an integer 0–22');
    }
  });
  return json as Basemap[];
}

/** What the switcher offers, the default first. */
export const offeredBasemaps = (manifest: Manifest): Basemap[] => manifest.basemaps ?? [BUNDLED_BASEMAP];

/**
 * Why a configured basemap cannot be drawn, or null. GCJ-02 tiles are refused rather than
 * shifted: a raster cannot be warped per pixel in MapLibre, and drawing the zoning over them
 * would put every boundary 300–700 m off the ground it describes.
 */
export function basemapRefusal(b: Basemap): 'gcj02' | null {
  return b.datum === 'GCJ-02' ? 'gcj02' : null;
}

/** The basemap shown for a link's `bm=` id: that one if offered and drawable, else the default. */
export function pickBasemap(manifest: Manifest, id: string | null): Basemap {
  const usable = offeredBasemaps(manifest).filter((b) => !basemapRefusal(b));
  return usable.find((b) => b.id === id) ?? usable[0] ?? BUNDLED_BASEMAP;
}

const TIANDITU_LABELS = { vec: 'cva', img: 'cia', ter: 'cta' } as const;
/** 天地图 also serves English labels over its vector and imagery layers. */
const TIANDITU_LABELS_EN = { vec: 'eva', img: 'eia', ter: 'cta' } as const;
const TIANDITU_SERVERS = [0, 1, 2, 3, 4, 5, 6, 7];

function tiandituTiles(layer: string, key: string): string[] {
  return TIANDITU_SERVERS.map(
    (n) =>
      `https://t${n}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
      `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
  );
}

/** Raster tile templates in MapLibre's `{z}/{x}/{y}` form: the picture, then labels drawn over it. */
export function rasterTiles(b: Basemap, lang: 'zh' | 'en'): { base: string[]; labels: string[] } | null {
  switch (b.kind) {
    case 'xyz':
      return { base: b.tiles, labels: [] };
    case 'wmts':
      return {
        base: [b.url.replace('{TileMatrix}', '{z}').replace('{TileRow}', '{y}').replace('{TileCol}', '{x}')],
        labels: [],
      };
    case 'tianditu': {
      const labels = (lang === 'en' ? TIANDITU_LABELS_EN : TIANDITU_LABELS)[b.layer];
      return { base: tiandituTiles(b.layer, b.key), labels: tiandituTiles(labels, b.key) };
    }
    default:
      return null;
  }
}

/**
 * Every origin other than the site's own that a basemap requests, so the Content-Security-Policy
 * can allow exactly those. Refused basemaps request nothing.
 */
export function basemapOrigins(b: Basemap): string[] {
  if (basemapRefusal(b)) return [];
  const raster = (['zh', 'en'] as const).flatMap((lang) => {
    const tiles = rasterTiles(b, lang);
    return tiles ? [...tiles.base, ...tiles.labels] : [];
  });
  const urls = b.kind === 'pmtiles' ? [b.url] : raster;
  const origins = new Set<string>();
  for (const url of urls) {
    const m = /^(https?:\/\/[^/?#]+)/i.exec(url);
    if (m) origins.add(m[1]!.toLowerCase());
  }
  return [...origins].sort();
}
