/**
 * The embed builder's output: the embed URL for a state and its flags, and the two snippets an
 * editor pastes (docs/embedding.md shows one exactly as written here; a test compares them).
 * Pure functions.
 */
import { formatEmbedFlags, type EmbedFlags } from './embed-flags';
import { formatHash, type UrlState } from './url';

/** Heights in CSS px of what surrounds the map in the embed, to reserve the first height. */
const CHROME_PX = { head: 70, notice: 50, legend: 350, footer: 40 } as const;

export interface EmbedConfig {
  /** The site folder the embed is served from, ending in "/", e.g. https://example.org/maps/. */
  base: string;
  state: UrlState;
  flags: EmbedFlags;
  /** The iframe's accessible name when the embed has no title of its own. */
  fallbackTitle: string;
}

export function embedUrl({ base, state, flags }: Pick<EmbedConfig, 'base' | 'state' | 'flags'>): string {
  const app = formatHash(state).replace(/^#/, '');
  const parts = [...(app ? [app] : []), ...formatEmbedFlags(flags)];
  return `${base}embed.html${parts.length ? `#${parts.join('&')}` : ''}`;
}

/** The height the page reserves before the map reports its own, so the article does not jump. */
export function initialHeight(flags: EmbedFlags): number {
  const chrome = flags.plain ? CHROME_PX.notice + CHROME_PX.legend : CHROME_PX.head + CHROME_PX.notice + CHROME_PX.legend + CHROME_PX.footer;
  return flags.mapHeight + chrome;
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Auto-height: the iframe plus the site's embed.js, which resizes it from the map's messages. */
export function responsiveSnippet(config: EmbedConfig): string {
  const flags: EmbedFlags = { ...config.flags, height: 'auto' };
  const title = attr(flags.title || config.fallbackTitle);
  return (
    `<iframe data-zoning-map src="${attr(embedUrl({ ...config, flags }))}" title="${title}" ` +
    `style="width:100%;height:${initialHeight(flags)}px;border:0" loading="lazy"></iframe>\n` +
    `<script src="${attr(config.base)}embed.js" async></script>`
  );
}

/** A fixed-height iframe for hosts that allow no script: the embed fills it and scrolls inside. */
export function plainSnippet(config: EmbedConfig): string {
  const flags: EmbedFlags = { ...config.flags, height: 'fill' };
  const title = attr(flags.title || config.fallbackTitle);
  return (
    `<iframe src="${attr(embedUrl({ ...config, flags }))}" title="${title}" ` +
    `width="100%" height="${initialHeight(flags)}" style="border:0" loading="lazy"></iframe>`
  );
}

