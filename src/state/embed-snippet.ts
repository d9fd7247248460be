/**
 * The embed builder's output: the embed URL for a state and its flags, and the two snippets an
 * editor pastes (docs/embedding.md shows one exactly as written here; a test compares them).
 * Pure functions.
 */
import { formatEmbedFlags, type EmbedFlags } from './embed-flags';
import { formatHash, type UrlState } from './url';

/**
 * Heights in CSS px of what surrounds the map in the embed, as laid out in a 640–760 px article
 * column (test/e2e/embed-first-view.test.ts measures the page against them). On a phone the
 * notice and the footer wrap differently (within ±30 px); above 760 px the legend takes two
 * columns and 115 px less.
 */
const CHROME_PX = { head: 42, description: 25, notice: 50, legend: 551, list: 35, footer: 37 } as const;

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

/**
 * The height the page reserves before the map reports its own, so the article does not jump:
 * the embed without an open panel. (The builder reserves what its preview reports instead,
 * once it has: that counts a linked feature's panel too.)
 */
export function initialHeight(flags: EmbedFlags): number {
  const head = flags.plain ? 0 : CHROME_PX.head + (flags.description ? CHROME_PX.description : 0);
  const list = flags.interaction === 'full' ? CHROME_PX.list : 0;
  const footer = flags.plain ? 0 : CHROME_PX.footer;
  return head + CHROME_PX.notice + flags.mapHeight + CHROME_PX.legend + list + footer;
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Auto-height: the iframe plus the site's embed.js, which resizes it from the map's messages.
 * `height`: what to reserve, when known better than {@link initialHeight} (a preview's report).
 */
export function responsiveSnippet(config: EmbedConfig, height?: number): string {
  const flags: EmbedFlags = { ...config.flags, height: 'auto' };
  const title = attr(flags.title || config.fallbackTitle);
  return (
    `<iframe data-zoning-map src="${attr(embedUrl({ ...config, flags }))}" title="${title}" ` +
    `style="width:100%;height:${height ?? initialHeight(flags)}px;border:0" loading="lazy"></iframe>\n` +
    `<script src="${attr(config.base)}embed.js" async></script>`
  );
}

/** A fixed-height iframe for hosts that allow no script: the embed fills it and scrolls inside. */
export function plainSnippet(config: EmbedConfig, height?: number): string {
  const flags: EmbedFlags = { ...config.flags, height: 'fill' };
  const title = attr(flags.title || config.fallbackTitle);
  return (
    `<iframe src="${attr(embedUrl({ ...config, flags }))}" title="${title}" ` +
    `width="100%" height="${height ?? initialHeight(flags)}" style="border:0" loading="lazy"></iframe>`
  );
}

