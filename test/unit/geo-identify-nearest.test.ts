import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { Units } from '../../src/data/contract';
import {
  buildUnitIndex,
  distance,
  identifyIndices,
  identifyUnits,
  nearest,
  prepareSite,
  type LonLat,
} from '../../src/geo/index';
import { booleanPointInPolygon } from '@turf/turf';
import { mulberry32, syntheticUnits } from '../../bench/synthetic';
import { fixture } from '../fixtures/geo/load';
import { referenceNearestM, referenceSiteNearestM } from './reference-nearest';

const units = fixture<Units>('units-small.geojson');
const index = buildUnitIndex(units);

describe('identify', () => {
  const pts = fixture<FeatureCollection<Point, { expected: string[]; note: string }>>('identify-points.geojson');
  for (const f of pts.features) {
    it(f.properties.note, () => {
      const got = identifyUnits(index, f.geometry.coordinates as LonLat).map((u) => u.properties.code).sort();
      expect(got).toEqual([...f.properties.expected].sort());
    });
  }

  it('empty index and NaN input give no units', () => {
    const empty = buildUnitIndex({ type: 'FeatureCollection', features: [] });
    expect(identifyUnits(empty, [106, 29])).toEqual([]);
    expect(identifyUnits(index, [NaN, 29])).toEqual([]);
  });

  it('indexes every feature exactly once (exact counts)', () => {
    expect(index.features.length).toBe(4);
    expect(index.store.ownerPaths.length).toBe(5);
    // A: outer + hole; B: 1; C: 2 parts; D: 1 → 6 rings
    expect(index.store.pathStart.length - 1).toBe(6);
  });
});

describe('nearest priority unit', () => {
  const sites = fixture<
    FeatureCollection<Geometry, { expected_code: string; expected_distance_m: number; note: string }>
  >('nearest-sites.geojson');
  for (const f of sites.features) {
    it(f.properties.note, () => {
      const r = nearest(index, f.geometry);
      expect(r).not.toBeNull();
      expect(r?.feature.properties.code).toBe(f.properties.expected_code);
      expect(Math.abs((r?.distanceM ?? NaN) - f.properties.expected_distance_m)).toBeLessThan(0.01);
      if (f.properties.expected_distance_m === 0) {
        expect(r?.inside).toBe(true);
        expect(r?.from).toEqual(r?.to);
      } else {
        expect(r?.inside).toBe(false);
        // from/to really are that far apart
        expect(distance(r?.from as LonLat, r?.to as LonLat)).toBeCloseTo(r?.distanceM ?? NaN, 4);
      }
    });
  }

  it('custom filter: nearest key-control unit', () => {
    const r = nearest(index, { type: 'Point', coordinates: [106.25, 29.05] }, (p) => p.category === 'key');
    expect(r?.feature.properties.code).toBe('ZH50010120001');
    expect(r?.distanceM).toBeGreaterThan(4800);
  });

  it('maxDistanceM and no match give null', () => {
    expect(nearest(index, { type: 'Point', coordinates: [106.5, 29.02] }, undefined, { maxDistanceM: 1000 })).toBeNull();
    expect(nearest(index, { type: 'Point', coordinates: [106.5, 29.02] }, () => false)).toBeNull();
  });
});

describe('nearest on a seeded synthetic partition (fuzz)', () => {
  const synth = syntheticUnits({ cols: 40, rows: 30, box: [106, 29, 107, 29.8], sub: 4, seed: 3 });
  const idx = buildUnitIndex(synth);
  const priority = synth.features.filter((f) => f.properties.category === 'priority');

  it('points: the distance GeographicLib and turf find by brute force, to 1 mm', () => {
    const r = mulberry32(99);
    for (let i = 0; i < 60; i++) {
      const p: LonLat = [105.8 + r() * 1.4, 28.8 + r() * 1.2];
      const got = nearest(idx, { type: 'Point', coordinates: p });
      expect(got?.distanceM, `${p}`).toBeCloseTo(referenceNearestM(p, priority), 3);
    }
  });

  // The prepared site (its edges densified along their geodesics) is what the search measures from.
  it('points, lines and polygons: the distance GeographicLib and turf find by brute force, to 1 mm', { timeout: 60000 }, () => {
    const r = mulberry32(98);
    for (let i = 0; i < 300; i++) {
      const x = 105.8 + r() * 1.4;
      const y = 28.8 + r() * 1.2;
      const kind = i % 3;
      const g: Geometry =
        kind === 0
          ? { type: 'Point', coordinates: [x, y] }
          : kind === 1
            ? { type: 'LineString', coordinates: [[x, y], [x + (r() - 0.5) * 0.05, y + (r() - 0.5) * 0.05]] }
            : {
                type: 'Polygon',
                coordinates: [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.008], [x, y + 0.008], [x, y]]],
              };
      const got = nearest(idx, g);
      const want = referenceSiteNearestM(prepareSite(g).geometry, priority);
      expect(got?.distanceM, `${i}`).toBeCloseTo(want, 3);
      expect(got?.inside).toBe(want === 0);
    }
  });
});

describe('identify = naive scan on a seeded synthetic partition', () => {
  const synth = syntheticUnits({ cols: 30, rows: 20, box: [106, 29, 106.6, 29.4], sub: 5, seed: 8 });
  const idx = buildUnitIndex(synth);
  it('2,000 points: same units; inside the box exactly one (a partition), outside none', { timeout: 60000 }, () => {
    const r = mulberry32(4);
    for (let i = 0; i < 2000; i++) {
      const p: LonLat = [105.95 + r() * 0.7, 28.95 + r() * 0.5];
      const got = identifyIndices(idx, p);
      // turf's point-in-polygon, not the index's own ray test
      const want = idx.features.map((_, k) => k).filter((k) => booleanPointInPolygon(p, idx.features[k]!));
      expect(got).toEqual(want);
      const inBox = p[0] > 106 && p[0] < 106.6 && p[1] > 29 && p[1] < 29.4;
      expect(got.length).toBe(inBox ? 1 : 0);
    }
  });

  it('shared vertices belong to every unit around them', () => {
    const first = synth.features[31]?.geometry;
    const v = first?.type === 'Polygon' ? (first.coordinates[0]?.[0] as LonLat) : ([0, 0] as LonLat);
    expect(identifyIndices(idx, v).length).toBeGreaterThanOrEqual(3);
  });
});
