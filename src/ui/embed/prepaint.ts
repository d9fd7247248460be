/**
 * What embed.html does before its first paint (run by src/embed-prepaint.ts, a classic script in
 * the page's <head>): the link's language, colour scheme and flags go onto the page and onto the
 * build-time shell as the parser adds it, so the first paint is already the embed the link asks
 * for and nothing moves when the embed replaces the shell. Unless the embed is static, it also
 * starts the downloads of the interactive embed (data, its chunk, MapLibre) once the shell has
 * painted, as index.html's pre-paint script does (ui/first-paint.ts).
 */
import { parseEmbedFlags, type EmbedFlags } from '../../state/embed-flags';
import { parseHash } from '../../state/url';
import { setDocumentScheme } from '../document-scheme';
import { afterFirstPaint, startDownloads, type Preload } from '../first-paint';

export type { Preload };

/** `live`: the interactive embed (its shell first); `static`: the picture and the summary. */
export type EmbedMode = 'live' | 'static';

export const setEmbedMode = (mode: EmbedMode, root = document.documentElement): void => {
  root.dataset.embed = mode;
};

/** Shapes one part of the shell (a `data-embed-part` hook of EmbedFrame) to the link's flags. */
function shapePart(el: HTMLElement, flags: EmbedFlags, selection: boolean): void {
  switch (el.dataset.embedPart) {
    case 'frame':
      el.classList.toggle('fill', flags.height === 'fill');
      el.classList.toggle('transparent', flags.transparent);
      break;
    case 'head':
    case 'foot':
      if (flags.plain) el.remove();
      break;
    case 'title':
      if (flags.title) el.textContent = flags.title;
      break;
    case 'desc':
      el.textContent = flags.description;
      break;
    case 'map':
      // beats the shell's hoisted `!important` default (build/app-shell.ts)
      el.style.setProperty('height', flags.height === 'fill' ? 'auto' : `${flags.mapHeight}px`, 'important');
      break;
    case 'list':
      if (flags.interaction !== 'full') el.remove();
      break;
    case 'after-map':
      // A linked feature's panel will open between the map and these: they show once it has.
      if (selection) el.style.visibility = 'hidden';
      break;
  }
}


export function prepaint(hash: string, preloads: Preload[]): void {
  const flags = parseEmbedFlags(hash);
  const state = parseHash(hash);
  const root = document.documentElement;
  if (state.lang === 'en') {
    root.lang = 'en';
    root.dataset.lang = 'en';
  }
  const systemDark = matchMedia('(prefers-color-scheme: dark)').matches;
  setDocumentScheme(state.theme === 'auto' ? (systemDark ? 'dark' : 'light') : state.theme);
  setEmbedMode(flags.static ? 'static' : 'live');
  // MapLibre needs WebGL2. A browser that has it but blocks it is only found out by making a
  // context, too slow for here: embed.ts checks, and turns the page static.
  if (!flags.static && 'WebGL2RenderingContext' in window) afterFirstPaint(() => startDownloads(preloads));

  // The parser adds the shell after this script has run; a mutation observer's callback runs
  // before the browser next paints, so each part is shaped before it is ever seen.
  const shaped = new WeakSet<Element>();
  const unfinished: HTMLElement[] = [];
  const shape = () => {
    // the text alternative follows the shell in the page: once it is here, so is all the shell
    const fallback = document.getElementById('fallback');
    for (const el of document.querySelectorAll<HTMLElement>('#app-shell [data-embed-part]')) {
      if (shaped.has(el)) continue;
      shaped.add(el);
      shapePart(el, flags, state.selection !== null);
      // Filling the frame, the map takes what the parts below it leave: a paint of half the
      // shell (the parser may pause anywhere) would show it too tall. Shown once complete.
      if (el.dataset.embedPart === 'frame' && flags.height === 'fill' && !fallback) {
        el.style.visibility = 'hidden';
        unfinished.push(el);
      }
    }
    if (fallback) for (const el of unfinished.splice(0)) el.style.removeProperty('visibility');
    if (fallback && !shaped.has(fallback)) {
      shaped.add(fallback);
      // kept for screen readers beside the live map; the text alternative itself when static
      if (!flags.static) fallback.classList.add('visually-hidden');
    }
    const fallbackTitle = fallback?.querySelector('h1');
    if (flags.static && fallbackTitle && !shaped.has(fallbackTitle)) {
      shaped.add(fallbackTitle);
      fallbackTitle.textContent = flags.title;
    }
  };
  const observer = new MutationObserver(shape);
  observer.observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', () => {
    shape();
    observer.disconnect();
  });
}
