import { describe, expect, it } from 'vitest';
import { area as turfArea, booleanPointInPolygon } from '@turf/turf';
import type { Polygon } from 'geojson';
import { geodesicBuffer, geodesicCircle } from '../../src/geo/buffer';
import {
  distance,
  geodesicArea,
  geodesicLength,
  m2ToHa,
  m2ToKm2,
  m2ToMu,
  muToM2,
  pointToSegment,
  ringAreaM2,
  roundSig,
  roundTo,
  type LonLat,
} from '../../src/geo/index';
import { referenceAreaM2 } from './reference-area';
import { e2, WGS84 } from './reference/ellipsoid';

const { a: A } = WGS84;
const E2 = e2(WGS84);
const E = Math.sqrt(E2);
/** Authalic q(φ): area of a lat/lon quadrangle = (a²(1−e²)/2)·Δλ·[q(φ2) − q(φ1)] — closed form, independent. */
function q(latDeg: number): number {
  const s = Math.sin((latDeg * Math.PI) / 180);
  return s / (1 - E2 * s * s) - (1 / (2 * E)) * Math.log((1 - E * s) / (1 + E * s));
}
function quadrangle(lon0: number, lat0: number, lon1: number, lat1: number): number {
  return ((A * A * (1 - E2)) / 2) * (((lon1 - lon0) * Math.PI) / 180) * (q(lat1) - q(lat0));
}

describe('measure', () => {
  it('GeographicLib Planimeter0 documented value: ring at 89°N every 90° = 24,952,305,678 m²', () => {
    expect(ringAreaM2([[0, 89], [90, 89], [180, 89], [270, 89]])).toBeCloseTo(24952305678, -1);
  });

  it('small lat/lon cell ≈ closed-form ellipsoidal quadrangle (geodesic vs parallel edges < 1e-5)', () => {
    const cell: Polygon = {
      type: 'Polygon',
      coordinates: [[[106, 29], [106.01, 29], [106.01, 29.01], [106, 29.01], [106, 29]]],
    };
    const exact = quadrangle(106, 29, 106.01, 29.01);
    expect(Math.abs(geodesicArea(cell) - exact) / exact).toBeLessThan(1e-5);
    // turf's spherical area is within ~0.5 %
    expect(Math.abs(turfArea(cell) - exact) / exact).toBeLessThan(0.005);
  });

  it('holes are subtracted and orientation does not matter', () => {
    const outer = [[106, 29], [106.1, 29], [106.1, 29.1], [106, 29.1], [106, 29]];
    const hole = [[106.04, 29.04], [106.06, 29.04], [106.06, 29.06], [106.04, 29.06], [106.04, 29.04]];
    const withHole = geodesicArea({ type: 'Polygon', coordinates: [outer, hole] });
    const outerM2 = referenceAreaM2({ type: 'Polygon', coordinates: [outer] });
    expect(withHole).toBeCloseTo(outerM2 - referenceAreaM2({ type: 'Polygon', coordinates: [hole] }), 3);
    expect(geodesicArea({ type: 'Polygon', coordinates: [outer.slice().reverse()] })).toBeCloseTo(outerM2, 3);
    expect(geodesicArea({ type: 'MultiPolygon', coordinates: [[outer], [outer]] })).toBeCloseTo(2 * outerM2, 2);
    expect(geodesicArea({ type: 'Point', coordinates: [106, 29] })).toBe(0);
  });

  it('length: meridian line of 1° at 30°N, perimeter of polygons, 0 for points', () => {
    expect(Math.round(geodesicLength({ type: 'LineString', coordinates: [[106, 29.5], [106, 30.5]] }))).toBe(110852);
    const sq = { type: 'Polygon' as const, coordinates: [[[106, 29], [106.1, 29], [106.1, 29.1], [106, 29.1], [106, 29]]] };
    const expected = distance([106, 29], [106.1, 29]) + distance([106.1, 29], [106.1, 29.1]) + distance([106.1, 29.1], [106, 29.1]) + distance([106, 29.1], [106, 29]);
    expect(geodesicLength(sq)).toBeCloseTo(expected, 6);
    expect(geodesicLength({ type: 'Point', coordinates: [0, 0] })).toBe(0);
  });

  it('units: 1 km² = 100 ha = 1500 亩; 1 亩 = 666.67 m²', () => {
    expect(m2ToKm2(1e6)).toBe(1);
    expect(m2ToHa(1e6)).toBe(100);
    expect(m2ToMu(1e6)).toBeCloseTo(1500, 9);
    expect(muToM2(1)).toBeCloseTo(666.6667, 4);
  });

  it('formatting helpers return numbers', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(1.234e-7, 9)).toBe(1.23e-7);
    expect(roundTo(NaN, 2)).toBeNaN();
    expect(roundSig(123456, 3)).toBe(123000);
    expect(roundSig(0.0012345, 2)).toBe(0.0012);
  });
});

