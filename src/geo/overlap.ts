/**
 * How much of a site lies in a polygon feature: overlap length of a line site and overlap area
 * of an area site, both geodesic (WGS-84). Topology (what is inside) is planar in lon/lat, like
 * point-in-polygon; measures are geodesic.
 *
 * Boundary rule, consistent with `identify`: a stretch of line lying exactly on a border counts
 * for both neighbours.
 */
import { intersect, featureCollection, feature as turfFeature } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { polygonRingsAreaM2 } from './area';
import { distance } from './geodesic';
import { pointInOwner, type PathStore } from './path-store';
import { segmentIntersection } from './planar';
import { pointInSite, siteEdgeIndex, type PreparedSite, type SiteEdgeIndex } from './site';
import geographiclib from 'geographiclib-geodesic';
import { planarRingArea } from './polygon-index';
import type { LonLat } from './types';

/**
 * Geodesic length (metres) of the parts of a line site inside (or on the boundary of) the
 * area `owner` of `target`. Each site segment is split at its crossings with the area's
 * edges; a piece counts when its midpoint is inside or on the boundary.
 */
export function lineOverlapLengthM(site: PreparedSite, target: PathStore, owner: number): number {
  const tc = target.coords;
  const p0 = target.ownerPaths[owner] ?? 0;
  const p1 = target.ownerPaths[owner + 1] ?? 0;
  let total = 0;
  for (const path of site.paths) {
    for (let k = 0; k < path.length - 1; k++) {
      const a = path[k] as LonLat;
      const b = path[k + 1] as LonLat;
      const ts = [0, 1];
      const minX = Math.min(a[0], b[0]);
      const maxX = Math.max(a[0], b[0]);
      const minY = Math.min(a[1], b[1]);
      const maxY = Math.max(a[1], b[1]);
      for (let p = p0; p < p1; p++) {
        const v0 = target.pathStart[p] ?? 0;
        const v1 = target.pathStart[p + 1] ?? 0;
        for (let i = v0; i < v1 - 1; i++) {
          const cx = tc[i * 2] ?? 0;
          const cy = tc[i * 2 + 1] ?? 0;
          const dx = tc[i * 2 + 2] ?? 0;
          const dy = tc[i * 2 + 3] ?? 0;
          if (Math.max(cx, dx) < minX || Math.min(cx, dx) > maxX || Math.max(cy, dy) < minY || Math.min(cy, dy) > maxY) continue;
          const hit = segmentIntersection(a[0], a[1], b[0], b[1], cx, cy, dx, dy);
          if (hit) {
            ts.push(hit[0]);
            // collinear overlap: also its far end
            const u2 = segmentIntersection(b[0], b[1], a[0], a[1], cx, cy, dx, dy);
            if (u2) ts.push(1 - u2[0]);
          }
        }
      }
      ts.sort((x, y) => x - y);
      for (let i = 0; i < ts.length - 1; i++) {
        const t0 = ts[i] ?? 0;
        const t1 = ts[i + 1] ?? 0;
        if (t1 - t0 <= 0) continue;
        const tm = (t0 + t1) / 2;
        const mx = a[0] + tm * (b[0] - a[0]);
        const my = a[1] + tm * (b[1] - a[1]);
        if (pointInOwner(target, owner, mx, my) === 0) continue;
        const q0: LonLat = [a[0] + t0 * (b[0] - a[0]), a[1] + t0 * (b[1] - a[1])];
        const q1: LonLat = [a[0] + t1 * (b[0] - a[0]), a[1] + t1 * (b[1] - a[1])];
        total += distance(q0, q1);
      }
    }
  }
  return total;
}

/**
 * Geodesic area (m²) of the intersection of an area site with a polygon feature geometry.
 * Clipping is planar in lon/lat (turf `intersect`, polyclip-ts); the area of the result is
 * geodesic (GeographicLib). Returns 0 when they only touch.
 */
export function polygonOverlapAreaM2(site: PreparedSite, geometry: Polygon | MultiPolygon): number {
  const sg = site.geometry;
  if (sg.type !== 'Polygon' && sg.type !== 'MultiPolygon') return 0;
  const r = intersect(featureCollection<Polygon | MultiPolygon>([turfFeature(sg), turfFeature(geometry)]));
  const g = r?.geometry;
  if (!g) return 0;
  return g.type === 'Polygon' ? polygonRingsAreaM2(g.coordinates) : g.coordinates.reduce((s, p) => s + polygonRingsAreaM2(p), 0);
}

