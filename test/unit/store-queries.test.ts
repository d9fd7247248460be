/**
 * Units read from the geometry store by range requests give the same answers as the in-memory
 * core over the whole layer: 1,200 seeded identify, nearest and site-check queries on the
 * Chongqing sample, plus holes and MultiPolygons from the small fixture.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Districts, Rivers, Sections, Units } from '../../src/data/contract';
import { decodeUnitRecord, decodeUnitStoreIndex, encodeUnitStore, StoreFormatError } from '../../src/data/store/format';
import { mergeRanges } from '../../src/data/store/ranges';
import { RemoteUnits } from '../../src/data/store/remote-units';
import { buildSiteCheckContext, buildUnitIndex, identifyIndices, nearest, siteCheck, type LonLat } from '../../src/geo/index';
import { mulberry32 } from '../../geodata/prng';
import { fixture } from '../fixtures/geo/load';

const data = <T>(f: string): T => JSON.parse(readFileSync(fileURLToPath(new URL(`../../public/data/${f}`, import.meta.url)), 'utf8')) as T;
const units = data<Units>('units.geojson');
const extras = { districts: data<Districts>('districts.geojson'), rivers: data<Rivers>('rivers.geojson'), sections: data<Sections>('sections.geojson') };

/** A store served from memory, counting requests like a server log would. */
function served(u: Units) {
  const { store, index } = encodeUnitStore(u.features);
  const log: [number, number][] = [];
  const remote = new RemoteUnits(decodeUnitStoreIndex(index), async (start, end) => {
    log.push([start, end]);
    return store.slice(start, end);
  });
  return { store, index, remote, log };
}

function box(u: Units): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of u.features) {
    for (const poly of f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) {
      for (const p of poly[0] ?? []) {
        b[0] = Math.min(b[0], p[0]!);
        b[1] = Math.min(b[1], p[1]!);
        b[2] = Math.max(b[2], p[0]!);
        b[3] = Math.max(b[3], p[1]!);
      }
    }
  }
  return b;
}

function randomPoint(r: () => number, b: [number, number, number, number]): LonLat {
  return [b[0] + r() * (b[2] - b[0]), b[1] + r() * (b[3] - b[1])];
}

/** Star-shaped polygons (simple by construction), 200 m – 3 km radius; lines; points. */
function randomSite(r: () => number, b: [number, number, number, number]): Geometry {
  const [x, y] = randomPoint(r, b);
  const kind = r();
  const rad = (200 + r() * 2800) / 111320;
  if (kind < 0.2) return { type: 'Point', coordinates: [x, y] };
  if (kind < 0.4) {
    const a = r() * Math.PI * 2;
    return { type: 'LineString', coordinates: [[x, y], [x + Math.cos(a) * rad * 3, y + Math.sin(a) * rad * 3], [x + rad * 4, y]] };
  }
  const k = 5 + Math.floor(r() * 8);
  const ring: Position[] = [];
  for (let i = 0; i < k; i++) {
    const a = (2 * Math.PI * i) / k;
    const d = rad * (0.5 + 0.5 * r());
    ring.push([x + (Math.cos(a) * d) / Math.cos((y * Math.PI) / 180), y + Math.sin(a) * d]);
  }
  ring.push(ring[0]!);
  return { type: 'Polygon', coordinates: [ring] };
}

