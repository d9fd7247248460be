import { describe, expect, it } from 'vitest';
import { decodeSite, encodeSite, MAX_SITE_LINK_CHARS, siteLink, type SiteGeometry } from '../../src/state/site-link';
import type { Polygon } from 'geojson';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [[[108.38, 30.8], [108.39, 30.8], [108.39, 30.81], [108.38, 30.81], [108.38, 30.8]]],
};

describe('site permalink codec', () => {
  it('round-trips points, lines, polygons with holes and multipolygons to 1e-6°', () => {
    const withHole: Polygon = {
      type: 'Polygon',
      coordinates: [square.coordinates[0]!, [[108.383, 30.803], [108.383, 30.806], [108.386, 30.806], [108.383, 30.803]]],
    };
    for (const g of [
      { type: 'Point', coordinates: [106.550001, 29.560001] },
      { type: 'MultiPoint', coordinates: [[106.5, 29.5], [106.51, 29.52]] },
      { type: 'LineString', coordinates: [[106.5, 29.5], [106.6, 29.55], [106.7, 29.52]] },
      withHole,
      { type: 'MultiPolygon', coordinates: [square.coordinates, withHole.coordinates] },
      { type: 'MultiLineString', coordinates: [[[106, 29], [106.1, 29.1]], [[107, 30], [107.2, 30.1]]] },
    ] as SiteGeometry[]) {
      expect(decodeSite(encodeSite(g))).toEqual(g);
    }
  });

  it('is compact: a five-vertex square fits in under 40 characters', () => {
    const text = encodeSite(square);
    expect(text.startsWith('A')).toBe(true);
    expect(text.length).toBeLessThan(40);
    expect(text).not.toMatch(/[&#=\s]/);
  });

  it('refuses sites too long for a link and malformed input', () => {
    const ring = Array.from({ length: 3000 }, (_, i) => [106 + Math.cos(i) * 0.1, 29 + Math.sin(i) * 0.1]);
    ring.push(ring[0]!);
    const huge: Polygon = { type: 'Polygon', coordinates: [ring] };
    expect(encodeSite(huge).length).toBeGreaterThan(MAX_SITE_LINK_CHARS);
    expect(siteLink(huge)).toBeNull();
    expect(siteLink(square)).toBe(encodeSite(square));
    for (const bad of ['', 'X123', 'P', 'A!!', 'P' + '~'.repeat(50), null]) expect(decodeSite(bad)).toBeNull();
  });
});
