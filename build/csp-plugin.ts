/**
 * Build step: the CSP meta tag of index.html allows the origins of the basemaps configured in
 * public/data/manifest.json, and nothing else (src/data/csp.ts).
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { stampCsp } from '../src/data/csp';
import { validateManifest } from '../src/data/validate';

export function basemapCsp(manifestPath = 'public/data/manifest.json'): Plugin {
  return {
    name: 'basemap-csp',
    transformIndexHtml(html) {
      return stampCsp(html, validateManifest(JSON.parse(readFileSync(manifestPath, 'utf8'))));
    },
  };
}
