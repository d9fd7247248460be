/**
 * Earth-centred (ECEF) coordinates and a local tangent-plane frame (east/north, metres).
 *
 * Used only to *screen* candidates quickly: positions are converted once to WGS-84 ECEF, and a
 * query projects them orthographically onto the tangent plane at the site (two dot products per
 * vertex). Planar east/north distances then under-estimate geodesic distances by a relative
 * error ≈ θ²/8 (θ = angular distance from the tangent point, radians): 1.5·10⁻⁵ at 100 km,
 * 4·10⁻⁴ at 500 km. Final distances are always recomputed with GeographicLib.
 */
import { WGS84_A, WGS84_E2 } from './geodesic';

const DEG = Math.PI / 180;

/** Write the ECEF coordinates (metres, on the ellipsoid surface) of `lon`,`lat` into `out[i*3..]`. */
export function toEcef(lon: number, lat: number, out: Float64Array, i: number): void {
  const phi = lat * DEG;
  const lam = lon * DEG;
  const sp = Math.sin(phi);
  const cp = Math.cos(phi);
  const n = WGS84_A / Math.sqrt(1 - WGS84_E2 * sp * sp);
  out[i * 3] = n * cp * Math.cos(lam);
  out[i * 3 + 1] = n * cp * Math.sin(lam);
  out[i * 3 + 2] = n * (1 - WGS84_E2) * sp;
}

/** A local east/north tangent-plane frame at an origin, for fast planar screening (metres). */
export interface LocalFrame {
  /** Origin, ECEF metres. */
  x0: number;
  y0: number;
  z0: number;
  /** Unit east vector. */
  ex: number;
  ey: number;
  /** Unit north vector (ECEF components). */
  nx: number;
  ny: number;
  nz: number;
}

/** Build the tangent-plane frame at `lon0`,`lat0` (degrees). */
export function localFrame(lon0: number, lat0: number): LocalFrame {
  const o = new Float64Array(3);
  toEcef(lon0, lat0, o, 0);
  const phi = lat0 * DEG;
  const lam = lon0 * DEG;
  const sp = Math.sin(phi);
  const cp = Math.cos(phi);
  const sl = Math.sin(lam);
  const cl = Math.cos(lam);
  return {
    x0: o[0] ?? 0,
    y0: o[1] ?? 0,
    z0: o[2] ?? 0,
    ex: -sl,
    ey: cl,
    nx: -sp * cl,
    ny: -sp * sl,
    nz: cp,
  };
}

/**
 * Project ECEF vertices `ecef[start*3 .. end*3)` into east/north metres, written to
 * `out[(k-start)*2 ..]`. Orthographic projection onto the tangent plane.
 */
export function projectEcef(
  f: LocalFrame,
  ecef: Float64Array,
  start: number,
  end: number,
  out: Float64Array,
): void {
  for (let i = start, k = 0; i < end; i++, k += 2) {
    const dx = (ecef[i * 3] ?? 0) - f.x0;
    const dy = (ecef[i * 3 + 1] ?? 0) - f.y0;
    const dz = (ecef[i * 3 + 2] ?? 0) - f.z0;
    out[k] = f.ex * dx + f.ey * dy;
    out[k + 1] = f.nx * dx + f.ny * dy + f.nz * dz;
  }
}
