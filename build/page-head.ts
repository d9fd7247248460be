/**
 * The head every page of the site shares, written once: character set, viewport, the
 * Content-Security-Policy (src/data/csp.ts; build/csp-plugin.ts then stamps the basemaps' origins
 * and the inline styles' hashes into it) and the icon. Each page's HTML keeps only what is its
 * own: language, colour scheme, description, link-preview tags and title.
 */
import type { Plugin } from 'vite';
import { SITE_POLICY } from '../src/data/csp';

const SHARED_HEAD = [
  '<meta charset="UTF-8" />',
  '<meta name="viewport" content="width=device-width, initial-scale=1" />',
  `<meta http-equiv="Content-Security-Policy" content="${SITE_POLICY}" />`,
  '<link rel="icon" href="./favicon.svg" type="image/svg+xml" />',
];

export function withSharedHead(html: string): string {
  if (!/<head>/.test(html)) throw new Error('page-head: the page has no <head>');
  // the character set first: browsers look for it in the first 1024 bytes
  return html.replace(/<head>\n?/, (open) => `${open}${SHARED_HEAD.map((tag) => `    ${tag}\n`).join('')}`);
}

export function pageHead(): Plugin {
  return { name: 'page-head', transformIndexHtml: { order: 'pre', handler: withSharedHead } };
}
