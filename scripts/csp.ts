/**
 * `npm run csp -- <built site folder>`: after editing data/manifest.json of a built site (adding
 * or removing a basemap), re-stamps its index.html so the CSP allows exactly the configured
 * basemap origins, as a fresh build would.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stampCsp } from '../src/data/csp';
import { validateManifest } from '../src/data/validate';

export function restampSite(dir: string): void {
  const page = join(dir, 'index.html');
  const manifest = validateManifest(JSON.parse(readFileSync(join(dir, 'data/manifest.json'), 'utf8')));
  writeFileSync(page, stampCsp(readFileSync(page, 'utf8'), manifest));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npm run csp -- <built site folder>');
    process.exit(2);
  }
  restampSite(dir);
  console.log(`${join(dir, 'index.html')}: CSP stamped from data/manifest.json`);
}
