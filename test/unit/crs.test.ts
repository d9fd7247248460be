import proj4 from 'proj4';
import { describe, expect, test } from 'vitest';
import {
  crsInfo,
  detectCrs,
  gaussKrugerId,
  gaussKrugerProj4,
  gcj02ToWgs84,
  isCrsId,
  listCrs,
  readPrj,
  tmForward,
  tmInverse,
  wgs84ToGcj02,
} from '../../src/geo/crs';
import { PRJ_4545 } from '../fixtures/upload/generate';

const GRS80_A = 6378137;
const GRS80_F = 1 / 298.257222101;

/**
 * Meridian arc length from the equator to `latDeg` on GRS80, by Simpson integration of the
 * meridian radius of curvature M(φ) = a(1−e²)/(1−e² sin²φ)^{3/2} — independent of any series.
 */
function meridianArc(latDeg: number): number {
  const e2 = GRS80_F * (2 - GRS80_F);
  const phi = (latDeg * Math.PI) / 180;
  const n = 4000;
  const h = phi / n;
  let s = 0;
  for (let i = 0; i <= n; i++) {
    const w = i === 0 || i === n ? 1 : i % 2 ? 4 : 2;
    s += (w * GRS80_A * (1 - e2)) / Math.pow(1 - e2 * Math.sin(i * h) ** 2, 1.5);
  }
  return (s * h) / 3;
}

/** The same arc by Helmert's closed-form series in n = f/(2−f) (a second, independent route). */
function meridianArcHelmert(latDeg: number): number {
  const n = GRS80_F / (2 - GRS80_F);
  const p = (latDeg * Math.PI) / 180;
  return (
    (GRS80_A / (1 + n)) *
    ((1 + n ** 2 / 4 + n ** 4 / 64) * p -
      1.5 * (n - n ** 3 / 8) * Math.sin(2 * p) +
      (15 / 16) * (n ** 2 - n ** 4 / 4) * Math.sin(4 * p) -
      (35 / 48) * n ** 3 * Math.sin(6 * p) +
      (315 / 512) * n ** 4 * Math.sin(8 * p))
  );
}

/** Approximate ground distance in metres between two nearby lon/lat points. */
function metres(a: readonly number[], b: readonly number[]): number {
  const lat = ((a[1]! + b[1]!) / 2) * (Math.PI / 180);
  return Math.hypot((a[0]! - b[0]!) * 111320 * Math.cos(lat), (a[1]! - b[1]!) * 110574);
}

describe('CRS catalogue', () => {
  test('Chongqing zones: EPSG:4523–4525 (prefixed 35–37) and 4544–4546 (CM 105/108/111)', () => {
    expect([4523, 4524, 4525].map((c) => crsInfo(`EPSG:${c}`)?.zone)).toEqual([35, 36, 37]);
    expect([4544, 4545, 4546].map((c) => crsInfo(`EPSG:${c}`)?.centralMeridian)).toEqual([105, 108, 111]);
    expect(crsInfo('EPSG:4524')?.proj4).toBe(
      '+proj=tmerc +lat_0=0 +lon_0=108 +k=1 +x_0=36500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
    );
    expect(crsInfo('EPSG:4545')?.proj4).toBe(
      '+proj=tmerc +lat_0=0 +lon_0=108 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
    );
  });

  test('range ends: 4513 = zone 25 (CM 75), 4533 = zone 45, 4534 = CM 75, 4554 = CM 135; neighbours are not ours', () => {
    expect(crsInfo('EPSG:4513')).toMatchObject({ zone: 25, centralMeridian: 75, prefixed: true });
    expect(crsInfo('EPSG:4533')).toMatchObject({ zone: 45, centralMeridian: 135, prefixed: true });
    expect(crsInfo('EPSG:4534')).toMatchObject({ centralMeridian: 75, prefixed: false });
    expect(crsInfo('EPSG:4554')).toMatchObject({ centralMeridian: 135, prefixed: false });
    for (const id of ['EPSG:4512', 'EPSG:4555', 'EPSG:3857', 'WGS84', 'EPSG:45450']) expect(isCrsId(id)).toBe(false);
    expect(listCrs()).toHaveLength(3 + 42);
    expect(gaussKrugerId(108, false)).toBe('EPSG:4545');
    expect(gaussKrugerId(108, true)).toBe('EPSG:4524');
    expect(() => gaussKrugerId(100, false)).toThrow(RangeError);
  });
});

