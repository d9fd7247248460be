/**
 * Bundle sizes of the production build against bench/budgets.json (one file for every entry;
 * gzip level 9, so the numbers are the same on every machine).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

interface Budgets {
  entries: { html: string; initialJsGzipKB: number; firstViewJsGzipKB?: number; initialCssGzipKB?: number }[];
  assets: { prefix: string; gzipKB: number }[];
}

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as Budgets;
const gzKB = (file: string) => gzipSync(readFileSync(join('dist', file)), { level: 9 }).length / 1024;

/**
 * Files an HTML entry loads up front: scripts (module or classic), modulepreloads, stylesheets;
 * and `afterPaint`, the modules its pre-paint script starts once the shell has painted
 * (`data-preloads`, build/prepaint.ts): the rest of the first view's code, MapLibre's included.
 */
function initialFiles(html: string): { js: string[]; css: string[]; afterPaint: string[] } {
  const text = readFileSync(join('dist', html), 'utf8');
  const refs = (re: RegExp) => [...text.matchAll(re)].map((m) => (m[1] ?? '').replace(/^\.\//, ''));
  const listed = refs(/data-preloads="([^"]+)"/g).flatMap((json) => JSON.parse(json.replaceAll('&quot;', '"')) as { href: string; rel: string }[]);
  return {
    js: [...new Set([...refs(/<script [^>]*src="([^"]+)"/g), ...refs(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)])],
    css: refs(/<link rel="stylesheet"[^>]*href="([^"]+)"/g),
    afterPaint: listed.filter((p) => p.rel === 'modulepreload').map((p) => p.href.replace(/^\.\//, '')),
  };
}

describe('bundle budgets (bench/budgets.json)', () => {
  for (const e of budgets.entries) {
    it(`${e.html}: initial JS ≤ ${e.initialJsGzipKB} KB gzip${e.firstViewJsGzipKB ? `, with the first view's ≤ ${e.firstViewJsGzipKB} KB` : ''}${e.initialCssGzipKB ? `, CSS ≤ ${e.initialCssGzipKB} KB` : ''}`, () => {
      const { js, css, afterPaint } = initialFiles(e.html);
      expect(js.length).toBeGreaterThan(0);
      const jsKB = js.reduce((t, f) => t + gzKB(f), 0);
      const firstViewKB = jsKB + afterPaint.filter((f) => !js.includes(f)).reduce((t, f) => t + gzKB(f), 0);
      console.log(`${e.html}: initial JS ${jsKB.toFixed(1)} KB gzip (${js.join(', ')}); first view ${firstViewKB.toFixed(1)} KB`);
      expect(jsKB).toBeLessThanOrEqual(e.initialJsGzipKB);
      if (e.firstViewJsGzipKB) expect(firstViewKB).toBeLessThanOrEqual(e.firstViewJsGzipKB);
      if (e.initialCssGzipKB) expect(css.reduce((t, f) => t + gzKB(f), 0)).toBeLessThanOrEqual(e.initialCssGzipKB);
    });
  }
  for (const a of budgets.assets) {
    it(`${a.prefix}*: ≤ ${a.gzipKB} KB gzip`, () => {
      const files = readdirSync('dist/assets').filter((f) => f.startsWith(a.prefix));
      expect(files.length).toBe(1);
      expect(gzKB(`assets/${files[0]}`)).toBeLessThanOrEqual(a.gzipKB);
    });
  }
});
