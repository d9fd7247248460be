import { describe, expect, test } from 'vitest';
import { gcj02ToWgs84, wgs84ToGcj02 } from '../../src/geo/gcj02';

/** Approximate ground distance in metres between two nearby lon/lat points. */
function metres(a: readonly number[], b: readonly number[]): number {
  const lat = ((a[1]! + b[1]!) / 2) * (Math.PI / 180);
  return Math.hypot((a[0]! - b[0]!) * 111320 * Math.cos(lat), (a[1]! - b[1]!) * 110574);
}

describe('GCJ-02 against published and hand-checked figures', () => {
  test('the coordtransform README pair: WGS-84 (116.404, 39.915) → GCJ-02 (116.41024449916938, 39.91640428150164)', () => {
    const [lon, lat] = wgs84ToGcj02(116.404, 39.915);
    expect(lon).toBeCloseTo(116.41024449916938, 12);
    expect(lat).toBeCloseTo(39.91640428150164, 12);
  });

  // Worked separately with a Python transcription of the published formula (Krasovsky a, e²).
  test.each([
    ['渝中', 106.55, 29.56, 106.55372033746897, 29.557153428541934],
    ['万州', 108.38, 30.8, 108.38457932365758, 30.797724209004915],
  ])('%s: forward to the hand-checked figures, inverse back to 1e-9°', (_n, lon, lat, gLon, gLat) => {
    const g = wgs84ToGcj02(lon, lat);
    expect(g[0]).toBeCloseTo(gLon, 12);
    expect(g[1]).toBeCloseTo(gLat, 12);
    const w = gcj02ToWgs84(gLon, gLat);
    expect(Math.abs(w[0] - lon)).toBeLessThan(1e-9);
    expect(Math.abs(w[1] - lat)).toBeLessThan(1e-9);
  });

  test("the README's one-step inverse of (116.404, 39.915) is within a metre of the exact one", () => {
    // coordtransform's gcj02towgs84 subtracts the offset once: (116.39775550083061, 39.91359571849836).
    const exact = gcj02ToWgs84(116.404, 39.915);
    const g = wgs84ToGcj02(exact[0], exact[1]);
    expect(Math.abs(g[0] - 116.404)).toBeLessThan(1e-9);
    expect(Math.abs(g[1] - 39.915)).toBeLessThan(1e-9);
    expect(metres(exact, [116.39775550083061, 39.91359571849836])).toBeLessThan(1);
  });

  test('forward∘inverse within 1e-9° on a grid over Chongqing; offsets 300–600 m', () => {
    let max = 0;
    for (let lon = 105.25; lon <= 110.25; lon += 0.25) {
      for (let lat = 28.125; lat <= 32.25; lat += 0.25) {
        const w = gcj02ToWgs84(lon, lat);
        const g = wgs84ToGcj02(w[0], w[1]);
        max = Math.max(max, Math.abs(g[0] - lon), Math.abs(g[1] - lat));
        const d = metres(w, [lon, lat]);
        expect(d).toBeGreaterThan(300);
        expect(d).toBeLessThan(600);
      }
    }
    expect(max).toBeLessThan(1e-9);
  });

  test('identity outside China', () => {
    expect(wgs84ToGcj02(2.35, 48.85)).toEqual([2.35, 48.85]);
    expect(gcj02ToWgs84(-74, 40.7)).toEqual([-74, 40.7]);
  });
});
