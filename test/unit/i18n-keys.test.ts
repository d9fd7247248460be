/**
 * Every message key is used somewhere. A key counts as used when the code (src/, build/,
 * scripts/; the catalogues themselves excluded) names it as a string literal, or when a template
 * literal could build it: `prefix.${…}suffix` uses every key that starts with `prefix.` and ends
 * with `suffix` (e.g. `geoerror.${code}` covers `geoerror.too-many-vertices`). That errs on the
 * side of keeping keys a dynamic prefix might reach, never on the side of dropping them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { zh } from '../../src/i18n/zh';

const ROOT = join(__dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

const isCatalogue = (path: string) => /[/\\]src[/\\]i18n[/\\](zh|en)(-[\w-]+)?\.ts$/.test(path);
const code = ['src', 'build', 'scripts']
  .flatMap((d) => filesUnder(join(ROOT, d)))
  .filter((f) => !isCatalogue(f))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

const literals = new Set([...code.matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/gi)].map((m) => m[1]!));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const templates = [...code.matchAll(/`([a-z][\w.-]*\.)\$\{[^}`]*\}([\w.-]*)`/gi)].map(
  (m) => new RegExp(`^${escape(m[1]!)}[\\w.-]+${escape(m[2]!)}$`),
);

const used = (key: string) => literals.has(key) || templates.some((t) => t.test(key));

describe('message keys', () => {
  it('has no key that no code uses', () => {
    const unused = Object.keys(zh).filter((k) => !used(k));
    expect(unused).toEqual([]);
  });

  it('counts a key built by a template literal as used, and a look-alike as not', () => {
    expect(used('geoerror.too-many-vertices')).toBe(true);
    expect(used('planner.title')).toBe(true);
    expect(used('no.such.key')).toBe(false);
  });
});
