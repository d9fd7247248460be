/**
 * An independent GRS80 transverse Mercator for tests: Krüger's n-series to 4th order (truncation
 * error < 1 µm), in the form Karney (2011, "Transverse Mercator with an accuracy of a few
 * nanometers") gives. The app projects with proj4; tests check proj4's zones against this.
 */
import { GRS80 } from './ellipsoid';

const N = GRS80.f / (2 - GRS80.f);
const N2 = N * N;
const N3 = N2 * N;
const N4 = N3 * N;
const RECT_A = (GRS80.a / (1 + N)) * (1 + N2 / 4 + N4 / 64);
const ALPHA = [
  N / 2 - (2 * N2) / 3 + (5 * N3) / 16 + (41 * N4) / 180,
  (13 * N2) / 48 - (3 * N3) / 5 + (557 * N4) / 1440,
  (61 * N3) / 240 - (103 * N4) / 140,
  (49561 * N4) / 161280,
];
const BETA = [
  N / 2 - (2 * N2) / 3 + (37 * N3) / 96 - N4 / 360,
  N2 / 48 + N3 / 15 - (437 * N4) / 1440,
  (17 * N3) / 480 - (37 * N4) / 840,
  (4397 * N4) / 161280,
];
const DELTA = [
  2 * N - (2 * N2) / 3 - 2 * N3 + (116 * N4) / 45,
  (7 * N2) / 3 - (8 * N3) / 5 - (227 * N4) / 45,
  (56 * N3) / 15 - (136 * N4) / 35,
  (4279 * N4) / 630,
];
const E_SQRT_N = (2 * Math.sqrt(N)) / (1 + N); // first eccentricity e
const RAD = Math.PI / 180;

/**
 * GRS80 transverse Mercator forward (k = 1, lat_0 = 0, y_0 = 0).
 * @returns `[easting, northing]` in metres, with `falseEasting` added.
 */
export function tmForward(lon: number, lat: number, centralMeridian: number, falseEasting = 500000): [number, number] {
  const phi = lat * RAD;
  const lam = (lon - centralMeridian) * RAD;
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - E_SQRT_N * Math.atanh(E_SQRT_N * Math.sin(phi)));
  const xi = Math.atan2(t, Math.cos(lam));
  const eta = Math.atanh(Math.sin(lam) / Math.sqrt(1 + t * t));
  let e = eta;
  let n = xi;
  for (let j = 1; j <= 4; j++) {
    const a = ALPHA[j - 1]!;
    e += a * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
    n += a * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
  }
  return [falseEasting + RECT_A * e, RECT_A * n];
}

/** GRS80 transverse Mercator inverse; returns `[lon, lat]` in degrees. */
export function tmInverse(easting: number, northing: number, centralMeridian: number, falseEasting = 500000): [number, number] {
  const xi = northing / RECT_A;
  const eta = (easting - falseEasting) / RECT_A;
  let xiP = xi;
  let etaP = eta;
  for (let j = 1; j <= 4; j++) {
    const b = BETA[j - 1]!;
    xiP -= b * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    etaP -= b * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const chi = Math.asin(Math.sin(xiP) / Math.cosh(etaP));
  let phi = chi;
  for (let j = 1; j <= 4; j++) phi += DELTA[j - 1]! * Math.sin(2 * j * chi);
  const lam = Math.atan2(Math.sinh(etaP), Math.cos(xiP));
  return [centralMeridian + lam / RAD, phi / RAD];
}

