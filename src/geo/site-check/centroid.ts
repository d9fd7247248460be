/** Where a site sits, for labels and links (see {@link centroidOf}). */
import type { PreparedSite } from '../site';
import type { LonLat } from '../types';

/** Planar lon/lat centroid of a site: area-weighted, length-weighted or the mean of its points. */
export function centroidOf(s: PreparedSite): LonLat {
  if (s.kind === 'polygon') {
    // area-weighted planar centroid; outer rings add, holes subtract, whatever their orientation
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (const poly of s.polygons) {
      poly.forEach((ring, ri) => {
        let ra = 0;
        let rx = 0;
        let ry = 0;
        for (let i = 0; i < ring.length - 1; i++) {
          const p = ring[i] as LonLat;
          const q = ring[i + 1] as LonLat;
          const x0 = p[0] - s.center[0];
          const y0 = p[1] - s.center[1];
          const x1 = q[0] - s.center[0];
          const y1 = q[1] - s.center[1];
          const cr = x0 * y1 - x1 * y0;
          ra += cr;
          rx += (x0 + x1) * cr;
          ry += (y0 + y1) * cr;
        }
        const sign = (ri === 0 ? 1 : -1) * Math.sign(ra);
        a += sign * ra;
        cx += sign * rx;
        cy += sign * ry;
      });
    }
    if (a !== 0) return [s.center[0] + cx / (3 * a), s.center[1] + cy / (3 * a)];
    return s.center;
  }
  if (s.kind === 'line') {
    let w = 0;
    let cx = 0;
    let cy = 0;
    for (const path of s.paths) {
      for (let i = 0; i < path.length - 1; i++) {
        const p = path[i] as LonLat;
        const q = path[i + 1] as LonLat;
        const l = Math.hypot(q[0] - p[0], q[1] - p[1]);
        w += l;
        cx += ((p[0] + q[0]) / 2) * l;
        cy += ((p[1] + q[1]) / 2) * l;
      }
    }
    return w > 0 ? [cx / w, cy / w] : s.center;
  }
  const n = s.points.length;
  return [s.points.reduce((t, p) => t + p[0], 0) / n, s.points.reduce((t, p) => t + p[1], 0) / n];
}
