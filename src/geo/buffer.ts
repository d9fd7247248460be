/**
 * Geodesic buffers (WGS-84), returned as GeoJSON polygons with counter-clockwise outer rings.
 *
 * - Point: a geodesic circle — `steps` vertices from GeographicLib Direct at equal azimuths, so
 *   every vertex is exactly `radiusM` from the centre (chords between vertices cut inside by
 *   r·(1 − cos(π/steps)), 0.12 % for 64 steps).
 * - Lines, polygons, multi-points: the planar buffer, computed by JTS (jsts `BufferOp`: offset
 *   curves, noded once, O(n log n) for a site that does not fold over itself) in an ellipsoidal
 *   azimuthal-equidistant frame centred on the site (`aeqd.ts`), then projected back. Error: AEQD
 *   distortion ≈ (ρ/R)²/6 relative at ρ = site radius + buffer radius (≈10⁻⁵ for 50 km) plus the
 *   same chord error as above. (A union of one capsule per edge, as before, took minutes for a
 *   1,000-vertex route and failed on some.) A site of thousands of parts or folds can still take
 *   long: callers run this in a worker with a time limit (`state/site-bands.ts`).
 * Only outward buffers (radius > 0) are supported.
 */
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import GeoJSONWriter from 'jsts/org/locationtech/jts/io/GeoJSONWriter.js';
import BufferOp from 'jsts/org/locationtech/jts/operation/buffer/BufferOp.js';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { aeqdForward, aeqdInverse } from './aeqd';
import { destination } from './geodesic';
import { prepareSite, type PreparedSite } from './site';
import type { LonLat } from './types';

/**
 * Geodesic circle of `radiusM` metres around `center`, as a Polygon with `steps` vertices.
 * @param steps vertices on the circle (default 64, minimum 8)
 */
export function geodesicCircle(center: LonLat, radiusM: number, steps = 64): Polygon {
  const n = Math.max(8, Math.floor(steps));
  const ring: Position[] = [];
  // azimuth decreasing = counter-clockwise
  for (let i = 0; i < n; i++) ring.push(destination(center, 360 - (360 * i) / n, radiusM));
  ring.push(ring[0] as Position);
  return { type: 'Polygon', coordinates: [ring] };
}

/**
 * Geodesic buffer of any site geometry by `radiusM` metres (> 0).
 * @param steps vertices per full circle (default 64)
 * @returns a Polygon or MultiPolygon in WGS-84 lon/lat
 * @throws {GeoInputError} for degenerate input; RangeError for radiusM ≤ 0
 */
export function geodesicBuffer(
  site: Feature | Geometry | PreparedSite,
  radiusM: number,
  steps = 64,
): Polygon | MultiPolygon {
  if (!(radiusM > 0) || !Number.isFinite(radiusM)) throw new RangeError('radiusM must be a positive number of metres');
  const s = prepareSite(site);
  if (s.kind === 'point' && s.points.length === 1) return geodesicCircle(s.points[0] as LonLat, radiusM, steps);
  const c = s.center;
  const proj = (p: LonLat): Position => aeqdForward(c, p);
  // the densified paths and polygons, so that straight lines in the frame follow the geodesics
  const planar =
    s.kind === 'point'
      ? { type: 'MultiPoint', coordinates: s.points.map(proj) }
      : s.kind === 'line'
        ? { type: 'MultiLineString', coordinates: s.paths.map((path) => path.map(proj)) }
        : { type: 'MultiPolygon', coordinates: s.polygons.map((rings) => rings.map((ring) => ring.map(proj))) };
  const buffered = BufferOp.bufferOp(new GeoJSONReader().read(planar), radiusM, Math.max(2, Math.round(steps / 4)));
  const g = new GeoJSONWriter().write(buffered) as Polygon | MultiPolygon;
  if ((g.type !== 'Polygon' && g.type !== 'MultiPolygon') || g.coordinates.length === 0) throw new RangeError('buffer produced no geometry');
  // JTS writes outer rings clockwise: reversed, they follow the right-hand rule of RFC 7946.
  const back = (rings: Position[][]): Position[][] => rings.map((r) => r.map((p) => aeqdInverse(c, p)).reverse());
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: back(g.coordinates) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map(back) };
}

/** Buffers of one site at several radii (e.g. the 1 km and 5 km bands), in input order. */
export function geodesicBuffers(site: Feature | Geometry | PreparedSite, radiiM: readonly number[], steps = 64): (Polygon | MultiPolygon)[] {
  const s = prepareSite(site);
  return radiiM.map((r) => geodesicBuffer(s, r, steps));
}
