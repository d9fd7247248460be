/**
 * One label anchor per polygon feature: the centroid of its outer ring (of its largest part, for
 * a MultiPolygon) when that lies inside the shape, else a point guaranteed to be on it (concave
 * districts such as 渝中's peninsula neighbours).
 *
 * The ring centroid is written here rather than taken from turf's `centerOfMass`, which computes
 * the same shoelace centroid for a Polygon but bundles convex-hull code (concaveman, rbush, about
 * 6 KB gzip) for other geometry types into the first page load. test/unit/label-points.test.ts
 * checks the two agree on every district.
 */
import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';

/** Planar centroid and signed area of a closed ring, in lon/lat, about its first vertex (for precision). */
function ringCentroid(ring: readonly Position[]): { x: number; y: number; area: number } {
  const [x0, y0] = ring[0] as [number, number];
  let a2 = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const xi = ring[i]![0]! - x0;
    const yi = ring[i]![1]! - y0;
    const xj = ring[i + 1]![0]! - x0;
    const yj = ring[i + 1]![1]! - y0;
    const cross = xi * yj - xj * yi;
    a2 += cross;
    cx += (xi + xj) * cross;
    cy += (yi + yj) * cross;
  }
  return a2 === 0 ? { x: x0, y: y0, area: 0 } : { x: x0 + cx / (3 * a2), y: y0 + cy / (3 * a2), area: a2 / 2 };
}

function centroid(shape: Polygon | MultiPolygon): Position {
  const rings = shape.type === 'Polygon' ? [shape.coordinates[0]!] : shape.coordinates.map((p) => p[0]!);
  const largest = rings.map(ringCentroid).reduce((a, b) => (Math.abs(b.area) > Math.abs(a.area) ? b : a));
  return [largest.x, largest.y];
}

export function labelPoints<P>(
  polygons: FeatureCollection<Polygon | MultiPolygon, P>,
): FeatureCollection<Point, P> {
  const features = polygons.features.map((feature): Feature<Point, P> => {
    const shape = feature.geometry;
    const c = centroid(shape);
    const geometry: Point = booleanPointInPolygon(c, shape) ? { type: 'Point', coordinates: c } : pointOnFeature(shape).geometry;
    return { type: 'Feature', geometry, properties: feature.properties };
  });
  return { type: 'FeatureCollection', features };
}
