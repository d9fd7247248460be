import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { siteFromFeatures } from '../../src/geo/upload-site';
import { GeoInputError } from '../../src/geo/errors';

const f = (geometry: Feature['geometry']): Feature => ({ type: 'Feature', geometry, properties: {} });
const square = (x: number) => [[[x, 30], [x + 0.01, 30], [x + 0.01, 30.01], [x, 30.01], [x, 30]]];

describe('site from uploaded features', () => {
  it('prefers areas, merging several parcels into one MultiPolygon', () => {
    const result = siteFromFeatures([
      f({ type: 'Point', coordinates: [108, 30] }),
      f({ type: 'Polygon', coordinates: square(108) }),
      f({ type: 'GeometryCollection', geometries: [{ type: 'Polygon', coordinates: square(108.1) }] }),
    ]);
    expect(result.used).toBe('areas');
    expect(result.counts).toEqual({ areas: 2, lines: 0, points: 1 });
    expect(result.geometry).toEqual({ type: 'MultiPolygon', coordinates: [square(108), square(108.1)] });
  });

  it('merges overlapping parcels into one polygon', () => {
    const result = siteFromFeatures([f({ type: 'Polygon', coordinates: square(108) }), f({ type: 'Polygon', coordinates: square(108.005) })]);
    expect(result.geometry.type).toBe('Polygon');
    const ring = (result.geometry as { coordinates: number[][][] }).coordinates[0]!;
    const xs = ring.map((p) => p[0]!);
    expect(Math.min(...xs)).toBe(108);
    expect(Math.max(...xs)).toBeCloseTo(108.015, 9);
  });

  it('merges parcels that overlap through a chain; separate ones stay exactly as they were, in file order', () => {
    const result = siteFromFeatures([
      f({ type: 'Polygon', coordinates: square(108) }),
      f({ type: 'Polygon', coordinates: square(108.1) }),
      f({ type: 'Polygon', coordinates: square(108.016) }), // overlaps the next one only
      f({ type: 'Polygon', coordinates: square(108.008) }), // overlaps both neighbours
      f({ type: 'Polygon', coordinates: square(108.2) }),
    ]);
    const parts = (result.geometry as { coordinates: number[][][][] }).coordinates;
    expect(parts).toHaveLength(3);
    const xs = parts[0]![0]!.map((p) => p[0]!);
    expect(Math.min(...xs)).toBe(108);
    expect(Math.max(...xs)).toBeCloseTo(108.026, 9);
    expect(parts.slice(1)).toEqual([square(108.1), square(108.2)]);
  });

  it('falls back to lines, then points', () => {
    const line = { type: 'LineString' as const, coordinates: [[108, 30], [108.1, 30.1]] };
    expect(siteFromFeatures([f(line), f({ type: 'Point', coordinates: [1, 2] })]).geometry).toEqual(line);
    const points = siteFromFeatures([f({ type: 'Point', coordinates: [108, 30] }), f({ type: 'Point', coordinates: [108.2, 30] })]);
    expect(points.geometry).toEqual({ type: 'MultiPoint', coordinates: [[108, 30], [108.2, 30]] });
  });

  it('rejects a file without any geometry with a typed error', () => {
    expect(() => siteFromFeatures([{ type: 'Feature', geometry: null as never, properties: {} }])).toThrowError(GeoInputError);
  });
});