const WGS84 = geographiclib.Geodesic.WGS84;
/** Edges whose ends lie within this distance (degrees, ≈ 0.1 mm) of each other's line are collinear. */
const COLLINEAR_EPS_DEG = 1e-9;
/** Pieces shorter than this fraction of their edge are round-off slivers and are skipped. */
const PIECE_EPS = 1e-9;
const snap01 = (t: number): number => (t < PIECE_EPS ? 0 : t > 1 - PIECE_EPS ? 1 : t);
const AREA_MASK = geographiclib.Geodesic.AREA;

/** GeographicLib S12: area between the geodesic a→b and the equator, m² (clockwise-positive sum). */
function s12(ax: number, ay: number, bx: number, by: number): number {
  return WGS84.Inverse(ay, ax, by, bx, AREA_MASK).S12 ?? 0;
}

/** Orientation signs of the site's rings (+1 keeps the interior on the left), `paths` order. */
export function siteRingSigns(site: PreparedSite): Int8Array {
  const signs = new Int8Array(site.paths.length);
  let p = 0;
  for (const poly of site.polygons) {
    poly.forEach((_, i) => {
      const v0 = site.store.pathStart[p] ?? 0;
      const v1 = site.store.pathStart[p + 1] ?? 0;
      signs[p] = (i === 0 ? 1 : -1) * (planarRingArea(site.store.coords, v0, v1) < 0 ? -1 : 1);
      p++;
    });
  }
  return signs;
}

/**
 * Pieces of the rings of `a` (owner `ao`) inside the area `b` (owner `bo`): the contribution
 * Σ sign·S12 of those pieces. Pieces lying on `b`'s boundary (collinear shared edges) count when
 * `keepShared` and both boundaries run the same way there (interiors on the same side), so a
 * shared stretch is counted once, from one side only. Returns null on a configuration it cannot
 * classify (a piece on the boundary without a collinear edge), so the caller can fall back to
 * polygon clipping.
 */
