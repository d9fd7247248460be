import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Units } from '../../src/data/contract';
import {
  buildSiteCheckContext,
  GeoInputError,
  isGeoInputError,
  geodesicLength,
  prepareSite,
  siteCheck,
  type GeoInputErrorCode,
} from '../../src/geo/index';
import { referenceAreaM2 } from './reference-area';
import { fixture } from '../fixtures/geo/load';

const units = fixture<Units>('units-small.geojson');
const ctx = buildSiteCheckContext({ units });

describe('siteCheck on fixtures', () => {
  const cases = fixture<
    FeatureCollection<Geometry, { units: string[]; shares: number[]; level: string; note: string }>
  >('site-checks.geojson');
  for (const f of cases.features) {
    it(f.properties.note, () => {
      const r = siteCheck(ctx, f);
      expect(r.units.map((u) => u.code).sort()).toEqual([...f.properties.units].sort());
      expect(r.units.length).toBe(f.properties.units.length);
      const shares = r.units.map((u) => u.shareOfSite);
      f.properties.shares.forEach((s, i) => expect(shares[i]).toBeCloseTo(s, 2));
      expect(r.verdict.level).toBe(f.properties.level);
      expect(r.outside).toBe(f.properties.units.length === 0);
      // serializable
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    });
  }

  it('overlap areas of a site across a border sum to the site area within 0.1 %', () => {
    const site = cases.features[0] as Feature;
    const r = siteCheck(ctx, site);
    const area = referenceAreaM2(site);
    expect(r.site.areaM2).toBeCloseTo(area, 3);
    const sum = r.units.reduce((s, u) => s + u.overlapAreaM2, 0);
    expect(Math.abs(sum - area) / area).toBeLessThan(1e-3);
    expect(r.coverage).toBeCloseTo(1, 6);
  });

  it('overlap lengths of a line across a border sum to its length', () => {
    const site = cases.features[2] as Feature;
    const r = siteCheck(ctx, site);
    const len = geodesicLength(site);
    const sum = r.units.reduce((s, u) => s + u.overlapLengthM, 0);
    expect(Math.abs(sum - len) / len).toBeLessThan(1e-6);
  });

  it('area site in a hole counts the island, not the holed unit', () => {
    const r = siteCheck(ctx, {
      type: 'Polygon',
      coordinates: [[[106.045, 29.045], [106.055, 29.045], [106.055, 29.055], [106.045, 29.055], [106.045, 29.045]]],
    });
    expect(r.units.map((u) => u.code)).toEqual(['ZH50010110002']);
    expect(r.units[0]?.shareOfSite).toBeCloseTo(1, 9);
    expect(r.nearestPriority?.inside).toBe(true);
    expect(r.nearestPriority?.distanceM).toBe(0);
    expect(r.verdict.reasons).toContainEqual({ kind: 'inside-priority', code: 'ZH50010110002' });
  });

  it('area site containing a holed unit\'s hole: A minus the island', () => {
    const r = siteCheck(ctx, {
      type: 'Polygon',
      coordinates: [[[106.03, 29.03], [106.07, 29.03], [106.07, 29.07], [106.03, 29.07], [106.03, 29.03]]],
    });
    const a = r.units.find((u) => u.code === 'ZH50010130001');
    const d = r.units.find((u) => u.code === 'ZH50010110002');
    const island = referenceAreaM2(units.features[3] as Feature);
    expect(d?.overlapAreaM2).toBeCloseTo(island, 0);
    expect(Math.abs((a?.overlapAreaM2 ?? 0) + island - r.site.areaM2)).toBeLessThan(1);
  });

  it('merges and de-duplicates access-list clauses with their unit codes', () => {
    const r = siteCheck(ctx, cases.features[0] as Feature);
    const chem = r.rules.spatial_layout.find((c) => c.text === '禁止新建化工项目');
    expect(chem?.codes.sort()).toEqual(['ZH50010120001', 'ZH50010130001']);
    expect(r.rules.pollutant_discharge).toEqual([{ text: '达标排放', codes: expect.arrayContaining(['ZH50010120001', 'ZH50010130001']) }]);
    expect(r.rules.spatial_layout.filter((c) => c.text === '禁止新建化工项目')).toHaveLength(1);
  });

  it('site summary: kind, length, area, centroid', () => {
    const r = siteCheck(ctx, cases.features[0] as Feature);
    expect(r.site.kind).toBe('polygon');
    // planar centroid of the geodesically densified ring: the geodesic edges bulge ~1e-6° north
    expect(r.site.centroid[0]).toBeCloseTo(106.1, 9);
    expect(r.site.centroid[1]).toBeCloseTo(29.025, 5);
    expect(r.site.lengthM).toBeGreaterThan(0);
  });

  it('outside site: flag and verdict', () => {
    const r = siteCheck(ctx, { type: 'Point', coordinates: [105.5, 29.5] });
    expect(r.outside).toBe(true);
    expect(r.verdict).toEqual({ level: 'outside', reasons: [{ kind: 'outside-dataset' }] });
    expect(r.nearestPriority?.distanceM).toBeGreaterThan(50000);
  });

  it('partly outside is flagged', () => {
    const r = siteCheck(ctx, {
      type: 'Polygon',
      coordinates: [[[106.19, 29.09], [106.21, 29.09], [106.21, 29.11], [106.19, 29.11], [106.19, 29.09]]],
    });
    expect(r.outside).toBe(false);
    expect(r.coverage).toBeGreaterThan(0.2);
    expect(r.coverage).toBeLessThan(0.3);
    expect(r.verdict.reasons.some((x) => x.kind === 'partly-outside')).toBe(true);
  });
});

