/**
 * The site's Content-Security-Policy, widened by exactly the origins its configured basemaps
 * request (see basemaps.ts). With no basemaps configured the policy is unchanged: the site
 * talks to its own origin only. Used by the build (build/csp-plugin.ts) and by `npm run csp`,
 * which re-stamps an already built site whose manifest a deployer has edited.
 */
import { basemapOrigins } from './basemaps';
import type { Manifest } from './contract';

/**
 * The site's own policy, before any basemap: its own origin only. Styles keep `'unsafe-inline'`
 * for Vite's dev server, whose CSS arrives as injected style elements; the build replaces it with
 * the hashes of the page's own `<style>` elements (build/csp-plugin.ts). Every page's head gets
 * it from build/page-head.ts.
 */
export const SITE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self' blob: data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

/** Directives a tile request goes through: MapLibre fetches raster and vector tiles alike. */
const TILE_DIRECTIVES = ['img-src', 'connect-src'];

/**
 * The policy with the tile directives allowing exactly the basemaps' origins: origins stamped
 * before are dropped first, so stamping is idempotent and a removed basemap loses its origin.
 */
export function withBasemapOrigins(policy: string, manifest: Pick<Manifest, 'basemaps'>): string {
  const origins = [...new Set((manifest.basemaps ?? []).flatMap(basemapOrigins))].sort();
  return policy
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      if (!TILE_DIRECTIVES.includes(name!)) return directive;
      return [name, ...sources.filter((s) => !/^https?:/i.test(s)), ...origins].join(' ');
    })
    .join('; ');
}

const META = /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/;

/** Rewrites the CSP meta tag of an HTML page (every page has one, from build/page-head.ts). */
export function stampCsp(html: string, manifest: Pick<Manifest, 'basemaps'>): string {
  if (!META.test(html)) throw new Error('index.html has no Content-Security-Policy meta tag');
  return html.replace(META, (_, open: string, policy: string, close: string) => open + withBasemapOrigins(policy, manifest) + close);
}
