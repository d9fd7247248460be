/**
 * A static spatial index over polygon features (units, districts): Flatbush over feature
 * bounding boxes plus all rings in one flat {@link PathStore}. Built once, queried many times;
 * structured-cloneable except for the Flatbush instance (rebuild it from `tree.data` with
 * `Flatbush.from` after transferring to a worker).
 */
import Flatbush from 'flatbush';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { flatBBox } from './bbox';
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
  /**
   * Per path (ring) of `store`: +1 if walking it in stored order keeps the feature's interior on
   * the left (outer ring counter-clockwise or hole clockwise), −1 otherwise.
   */
  ringSigns: Int8Array;
  /** Lazily filled geodesic area per feature, m² (NaN until first needed). */
  areaM2: Float64Array;
}

/**
 * Build a {@link PolygonIndex} from a FeatureCollection of Polygons/MultiPolygons (WGS-84).
 * O(n log n) in the number of features; O(v) memory in vertices (40 bytes per vertex).
 */
export function buildPolygonIndex<P>(fc: FeatureCollection<Polygon | MultiPolygon, P>): PolygonIndex<P> {
  const features: Feature<Polygon | MultiPolygon, P>[] = [];
  const groups: Position[][][] = [];
  const roles: number[] = [];
  for (const f of fc.features) {
    const g = f.geometry;
    if (!g) continue;
    const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const rings: Position[][] = [];
    const fr: number[] = [];
    for (const poly of polys) {
      poly.forEach((r, i) => {
        if (r.length === 0) return;
        rings.push(r);
        fr.push(i === 0 ? 1 : -1);
      });
    }
    if (rings.length === 0) continue;
    features.push(f);
    groups.push(rings);
    roles.push(...fr);
  }
  const store = buildPathStore(groups, true);
  const bboxes = new Float64Array(features.length * 4);
  for (let o = 0; o < features.length; o++) {
    const v0 = store.pathStart[store.ownerPaths[o] ?? 0] ?? 0;
    const v1 = store.pathStart[store.ownerPaths[o + 1] ?? 0] ?? 0;
    bboxes.set(flatBBox(store.coords, v0, v1), o * 4);
  }
  const all = flatBBox(store.coords);
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
  const ringSigns = new Int8Array(roles.length);
  for (let p = 0; p < roles.length; p++) {
    const a = planarRingArea(store.coords, store.pathStart[p] ?? 0, store.pathStart[p + 1] ?? 0);
    ringSigns[p] = (roles[p] ?? 1) * (a < 0 ? -1 : 1);
  }
  const areaM2 = new Float64Array(features.length).fill(NaN);
  return { features, tree, xScale, bboxes, store, bbox: all, ringSigns, areaM2 };
}

/** Signed planar (shoelace) area of vertices `[v0, v1)` in lon/lat degrees²; > 0 counter-clockwise. */
export function planarRingArea(coords: Float64Array, v0: number, v1: number): number {
  let a = 0;
  const x0 = coords[v0 * 2] ?? 0;
  const y0 = coords[v0 * 2 + 1] ?? 0;
  for (let i = v0; i < v1 - 1; i++) {
    a += ((coords[i * 2] ?? 0) - x0) * ((coords[i * 2 + 3] ?? 0) - y0) - ((coords[i * 2 + 2] ?? 0) - x0) * ((coords[i * 2 + 1] ?? 0) - y0);
  }
  return a / 2;
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

/** Indices of features whose bounding box meets `bbox` `[west, south, east, north]`, ascending. */
export function candidatesInBox<P>(index: PolygonIndex<P>, bbox: BBox): number[] {
  const k = index.xScale;
  return index.tree.search(bbox[0] * k, bbox[1], bbox[2] * k, bbox[3]).sort((a, b) => a - b);
}

/** Features containing `[lon, lat]`; see {@link identifyIndices} for the boundary rule. */
export function identify<P>(index: PolygonIndex<P>, lonLat: LonLat): Feature<Polygon | MultiPolygon, P>[] {
  return identifyIndices(index, lonLat).map((i) => index.features[i] as Feature<Polygon | MultiPolygon, P>);
}
