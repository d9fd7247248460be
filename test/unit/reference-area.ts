/**
 * Independent reference for geodesic areas: GeographicLib's PolygonArea called directly, ring by
 * ring (outer minus holes), without going through src/geo's area code.
 */
import geographiclib from 'geographiclib-geodesic';
import type { Feature, Geometry, Position } from 'geojson';

const { Geodesic } = geographiclib;

function ringArea(ring: Position[]): number {
  const poly = Geodesic.WGS84.Polygon(false);
  for (const [lon, lat] of ring.slice(0, -1)) poly.AddPoint(lat!, lon!);
  return Math.abs(poly.Compute(false, true).area ?? NaN);
}

const polygonArea = (rings: Position[][]) => rings.reduce((t, r, i) => t + (i === 0 ? 1 : -1) * ringArea(r), 0);

/** Geodesic area on WGS-84, m², of a (Multi)Polygon feature or geometry. */
export function referenceAreaM2(g: Feature | Geometry): number {
  const geometry = g.type === 'Feature' ? g.geometry : g;
  if (geometry.type === 'Polygon') return polygonArea(geometry.coordinates);
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.reduce((t, p) => t + polygonArea(p), 0);
  throw new Error(`no area for ${geometry.type}`);
}
