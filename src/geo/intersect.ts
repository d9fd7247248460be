/**
 * Does a site touch a target (an area's rings or a line's paths)? Planar topology in lon/lat
 * (edges straight in degrees, as in RFC 7946). Returns a *witness* position in the overlap so
 * callers can report "distance 0 at this point".
 */
import { pointInOwner, type PathStore } from './path-store';
import { segmentIntersection } from './planar';
import { pointInSite, siteEdgeIndex, type PreparedSite } from './site';
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
  if (site.kind === 'point') {
    if (!targetIsArea) return null;
    for (const v of site.points) if (pointInOwner(target, owner, v[0], v[1]) !== 0) return [v[0], v[1]];
    return null;
  }
  const x = edgeCrossing(site, target, owner, targetBBox);
  if (x) return x;
  // no edges cross or touch: each site path lies wholly inside or outside the target area, and
  // each target path wholly inside or outside the site area — one vertex per path decides
  const ss = site.store;
  if (targetIsArea) {
    const np = (ss.ownerPaths[1] ?? 0) - (ss.ownerPaths[0] ?? 0);
    for (let p = 0; p < np; p++) {
      const v = ss.pathStart[p] ?? 0;
      const lon = ss.coords[v * 2] ?? NaN;
      const lat = ss.coords[v * 2 + 1] ?? NaN;
      if (pointInOwner(target, owner, lon, lat) !== 0) return [lon, lat];
    }
  }
  if (site.kind === 'polygon') {
    const tc = target.coords;
    const p0 = target.ownerPaths[owner] ?? 0;
    const p1 = target.ownerPaths[owner + 1] ?? 0;
    for (let p = p0; p < p1; p++) {
      const v = target.pathStart[p] ?? 0;
      const lon = tc[v * 2] ?? NaN;
      const lat = tc[v * 2 + 1] ?? NaN;
      if (pointInSite(site, lon, lat) !== 0) return [lon, lat];
    }
  }
  return null;
}

/**
 * First crossing or touching point of the site's edges with the target owner's edges (planar in
 * lon/lat), or null. Collinear overlaps count.
 * @param targetBBox the owner's box, for a one-probe early exit
 */
export function edgeCrossing(
  site: PreparedSite,
  target: PathStore,
  owner: number,
  targetBBox?: ArrayLike<number>,
): LonLat | null {
  const [sx0, sy0, sx1, sy1] = site.bbox;
  const idx = siteEdgeIndex(site);
  if (!idx) return null;
  // no site edge near the target's box: nothing can cross (one tree probe instead of one per edge)
  if (targetBBox && !idx.tree.collides(targetBBox[0] ?? 0, targetBBox[1] ?? 0, targetBBox[2] ?? 0, targetBBox[3] ?? 0)) return null;
  const tc = target.coords;
  const sc = site.store.coords;
  const p0 = target.ownerPaths[owner] ?? 0;
  const p1 = target.ownerPaths[owner + 1] ?? 0;
  for (let p = p0; p < p1; p++) {
    const v0 = target.pathStart[p] ?? 0;
    const v1 = target.pathStart[p + 1] ?? 0;
    for (let i = v0; i < v1 - 1; i++) {
      const ax = tc[i * 2] ?? 0;
      const ay = tc[i * 2 + 1] ?? 0;
      const bx = tc[i * 2 + 2] ?? 0;
      const by = tc[i * 2 + 3] ?? 0;
      const minX = Math.min(ax, bx);
      const maxX = Math.max(ax, bx);
      const minY = Math.min(ay, by);
      const maxY = Math.max(ay, by);
      if (minX > sx1 || maxX < sx0 || minY > sy1 || maxY < sy0) continue;
      for (const e of idx.tree.search(minX, minY, maxX, maxY)) {
        const j = idx.start[e] ?? 0;
        const hit = segmentIntersection(ax, ay, bx, by, sc[j * 2] ?? 0, sc[j * 2 + 1] ?? 0, sc[j * 2 + 2] ?? 0, sc[j * 2 + 3] ?? 0);
        if (hit) return [ax + hit[0] * (bx - ax), ay + hit[0] * (by - ay)];
      }
    }
  }
  return null;
}