describe('geodesic buffers', () => {
  it('circle: every vertex exactly r from the centre, CCW, area = inscribed n-gon', () => {
    const c: LonLat = [106.55, 29.56];
    const r = 5000;
    const n = 64;
    const circle = geodesicCircle(c, r, n);
    const ring = circle.coordinates[0] ?? [];
    expect(ring).toHaveLength(n + 1);
    for (const p of ring) expect(Math.abs(distance(c, p as LonLat) - r)).toBeLessThan(1e-6);
    expect(ringAreaM2(ring)).toBeGreaterThan(0);
    const ngon = (n / 2) * r * r * Math.sin((2 * Math.PI) / n);
    expect(Math.abs(referenceAreaM2(circle) - ngon) / ngon).toBeLessThan(5e-4);
  });

  it('line buffer: every vertex at r from the line within 0.2 %, the line inside', () => {
    const line: LonLat[] = [[106.4, 29.4], [106.5, 29.45], [106.55, 29.6]];
    const r = 1000;
    const b = geodesicBuffer({ type: 'LineString', coordinates: line }, r);
    expect(b.type).toBe('Polygon');
    const ring = (b as Polygon).coordinates[0] ?? [];
    for (const p of ring) {
      let d = Infinity;
      for (let i = 0; i < line.length - 1; i++) d = Math.min(d, pointToSegment(p as LonLat, line[i]!, line[i + 1]!).distanceM);
      expect(Math.abs(d - r) / r).toBeLessThan(2e-3);
    }
    for (const p of line) expect(booleanPointInPolygon(p, b)).toBe(true);
  });

  it('polygon buffer contains the polygon and grows its area', () => {
    const poly: Polygon = { type: 'Polygon', coordinates: [[[106, 29], [106.05, 29], [106.05, 29.05], [106, 29.05], [106, 29]]] };
    const b = geodesicBuffer(poly, 500);
    expect(referenceAreaM2(b)).toBeGreaterThan(referenceAreaM2(poly));
    expect(booleanPointInPolygon([106.025, 29.025], b)).toBe(true);
    // a square grown by r: area ≈ A + perimeter·r + πr² (within chord error)
    const expected = referenceAreaM2(poly) + geodesicLength(poly) * 500 + Math.PI * 500 * 500;
    expect(Math.abs(referenceAreaM2(b) - expected) / expected).toBeLessThan(2e-3);
  });

  /** Shoelace in lon/lat: positive for a counter-clockwise ring. */
  const orientation = (ring: number[][]) => ring.slice(1).reduce((sum, p, i) => sum + (ring[i]![0]! * p[1]! - p[0]! * ring[i]![1]!), 0);
  /** Geodesic distance from `p` to the nearest edge of `paths`. */
  const distanceToPaths = (p: LonLat, paths: LonLat[][]) => {
    let d = Infinity;
    for (const path of paths) for (let i = 0; i < path.length - 1; i++) d = Math.min(d, pointToSegment(p, path[i]!, path[i + 1]!).distanceM);
    return d;
  };

  it('a 1,000-vertex meandering route and 20 separate parcels (a union of edge capsules failed on both): every vertex of the outline at r, outer rings counter-clockwise', () => {
    const route: LonLat[] = Array.from({ length: 1000 }, (_, i) => [106.3 + i * 0.0005, 29.5 + 0.02 * Math.sin(i / 30)]);
    const parcels: LonLat[][][] = Array.from({ length: 20 }, (_, k) => {
      const ring: LonLat[] = Array.from({ length: 8 }, (_, i) => [106.5 + (k % 5) * 0.01 + 0.003 * Math.cos((i / 8) * 2 * Math.PI), 29.5 + Math.floor(k / 5) * 0.01 + 0.003 * Math.sin((i / 8) * 2 * Math.PI)]);
      return [[...ring, ring[0]!]];
    });
    for (const [site, paths] of [
      [{ type: 'LineString' as const, coordinates: route }, [route]],
      [{ type: 'MultiPolygon' as const, coordinates: parcels }, parcels.map((rings) => rings[0]!)],
    ] as const) {
      const r = 1000;
      const b = geodesicBuffer(site, r);
      const polygons = b.type === 'Polygon' ? [b.coordinates] : b.coordinates;
      for (const rings of polygons) {
        expect(orientation(rings[0]!)).toBeGreaterThan(0);
        // every 20th vertex: the geodesic distances to a thousand edges are slow to compute
        for (const ring of rings) for (const p of ring.filter((_, i) => i % 20 === 0)) expect(Math.abs(distanceToPaths(p as LonLat, paths as LonLat[][]) - r) / r).toBeLessThan(2e-3);
      }
    }
  });

  it('rejects non-positive radii', () => {
    expect(() => geodesicBuffer({ type: 'Point', coordinates: [106, 29] }, 0)).toThrow(RangeError);
  });
});
