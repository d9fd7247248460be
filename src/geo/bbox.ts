/**
 * Bounding box of points stored flat as x, y pairs (lon/lat degrees or tangent-plane metres):
 * the one loop behind the index, site and screening boxes. Hand-written rather than turf's
 * `bbox` because the points live in typed arrays, not GeoJSON.
 */
import type { BBox } from './types';

/** `[minX, minY, maxX, maxY]` of points `v0` (inclusive) to `v1` (exclusive) of `xy`. */
export function flatBBox(xy: ArrayLike<number>, v0 = 0, v1 = xy.length / 2): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = v0; i < v1; i++) {
    const x = xy[i * 2] ?? NaN;
    const y = xy[i * 2 + 1] ?? NaN;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}
