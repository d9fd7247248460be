import { describe, expect, it } from 'vitest';
import { canFinish, dedupe, draftGeometry } from '../../src/state/draft';
import type { LonLat } from '../../src/geo/types';

describe('drawing drafts', () => {
  const a: LonLat = [106.5, 29.5];
  const b: LonLat = [106.6, 29.5];
  const c: LonLat = [106.6, 29.6];

  it('closes polygons and needs three distinct vertices', () => {
    expect(draftGeometry('polygon', [a, b])).toBeNull();
    expect(canFinish('polygon', [a, b, b])).toBe(false);
    expect(draftGeometry('polygon', [a, b, c, c])).toEqual({ type: 'Polygon', coordinates: [[a, b, c, a]] });
  });

  it('builds lines from two vertices and points from one', () => {
    expect(draftGeometry('line', [a])).toBeNull();
    expect(draftGeometry('line', [a, a, b])).toEqual({ type: 'LineString', coordinates: [a, b] });
    expect(draftGeometry('point', [c])).toEqual({ type: 'Point', coordinates: c });
  });

  it('drops only consecutive duplicates', () => {
    expect(dedupe([a, a, b, a])).toEqual([a, b, a]);
  });
});
