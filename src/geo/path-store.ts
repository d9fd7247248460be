/**
 * Flat, typed-array storage of many polylines and polygon rings ("paths"), grouped by owner
 * (feature). One allocation per array instead of millions of small JS arrays; vertices also
 * carry precomputed ECEF coordinates for the tangent-plane screening in `frame.ts`.
 *
 * Rings are stored closed (last vertex = first), so in every path the edges are the pairs of
 * consecutive vertices.
 */
import type { Position } from 'geojson';
import { toEcef } from './frame';

/** Paths of many owners in flat typed arrays. */
export interface PathStore {
  /** `[lon, lat]` of every vertex, interleaved, degrees. */
  coords: Float64Array;
  /** ECEF `[x, y, z]` of every vertex, metres. */
  ecef: Float64Array;
  /** Vertex offset of each path; length = paths + 1. */
  pathStart: Uint32Array;
  /** Path offset of each owner; length = owners + 1. */
  ownerPaths: Uint32Array;
}

/**
 * Build a store from `groups[owner] = paths`, each path a list of positions.
 * @param closeRings when true, a path whose last position differs from its first is closed
 */
export function buildPathStore(groups: readonly (readonly Position[])[][], closeRings: boolean): PathStore {
  let nv = 0;
  let np = 0;
  for (const g of groups) {
    for (const p of g) {
      nv += p.length + (closeRings && !isClosed(p) ? 1 : 0);
      np++;
    }
  }
  const coords = new Float64Array(nv * 2);
  const ecef = new Float64Array(nv * 3);
  const pathStart = new Uint32Array(np + 1);
  const ownerPaths = new Uint32Array(groups.length + 1);
  let v = 0;
  let pi = 0;
  for (let o = 0; o < groups.length; o++) {
    ownerPaths[o] = pi;
    for (const p of groups[o] ?? []) {
      pathStart[pi++] = v;
      const n = p.length;
      const extra = closeRings && !isClosed(p) ? 1 : 0;
      for (let k = 0; k < n + extra; k++) {
        const pos = p[k % n] ?? [NaN, NaN];
        const lon = pos[0] ?? NaN;
        const lat = pos[1] ?? NaN;
        coords[v * 2] = lon;
        coords[v * 2 + 1] = lat;
        toEcef(lon, lat, ecef, v);
        v++;
      }
    }
  }
  pathStart[pi] = v;
  ownerPaths[groups.length] = pi;
  return { coords, ecef, pathStart, ownerPaths };
}

function isClosed(p: readonly Position[]): boolean {
  const a = p[0];
  const b = p[p.length - 1];
  return !!a && !!b && p.length > 1 && a[0] === b[0] && a[1] === b[1];
}

/**
 * Point-in-area test against all paths (rings) of `owner`, planar in lon/lat (edges are
 * straight lines in degrees, as RFC 7946 defines them), even–odd rule: holes and MultiPolygon
 * parts work without knowing which ring is which.
 * @returns 0 outside, 1 strictly inside, 2 on the boundary (within `epsDeg`, default 1e-12°)
 */
export function pointInOwner(s: PathStore, owner: number, lon: number, lat: number, epsDeg = 1e-12): 0 | 1 | 2 {
  const c = s.coords;
  const p0 = s.ownerPaths[owner] ?? 0;
  const p1 = s.ownerPaths[owner + 1] ?? 0;
  let inside = false;
  for (let p = p0; p < p1; p++) {
    const v0 = s.pathStart[p] ?? 0;
    const v1 = s.pathStart[p + 1] ?? 0;
    for (let i = v0; i < v1 - 1; i++) {
      const step = rayStep(c, i, lon, lat, epsDeg);
      if (step === 2) return 2;
      if (step === 1) inside = !inside;
    }
  }
  return inside ? 1 : 0;
}

/**
 * One edge's part in an even-odd point-in-polygon test: the edge from vertex `i` to `i + 1` of
 * `coords` (flat lon/lat pairs). Returns 2 when the point lies on the edge (collinear within
 * `epsDeg` and inside its box), 1 when a ray cast east from the point crosses it, else 0.
 */
export function rayStep(coords: ArrayLike<number>, i: number, lon: number, lat: number, epsDeg: number): 0 | 1 | 2 {
  const ax = coords[i * 2] ?? 0;
  const ay = coords[i * 2 + 1] ?? 0;
  const bx = coords[i * 2 + 2] ?? 0;
  const by = coords[i * 2 + 3] ?? 0;
  if (
    lon >= Math.min(ax, bx) - epsDeg &&
    lon <= Math.max(ax, bx) + epsDeg &&
    lat >= Math.min(ay, by) - epsDeg &&
    lat <= Math.max(ay, by) + epsDeg
  ) {
    const cross = (bx - ax) * (lat - ay) - (by - ay) * (lon - ax);
    const len = Math.hypot(bx - ax, by - ay);
    if (Math.abs(cross) <= epsDeg * Math.max(len, epsDeg)) return 2;
  }
  return ay > lat !== by > lat && lon < ((bx - ax) * (lat - ay)) / (by - ay) + ax ? 1 : 0;
}