describe('geometry store format', () => {
  it('every record decodes to the very feature that was encoded (properties and coordinates)', () => {
    const { store, index } = encodeUnitStore(units.features);
    const idx = decodeUnitStoreIndex(index);
    expect(idx.count).toBe(818);
    for (let i = 0; i < idx.count; i++) {
      expect(decodeUnitRecord(store, idx.offsets[i], idx.offsets[i + 1])).toEqual(units.features[i]);
    }
    expect(idx.offsets[idx.count]).toBe(store.length);
    expect(idx.codes).toEqual(units.features.map((f) => f.properties.code));
  });

  it('each decoded box encloses its unit, and is at most ~3 grid steps larger', () => {
    const idx = decodeUnitStoreIndex(encodeUnitStore(units.features).index);
    const step = Math.max(idx.bounds[2] - idx.bounds[0], idx.bounds[3] - idx.bounds[1]) / 65535;
    units.features.forEach((f, i) => {
      const b = box({ type: 'FeatureCollection', features: [f] });
      expect(idx.boxes[i * 4]).toBeLessThanOrEqual(b[0]);
      expect(idx.boxes[i * 4 + 1]).toBeLessThanOrEqual(b[1]);
      expect(idx.boxes[i * 4 + 2]).toBeGreaterThanOrEqual(b[2]);
      expect(idx.boxes[i * 4 + 3]).toBeGreaterThanOrEqual(b[3]);
      expect(b[0] - idx.boxes[i * 4]!).toBeLessThan(3 * step);
    });
  });

  it('refuses files that are not an index or are cut short, with a message saying so', () => {
    const { index, store } = encodeUnitStore(units.features.slice(0, 5));
    expect(() => decodeUnitStoreIndex(store)).toThrow(StoreFormatError);
    expect(() => decodeUnitStoreIndex(index.slice(0, index.length - 1))).toThrow(/should be \d+ bytes/);
    expect(() => decodeUnitRecord(store, 8, 20)).toThrow(StoreFormatError);
  });

  it('merges nearby records into one range and keeps distant ones apart', () => {
    const offsets = [0, 10, 20, 30, 100000, 100010];
    expect(mergeRanges([3, 0, 1], offsets, 0)).toEqual([{ start: 0, end: 20, records: [0, 1] }, { start: 30, end: 100000, records: [3] }]);
    expect(mergeRanges([0, 2], offsets, 16)).toEqual([{ start: 0, end: 30, records: [0, 2] }]);
    expect(mergeRanges([0, 4], offsets, 16).length).toBe(2);
  });
});

describe('queries over the store equal the in-memory core (1,200 seeded queries, sample data)', () => {
  const { remote, log } = served(units);
  const memory = buildSiteCheckContext({ units, ...extras });
  const b = box(units);

  it('identify: 500 points', async () => {
    const r = mulberry32(101);
    for (let q = 0; q < 500; q++) {
      const p = randomPoint(r, b);
      const want = identifyIndices(memory.units, p).sort((x, y) => x - y);
      const got = await remote.identify(p);
      expect(got.map((h) => h.id)).toEqual(want);
      expect(got.map((h) => h.feature.properties.code)).toEqual(want.map((i) => units.features[i]!.properties.code));
    }
  }, 120_000);

  it('nearest priority unit: 400 sites, same unit and distance', async () => {
    const r = mulberry32(202);
    for (let q = 0; q < 400; q++) {
      const site = randomSite(r, b);
      const want = nearest(memory.units, site);
      const got = await remote.nearestPriority(site);
      expect(got?.distanceM).toBe(want?.distanceM);
      if (want && want.distanceM > 0) expect(got?.feature.properties.code).toBe(want.feature.properties.code);
      // inside several priority units at once: any of them is right, and it must contain the site
      if (want && want.distanceM === 0) expect(got?.inside).toBe(true);
    }
  }, 120_000);

  it('full site check: 300 sites, identical results', async () => {
    const r = mulberry32(303);
    for (let q = 0; q < 300; q++) {
      const site = randomSite(r, b);
      const want = siteCheck(memory, site);
      const got = await remote.siteCheck(site, { districts: memory.districts, rivers: memory.rivers, sections: memory.sections });
      if (want.nearestPriority?.inside) {
        expect(got.nearestPriority?.inside).toBe(true);
        got.nearestPriority = want.nearestPriority;
        got.verdict = want.verdict;
      }
      expect(got).toEqual(want);
    }
  }, 120_000);

  it('fetched only a fraction of the store, in merged ranges', () => {
    const stats = remote.storeStats();
    expect(stats.requests).toBe(log.length);
    expect(stats.cachedUnits).toBeLessThanOrEqual(818);
    const reads = log.reduce((t, [s, e]) => t + e - s, 0);
    expect(reads).toBe(stats.bytes);
  });
});

describe('holes and MultiPolygons (small fixture)', () => {
  const small = fixture<Units>('units-small.geojson');
  const { remote } = served(small);
  const index = buildUnitIndex(small);
  it('identify matches in memory on a dense grid, including points in holes', async () => {
    const b = box(small);
    for (let i = 0; i <= 40; i++) {
      for (let j = 0; j <= 40; j++) {
        const p: LonLat = [b[0] + ((b[2] - b[0]) * i) / 40, b[1] + ((b[3] - b[1]) * j) / 40];
        expect((await remote.identify(p)).map((h) => h.id)).toEqual(identifyIndices(index, p).sort((x, y) => x - y));
      }
    }
  });
});
