/**
 * One site from the features of an uploaded file. Planners upload a parcel outline, a pipeline
 * route or a few boreholes; files often carry extra layers (labels, points on the outline). The
 * most telling kind wins: areas over lines over points. Everything of that kind becomes one
 * (Multi)geometry, so a site split into two parcels is checked as one project. Parcels that
 * overlap or touch are merged first: the site check rejects self-overlapping multipolygons.
 */
import { featureCollection, polygon, union } from '@turf/turf';
import Flatbush from 'flatbush';
import type { Feature, Geometry, LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { flatBBox } from './bbox';
import { GeoInputError } from './errors';
import { checkSiteLimits, DEFAULT_SITE_LIMITS } from './site-limits';

export type SiteGeometry = Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon;

function flatten(geometry: Geometry | null, out: { areas: Position[][][]; lines: Position[][]; points: Position[] }): void {
  if (!geometry) return;
  switch (geometry.type) {
    case 'Point':
      out.points.push(geometry.coordinates);
      break;
    case 'MultiPoint':
      out.points.push(...geometry.coordinates);
      break;
    case 'LineString':
      out.lines.push(geometry.coordinates);
      break;
    case 'MultiLineString':
      out.lines.push(...geometry.coordinates);
      break;
    case 'Polygon':
      out.areas.push(geometry.coordinates);
      break;
    case 'MultiPolygon':
      out.areas.push(...geometry.coordinates);
      break;
    case 'GeometryCollection':
      for (const g of geometry.geometries) flatten(g, out);
      break;
  }
}

/** What kinds a file held, so the UI can say what was used and what was left out. */
export interface SiteFromFeatures {
  geometry: SiteGeometry;
  used: 'areas' | 'lines' | 'points';
  counts: { areas: number; lines: number; points: number };
}

/** @throws {GeoInputError} `empty-geometry` when no feature has a geometry. */
export function siteFromFeatures(features: readonly Feature[]): SiteFromFeatures {
  const parts = { areas: [] as Position[][][], lines: [] as Position[][], points: [] as Position[] };
  for (const f of features) flatten(f.geometry, parts);
  const counts = { areas: parts.areas.length, lines: parts.lines.length, points: parts.points.length };
  if (parts.areas.length) {
    return { geometry: mergeParcels(parts.areas), used: 'areas', counts };
  }
  if (parts.lines.length) {
    const geometry: SiteGeometry =
      parts.lines.length === 1 ? { type: 'LineString', coordinates: parts.lines[0]! } : { type: 'MultiLineString', coordinates: parts.lines };
    return { geometry, used: 'lines', counts };
  }
  if (parts.points.length) {
    const geometry: SiteGeometry =
      parts.points.length === 1 ? { type: 'Point', coordinates: parts.points[0]! } : { type: 'MultiPoint', coordinates: parts.points };
    return { geometry, used: 'points', counts };
  }
  throw new GeoInputError('empty-geometry', 'the file has no feature with a geometry');
}

/**
 * Groups of parcels whose boxes meet, directly or through others (union–find over a Flatbush):
 * only parcels in one group can overlap or touch. In file order, each group by its first parcel.
 */
function groupsOfMeetingBoxes(areas: Position[][][]): number[][] {
  const boxes = areas.map((rings) => flatBBox((rings[0] ?? []).flatMap(([x, y]) => [x!, y!])));
  const index = new Flatbush(areas.length);
  for (const b of boxes) index.add(b[0], b[1], b[2], b[3]);
  index.finish();
  const parent = areas.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  boxes.forEach((b, i) => {
    for (const j of index.search(b[0], b[1], b[2], b[3])) {
      const [a, c] = [root(i), root(j)];
      if (a !== c) parent[Math.max(a, c)] = Math.min(a, c);
    }
  });
  const groups = new Map<number, number[]>();
  areas.forEach((_, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(i);
    else groups.set(r, [i]);
  });
  return [...groups.values()];
}

function mergeParcels(areas: Position[][][]): Polygon | MultiPolygon {
  if (areas.length === 1) return { type: 'Polygon', coordinates: areas[0]! };
  // The union's cost grows with the vertices: refuse what the site check would refuse anyway, first.
  checkSiteLimits({ type: 'MultiPolygon', coordinates: areas }, { ...DEFAULT_SITE_LIMITS, maxDensifiedVertices: Infinity });
  // Union only where boxes meet: 4,500 separate parcels took seconds through one union of all.
  const parts: Position[][][] = [];
  for (const group of groupsOfMeetingBoxes(areas)) {
    if (group.length === 1) {
      parts.push(areas[group[0]!]!);
      continue;
    }
    const merged = union(featureCollection(group.map((i) => polygon(areas[i]!))));
    if (!merged) group.forEach((i) => parts.push(areas[i]!));
    else if (merged.geometry.type === 'Polygon') parts.push(merged.geometry.coordinates);
    else parts.push(...merged.geometry.coordinates);
  }
  return parts.length === 1 ? { type: 'Polygon', coordinates: parts[0]! } : { type: 'MultiPolygon', coordinates: parts };
}
