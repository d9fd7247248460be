import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { readTypedCoordinates, type TypedCoordinates } from '../../src/upload/typed-coordinates';

/** The sample dataset's bounds (public/data/manifest.json). */
const CHONGQING = [105.286, 28.164, 110.196, 32.205] as const;
const read = (text: string) => readTypedCoordinates(text, CHONGQING);
const only = (r: TypedCoordinates) => {
  expect(r.status).toBe('places');
  if (r.status !== 'places') throw new Error('no place');
  expect(r.places).toHaveLength(1);
  return r.places[0]!;
};

// Expected positions: 29°33′36″ = 29 + 33/60 + 36/3600 = 29.56 exactly; 106°33′ = 106.55.
describe('typed degrees', () => {
  it.each([
    '29.56, 106.55',
    '29.56，106.55',
    '106.55 29.56',
    '106.55,29.56',
    '29°33′36″N 106°33′E',
    "29°33'36\"N, 106°33'E",
    '29°33′36″ 106°33′',
    'N29°33′36″ E106°33′',
    '29 33 36 N 106 33 E',
    'N 29 33 36 E 106 33 0',
    '29 33 36 106 33 0',
    '29 33.6 106 33',
    '北纬29度33分36秒 东经106度33分',
    '29.56N 106.55E',
  ])('%s → 29.56 N, 106.55 E', (text) => {
    const p = only(read(text));
    expect(p.lat).toBeCloseTo(29.56, 9);
    expect(p.lon).toBeCloseTo(106.55, 9);
    expect(p.crs).toBe('degrees');
    expect(p.inside).toBe(true);
  });

  it('southern and western hemispheres are negative', () => {
    const p = only(read('33°52′S 151°12′36″E'));
    expect(p.lat).toBeCloseTo(-(33 + 52 / 60), 9);
    expect(p.lon).toBeCloseTo(151.21, 9);
    expect(p.inside).toBe(false);
  });

  it('rejects impossible angles and leaves names to the name search', () => {
    expect(read('29°61′N 106°33′E').status).toBe('invalid');
    expect(read('95.1, 200.5').status).toBe('invalid');
    expect(read('N29 N106').status).toBe('invalid');
    for (const text of ['寸滩', 'ZH50010120003', '500101', 'CQ-S007', '万州区', '']) expect(read(text).status).toBe('none');
  });
});

describe('typed CGCS2000 3° Gauss–Krüger', () => {
  // Independent expectation: proj4's transverse Mercator for the EPSG definitions.
  const gk = (cm: number, x0: number) => `+proj=tmerc +lat_0=0 +lon_0=${cm} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
  const [e35, n] = proj4('EPSG:4326', gk(105, 35_500_000), [106.55, 29.56]);
  const [ePlain] = proj4('EPSG:4326', gk(105, 500_000), [106.55, 29.56]);

  it('a zone-prefixed easting names its zone (EPSG:4523, CM 105°), in either order', () => {
    for (const text of [`${e35!.toFixed(2)}, ${n!.toFixed(2)}`, `X=${n!.toFixed(2)} Y=${e35!.toFixed(2)}`]) {
      const p = only(read(text));
      expect(p.crs).toBe('EPSG:4523');
      expect(p.lon).toBeCloseTo(106.55, 6);
      expect(p.lat).toBeCloseTo(29.56, 6);
    }
  });

  it('a plain easting offers each zone that lands in the region, and the right one is among them', () => {
    const r = read(`${n!.toFixed(1)} ${ePlain!.toFixed(1)}`);
    expect(r.status).toBe('places');
    if (r.status !== 'places') return;
    expect(r.places.length).toBeGreaterThan(1);
    expect(r.places.every((p) => p.inside)).toBe(true);
    const cm105 = r.places.find((p) => p.crs === 'EPSG:4544');
    expect(cm105?.lon).toBeCloseTo(106.55, 6);
    expect(cm105?.lat).toBeCloseTo(29.56, 6);
  });
});
