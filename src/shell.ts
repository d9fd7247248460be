/**
 * Renders the page shells: the first view as plain HTML, painted before any script runs. Loaded
 * at build time by build/app-shell.ts through Vite's SSR loader, never shipped to the browser.
 * Each view is rendered once per language; the page shows one copy (its pre-paint script picks
 * English when the link asks for it) until the app replaces it.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { Dataset } from './data/contract';
import type { Lang } from './i18n/lang';
import { loadDataset, type FetchLike } from './data/load';
import { i18n } from './i18n/index.svelte';
import AppShell from './ui/AppShell.svelte';
import EmbedShell from './ui/embed/EmbedShell.svelte';

/** Where build/app-shell.ts asks the loader to read from; `fetcher` maps it to files. */
export const SHELL_DATA_BASE = 'http://shell.build/data/';

const LANGS: Lang[] = ['zh', 'en'];

/** Svelte's hydration markers: the shell is replaced, never hydrated. */
const withoutMarkers = (html: string): string => html.replace(/<!--[[\]\-0-9]*-->/g, '');

/** The English copy's ids get a suffix, so the two copies never share an id. */
const suffixIds = (html: string, suffix: string): string =>
  html.replace(/\b(id|for|aria-controls|aria-labelledby|aria-describedby)="([^"]+)"/g, (_, attr: string, ids: string) => {
    const renamed = ids
      .split(' ')
      .map((id) => id + suffix)
      .join(' ');
    return `${attr}="${renamed}"`;
  });

/**
 * The shell of each view, by the name its page's marker gives (`<!--app-shell-->` is `app`,
 * `<!--app-shell:NAME-->` is NAME). Each takes the dataset; each view's root component removes
 * `#app-shell` when it renders its own boxes.
 */
export const SHELLS = { app: AppShell, embed: EmbedShell } satisfies Record<string, Component<{ dataset: Dataset }>>;
export type ShellView = keyof typeof SHELLS;

/** A view's shell in both languages, from the dataset `fetcher` serves. */
export async function renderShell(view: ShellView, fetcher: FetchLike): Promise<Record<Lang, string>> {
  const dataset = await loadDataset(new URL(SHELL_DATA_BASE), fetcher);
  const out = {} as Record<Lang, string>;
  for (const lang of LANGS) {
    i18n.lang = lang;
    const html = withoutMarkers(render(SHELLS[view], { props: { dataset } }).body);
    out[lang] = lang === 'zh' ? html : suffixIds(html, `-${lang}`);
  }
  i18n.lang = 'zh';
  return out;
}