function insidePiecesS12(
  a: PathStore,
  ao: number,
  aSigns: Int8Array,
  b: PathStore,
  bo: number,
  bSigns: Int8Array,
  bBox: readonly number[],
  keepShared: boolean,
  bSite: PreparedSite | null = null,
): number | null {
  const bEdges: SiteEdgeIndex | null = bSite ? siteEdgeIndex(bSite) : null;
  const ac = a.coords;
  const bc = b.coords;
  const [bx0 = 0, by0 = 0, bx1 = 0, by1 = 0] = bBox;
  const ap0 = a.ownerPaths[ao] ?? 0;
  const ap1 = a.ownerPaths[ao + 1] ?? 0;
  const bp0 = b.ownerPaths[bo] ?? 0;
  const bp1 = b.ownerPaths[bo + 1] ?? 0;
  let sum = 0;
  const ts: number[] = [];
  const shared: [number, number, boolean][] = [];
  // current edge of a (mutated per edge; `visit` is allocated once per call)
  let x1 = 0;
  let y1 = 0;
  let x2 = 0;
  let y2 = 0;
  let minX = 0;
  let maxX = 0;
  let minY = 0;
  let maxY = 0;
  let sign = 1;
  const visit = (q: number, j: number): void => {
    const cx = bc[j * 2] ?? 0;
    const cy = bc[j * 2 + 1] ?? 0;
    const dx = bc[j * 2 + 2] ?? 0;
    const dy = bc[j * 2 + 3] ?? 0;
    if (Math.max(cx, dx) < minX || Math.min(cx, dx) > maxX || Math.max(cy, dy) < minY || Math.min(cy, dy) > maxY) return;
    const ex = x2 - x1;
    const ey = y2 - y1;
    const len = Math.hypot(ex, ey);
    const offC = Math.abs(ex * (cy - y1) - ey * (cx - x1)) / len;
    const offD = Math.abs(ex * (dy - y1) - ey * (dx - x1)) / len;
    if (offC <= COLLINEAR_EPS_DEG && offD <= COLLINEAR_EPS_DEG) {
      // (near-)collinear: the interval [lo, hi] of this edge lies on b's boundary
      const l2 = len * len;
      const t3 = ((cx - x1) * ex + (cy - y1) * ey) / l2;
      const t4 = ((dx - x1) * ex + (dy - y1) * ey) / l2;
      const lo = snap01(Math.max(0, Math.min(t3, t4)));
      const hi = snap01(Math.min(1, Math.max(t3, t4)));
      if (hi > lo) {
        const same = sign * (bSigns[q] ?? 1) * (ex * (dx - cx) + ey * (dy - cy)) > 0;
        shared.push([lo, hi, same]);
        ts.push(lo, hi);
      } else if (hi === lo) {
        ts.push(lo);
      }
      return;
    }
    const hit = segmentIntersection(x1, y1, x2, y2, cx, cy, dx, dy);
    if (hit) ts.push(hit[0]);
  };
  for (let p = ap0; p < ap1; p++) {
    sign = aSigns[p] ?? 1;
    const v0 = a.pathStart[p] ?? 0;
    const v1 = a.pathStart[p + 1] ?? 0;
    for (let i = v0; i < v1 - 1; i++) {
      x1 = ac[i * 2] ?? 0;
      y1 = ac[i * 2 + 1] ?? 0;
      x2 = ac[i * 2 + 2] ?? 0;
      y2 = ac[i * 2 + 3] ?? 0;
      minX = Math.min(x1, x2);
      maxX = Math.max(x1, x2);
      minY = Math.min(y1, y2);
      maxY = Math.max(y1, y2);
      if (minX > bx1 || maxX < bx0 || minY > by1 || maxY < by0) continue; // wholly outside b
      ts.length = 0;
      shared.length = 0;
      ts.push(0, 1);
      if (bEdges) {
        for (const e of bEdges.tree.search(minX, minY, maxX, maxY)) visit(bEdges.path[e] ?? 0, bEdges.start[e] ?? 0);
      } else {
        for (let q = bp0; q < bp1; q++) {
          const w0 = b.pathStart[q] ?? 0;
          const w1 = b.pathStart[q + 1] ?? 0;
          for (let j = w0; j < w1 - 1; j++) visit(q, j);
        }
      }
      ts.sort((m, n) => m - n);
      for (let k = 0; k < ts.length - 1; k++) {
        const t0 = ts[k] ?? 0;
        const t1 = ts[k + 1] ?? 0;
        if (t1 - t0 <= PIECE_EPS) continue; // round-off sliver between equal crossings
        const tm = (t0 + t1) / 2;
        let include: boolean | null = null;
        for (const [lo, hi, same] of shared) {
          if (tm > lo && tm < hi) {
            include = keepShared && same;
            break;
          }
        }
        if (include === null) {
          const mx = x1 + tm * (x2 - x1);
          const my = y1 + tm * (y2 - y1);
          const inside = bSite ? pointInSite(bSite, mx, my) : pointInOwner(b, bo, mx, my);
          if (inside === 2) return null;
          include = inside === 1;
        }
        if (!include) continue;
        sum += sign * s12(x1 + t0 * (x2 - x1), y1 + t0 * (y2 - y1), x1 + t1 * (x2 - x1), y1 + t1 * (y2 - y1));
      }
    }
  }
  return sum;
}

/**
 * Geodesic area (m²) of the intersection of an area site with area `owner` of `target`, by
 * Green's theorem on the ellipsoid: the boundary of A∩B is the part of ∂A inside B plus the part
 * of ∂B inside A; summing GeographicLib's per-edge S12 over those pieces, oriented with the
 * interior on the left, gives the area exactly as PolygonArea would for the clipped polygon —
 * without building it. Pieces are split where edges cross (planar in lon/lat).
 * Shared (collinear, identical-coordinate) boundary stretches are handled: counted once when both
 * interiors lie on the same side, dropped when the polygons are neighbours there.
 * @returns null on configurations it cannot classify (near-collinear edges that are not exactly
 *   collinear): use {@link polygonOverlapAreaM2} then
 */
export function overlapAreaGreenM2(
  site: PreparedSite,
  siteSigns: Int8Array,
  target: PathStore,
  owner: number,
  targetSigns: Int8Array,
  targetBBox: readonly number[],
): number | null {
  const a = insidePiecesS12(site.store, 0, siteSigns, target, owner, targetSigns, targetBBox, true);
  if (a === null) return null;
  const b = insidePiecesS12(target, owner, targetSigns, site.store, 0, siteSigns, site.bbox, false, site);
  if (b === null) return null;
  return Math.max(0, -(a + b));
}
