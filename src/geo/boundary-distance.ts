/**
 * Geodesic distance from a site to the paths (polygon boundaries or polylines) of indexed
 * owners, in two stages:
 *
 * 1. **Screen** every edge pair in a local tangent-plane frame at the site (see `frame.ts`):
 *    site vertex → target edge and target vertex → site edge, planar, metres. These under- or
 *    over-estimate the geodesic distance by a relative error below {@link screenMargin}.
 * 2. **Refine** every pair whose screened distance is within that margin of the best one with
 *    exact WGS-84 geodesic point-to-segment distances ({@link pointToSegment}).
 *
 * The minimum over vertex→edge pairs equals the distance between two non-crossing polylines;
 * crossings/containment must be detected first (`intersect.ts`), where the distance is 0.
 */
import { flatBBox } from './bbox';
import { localFrame, projectEcef, type LocalFrame } from './frame';
import { pointToSegment } from './geodesic';
import type { PathStore } from './path-store';
import { pointSegmentDistSq } from './planar';
import type { PreparedSite } from './site';
import type { LonLat } from './types';

/** Shared projection buffer (queries are synchronous, so one per module suffices). */
let scratch = new Float64Array(4096);

/** Mean Earth radius used only for the angular size in error margins, metres. */
const R = 6371008.8;

/**
 * Relative screening error bound for distances up to `dM` from a site of radius `siteRadiusM`:
 * 10⁻⁴ + θ²/2 (θ = angular extent, radians), four times the tangent-plane error ≈ θ²/8 of
 * `frame.ts` plus a floor for the curvature of long geodesic edges; an absolute 0.5 m is added
 * by the caller. Validated against an exhaustive exact search in the unit tests.
 */
export function screenMargin(dM: number, siteRadiusM: number): number {
  const theta = (dM + 2 * siteRadiusM) / R;
  return 1e-4 + 0.5 * theta * theta;
}

/** Exact result of a distance search. */
export interface PathDistance {
  /** Owner (feature index) of the closest path. */
  owner: number;
  /** Geodesic distance, metres. */
  distanceM: number;
  /** Closest position on the site. */
  from: LonLat;
  /** Closest position on the target. */
  to: LonLat;
  /**
   * Global vertex index in the target store: the start of the closest target edge (when `to`
   * lies on that edge), or the closest target vertex itself.
   */
  targetVertex: number;
}

/**
 * Incremental nearest-path search over owners of one {@link PathStore}. Feed candidate owners
 * with {@link BoundaryDistanceSearch.add} (in any order), read {@link upperBoundM} to stop early,
 * then call {@link BoundaryDistanceSearch.finish} for the exact geodesic answer.
 */
export class BoundaryDistanceSearch {
  readonly site: PreparedSite;
  readonly target: PathStore;
  private readonly frame: LocalFrame;
  private readonly siteXY: Float64Array;
  private readonly siteBox: [number, number, number, number];
  /** Best screened (tangent-plane) distance so far, metres. */
  bestScreenM = Infinity;
  // candidate pairs: owner, kind (0 = site vertex→target edge, 1 = target vertex→site edge), i, j, d
  private pOwner: number[] = [];
  private pKind: number[] = [];
  private pSite: number[] = [];
  private pTarget: number[] = [];
  private pDist: number[] = [];

  constructor(site: PreparedSite, target: PathStore) {
    this.site = site;
    this.target = target;
    this.frame = localFrame(site.center[0], site.center[1]);
    const ss = site.store;
    const n = ss.coords.length / 2;
    this.siteXY = new Float64Array(n * 2);
    projectEcef(this.frame, ss.ecef, 0, n, this.siteXY);
    this.siteBox = flatBBox(this.siteXY);
  }

  /** Threshold under which screened pairs are kept: best·(1+margin) + 0.5 m. */
  private threshold(): number {
    const b = this.bestScreenM;
    return b === Infinity ? Infinity : b * (1 + screenMargin(b, this.site.radiusM)) + 0.5;
  }

  /**
   * An upper bound of the true geodesic distance to the nearest owner added so far, metres
   * (the best screened distance inflated by the screening margin).
   */
  upperBoundM(): number {
    return this.threshold();
  }

