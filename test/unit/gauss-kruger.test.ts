import proj4 from 'proj4';
import { describe, expect, test } from 'vitest';
import { gaussKrugerProj4 } from '../../src/geo/gauss-kruger';
import { GRS80, meridianArc } from './reference/ellipsoid';
import { tmForward, tmInverse } from './reference/kruger';

/** The same arc by Helmert's closed-form series in n = f/(2−f) (a second, independent route). */
function meridianArcHelmert(latDeg: number): number {
  const n = GRS80.f / (2 - GRS80.f);
  const p = (latDeg * Math.PI) / 180;
  return (
    (GRS80.a / (1 + n)) *
    ((1 + n ** 2 / 4 + n ** 4 / 64) * p -
      1.5 * (n - n ** 3 / 8) * Math.sin(2 * p) +
      (15 / 16) * (n ** 2 - n ** 4 / 4) * Math.sin(4 * p) -
      (35 / 48) * n ** 3 * Math.sin(6 * p) +
      (315 / 512) * n ** 4 * Math.sin(8 * p))
  );
}

describe('Gauss–Krüger', () => {
  test('known value: lon 108, lat 30 on CM 108 → E = 500 000 m exactly, N = GRS80 meridian arc of 30°', () => {
    const arc = meridianArc(GRS80, 0, 30);
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


describe('every CGCS2000 3° zone', () => {
  test('proj4 with our definitions matches the Krüger series in all 21 zones, prefixed and not', () => {
    let max = 0;
    for (let zone = 25; zone <= 45; zone++) {
      const cm = zone * 3;
      for (const [lon, lat] of [[cm - 1.4, 22], [cm + 0.7, 34], [cm + 1.5, 46]] as const) {
        const k = tmForward(lon, lat, cm);
        const plain = proj4('WGS84', gaussKrugerProj4(cm, false)).forward([lon, lat]);
        const prefixed = proj4('WGS84', gaussKrugerProj4(cm, true)).forward([lon, lat]);
        max = Math.max(max, Math.hypot(plain[0]! - k[0], plain[1]! - k[1]), Math.hypot(prefixed[0]! - zone * 1e6 - k[0], prefixed[1]! - k[1]));
      }
    }
    expect(max).toBeLessThan(1e-6);
  });
});
