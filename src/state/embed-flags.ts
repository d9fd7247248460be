/**
 * Render flags of the embed view (embed.html), read from the same URL hash as the app state
 * (url.ts holds view, layers, filters, selection, language and theme). Every flag is validated:
 * an absent, misspelt or hostile value takes its default, silently. Pure functions.
 */
import { parseChoice } from './url';

/** What the reader may do: everything, only move the map, or nothing (a fixed picture). */
export type Interaction = 'full' | 'pan-zoom' | 'none';
export const INTERACTIONS: readonly Interaction[] = ['full', 'pan-zoom', 'none'];

/** `auto`: the iframe grows to the content (messages to the host); `fill`: the embed fills a fixed frame. */
export type HeightPolicy = 'auto' | 'fill';
export const HEIGHT_POLICIES: readonly HeightPolicy[] = ['auto', 'fill'];

export interface EmbedFlags {
  /** No title, description or footer: the map and its legend only. */
  plain: boolean;
  /** No map script at all: the pre-rendered picture and the text summary. */
  static: boolean;
  /** No page background, for hosts that lay the map on their own colour. */
  transparent: boolean;
  interaction: Interaction;
  height: HeightPolicy;
  /** Height of the map itself in CSS px when the height policy is `auto`. */
  mapHeight: number;
  title: string;
  description: string;
  /** Names this embed in its messages, so a host page with several maps tells them apart. */
  id: string;
}

export const MAP_HEIGHT = { min: 200, max: 1200, default: 400 } as const;
const MAX_TITLE = 120;
const MAX_DESCRIPTION = 400;

export const DEFAULT_FLAGS: EmbedFlags = {
  plain: false,
  static: false,
  transparent: false,
  interaction: 'full',
  height: 'auto',
  mapHeight: MAP_HEIGHT.default,
  title: '',
  description: '',
  id: 'zoning-map',
};

const flag = (value: string | null) => value === '1' || value === '';

/** Text shown as text: control characters removed, whitespace collapsed, length capped. */
function cleanText(value: string | null, max: number): string {
  return (value ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

function parseMapHeight(value: string | null): number {
  if (!value || !/^\d{1,4}$/.test(value)) return MAP_HEIGHT.default;
  return Math.min(MAP_HEIGHT.max, Math.max(MAP_HEIGHT.min, Number(value)));
}

export function parseEmbedFlags(hash: string): EmbedFlags {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get('id');
  return {
    plain: flag(params.get('plain')),
    static: flag(params.get('static')),
    transparent: flag(params.get('transparent')),
    interaction: parseChoice(params.get('ui'), INTERACTIONS, DEFAULT_FLAGS.interaction),
    height: parseChoice(params.get('height'), HEIGHT_POLICIES, DEFAULT_FLAGS.height),
    mapHeight: parseMapHeight(params.get('mh')),
    title: cleanText(params.get('title'), MAX_TITLE),
    description: cleanText(params.get('desc'), MAX_DESCRIPTION),
    id: id && /^[\w-]{1,40}$/.test(id) ? id : DEFAULT_FLAGS.id,
  };
}

/** The hash parts for the non-default flags, in a fixed order (appended after the app state). */
export function formatEmbedFlags(flags: EmbedFlags): string[] {
  const parts: string[] = [];
  if (flags.plain) parts.push('plain=1');
  if (flags.static) parts.push('static=1');
  if (flags.transparent) parts.push('transparent=1');
  if (flags.interaction !== DEFAULT_FLAGS.interaction) parts.push(`ui=${flags.interaction}`);
  if (flags.height !== DEFAULT_FLAGS.height) parts.push(`height=${flags.height}`);
  if (flags.mapHeight !== DEFAULT_FLAGS.mapHeight) parts.push(`mh=${flags.mapHeight}`);
  const title = cleanText(flags.title, MAX_TITLE);
  const description = cleanText(flags.description, MAX_DESCRIPTION);
  if (title) parts.push(`title=${encodeURIComponent(title)}`);
  if (description) parts.push(`desc=${encodeURIComponent(description)}`);
  if (flags.id !== DEFAULT_FLAGS.id) parts.push(`id=${flags.id}`);
  return parts;
}
