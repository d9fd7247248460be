/**
 * The national generator writes the same bytes on every run (its promise: same arguments, same
 * bytes), so benchmark figures and tiles can be reproduced by anyone. Two runs of a small
 * Chongqing-sized set into fresh folders are compared file by file; this also keeps the
 * generator runnable, which no other test does.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function generate(): Record<string, string> {
  const out = mkdtempSync(join(tmpdir(), 'national-'));
  dirs.push(out);
  execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['geodata/national/build.ts', '--out', out, '--units', '150', '--sections', '20', '--provinces', '500000'], { cwd: ROOT, stdio: 'ignore' });
  const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(out, f)).isFile());
  return Object.fromEntries(files.sort().map((f) => [f, createHash('sha256').update(readFileSync(join(out, f))).digest('hex')]));
}

test('two runs of the national generator write identical files', { timeout: 180_000 }, () => {
  const first = generate();
  expect(Object.keys(first)).toEqual(expect.arrayContaining(['manifest.json', 'units.geojson', 'units.pmtiles', 'units.index.bin.gz', 'units.store.bin', 'sections.points.geojson', 'sections.readings/500000.json']));
  expect(generate()).toEqual(first);
});
