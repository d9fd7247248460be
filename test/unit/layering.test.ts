/**
 * Imports point one way. The rules are the table in docs/architecture.md ("Modules and what each
 * may import"); this test reads that table, so the rule is written once, and checks every relative
 * import of every .ts and .svelte file under src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'src');

interface Layer {
  name: string;
  /** `src/geo/` for a folder, `src/data/contract.ts` for a file, `src/*` for the root files. */
  where: string;
  mayImport: string[];
}

function readLayerTable(): Layer[] {
  const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
  const section = doc.split(/^## /m).find((s) => s.startsWith('Modules and what each may import'));
  if (!section) throw new Error('docs/architecture.md has no "Modules and what each may import" section');
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()))
    .slice(2);
  return rows.map(([name, where, mayImport]) => ({
    name: name!,
    where: where!.match(/`([^`]+)`/)![1]!,
    mayImport: mayImport === 'nothing' ? [] : mayImport!.split(',').map((s) => s.trim()),
  }));
}

const layers = readLayerTable();

function layerOf(path: string): Layer | undefined {
  const rel = relative(root, path).replaceAll('\\', '/').replace(/\.(ts|svelte)$/, '');
  const file = layers.find((l) => l.where.replace(/\.(ts|svelte)$/, '') === rel);
  if (file) return file;
  const parts = rel.split('/');
  if (parts[0] !== 'src') return undefined;
  if (parts.length === 2) return layers.find((l) => l.where === 'src/*');
  return layers.find((l) => l.where === `src/${parts[1]}/`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
  });
}

/** Relative specifiers of static imports, re-exports, `import()` and `new URL(…, import.meta.url)`. */
function relativeImports(text: string): string[] {
  const patterns = [
    /\bfrom\s*['"](\.[^'"]*)['"]/g,
    /\bimport\s*['"](\.[^'"]*)['"]/g,
    /\bimport\(\s*['"](\.[^'"]*)['"]\s*\)/g,
    /\bnew URL\(\s*['"](\.[^'"]*)['"]\s*,\s*import\.meta\.url/g,
  ];
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1]!));
}

/** Every import the table does not allow, as "file → target (layer → layer)". */
function violations(files: { path: string; text: string }[]): string[] {
  return files.flatMap(({ path, text }) => {
    const from = layerOf(path);
    if (!from) return [`${relative(root, path)} is in no layer of docs/architecture.md`];
    return relativeImports(text).flatMap((spec) => {
      const target = resolve(dirname(path), spec);
      const to = layerOf(target);
      const name = `${relative(root, path)} → ${spec}`;
      if (!to) return [`${name}: imports from outside src/`];
      if (to === from || from.mayImport.includes(to.name)) return [];
      return [`${name} (${from.name} may not import ${to.name})`];
    });
  });
}

const files = sourceFiles(src).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('layering (docs/architecture.md)', () => {
  it('reads a table whose layers import only layers listed above them', () => {
    expect(layers.length).toBeGreaterThan(5);
    layers.forEach((layer, i) => {
      const above = layers.slice(0, i).map((l) => l.name);
      expect(layer.mayImport.filter((name) => !above.includes(name)), layer.name).toEqual([]);
    });
  });

  it('has a row for every folder of src/', () => {
    const folders = readdirSync(src, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `src/${e.name}/`);
    expect(folders.filter((f) => !layers.some((l) => l.where === f))).toEqual([]);
  });

  it('finds a downward import legal and an upward one illegal', () => {
    const at = (rel: string, text: string) => ({ path: join(root, rel), text });
    expect(violations([at('src/state/url.ts', "import type { Selection } from '../data/selection';")])).toEqual([]);
    expect(violations([at('src/data/x.ts', "import { verdict } from '../ui/report/verdict';")])).toEqual([
      'src/data/x.ts → ../ui/report/verdict (data may not import ui)',
    ]);
    expect(violations([at('src/geo/parse/y.ts', "const m = import('../../state/url');")])).toHaveLength(1);
    expect(violations([at('src/i18n/z.ts', "import type { Dataset } from '../data/contract';")])).toEqual([]);
    expect(violations([at('src/i18n/z.ts', "import type { Lookup } from '../data/lookup';")])).toHaveLength(1);
  });

  it('every file under src/ imports only what its layer may', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(violations(files)).toEqual([]);
  });
});
