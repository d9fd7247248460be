/**
 * A static spatial index over polygon features (units, districts): Flatbush over feature
 * bounding boxes plus all rings in one flat {@link PathStore}. Built once, queried many times;
 * structured-cloneable except for the Flatbush instance (rebuild it from `tree.data` with
 * `Flatbush.from` after transferring to a worker).
 */
import Flatbush from 'flatbush';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { buildPathStore, pointInOwner, type PathStore } from './path-store';
import type { BBox, LonLat } from './types';

/** Index over polygon features with properties `P`. */
export interface PolygonIndex<P> {
  /** The indexed features, in index order (features with empty geometry are left out). */
  features: Feature<Polygon | MultiPolygon, P>[];
  /** Flatbush over feature boxes in the *scaled* plane `(lon·xScale, lat)`. */
  tree: Flatbush;
  /** `cos(max |lat|)` of the data: x scale that makes a scaled degree ≤ a latitude degree in metres. */
  xScale: number;
  /** Feature boxes in plain degrees, 4 per feature `[minLon, minLat, maxLon, maxLat]`. */
  bboxes: Float64Array;
  /** All rings, owner = feature index. */
  store: PathStore;
  /** Box of all features, degrees. */
  bbox: BBox;
}

/**
 * Build a {@link PolygonIndex} from a FeatureCollection of Polygons/MultiPolygons (WGS-84).
 * O(n log n) in the number of features; O(v) memory in vertices (40 bytes per vertex).
 */
export function buildPolygonIndex<P>(fc: FeatureCollection<Polygon | MultiPolygon, P>): PolygonIndex<P> {
  const features: Feature<Polygon | MultiPolygon, P>[] = [];
  const groups: Position[][][] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g) continue;
    const rings: Position[][] =
      g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
    const nonEmpty = rings.filter((r) => r.length > 0);
    if (nonEmpty.length === 0) continue;
    features.push(f);
    groups.push(nonEmpty);
  }
  const store = buildPathStore(groups, true);
  const bboxes = new Float64Array(features.length * 4);
  const all: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (let o = 0; o < features.length; o++) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const v0 = store.pathStart[store.ownerPaths[o] ?? 0] ?? 0;
    const v1 = store.pathStart[store.ownerPaths[o + 1] ?? 0] ?? 0;
    for (let i = v0; i < v1; i++) {
      const x = store.coords[i * 2] ?? NaN;
      const y = store.coords[i * 2 + 1] ?? NaN;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    bboxes.set([minX, minY, maxX, maxY], o * 4);
    all[0] = Math.min(all[0], minX);
    all[1] = Math.min(all[1], minY);
    all[2] = Math.max(all[2], maxX);
    all[3] = Math.max(all[3], maxY);
  }
  const maxAbsLat = features.length ? Math.min(89, Math.max(Math.abs(all[1]), Math.abs(all[3]))) : 0;
  const xScale = Math.cos((maxAbsLat * Math.PI) / 180);
  const tree = new Flatbush(Math.max(1, features.length));
  for (let o = 0; o < features.length; o++) {
    tree.add(
      (bboxes[o * 4] ?? 0) * xScale,
      bboxes[o * 4 + 1] ?? 0,
      (bboxes[o * 4 + 2] ?? 0) * xScale,
      bboxes[o * 4 + 3] ?? 0,
    );
  }
  if (features.length === 0) tree.add(Infinity, Infinity, Infinity, Infinity);
  tree.finish();
  return { features, tree, xScale, bboxes, store, bbox: all };
}

/**
 * Indices of features whose area contains `[lon, lat]` (planar point-in-polygon in lon/lat,
 * even–odd over all rings, so holes and MultiPolygon parts are handled).
 *
 * Boundary rule: a point on a shared border (within 1e-12°, ≈0.1 µm) is inside *both*
 * neighbours — the caller sees every unit whose rules may apply. A point in a hole is not inside.
 */
export function identifyIndices<P>(index: PolygonIndex<P>, lonLat: LonLat): number[] {
  const [lon, lat] = lonLat;
  if (!Number.isFinite(lon) || !Number.isFinite(lat) || index.features.length === 0) return [];
  const x = lon * index.xScale;
  const out: number[] = [];
  for (const i of index.tree.search(x, lat, x, lat)) {
    if (pointInOwner(index.store, i, lon, lat) !== 0) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/** Features containing `[lon, lat]`; see {@link identifyIndices} for the boundary rule. */
export function identify<P>(index: PolygonIndex<P>, lonLat: LonLat): Feature<Polygon | MultiPolygon, P>[] {
  return identifyIndices(index, lonLat).map((i) => index.features[i] as Feature<Polygon | MultiPolygon, P>);
}
