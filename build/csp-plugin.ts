/**
 * Build step: the CSP meta tag of each page allows the origins of the basemaps configured in
 * public/data/manifest.json, and nothing else (src/data/csp.ts); and instead of
 * `'unsafe-inline'` styles, exactly the page's own `<style>` elements, by hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { stampCsp } from '../src/data/csp';
import { validateManifest } from '../src/data/validate';

/**
 * `style-src` with `'unsafe-inline'` replaced by the hashes of the page's `<style>` elements
 * (the app shell's). The running app needs no inline style: Svelte's `style:` and MapLibre set
 * styles through the CSSOM, which CSP allows. The source pages keep `'unsafe-inline'` for Vite's
 * dev server, whose CSS arrives as injected style elements.
 */
export function allowInlineStylesByHash(html: string): string {
  const hashes = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => ` 'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
  return html.replace(/(style-src[^;"]*?) 'unsafe-inline'/, (_, directive: string) => directive + hashes.join(''));
}

export function basemapCsp(manifestPath = 'public/data/manifest.json'): Plugin {
  return {
    name: 'basemap-csp',
    transformIndexHtml(html, ctx) {
      const stamped = stampCsp(html, validateManifest(JSON.parse(readFileSync(manifestPath, 'utf8'))));
      return ctx.server ? stamped : allowInlineStylesByHash(stamped);
    },
  };
}
