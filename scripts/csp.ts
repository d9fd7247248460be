/**
 * `npm run csp -- <built site folder>`: after editing data/manifest.json of a built site (adding
 * or removing a basemap), re-stamps every page of it (index.html, embed.html) so the CSP allows
 * exactly the configured basemap origins, as a fresh build would.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stampCsp } from '../src/data/csp';
import { validateManifest } from '../src/data/validate';

/** The pages it stamped. */
export function restampSite(dir: string): string[] {
  const manifest = validateManifest(JSON.parse(readFileSync(join(dir, 'data/manifest.json'), 'utf8')));
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
  for (const page of pages) writeFileSync(page, stampCsp(readFileSync(page, 'utf8'), manifest));
  return pages;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npm run csp -- <built site folder>');
    process.exit(2);
  }
  for (const page of restampSite(dir)) console.log(`${page}: CSP stamped from data/manifest.json`);
}
