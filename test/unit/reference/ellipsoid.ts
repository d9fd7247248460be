/**
 * The published ellipsoids the tests measure against, and the meridian arc by direct numerical
 * integration: written here once, independent of GeographicLib, proj4 and every series the app
 * or the other references use.
 */
export interface Ellipsoid {
  /** Semi-major axis, m. */
  a: number;
  /** Flattening. */
  f: number;
}

/** WGS-84 (NIMA TR8350.2): the app's ellipsoid. */
export const WGS84: Ellipsoid = { a: 6378137, f: 1 / 298.257223563 };
/** GRS80, CGCS2000's ellipsoid to within 0.1 mm: the Gauss–Krüger zones'. */
export const GRS80: Ellipsoid = { a: 6378137, f: 1 / 298.257222101 };

/** First eccentricity squared. */
export const e2 = ({ f }: Ellipsoid): number => f * (2 - f);

/**
 * Meridian arc length from `lat1Deg` to `lat2Deg`, m: Simpson's rule over the meridian radius
 * of curvature M(φ) = a(1−e²)/(1−e² sin²φ)^{3/2} in `steps` (even) intervals.
 */
export function meridianArc(ellipsoid: Ellipsoid, lat1Deg: number, lat2Deg: number, steps = 4000): number {
  const { a } = ellipsoid;
  const ee = e2(ellipsoid);
  const phi1 = (lat1Deg * Math.PI) / 180;
  const h = ((lat2Deg - lat1Deg) * Math.PI) / 180 / steps;
  let s = 0;
  for (let i = 0; i <= steps; i++) {
    const w = i === 0 || i === steps ? 1 : i % 2 ? 4 : 2;
    s += (w * a * (1 - ee)) / Math.pow(1 - ee * Math.sin(phi1 + i * h) ** 2, 1.5);
  }
  return (s * h) / 3;
}
