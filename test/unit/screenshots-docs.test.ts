/**
 * The screenshots in docs/ are the ones `npm run screenshots` takes, and the docs link each of
 * them: no picture left unlinked or stale, no link to a picture nobody takes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHOTS } from '../e2e/screenshots';

const DOCS = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const linked = new Set(DOCS.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/screenshots\/([\w-]+)\.png/g)].map((m) => m[1]!)));
const taken = SHOTS.map((s) => s.name);
const committed = readdirSync('docs/screenshots').filter((f) => f.endsWith('.png')).map((f) => f.replace(/\.png$/, ''));

describe('docs/screenshots', () => {
  it('every picture the script takes is committed, and nothing else is', () => {
    expect([...committed].sort()).toEqual([...taken].sort());
  });

  it('every picture is linked from the README or docs/, and every link is to a picture taken', () => {
    expect([...linked].sort()).toEqual([...taken].sort());
  });

  it('each screen of docs/screens.md has a desktop and a phone picture', () => {
    const rows = readFileSync('docs/screens.md', 'utf8').split('\n').filter((l) => /^\| [^-|]/.test(l)).slice(1);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const [, , desktop, phone] = row.split('|');
      expect(desktop, row).toMatch(/screenshots\/[\w-]+\.png/);
      expect(phone, row).toMatch(/screenshots\/[\w-]+-phone[\w-]*\.png/);
    }
  });
});
