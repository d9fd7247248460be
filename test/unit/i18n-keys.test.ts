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
import { core, fill, Messages } from '../../src/i18n/translate';
import { kit } from '../../src/i18n/kit';

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

/** Every Chinese catalogue file (`zh.ts`, `zh-*.ts`) and the keys it declares itself. */
const i18nDir = join(ROOT, 'src', 'i18n');
const catalogues = await Promise.all(
  readdirSync(i18nDir)
    .filter((name) => /^zh(-[\w-]+)?\.ts$/.test(name))
    .map(async (name) => {
      const module = (await import(join(i18nDir, name))) as Record<string, unknown>;
      const own = Object.values(module).filter((v): v is Record<string, string> => typeof v === 'object' && v !== null);
      // `zh` in zh.ts holds the first view's other files (zh-controls.ts …) too
      return { name, keys: own.flatMap((o) => Object.keys(o)) };
    }),
);
const declared = (name: string) => catalogues.find((c) => c.name === name)!.keys;
const allKeys = [...new Set(catalogues.flatMap((c) => c.keys))];

describe('message keys', () => {
  it('has no key that no code uses', () => {
    const unused = allKeys.filter((k) => !used(k));
    expect(unused).toEqual([]);
  });

  it('declares each key in one file only, so no part silently overrides another', () => {
    const firstView = new Set(declared('zh.ts'));
    const counts = new Map<string, string[]>();
    for (const { name, keys } of catalogues) {
      if (name === 'zh.ts') continue;
      for (const k of keys) counts.set(k, [...(counts.get(k) ?? []), name]);
    }
    expect([...counts].filter(([, files]) => files.length > 1)).toEqual([]);
    // and each later part's keys stay out of the first view's catalogue
    for (const name of ['zh-planner.ts', 'zh-report.ts', 'zh-hostile.ts', 'zh-store.ts', 'zh-list.ts', 'zh-builder.ts', 'zh-embed.ts', 'zh-glossary.ts', 'zh-coordinates.ts']) {
      expect(declared(name).filter((k) => firstView.has(k)), name).toEqual([]);
    }
  });

  it('never throws: a key missing at run time shows as itself, slots fill as plain text', () => {
    const missing = 'no.such.key' as Parameters<typeof core.translate>[1];
    expect(core.translate('en', missing)).toBe('no.such.key');
    expect(core.translate('fr' as 'en', 'app.short')).toBe('分区管控地图');
    expect(fill('{a} and {constructor} and {b}', { a: '<b>', b: 2 })).toBe('<b> and {constructor} and 2');
    const part = new Messages({ zh: { x: '甲' }, en: { x: 'A' } });
    expect(part.has('x')).toBe(true);
    expect(part.has('toString')).toBe(false);
  });

  it('gives a later part its own strings and the first view\'s, in both languages', () => {
    expect(kit.translate('en', 'report.title')).toBe('Site check report');
    expect(kit.translate('zh', 'app.short')).toBe('分区管控地图');
    expect(core.has('report.title')).toBe(false);
  });

  it('counts a key built by a template literal as used, and a look-alike as not', () => {
    expect(used('geoerror.too-many-vertices')).toBe(true);
    expect(used('planner.title')).toBe(true);
    expect(used('no.such.key')).toBe(false);
  });
});

/** The members of a string-literal union type, read from its source file. */
function unionMembers(file: string, type: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const body = text.slice(text.indexOf(`export type ${type} =`)).replace(/\/\*[\s\S]*?\*\//g, '').split(';')[0]!;
  return [...body.matchAll(/\|\s*'([\w-]+)'/g)].map((m) => m[1]!);
}

describe('error codes that can reach the interface', () => {
  it.each([
    ['src/upload/errors.ts', 'UploadErrorCode', 'upload.error.'],
    ['src/geo/errors.ts', 'GeoInputErrorCode', 'geoerror.'],
  ])('%s: every %s has its own sentence in Chinese and in English', (file, type, prefix) => {
    const codes = unionMembers(file, type);
    expect(codes.length).toBeGreaterThan(5);
    // A code's sentence is its own key, or keys refined by what the error names (`.prj`, `.cell`:
    // ui/planner/upload-messages.ts picks them), each of which must be there in both languages.
    const keysOf = (code: string) => allKeys.filter((k) => k === `${prefix}${code}` || k.startsWith(`${prefix}${code}.`));
    expect(codes.filter((c) => keysOf(c).length === 0)).toEqual([]);
    for (const lang of ['zh', 'en'] as const) {
      const untranslated = codes.flatMap(keysOf).filter((k) => kit.translate(lang, k as Parameters<typeof kit.translate>[1]) === k);
      expect(untranslated, lang).toEqual([]);
    }
  });
});
