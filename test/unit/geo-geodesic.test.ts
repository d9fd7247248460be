import { describe, expect, it } from 'vitest';
import { distance as turfDistance } from '@turf/turf';
import type { FeatureCollection, LineString } from 'geojson';
import geographiclib from 'geographiclib-geodesic';
import { destination, distance, interpolate, inverse, pointToSegment, type LonLat } from '../../src/geo/index';
import { aeqdForward, aeqdInverse } from '../../src/geo/aeqd';
import { mulberry32 } from '../../bench/synthetic';
import { fixture } from '../fixtures/geo/load';
import { e2, meridianArc, WGS84 } from './reference/ellipsoid';

const { a: A } = WGS84;
const E2 = e2(WGS84);

describe('geodesic: GeographicLib documented values', () => {
  const fc = fixture<FeatureCollection<LineString, { s12_m: number; azi1_deg: number; azi2_deg: number; source: string }>>(
    'geodesic-inverse.geojson',
  );
  for (const f of fc.features) {
    it(f.properties.source, () => {
      const [a, b] = f.geometry.coordinates as [LonLat, LonLat];
      const r = inverse(a, b);
      // GeodSolve prints 3 decimals for the manual example; GeodTest values are to ~1e-9
      expect(Math.abs(r.distanceM - f.properties.s12_m)).toBeLessThan(1e-3);
      expect(Math.abs(r.azimuth1Deg - f.properties.azi1_deg)).toBeLessThan(1e-8);
      expect(Math.abs(r.azimuth2Deg - f.properties.azi2_deg)).toBeLessThan(1e-8);
      expect(distance(a, b)).toBeCloseTo(r.distanceM, 6);
    });
  }
});

describe('geodesic: hand-checked cases', () => {
  it('1° of latitude centred on 30°N is ≈ 110,852 m (meridian arc by Simpson)', () => {
    const d = distance([106, 29.5], [106, 30.5]);
    expect(Math.abs(d - meridianArc(WGS84, 29.5, 30.5))).toBeLessThan(1e-3);
    expect(Math.round(d)).toBe(110852);
  });

  it('equator: 1° of longitude = a·π/180 = 111,319.49 m', () => {
    expect(distance([0, 0], [1, 0])).toBeCloseTo((A * Math.PI) / 180, 3);
  });

  it('agrees with turf haversine (sphere R = 6371.0088 km) within its spherical error (≤ 0.5 %)', () => {
    const r = mulberry32(7);
    for (let i = 0; i < 200; i++) {
      const a: LonLat = [105 + r() * 5, 28 + r() * 4];
      const b: LonLat = [105 + r() * 5, 28 + r() * 4];
      const g = distance(a, b);
      const h = turfDistance(a, b, { units: 'meters' });
      expect(Math.abs(h - g) / g).toBeLessThan(0.005);
    }
  });

  it('destination inverts inverse', () => {
    const a: LonLat = [106.55, 29.56];
    const b = destination(a, 37.5, 12345.678);
    const r = inverse(a, b);
    expect(r.distanceM).toBeCloseTo(12345.678, 6);
    expect(r.azimuth1Deg).toBeCloseTo(37.5, 9);
  });

  it('interpolate at 0.5 is equidistant from both ends', () => {
    const a: LonLat = [105.9, 29.1];
    const b: LonLat = [107.3, 30.2];
    const m = interpolate(a, b, 0.5);
    expect(distance(a, m)).toBeCloseTo(distance(m, b), 4);
  });
});

describe('pointToSegment (ellipsoidal)', () => {
  const WGS84 = geographiclib.Geodesic.WGS84;
  /** Brute force: minimum over 20,000 points along the geodesic. */
  function brute(p: LonLat, a: LonLat, b: LonLat): number {
    const line = WGS84.InverseLine(a[1], a[0], b[1], b[0], geographiclib.Geodesic.ALL);
    let best = Infinity;
    const n = 20000;
    for (let i = 0; i <= n; i++) {
      const q = line.Position((line.s13 * i) / n, geographiclib.Geodesic.LATITUDE | geographiclib.Geodesic.LONGITUDE);
      best = Math.min(best, distance(p, [q.lon2 ?? NaN, q.lat2 ?? NaN]));
    }
    return best;
  }

  it('matches a dense brute-force search within 1 mm (city-scale, seeded)', { timeout: 60000 }, () => {
    const r = mulberry32(11);
    for (let i = 0; i < 25; i++) {
      const a: LonLat = [106 + r() * 0.5, 29 + r() * 0.5];
      const b: LonLat = [a[0] + (r() - 0.5) * 0.2, a[1] + (r() - 0.5) * 0.2];
      const p: LonLat = [a[0] + (r() - 0.5) * 0.3, a[1] + (r() - 0.5) * 0.3];
      const got = pointToSegment(p, a, b);
      const want = brute(p, a, b);
      expect(got.distanceM).toBeLessThanOrEqual(want + 1e-6);
      expect(want - got.distanceM).toBeLessThan(1e-3);
      expect(distance(p, got.point)).toBeCloseTo(got.distanceM, 6);
    }
  });

  it('perpendicular to a meridian edge: N(φ)·cos φ·Δλ', () => {
    const phi = 29.5;
    const N = A / Math.sqrt(1 - E2 * Math.sin((phi * Math.PI) / 180) ** 2);
    const expected = N * Math.cos((phi * Math.PI) / 180) * ((0.03 * Math.PI) / 180);
    const got = pointToSegment([106.53, phi], [106.5, 29], [106.5, 30]);
    expect(Math.abs(got.distanceM - expected)).toBeLessThan(0.005);
    expect(got.point[0]).toBeCloseTo(106.5, 9);
  });

  it('clamps to the nearer end beyond the segment', () => {
    const got = pointToSegment([106.7, 29.7], [106.5, 29.5], [106.6, 29.6]);
    expect(got.point).toEqual([106.6, 29.6]);
    expect(got.alongM).toBeCloseTo(got.segmentM, 3);
    expect(got.distanceM).toBeCloseTo(distance([106.7, 29.7], [106.6, 29.6]), 6);
  });

  it('degenerate segment = point distance', () => {
    const got = pointToSegment([106.7, 29.7], [106.5, 29.5], [106.5, 29.5]);
    expect(got.distanceM).toBeCloseTo(distance([106.7, 29.7], [106.5, 29.5]), 6);
  });
});

describe('azimuthal equidistant frame', () => {
  it('round-trips and keeps distances from the centre exact', () => {
    const c: LonLat = [106.55, 29.56];
    const p: LonLat = [106.81, 29.31];
    const xy = aeqdForward(c, p);
    expect(Math.hypot(xy[0], xy[1])).toBeCloseTo(distance(c, p), 6);
    const back = aeqdInverse(c, xy);
    expect(back[0]).toBeCloseTo(p[0], 10);
    expect(back[1]).toBeCloseTo(p[1], 10);
  });
});
