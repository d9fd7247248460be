import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { area } from '@turf/turf';
import { buildFixtures, PROJECTS } from '../fixtures/upload/generate';
import { FIXTURE_DIR } from '../fixtures/upload/load';

describe('upload fixtures', () => {
  test('committed fixtures equal what generate.ts produces (regenerate: npx tsx test/fixtures/upload/generate.ts)', () => {
    const built = buildFixtures();
    const onDisk = readdirSync(FIXTURE_DIR).filter((n) => !n.endsWith('.ts')).sort();
    expect(onDisk).toEqual(Object.keys(built).sort());
    for (const [name, content] of Object.entries(built)) {
      const disk = new Uint8Array(readFileSync(join(FIXTURE_DIR, name)));
      const want = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      expect(Buffer.from(disk).equals(Buffer.from(want)), name).toBe(true);
    }
  }, 30_000);

  test('fixtures stay small (< 4 KB each)', () => {
    for (const n of readdirSync(FIXTURE_DIR)) {
      if (!n.endsWith('.ts')) expect(statSync(join(FIXTURE_DIR, n)).size, n).toBeLessThan(4096);
    }
  });

  test('the project polygons are ≈ 1 km² (turf spherical area), in 万州 and 渝中', () => {
    const km2 = PROJECTS.map((p) => area({ type: 'Polygon', coordinates: [p.ring] }) / 1e6);
    expect(km2[0]).toBeGreaterThan(0.8);
    expect(km2[0]).toBeLessThan(1.2);
    expect(km2[1]).toBeGreaterThan(0.8);
    expect(km2[1]).toBeLessThan(1.2);
  });
});
