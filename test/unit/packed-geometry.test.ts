import { describe, expect, it } from 'vitest';
import { packGeometry, unpackGeometry } from '../../src/geo/packed';
import type { SiteGeometry } from '../../src/geo/upload-site';

const square = (x: number) => [[x, 30], [x + 0.01, 30], [x + 0.01, 30.01], [x, 30.01], [x, 30]];

describe('packed site geometry', () => {
  it.each<SiteGeometry>([
    { type: 'Point', coordinates: [106.5, 29.5] },
    { type: 'MultiPoint', coordinates: [[106.5, 29.5], [106.6, 29.6, 312.5]] },
    { type: 'LineString', coordinates: [[106.5, 29.5, 200], [106.6, 29.6, 201]] },
    { type: 'MultiLineString', coordinates: [[[106.5, 29.5], [106.6, 29.6]], [[107, 30], [107.1, 30.1], [107.2, 30]]] },
    { type: 'Polygon', coordinates: [square(108), square(108.002).reverse()] },
    { type: 'MultiPolygon', coordinates: [[square(108)], [square(108.1), square(108.102)], []] },
  ])('$type: one Float64Array there, the same GeoJSON back, heights kept where given', (geometry) => {
    const packed = structuredClone(packGeometry(geometry));
    expect(packed.coords).toBeInstanceOf(Float64Array);
    expect(unpackGeometry(packed)).toEqual(geometry);
  });
});
