import { describe, expect, test } from 'vitest';
import { gaussKrugerId } from '../../src/geo/gauss-kruger';
import { crsInfo, isCrsId, listCrs } from '../../src/upload/crs';
import { detectCrs } from '../../src/upload/detect-crs';
import { readPrj } from '../../src/upload/prj';
import { PRJ_4545 } from '../fixtures/upload/generate';
import { tmForward } from './reference/kruger';

/** Approximate ground distance in metres between two nearby lon/lat points. */
function metres(a: readonly number[], b: readonly number[]): number {
  const lat = ((a[1]! + b[1]!) / 2) * (Math.PI / 180);
  return Math.hypot((a[0]! - b[0]!) * 111320 * Math.cos(lat), (a[1]! - b[1]!) * 110574);
}

describe('CRS catalogue', () => {
  test('Chongqing zones: EPSG:4523–4525 (prefixed 35–37) and 4544–4546 (CM 105/108/111)', () => {
    const gk = (id: string) => {
      const info = crsInfo(id);
      return info?.kind === 'gauss-kruger' ? info : undefined;
    };
    expect([4523, 4524, 4525].map((c) => gk(`EPSG:${c}`)?.zone)).toEqual([35, 36, 37]);
    expect([4544, 4545, 4546].map((c) => gk(`EPSG:${c}`)?.centralMeridian)).toEqual([105, 108, 111]);
    expect(gk('EPSG:4524')?.proj4).toBe(
      '+proj=tmerc +lat_0=0 +lon_0=108 +k=1 +x_0=36500000 +y_0=0 +ellps=GRS80 +units=m +no_defs',
    );
    expect(gk('EPSG:4545')?.proj4).toBe(
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
