import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../../src/geo/', import.meta.url));
/** Every module of src/geo, subfolders included. */
const modules = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

describe('src/geo is pure (no DOM, Svelte or MapLibre)', () => {
  it.each(modules)('%s', (file) => {
    const src = readFileSync(`${dir}${file}`, 'utf8');
    expect(src).not.toMatch(/from ['"](svelte|maplibre-gl|@deck\.gl\/[^'"]+)['"]/);
    expect(src).not.toMatch(/\b(document|window|localStorage)\./);
    // turf only through named imports (tree-shaking)
    expect(src).not.toMatch(/import \* as \w+ from ['"]@turf\/turf['"]/);
  });
});