describe('degenerate input throws GeoInputError with a code', () => {
  const bad: [string, unknown, GeoInputErrorCode][] = [
    ['null geometry', { type: 'Feature', geometry: null, properties: {} }, 'empty-geometry'],
    ['undefined', undefined, 'empty-geometry'],
    ['empty polygon', { type: 'Polygon', coordinates: [] }, 'empty-geometry'],
    ['empty line', { type: 'LineString', coordinates: [] }, 'empty-geometry'],
    ['NaN coordinate', { type: 'Point', coordinates: [NaN, 29] }, 'invalid-coordinates'],
    ['latitude 95', { type: 'Point', coordinates: [106, 95] }, 'invalid-coordinates'],
    ['string coordinate', { type: 'Point', coordinates: ['106', 29] }, 'invalid-coordinates'],
    ['one-point line', { type: 'LineString', coordinates: [[106, 29], [106, 29]] }, 'too-few-positions'],
    ['two-point ring', { type: 'Polygon', coordinates: [[[106, 29], [106.1, 29], [106, 29]]] }, 'too-few-positions'],
    [
      'zero-area (collinear) polygon',
      { type: 'Polygon', coordinates: [[[106, 29], [106.1, 29.1], [106.2, 29.2], [106, 29]]] },
      'zero-area',
    ],
    [
      'self-intersecting bow-tie',
      { type: 'Polygon', coordinates: [[[106, 29], [106.1, 29.1], [106.1, 29], [106, 29.1], [106, 29]]] },
      'self-intersection',
    ],
    [
      'hole crossing its outer ring',
      {
        type: 'Polygon',
        coordinates: [
          [[106, 29], [106.1, 29], [106.1, 29.1], [106, 29.1], [106, 29]],
          [[106.05, 29.05], [106.05, 29.15], [106.07, 29.15], [106.07, 29.05], [106.05, 29.05]],
        ],
      },
      'self-intersection',
    ],
    ['geometry collection', { type: 'GeometryCollection', geometries: [] }, 'unsupported-geometry'],
  ];
  for (const [name, g, code] of bad) {
    it(`${name} → ${code}`, () => {
      let err: unknown;
      try {
        siteCheck(ctx, g as Geometry);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(GeoInputError);
      expect((err as GeoInputError).code).toBe(code);
    });
  }

  it('isGeoInputError recognizes the error and its structured-clone form', () => {
    const e = new GeoInputError('zero-area', 'x');
    expect(isGeoInputError(e)).toBe(true);
    expect(isGeoInputError(structuredClone({ name: e.name, code: e.code, message: e.message }))).toBe(true);
    expect(isGeoInputError(new Error('x'))).toBe(false);
    expect(isGeoInputError(null)).toBe(false);
  });

  it('accepts an unclosed ring by closing it, and a ring with repeated vertices', () => {
    const s = prepareSite({ type: 'Polygon', coordinates: [[[106, 29], [106.1, 29], [106.1, 29], [106.1, 29.1], [106, 29.1]]] });
    const ring = s.paths[0] ?? [];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    // 4 corners + geodesic densification points every ≤ 1 km (edges ≈ 10–11 km)
    expect(ring.length).toBeGreaterThan(40);
    for (const c of [[106, 29], [106.1, 29], [106.1, 29.1], [106, 29.1]]) expect(ring).toContainEqual(c);
  });
});

describe('overlap areas: Green sums = polygon clipping', () => {
  it('a unit\'s own geometry as the site: only that unit (shared edges and hole rings drop out)', () => {
    const a = units.features[0]!;
    const r = siteCheck(ctx, a);
    expect(r.units.map((u) => u.code)).toEqual(['ZH50010130001']);
    expect(r.units[0]?.shareOfSite).toBeCloseTo(1, 9);
  });

  it('A\'s outer ring as the site: A without its hole + the island D = the site area', () => {
    const outer = (units.features[0]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
    const r = siteCheck(ctx, { type: 'Polygon', coordinates: [outer] });
    expect(r.units.map((u) => u.code).sort()).toEqual(['ZH50010110002', 'ZH50010130001']);
    const sum = r.units.reduce((s, u) => s + u.overlapAreaM2, 0);
    expect(Math.abs(sum - r.site.areaM2)).toBeLessThan(1e-3);
  });

  it('seeded fuzz: 150 random polygons on a synthetic partition agree with turf intersect + GeographicLib PolygonArea', { timeout: 60000 }, async () => {
    const { mulberry32, syntheticUnits } = await import('../../bench/synthetic');
    const { buildUnitIndex } = await import('../../src/geo/index');
    const { feature, featureCollection, intersect } = await import('@turf/turf');
    // Not src/geo's own clip-then-area fallback (polygonOverlapAreaM2), which unitOverlaps may call.
    const clippedAreaM2 = (a: Polygon, b: Polygon | MultiPolygon): number => {
      const clipped = intersect(featureCollection<Polygon | MultiPolygon>([feature(a), feature(b)]));
      return clipped ? referenceAreaM2(clipped) : 0;
    };
    const synth = syntheticUnits({ cols: 12, rows: 10, box: [106, 29, 106.3, 29.25], sub: 4, seed: 21 });
    const idx = buildUnitIndex(synth);
    const { unitOverlaps } = await import('../../src/geo/index');
    const r = mulberry32(5);
    for (let n = 0; n < 150; n++) {
      const x = 105.98 + r() * 0.32;
      const y = 28.98 + r() * 0.27;
      const k = 3 + Math.floor(r() * 6);
      const ring: number[][] = [];
      for (let i = 0; i < k; i++) {
        const a = (2 * Math.PI * i) / k;
        const d = 0.005 + r() * 0.03;
        ring.push([x + d * Math.cos(a), y + d * Math.sin(a)]);
      }
      ring.push(ring[0]!);
      const site = prepareSite({ type: 'Polygon', coordinates: [ring] });
      const area = referenceAreaM2(site.geometry);
      const got = unitOverlaps(idx, site);
      for (const o of got) {
        // The prepared site (edges densified to follow their geodesics), as unitOverlaps sees it.
        const want = clippedAreaM2(site.geometry as Polygon, idx.features[o.index]!.geometry);
        // polyclip drops vertices that are collinear in lon/lat (the straight outer border of the
        // synthetic partition), which moves its geodesic edges by up to ~1e-5 of the area; Green
        // sums keep every vertex. Interior units agree to ~1e-9.
        expect(Math.abs(o.areaM2 - want)).toBeLessThan(5e-5 * area);
      }
      const covered = got.reduce((s, o) => s + o.areaM2, 0);
      // inside the partition box the shares add up to 1
      if (x - 0.035 > 106 && x + 0.035 < 106.3 && y - 0.035 > 29 && y + 0.035 < 29.25) {
        // residual: straight lon/lat pieces of ≤ 1 km vs geodesic edges (≈ 1 cm offsets)
        expect(Math.abs(covered - area) / area).toBeLessThan(1e-5);
      }
    }
  });
});

describe('pointInSite (edge-indexed) = turf booleanPointInPolygon (full scan, its own ray test)', () => {
  it('on a star polygon with a hole, 3,000 seeded points including vertices and edge points', async () => {
    const { mulberry32 } = await import('../../bench/synthetic');
    const { pointInSite } = await import('../../src/geo/site');
    const { booleanPointInPolygon } = await import('@turf/turf');
    const r = mulberry32(17);
    const outer: number[][] = [];
    for (let i = 0; i < 40; i++) {
      const a = (2 * Math.PI * i) / 40;
      const d = i % 2 ? 0.05 : 0.1;
      outer.push([106.5 + d * Math.cos(a), 29.5 + d * Math.sin(a)]);
    }
    outer.push(outer[0]!);
    const hole = [[106.49, 29.49], [106.49, 29.51], [106.51, 29.51], [106.51, 29.49], [106.49, 29.49]];
    const s = prepareSite({ type: 'Polygon', coordinates: [outer, hole] });
    const probes: [number, number][] = [];
    for (let i = 0; i < 3000; i++) probes.push([106.38 + r() * 0.24, 29.38 + r() * 0.24]);
    for (const v of s.vertices) probes.push([v[0], v[1]]);
    probes.push([106.49, 29.5], [106.5, 29.49]);
    // The prepared polygon (its edges densified along their geodesics), as pointInSite sees it.
    // turf counts the boundary, a hole's included, as inside; pointInSite says 2 there.
    const polygon = s.geometry as Polygon;
    for (const [x, y] of probes) expect(pointInSite(s, x, y) > 0, `${x}, ${y}`).toBe(booleanPointInPolygon([x, y], polygon));
  });
});
