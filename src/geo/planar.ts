/**
 * Planar 2-D helpers. Used in two coordinate spaces, always named at the call site:
 * lon/lat degrees (topology: crossings, point-in-polygon) and tangent-plane metres
 * (screening distances).
 */

/** Squared distance from (px,py) to segment (ax,ay)–(bx,by). */
export function pointSegmentDistSq(
  px: number,
  py: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): number {
  const dx = bx - ax;
  const dy = by - ay;
  const l2 = dx * dx + dy * dy;
  let t = l2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / l2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const x = ax + t * dx - px;
  const y = ay + t * dy - py;
  return x * x + y * y;
}

/**
 * Intersection of segments p1–p2 and p3–p4 (closed segments). Returns the parameters
 * `[t, u]` along each (the first point of contact for collinear overlaps), or null if disjoint.
 */
export function segmentIntersection(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  x3: number,
  y3: number,
  x4: number,
  y4: number,
): [number, number] | null {
  const d1x = x2 - x1;
  const d1y = y2 - y1;
  const d2x = x4 - x3;
  const d2y = y4 - y3;
  const den = d1x * d2y - d1y * d2x;
  const ex = x3 - x1;
  const ey = y3 - y1;
  if (den === 0) {
    // parallel: collinear overlap?
    if (ex * d1y - ey * d1x !== 0) return null;
    const l2 = d1x * d1x + d1y * d1y;
    if (l2 === 0) return null;
    const t3 = (ex * d1x + ey * d1y) / l2;
    const t4 = ((x4 - x1) * d1x + (y4 - y1) * d1y) / l2;
    const lo = Math.max(0, Math.min(t3, t4));
    const hi = Math.min(1, Math.max(t3, t4));
    if (lo > hi) return null;
    const u = t4 !== t3 ? (lo - t3) / (t4 - t3) : 0;
    return [lo, u];
  }
  const t = (ex * d2y - ey * d2x) / den;
  const u = (ex * d1y - ey * d1x) / den;
  if (t < 0 || t > 1 || u < 0 || u > 1) return null;
  return [t, u];
}