describe('Gauss–Krüger', () => {
  test('known value: lon 108, lat 30 on CM 108 → E = 500 000 m exactly, N = GRS80 meridian arc of 30°', () => {
    const arc = meridianArc(30);
    expect(arc).toBeCloseTo(3320113.397845, 5); // the published-to-0.1 m value is 3 320 113.4
    expect(Math.abs(meridianArcHelmert(30) - arc)).toBeLessThan(1e-5);
    const [e, n] = proj4('WGS84', gaussKrugerProj4(108, false)).forward([108, 30]);
    expect(e).toBe(500000);
    expect(Math.abs(n! - arc)).toBeLessThan(1e-4); // 0.1 mm
    const [ep] = proj4('WGS84', gaussKrugerProj4(108, true)).forward([108, 30]);
    expect(ep).toBe(36500000);
  });

  test('proj4 and the independent Krüger series agree to < 1 µm over Chongqing, both ways', () => {
    const conv = proj4('WGS84', gaussKrugerProj4(108, false));
    let maxM = 0;
    let maxDeg = 0;
    for (let lon = 104.5; lon <= 111.5; lon += 0.5) {
      for (let lat = 28; lat <= 32.5; lat += 0.5) {
        const p = conv.forward([lon, lat]);
        const k = tmForward(lon, lat, 108);
        maxM = Math.max(maxM, Math.hypot(p[0]! - k[0], p[1]! - k[1]));
        const back = tmInverse(p[0]!, p[1]!, 108);
        const back4 = conv.inverse(p);
        maxDeg = Math.max(maxDeg, Math.abs(back[0] - lon), Math.abs(back[1] - lat), Math.abs(back4[0]! - lon), Math.abs(back4[1]! - lat));
      }
    }
    expect(maxM).toBeLessThan(1e-6);
    expect(maxDeg).toBeLessThan(1e-10);
  });
});

describe('GCJ-02', () => {
  const places: [string, number, number][] = [
    ['万州', 108.38, 30.8],
    ['渝中', 106.55, 29.56],
    ['SW corner', 105.28, 28.16],
    ['NE corner', 110.2, 32.21],
  ];
  test.each(places)('%s: offset is 300–600 m and inverse∘forward returns within 1e-9°', (_n, lon, lat) => {
    const g = wgs84ToGcj02(lon, lat);
    const d = metres([lon, lat], g);
    expect(d).toBeGreaterThan(300);
    expect(d).toBeLessThan(600);
    const w = gcj02ToWgs84(g[0], g[1]);
    expect(Math.abs(w[0] - lon)).toBeLessThan(1e-9);
    expect(Math.abs(w[1] - lat)).toBeLessThan(1e-9);
  });

  test('forward∘inverse within 1e-6° on a grid over Chongqing', () => {
    let max = 0;
    for (let lon = 105.25; lon <= 110.25; lon += 0.25) {
      for (let lat = 28.125; lat <= 32.25; lat += 0.25) {
        const w = gcj02ToWgs84(lon, lat);
        const g = wgs84ToGcj02(w[0], w[1]);
        max = Math.max(max, Math.abs(g[0] - lon), Math.abs(g[1] - lat));
      }
    }
    expect(max).toBeLessThan(1e-6);
  });

  test('identity outside China', () => {
    expect(wgs84ToGcj02(2.35, 48.85)).toEqual([2.35, 48.85]);
    expect(gcj02ToWgs84(-74, 40.7)).toEqual([-74, 40.7]);
  });
});

