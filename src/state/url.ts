/**
 * The URL hash is the shareable state: `#map=zoom/lat/lon` as on openstreetmap.org, plus the
 * selection, hidden layers, filters, language, colour scheme and planner tool. Only non-default values are written, so a
 * plain link stays short. Pure functions: parse(format(s)) equals s for every valid state.
 */
import { CATEGORIES, type WaterClass } from '../data/contract';
import type { Filters, Selection, SelectionKind } from '../data/selection';
import type { Lang } from '../i18n/lang';
import type { Tool } from './planner.svelte';

export interface View {
  zoom: number;
  lat: number;
  lon: number;
}
export type ToggleableLayer = 'units' | 'sections' | 'points' | 'districts' | 'rivers';
export const TOGGLEABLE_LAYERS: readonly ToggleableLayer[] = ['units', 'sections', 'points', 'districts', 'rivers'];
export const WATER_CLASSES: readonly WaterClass[] = [1, 2, 3, 4, 5, 6];
/** The colour scheme asked for: `auto` follows the reader's system setting. */
export type ThemeSetting = 'light' | 'dark' | 'auto';
export const THEME_SETTINGS: readonly ThemeSetting[] = ['light', 'dark', 'auto'];
/** The colour scheme actually drawn. */
export type Scheme = 'light' | 'dark';
/** The planner tools a link can open (`tool=`): the toolbar's pressed button. */
export const LINKED_TOOLS: readonly Tool[] = ['none', 'point', 'polygon', 'line', 'measure'];

export interface UrlState {
  view: View | null;
  selection: Selection | null;
  /** A planner's site, encoded by site-link.ts (kept opaque here). */
  site: string | null;
  hidden: ToggleableLayer[];
  filters: Filters;
  lang: Lang;
  /** Id of the chosen basemap (manifest `basemaps`), or null for the default. */
  basemap: string | null;
  /** A place marked on the map ([lon, lat]), e.g. a typed coordinate: `pin=lat,lon`. */
  pin: [number, number] | null;
  theme: ThemeSetting;
  /** The planner tool in use ('none': the map selects). */
  tool: Tool;
}

export const DEFAULT_FILTERS: Filters = { categories: [...CATEGORIES], district: null, classes: [...WATER_CLASSES] };

export function defaultUrlState(): UrlState {
  return { view: null, selection: null, site: null, hidden: [], filters: structuredClone(DEFAULT_FILTERS), lang: 'zh', basemap: null, pin: null, theme: 'light', tool: 'none' };
}

/** Decimal places that keep a view precise to about a pixel at its zoom (as openstreetmap.org does). */
export const precisionForZoom = (zoom: number): number => Math.max(0, Math.ceil(Math.log10(2 ** zoom)));

function parseView(value: string | null): View | null {
  if (!value) return null;
  const parts = value.split('/').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom, lat, lon] = parts as [number, number, number];
  if (zoom < 0 || zoom > 24 || Math.abs(lat) > 85.06 || Math.abs(lon) > 180) return null;
  return { zoom, lat, lon };
}

function parsePin(value: string | null): [number, number] | null {
  const m = value?.match(/^(-?\d{1,2}(?:\.\d{1,7})?),(-?\d{1,3}(?:\.\d{1,7})?)$/);
  if (!m) return null;
  const lat = Number(m[1]);
  const lon = Number(m[2]);
  return Math.abs(lat) <= 85.06 && Math.abs(lon) <= 180 ? [lon, lat] : null;
}

function parseSelection(value: string | null): Selection | null {
  const match = value?.match(/^(unit|section|point):([\w.-]{1,64})$/);
  return match ? { kind: match[1] as SelectionKind, id: match[2]! } : null;
}

function parseList<T extends string | number>(value: string | null, allowed: readonly T[], fallback: T[]): T[] {
  if (value === null) return fallback;
  if (value === '') return [];
  const items = value.split(',');
  return allowed.filter((a) => items.includes(String(a)));
}

/** One of `allowed`, or the fallback for anything else (absent, misspelt or hostile). */
export function parseChoice<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback;
}

export function parseHash(hash: string): UrlState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const district = params.get('d');
  return {
    view: parseView(params.get('map')),
    selection: parseSelection(params.get('sel')),
    site: params.get('site') || null,
    hidden: parseList(params.get('hide'), TOGGLEABLE_LAYERS, []),
    filters: {
      categories: parseList(params.get('cat'), CATEGORIES, [...CATEGORIES]),
      district: district && /^\d{6}$/.test(district) ? district : null,
      classes: parseList(params.get('wq'), WATER_CLASSES, [...WATER_CLASSES]),
    },
    lang: params.get('lang') === 'en' ? 'en' : 'zh',
    basemap: /^[\w-]{1,32}$/.test(params.get('bm') ?? '') ? params.get('bm') : null,
    pin: parsePin(params.get('pin')),
    theme: parseChoice(params.get('theme'), THEME_SETTINGS, 'light'),
    tool: parseChoice(params.get('tool'), LINKED_TOOLS, 'none'),
  };
}

const sameSet = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x) => b.includes(x));

export function formatView(view: View): string {
  const zoom = Math.round(view.zoom * 100) / 100;
  const digits = precisionForZoom(zoom);
  return `${zoom}/${view.lat.toFixed(digits)}/${view.lon.toFixed(digits)}`;
}

export function formatHash(state: UrlState): string {
  // URLSearchParams would escape "/" and ":"; these values never need escaping.
  const parts: string[] = [];
  if (state.view) parts.push(`map=${formatView(state.view)}`);
  if (state.selection) parts.push(`sel=${state.selection.kind}:${state.selection.id}`);
  if (state.site) parts.push(`site=${encodeURIComponent(state.site)}`);
  if (state.hidden.length) parts.push(`hide=${TOGGLEABLE_LAYERS.filter((l) => state.hidden.includes(l)).join(',')}`);
  const { categories, district, classes } = state.filters;
  if (!sameSet(categories, CATEGORIES)) parts.push(`cat=${CATEGORIES.filter((c) => categories.includes(c)).join(',')}`);
  if (district) parts.push(`d=${district}`);
  if (!sameSet(classes, WATER_CLASSES)) parts.push(`wq=${WATER_CLASSES.filter((c) => classes.includes(c)).join(',')}`);
  if (state.lang !== 'zh') parts.push(`lang=${state.lang}`);
  if (state.basemap) parts.push(`bm=${state.basemap}`);
  // 1e-6° is about 0.1 m: a pin keeps the precision it was typed with, to that limit.
  if (state.pin) parts.push(`pin=${+state.pin[1].toFixed(6)},${+state.pin[0].toFixed(6)}`);
  if (state.theme !== 'light') parts.push(`theme=${state.theme}`);
  if (state.tool !== 'none') parts.push(`tool=${state.tool}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
