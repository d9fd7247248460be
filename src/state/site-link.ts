/**
 * Encodes a project site compactly for the URL: a kind letter (P point, M points, L line, A area),
 * then each ring or path as a Google encoded polyline at 1e-6° (≈0.1 m), rings joined by ","
 * and polygons by "!".
 * Example: a 5-vertex square becomes about 40 characters instead of 200 of JSON.
 */
import polyline from '@mapbox/polyline';
import type { Geometry, Position } from 'geojson';
import type { SiteGeometry } from '../geo/upload-site';

export type { SiteGeometry };

/** Beyond this many characters a link stops being shareable (chat apps and some browsers cut it). */
export const MAX_SITE_LINK_CHARS = 6000;
const PRECISION = 6;

const encodePath = (path: Position[]) => polyline.encode(path.map(([lon, lat]) => [lat!, lon!]), PRECISION);
const decodePath = (text: string): Position[] => polyline.decode(text, PRECISION).map(([lat, lon]) => [lon, lat]);

export function encodeSite(geometry: SiteGeometry): string {
  switch (geometry.type) {
    case 'Point':
      return `P${encodePath([geometry.coordinates])}`;
    case 'MultiPoint':
      return `M${encodePath(geometry.coordinates)}`;
    case 'LineString':
      return `L${encodePath(geometry.coordinates)}`;
    case 'MultiLineString':
      return `L${geometry.coordinates.map(encodePath).join(',')}`;
    case 'Polygon':
      return `A${geometry.coordinates.map(encodePath).join(',')}`;
    case 'MultiPolygon':
      return `A${geometry.coordinates.map((poly) => poly.map(encodePath).join(',')).join('!')}`;
  }
}

function vertexCount(geometry: SiteGeometry): number {
  const count = (x: unknown): number => (Array.isArray(x) ? (typeof x[0] === 'number' ? 1 : x.reduce((n: number, y) => n + count(y), 0)) : 0);
  return count(geometry.coordinates);
}

/** The encoded site, or null when it is too long for a link. */
export function siteLink(geometry: SiteGeometry): string | null {
  // Every vertex takes at least one character per coordinate: a site of more than half the limit
  // cannot fit, and is not encoded (50,000 vertices took 200 ms).
  if (vertexCount(geometry) * 2 > MAX_SITE_LINK_CHARS) return null;
  const text = encodeSite(geometry);
  return text.length <= MAX_SITE_LINK_CHARS ? text : null;
}

/** Decodes a site from a link; returns null for anything malformed instead of throwing. */
export function decodeSite(text: string | null): SiteGeometry | null {
  if (!text || text.length > MAX_SITE_LINK_CHARS + 1) return null;
  try {
    const kind = text[0];
    const body = text.slice(1);
    const valid = (p: Position) => Number.isFinite(p[0]) && Number.isFinite(p[1]) && Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90;
    const paths = (s: string) => s.split(',').map(decodePath);
    let geometry: Exclude<Geometry, { type: 'GeometryCollection' }>;
    if (kind === 'P') {
      const [point] = decodePath(body);
      if (!point) return null;
      geometry = { type: 'Point', coordinates: point };
    } else if (kind === 'M') {
      const points = decodePath(body);
      if (!points.length) return null;
      geometry = { type: 'MultiPoint', coordinates: points };
    } else if (kind === 'L') {
      const lines = paths(body);
      geometry = lines.length === 1 ? { type: 'LineString', coordinates: lines[0]! } : { type: 'MultiLineString', coordinates: lines };
    } else if (kind === 'A') {
      const polygons = body.split('!').map(paths);
      geometry = polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
    } else {
      return null;
    }
    const positions = (geometry.coordinates as unknown[]).flat(3) as number[];
    if (!positions.length) return null;
    for (let i = 0; i < positions.length; i += 2) {
      if (!valid([positions[i]!, positions[i + 1]!])) return null;
    }
    return geometry as SiteGeometry;
  } catch {
    return null;
  }
}
