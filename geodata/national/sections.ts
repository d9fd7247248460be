/**
 * About 3,600 illustrative national monitoring sections (the national network's size), one at
 * the centre of a seeded cell of a seeded unit, more where units are small (cities). Classes
 * follow a national-looking mix (≈ 90 % Ⅰ–Ⅲ); monthly readings agree with the class
 * (GB 3838-2002, `geodata/readings.ts`). Rivers and basins are labels only: the national sample
 * has no river network.
 */
import type { Feature, Point } from 'geojson';
import type { SectionProperties, UnitFeature, WaterClass } from '../../src/data/contract';
import { streamFor } from '../prng';
import { generateReadings } from '../readings';
import { round } from '../write';

export const NATIONAL_SECTIONS = 3600;

/** Rough basin of a position, named as the sample names it (the panel adds 流域: 长江 → 长江流域). */
function basinOf(lon: number, lat: number): string {
  if (lon < 97) return lat > 36 ? '西北诸河' : '西南诸河';
  if (lat > 44) return '松花江';
  if (lat > 40.5 && lon > 119) return '辽河';
  if (lat > 38) return lon > 112 ? '海河' : '黄河';
  if (lat > 32.5) return lon > 113 ? '淮河' : '黄河';
  if (lat < 25.5) return '珠江';
  if (lon > 117.5 && lat < 30) return '东南诸河';
  return '长江';
}

const CLASS_SHARES: [WaterClass, number][] = [[1, 0.1], [2, 0.5], [3, 0.3], [4, 0.07], [5, 0.03]];

export function buildNationalSections(units: UnitFeature[], centreOf: (u: UnitFeature, r: () => number) => [number, number], seed: number, count = NATIONAL_SECTIONS): Feature<Point, SectionProperties>[] {
  const r = streamFor(seed, 'sections');
  // weight by 1/area^0.3: more sections per km² where units are small
  const weights = units.map((u) => u.properties.area_km2 ** 0.7);
  const cum: number[] = [];
  weights.reduce((t, w, i) => (cum[i] = t + w), 0);
  const total = cum[cum.length - 1] ?? 0;
  const used = new Set<number>();
  const out: Feature<Point, SectionProperties>[] = [];
  while (out.length < Math.min(count, units.length)) {
    const x = r() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if ((cum[m] ?? 0) < x) lo = m + 1;
      else hi = m;
    }
    if (used.has(lo)) continue;
    used.add(lo);
    const u = units[lo]!;
    const [lon, lat] = centreOf(u, r);
    let q = r();
    const cls = (CLASS_SHARES.find(([, s]) => (q -= s) < 0)?.[0] ?? 2) as WaterClass;
    const n = out.length + 1;
    out.push({
      type: 'Feature',
      properties: {
        id: `N${String(n).padStart(4, '0')}`,
        name: `${u.properties.district}断面${n}（示意）`,
        river: `示意河流${1 + Math.floor(r() * 400)}`,
        basin: basinOf(lon, lat),
        district: u.properties.district,
        adcode: u.properties.adcode,
        level: 'national',
        target_class: (cls <= 2 ? 2 : 3) as WaterClass,
        class: cls,
        cross_border: null,
        monthly: generateReadings({ cls, limiting: cls === 1 ? ['tp'] : ['codmn', 'tp'], wobble: 0.3 }, r),
      },
      geometry: { type: 'Point', coordinates: [round(lon, 6), round(lat, 6)] },
    });
  }
  return out;
}
