/**
 * Does a site touch a target (an area's rings or a line's paths)? Planar topology in lon/lat
 * (edges straight in degrees, as in RFC 7946). Returns a *witness* position in the overlap so
 * callers can report "distance 0 at this point".
 */
import { pointInOwner, type PathStore } from './path-store';
import { segmentIntersection } from './planar';
import type { PreparedSite } from './site';
import type { LonLat } from './types';

/**
 * A position shared by `site` and the target `owner` of `target`, or null if they are disjoint.
 * @param targetIsArea true when the target's paths are rings of an area (then a site vertex
 *   inside the area counts), false for lines (rivers)
 */
export function intersectWitness(
  site: PreparedSite,
  target: PathStore,
  owner: number,
  targetIsArea: boolean,
  targetBBox?: ArrayLike<number>,
): LonLat | null {
  const [sx0, sy0, sx1, sy1] = site.bbox;
  if (targetBBox) {
    const [tx0 = 0, ty0 = 0, tx1 = 0, ty1 = 0] = [targetBBox[0], targetBBox[1], targetBBox[2], targetBBox[3]];
    if (tx0 > sx1 || tx1 < sx0 || ty0 > sy1 || ty1 < sy0) return null;
  }
  if (targetIsArea) {
    for (const v of site.vertices) {
      if (pointInOwner(target, owner, v[0], v[1]) !== 0) return [v[0], v[1]];
    }
  }
  const tc = target.coords;
  const p0 = target.ownerPaths[owner] ?? 0;
  const p1 = target.ownerPaths[owner + 1] ?? 0;
  if (site.kind === 'polygon') {
    for (let p = p0; p < p1; p++) {
      const v = target.pathStart[p] ?? 0;
      const x = tc[v * 2] ?? NaN;
      const y = tc[v * 2 + 1] ?? NaN;
      if (pointInOwner(site.store, 0, x, y) !== 0) return [x, y];
    }
  }
  if (site.kind === 'point') return null;
  return edgeCrossing(site, target, owner);
}

/**
 * First crossing or touching point of the site's edges with the target owner's edges (planar in
 * lon/lat), or null. Collinear overlaps count.
 */
export function edgeCrossing(site: PreparedSite, target: PathStore, owner: number): LonLat | null {
  const [sx0, sy0, sx1, sy1] = site.bbox;
  const tc = target.coords;
  const p0 = target.ownerPaths[owner] ?? 0;
  const p1 = target.ownerPaths[owner + 1] ?? 0;
  // edge crossings
  const ss = site.store;
  const sc = ss.coords;
  const nsp = (ss.ownerPaths[1] ?? 0) - (ss.ownerPaths[0] ?? 0);
  for (let p = p0; p < p1; p++) {
    const v0 = target.pathStart[p] ?? 0;
    const v1 = target.pathStart[p + 1] ?? 0;
    for (let i = v0; i < v1 - 1; i++) {
      const ax = tc[i * 2] ?? 0;
      const ay = tc[i * 2 + 1] ?? 0;
      const bx = tc[i * 2 + 2] ?? 0;
      const by = tc[i * 2 + 3] ?? 0;
      if (Math.min(ax, bx) > sx1 || Math.max(ax, bx) < sx0 || Math.min(ay, by) > sy1 || Math.max(ay, by) < sy0) continue;
      for (let q = 0; q < nsp; q++) {
        const w0 = ss.pathStart[q] ?? 0;
        const w1 = ss.pathStart[q + 1] ?? 0;
        for (let j = w0; j < w1 - 1; j++) {
          const cx = sc[j * 2] ?? 0;
          const cy = sc[j * 2 + 1] ?? 0;
          const dx = sc[j * 2 + 2] ?? 0;
          const dy = sc[j * 2 + 3] ?? 0;
          if (Math.max(cx, dx) < Math.min(ax, bx) || Math.min(cx, dx) > Math.max(ax, bx)) continue;
          if (Math.max(cy, dy) < Math.min(ay, by) || Math.min(cy, dy) > Math.max(ay, by)) continue;
          const hit = segmentIntersection(ax, ay, bx, by, cx, cy, dx, dy);
          if (hit) return [ax + hit[0] * (bx - ax), ay + hit[0] * (by - ay)];
        }
      }
    }
  }
  return null;
}