describe('readPrj', () => {
  test('ArcGIS CGCS2000 GK CM 108E without AUTHORITY → EPSG:4545', () => {
    expect(readPrj(PRJ_4545)).toEqual({ status: 'recognized', crs: 'EPSG:4545' });
  });
  test('zone-prefixed false easting → EPSG:4524', () => {
    const wkt = PRJ_4545.replace('CM_108E', 'Zone_36').replace('["False_Easting",500000.0]', '["False_Easting",36500000.0]');
    expect(readPrj(wkt)).toEqual({ status: 'recognized', crs: 'EPSG:4524' });
  });
  test('CM 105 and 111 map to 4544 and 4546', () => {
    expect(readPrj(PRJ_4545.replace('["Central_Meridian",108.0]', '["Central_Meridian",105.0]'))).toEqual({ status: 'recognized', crs: 'EPSG:4544' });
    expect(readPrj(PRJ_4545.replace('["Central_Meridian",108.0]', '["Central_Meridian",111.0]'))).toEqual({ status: 'recognized', crs: 'EPSG:4546' });
  });
  test('top-level AUTHORITY wins; a nested one (the GEOGCS) does not name the CRS', () => {
    const withAuth = PRJ_4545.replace(/\]$/, ',AUTHORITY["EPSG","4545"]]');
    expect(readPrj(withAuth)).toEqual({ status: 'recognized', crs: 'EPSG:4545' });
    const nested = PRJ_4545.replace('UNIT["Degree",0.0174532925199433]]', 'UNIT["Degree",0.0174532925199433],AUTHORITY["EPSG","4490"]]');
    expect(readPrj(nested)).toEqual({ status: 'recognized', crs: 'EPSG:4545' });
  });
  test('geographic CGCS2000 / WGS 84', () => {
    expect(readPrj('GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]')).toEqual({ status: 'recognized', crs: 'EPSG:4490' });
    expect(readPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]')).toEqual({ status: 'recognized', crs: 'EPSG:4326' });
  });
  test('Xian 1980 GK is not CGCS2000 → unrecognized (left to proj4)', () => {
    const xian = PRJ_4545.replace('GCS_China_Geodetic_Coordinate_System_2000', 'GCS_Xian_1980').replace('D_China_2000', 'D_Xian_1980').replace('SPHEROID["CGCS2000",6378137.0,298.257222101]', 'SPHEROID["Xian_1980",6378140.0,298.257]').replace('CGCS2000_3_Degree', 'Xian_1980_3_Degree');
    expect(readPrj(xian)).toMatchObject({ status: 'unrecognized', name: 'Xian_1980_3_Degree_GK_CM_108E' });
  });
});

