/**
 * Ellipsoidal azimuthal-equidistant projection (WGS-84) centred on a point, via GeographicLib:
 * forward = Inverse(centre → p) giving (s, α) ↦ (x, y) = (s·sin α, s·cos α) metres; inverse =
 * Direct(centre, α = atan2(x, y), s = hypot(x, y)). Distances and azimuths *from the centre* are
 * exact; other distances are distorted by a relative error ≈ (ρ/R)²/6 at radius ρ (≈ 10⁻⁵ at
 * 50 km, 2.5·10⁻⁴ at 250 km).
 */
import { destination, inverse } from './geodesic';
import type { LonLat } from './types';

const DEG = Math.PI / 180;

/** Forward: lon/lat → planar metres (x east, y north) around `center`. */
export function aeqdForward(center: LonLat, p: LonLat): [number, number] {
  const r = inverse(center, p);
  const a = r.azimuth1Deg * DEG;
  return [r.distanceM * Math.sin(a), r.distanceM * Math.cos(a)];
}

/** Inverse: planar metres around `center` → lon/lat. */
export function aeqdInverse(center: LonLat, xy: readonly number[]): LonLat {
  const x = xy[0] ?? 0;
  const y = xy[1] ?? 0;
  const s = Math.hypot(x, y);
  if (s === 0) return [center[0], center[1]];
  return destination(center, Math.atan2(x, y) / DEG, s);
}