  /**
   * Screen all edges of `owner`.
   * @returns the owner's screened distance (metres), or Infinity if pruned
   */
  add(owner: number): number {
    const t = this.target;
    const p0 = t.ownerPaths[owner] ?? 0;
    const p1 = t.ownerPaths[owner + 1] ?? 0;
    const v0 = t.pathStart[p0] ?? 0;
    const v1 = t.pathStart[p1] ?? 0;
    const nv = v1 - v0;
    if (scratch.length < nv * 2) scratch = new Float64Array(nv * 4);
    const xy = scratch;
    projectEcef(this.frame, t.ecef, v0, v1, xy);
    const sxy = this.siteXY;
    const ns = sxy.length / 2;
    const [bx0, by0, bx1, by1] = this.siteBox;
    const ss = this.site.store;
    const nsp = (ss.ownerPaths[1] ?? 0) - (ss.ownerPaths[0] ?? 0);
    let ownerBest = Infinity;
    // seed the prune threshold with the nearest vertex to the first site vertex: a true upper bound
    const fx = sxy[0] ?? 0;
    const fy = sxy[1] ?? 0;
    let seed = Infinity;
    for (let i = 0; i < nv; i++) {
      const ex = (xy[i * 2] ?? 0) - fx;
      const ey = (xy[i * 2 + 1] ?? 0) - fy;
      const d2 = ex * ex + ey * ey;
      if (d2 < seed) seed = d2;
    }
    seed = Math.sqrt(seed);
    let thr = Math.min(this.threshold(), seed * (1 + screenMargin(seed, this.site.radiusM)) + 0.5);
    // (a) site vertices → target edges
    for (let p = p0; p < p1; p++) {
      const a0 = (t.pathStart[p] ?? 0) - v0;
      const a1 = (t.pathStart[p + 1] ?? 0) - v0;
      for (let i = a0; i < a1 - 1; i++) {
        const ax = xy[i * 2] ?? 0;
        const ay = xy[i * 2 + 1] ?? 0;
        const bx = xy[i * 2 + 2] ?? 0;
        const by = xy[i * 2 + 3] ?? 0;
        // box-to-box gap lower bound
        const gx = Math.max(Math.min(ax, bx) - bx1, bx0 - Math.max(ax, bx), 0);
        const gy = Math.max(Math.min(ay, by) - by1, by0 - Math.max(ay, by), 0);
        if (gx * gx + gy * gy > thr * thr) continue;
        for (let s = 0; s < ns; s++) {
          const d = Math.sqrt(pointSegmentDistSq(sxy[s * 2] ?? 0, sxy[s * 2 + 1] ?? 0, ax, ay, bx, by));
          if (d <= thr) {
            this.push(owner, 0, s, v0 + i, d);
            if (d < this.bestScreenM) {
              this.bestScreenM = d;
              thr = this.threshold();
            }
          }
          if (d < ownerBest) ownerBest = d;
        }
      }
    }
    // (b) target vertices → site edges
    if (nsp > 0 && this.site.kind !== 'point') {
      for (let i = 0; i < nv; i++) {
        const px = xy[i * 2] ?? 0;
        const py = xy[i * 2 + 1] ?? 0;
        const gx = Math.max(px - bx1, bx0 - px, 0);
        const gy = Math.max(py - by1, by0 - py, 0);
        if (gx * gx + gy * gy > thr * thr) continue;
        for (let q = 0; q < nsp; q++) {
          const w0 = ss.pathStart[q] ?? 0;
          const w1 = ss.pathStart[q + 1] ?? 0;
          for (let j = w0; j < w1 - 1; j++) {
            const d = Math.sqrt(
              pointSegmentDistSq(px, py, sxy[j * 2] ?? 0, sxy[j * 2 + 1] ?? 0, sxy[j * 2 + 2] ?? 0, sxy[j * 2 + 3] ?? 0),
            );
            if (d <= thr) {
              this.push(owner, 1, j, v0 + i, d);
              if (d < this.bestScreenM) {
                this.bestScreenM = d;
                thr = this.threshold();
              }
            }
            if (d < ownerBest) ownerBest = d;
          }
        }
      }
    }
    return ownerBest;
  }

  private push(owner: number, kind: number, s: number, t: number, d: number): void {
    this.pOwner.push(owner);
    this.pKind.push(kind);
    this.pSite.push(s);
    this.pTarget.push(t);
    this.pDist.push(d);
  }

  /** Exact geodesic refinement of the surviving pairs; null if nothing was added. */
  finish(): PathDistance | null {
    const thr = this.threshold();
    const sc = this.site.store.coords;
    const tc = this.target.coords;
    let best: PathDistance | null = null;
    for (let k = 0; k < this.pDist.length; k++) {
      if ((this.pDist[k] ?? Infinity) > thr) continue;
      const s = this.pSite[k] ?? 0;
      const t = this.pTarget[k] ?? 0;
      let r: PathDistance;
      if (this.pKind[k] === 0) {
        const p: LonLat = [sc[s * 2] ?? NaN, sc[s * 2 + 1] ?? NaN];
        const a: LonLat = [tc[t * 2] ?? NaN, tc[t * 2 + 1] ?? NaN];
        const b: LonLat = [tc[t * 2 + 2] ?? NaN, tc[t * 2 + 3] ?? NaN];
        const proj = pointToSegment(p, a, b);
        r = { owner: this.pOwner[k] ?? 0, distanceM: proj.distanceM, from: p, to: proj.point, targetVertex: t };
      } else {
        const p: LonLat = [tc[t * 2] ?? NaN, tc[t * 2 + 1] ?? NaN];
        const a: LonLat = [sc[s * 2] ?? NaN, sc[s * 2 + 1] ?? NaN];
        const b: LonLat = [sc[s * 2 + 2] ?? NaN, sc[s * 2 + 3] ?? NaN];
        const proj = pointToSegment(p, a, b);
        r = { owner: this.pOwner[k] ?? 0, distanceM: proj.distanceM, from: proj.point, to: p, targetVertex: t };
      }
      if (!best || r.distanceM < best.distanceM) best = r;
    }
    return best;
  }
}