describe('detectCrs', () => {
  const wz: [number, number] = [108.38, 30.8];
  const e4545 = tmForward(wz[0], wz[1], 108);
  const e4524: [number, number] = [e4545[0] + 36e6, e4545[1]];

  test('geographic by magnitude; `default` when the format mandates WGS-84', () => {
    expect(detectCrs([wz])).toEqual({ status: 'detected', crs: 'EPSG:4326', how: 'magnitude', swapped: false });
    expect(detectCrs([wz], { geographicByDefault: true })).toMatchObject({ how: 'default' });
  });
  test('lat/lon written the wrong way round is detected as a swap', () => {
    expect(detectCrs([[30.8, 108.38]])).toEqual({ status: 'detected', crs: 'EPSG:4326', how: 'magnitude', swapped: true });
  });
  test('prefixed easting → zone from the prefix', () => {
    expect(detectCrs([e4524])).toEqual({ status: 'detected', crs: 'EPSG:4524', how: 'magnitude', swapped: false });
    expect(detectCrs([[37.4e6, 3.3e6]])).toMatchObject({ crs: 'EPSG:4525' });
    expect(detectCrs([[35.6e6, 3.3e6]])).toMatchObject({ crs: 'EPSG:4523' });
  });
  test('prefixed, northing written first (X = northing) → swapped', () => {
    expect(detectCrs([[e4524[1], e4524[0]]])).toEqual({ status: 'detected', crs: 'EPSG:4524', how: 'magnitude', swapped: true });
  });
  test('unprefixed easting without .prj → ambiguous, CM 108 ranked first for 万州', () => {
    const r = detectCrs([e4545]);
    expect(r.status).toBe('ambiguous');
    if (r.status !== 'ambiguous') return;
    expect(r.swapped).toBe(false);
    expect(r.candidates.map((c) => c.crs).slice(0, 3)).toEqual(['EPSG:4545', 'EPSG:4544', 'EPSG:4546']);
    expect(r.candidates[0]!.insideRegion).toBe(true);
    expect(metres(r.candidates[0]!.center, wz)).toBeLessThan(1e-3);
    // Under CM 105 the same numbers land at 105.38°E — also inside Chongqing's box: truly ambiguous.
    expect(r.candidates[1]!.insideRegion).toBe(true);
    expect(r.candidates[1]!.center[0]).toBeCloseTo(105.38, 6);
  });
  test('unprefixed, ranking follows the data: an easting of 300 km puts CM 111 first', () => {
    // 300 km is ≈2.1° west of the CM: CM 111 → 108.9°E (central Chongqing), CM 108 → 105.9°E.
    const r = detectCrs([[300000, 3400000]]);
    expect(r.status === 'ambiguous' && r.candidates.map((c) => c.crs).slice(0, 2)).toEqual(['EPSG:4546', 'EPSG:4545']);
  });
  test('unprefixed swapped (X = northing first) → ambiguous with swapped: true', () => {
    const r = detectCrs([[e4545[1], e4545[0]]]);
    expect(r).toMatchObject({ status: 'ambiguous', swapped: true });
  });
  test('.prj beats magnitudes; the swap is still detected under it', () => {
    expect(detectCrs([e4545], { prj: PRJ_4545 })).toEqual({ status: 'detected', crs: 'EPSG:4545', how: 'prj', swapped: false });
    expect(detectCrs([[e4545[1], e4545[0]]], { prj: PRJ_4545 })).toMatchObject({ crs: 'EPSG:4545', swapped: true });
  });
  test('user choice beats everything, including a .prj; swap can be forced', () => {
    expect(detectCrs([e4545], { prj: PRJ_4545, user: 'EPSG:4544' })).toEqual({ status: 'detected', crs: 'EPSG:4544', how: 'user', swapped: false });
    expect(detectCrs([wz], { user: 'GCJ-02' })).toEqual({ status: 'detected', crs: 'GCJ-02', how: 'user', swapped: false });
    expect(detectCrs([e4545], { user: 'EPSG:4545', swap: true })).toMatchObject({ swapped: true });
  });
  test('numbers that fit no CRS, and no numbers', () => {
    expect(detectCrs([[5e6, 5e6]])).toEqual({ status: 'unknown', reason: 'out-of-range' });
    expect(detectCrs([[500, 3000]])).toEqual({ status: 'unknown', reason: 'out-of-range' });
    expect(detectCrs([])).toEqual({ status: 'unknown', reason: 'no-coordinates' });
  });
  test('a custom region re-ranks candidates (any city, not only Chongqing)', () => {
    // A point near Guilin (110.3°E, 25.3°N) written in CM 111 without prefix, region = Guilin.
    const [e, n] = tmForward(110.3, 25.3, 111);
    const r = detectCrs([[e, n]], { region: [109.5, 24.5, 111.5, 26.5] });
    expect(r.status === 'ambiguous' && r.candidates[0]!.crs).toBe('EPSG:4546');
  });
});
