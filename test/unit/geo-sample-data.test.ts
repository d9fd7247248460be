/**
 * The spatial core on the bundled Chongqing sample (public/data). These tests require the data:
 * a missing file fails loudly instead of skipping.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import type { Districts, Rivers, Sections, Units } from '../../src/data/contract';
import {
  buildSiteCheckContext,
  chainage,
  distance,
  identifyIndices,
  nearest,
  nearestNaive,
  siteCheck,
  type LonLat,
} from '../../src/geo/index';
import { referenceAreaM2 } from './reference-area';
import { referenceNearestM } from './reference-nearest';
import { mulberry32 } from '../../bench/synthetic';

const dir = fileURLToPath(new URL('../../public/data/', import.meta.url));
function load<T>(name: string): T {
  const path = `${dir}${name}`;
  if (!existsSync(path)) throw new Error(`sample data missing: public/data/${name} (run npm run geodata)`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

const units = load<Units>('units.geojson');
const sections = load<Sections>('sections.geojson');
const rivers = load<Rivers>('rivers.geojson');
const districts = load<Districts>('districts.geojson');
const ctx = buildSiteCheckContext({ units, sections, rivers, districts });

describe('sample data: counts and contract', () => {
  it('818 units, 74 sections, the three main rivers', () => {
    expect(ctx.units.features).toHaveLength(818);
    expect(ctx.sections?.sections).toHaveLength(74);
    for (const n of ['长江', '嘉陵江', '乌江']) expect(ctx.rivers?.byName.has(n)).toBe(true);
    const cats = { priority: 0, key: 0, general: 0 };
    for (const f of units.features) cats[f.properties.category]++;
    expect(cats.priority + cats.key + cats.general).toBe(818);
  });

  it('area_km2 agrees with the geodesic area within 0.5 %', () => {
    for (const f of units.features) {
      const a = referenceAreaM2(f) / 1e6;
      expect(Math.abs(a - f.properties.area_km2) / a).toBeLessThan(0.005);
    }
  });

  it('units partition the districts: 2,000 seeded points inside districts are in exactly one unit', { timeout: 60000 }, () => {
    const r = mulberry32(2024);
    const [x0, y0, x1, y1] = ctx.districts?.bbox ?? [0, 0, 0, 0];
    let inside = 0;
    for (let i = 0; i < 2000; i++) {
      const p: LonLat = [x0 + r() * (x1 - x0), y0 + r() * (y1 - y0)];
      if (identifyIndices(ctx.districts!, p).length === 0) continue;
      inside++;
      expect(identifyIndices(ctx.units, p)).toHaveLength(1);
    }
    expect(inside).toBeGreaterThan(500);
  });
});

describe('sample data: nearest priority unit', () => {
  const priority = ctx.units.features.filter((f) => f.properties.category === 'priority');

  it('40 seeded points: the distance GeographicLib and turf find by brute force, to 1 mm', () => {
    const r = mulberry32(77);
    const [x0, y0, x1, y1] = ctx.units.bbox;
    for (let i = 0; i < 40; i++) {
      const p: [number, number] = [x0 - 0.2 + r() * (x1 - x0 + 0.4), y0 - 0.2 + r() * (y1 - y0 + 0.4)];
      const got = nearest(ctx.units, { type: 'Point', coordinates: p });
      expect(got?.distanceM, `${p}`).toBeCloseTo(referenceNearestM(p, priority), 3);
      expect(got?.feature.properties.category).toBe('priority');
    }
  });

  it('150 seeded points and 50 polygons: the indexed search equals a full scan', { timeout: 60000 }, () => {
    const r = mulberry32(77);
    const [x0, y0, x1, y1] = ctx.units.bbox;
    for (let i = 0; i < 200; i++) {
      const x = x0 - 0.2 + r() * (x1 - x0 + 0.4);
      const y = y0 - 0.2 + r() * (y1 - y0 + 0.4);
      const g: Geometry =
        i < 150
          ? { type: 'Point', coordinates: [x, y] }
          : { type: 'Polygon', coordinates: [[[x, y], [x + 0.02, y], [x + 0.02, y + 0.015], [x, y + 0.015], [x, y]]] };
      const a = nearest(ctx.units, g);
      const b = nearestNaive(ctx.units, g);
      expect(a?.distanceM).toBeCloseTo(b?.distanceM ?? NaN, 6);
    }
  });
});

describe('sample data: rivers and sections', () => {
  it('downstream ends: 长江 east, 嘉陵江 at 朝天门, 乌江 at 涪陵', () => {
    const end = (n: string): LonLat => {
      const c = ctx.rivers!.rivers[ctx.rivers!.byName.get(n) ?? -1];
      return c?.path[c.path.length - 1] as LonLat;
    };
    const cj = ctx.rivers!.rivers[ctx.rivers!.byName.get('长江') ?? -1];
    expect(end('长江')[0]).toBeGreaterThan((cj?.path[0] as LonLat)[0]);
    expect(distance(end('嘉陵江'), [106.585, 29.575])).toBeLessThan(3000);
    expect(distance(end('乌江'), [107.39, 29.71])).toBeLessThan(5000);
  });

  it('长江 sections ordered by chainage run west → east (朱沱 upstream of 寸滩)', () => {
    const cj = sections.features.filter((f) => f.properties.river === '长江');
    const withKm = cj.map((f) => ({
      name: f.properties.name,
      lon: f.geometry.coordinates[0] ?? 0,
      km: chainage(ctx.rivers!, '长江', f.geometry.coordinates as LonLat)?.chainageM ?? NaN,
    }));
    const zt = withKm.find((s) => s.name === '朱沱');
    const ct = withKm.find((s) => s.name === '寸滩');
    expect(zt && ct && zt.km < ct.km).toBe(true);
    const sorted = withKm.slice().sort((a, b) => a.km - b.km);
    expect((sorted[0]?.lon ?? 0) < (sorted[sorted.length - 1]?.lon ?? 0)).toBe(true);
  });
});

describe('sample data: site check', () => {
  it('朝天门 point: in one unit, 长江 within 1 km, 嘉陵江 within 5 km, sections up- and downstream', () => {
    const r = siteCheck(ctx, { type: 'Point', coordinates: [106.585, 29.565] });
    expect(r.outside).toBe(false);
    expect(r.units).toHaveLength(1);
    expect(r.districts).toHaveLength(1);
    expect(r.rivers.find((x) => x.name === '长江')?.within1km).toBe(true);
    expect(r.rivers.find((x) => x.name === '嘉陵江')?.within5km).toBe(true);
    expect(r.sections.length).toBeGreaterThanOrEqual(1);
    expect(r.sections.length).toBeLessThanOrEqual(5);
    const rel = new Set(r.sections.map((s) => s.relation));
    expect(rel.has('upstream') && rel.has('downstream')).toBe(true);
    expect(r.nearestPriority).not.toBeNull();
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('area inside the city: unit overlap areas sum to the site area within 0.1 %', () => {
    const site: Geometry = { type: 'Polygon', coordinates: [[[106.5, 29.5], [106.6, 29.5], [106.6, 29.6], [106.5, 29.6], [106.5, 29.5]]] };
    const r = siteCheck(ctx, site);
    const sum = r.units.reduce((s, u) => s + u.overlapAreaM2, 0);
    expect(r.units.length).toBeGreaterThan(3);
    expect(Math.abs(sum - r.site.areaM2) / r.site.areaM2).toBeLessThan(1e-3);
    expect(r.districts.length).toBeGreaterThan(1);
  });

  it('a point in Chengdu is outside', () => {
    const r = siteCheck(ctx, { type: 'Point', coordinates: [104.07, 30.67] });
    expect(r.outside).toBe(true);
    expect(r.verdict.level).toBe('outside');
  });
});

describe('sample data: shared boundaries', () => {
  it('a district as the site: exactly its own units, shares summing to 1 (shared edges counted once)', { timeout: 60000 }, () => {
    const d = districts.features.find((f) => f.properties.name === '渝北区');
    expect(d).toBeDefined();
    const r = siteCheck(ctx, d!);
    const own = units.features.filter((f) => f.properties.adcode === d!.properties.adcode).map((f) => f.properties.code).sort();
    expect(r.units.map((u) => u.code).sort()).toEqual(own);
    const sum = r.units.reduce((s, u) => s + u.shareOfSite, 0);
    expect(Math.abs(sum - 1)).toBeLessThan(1e-6);
    expect(r.districts.map((x) => x.adcode)).toContain(d!.properties.adcode);
  });

  it('a unit as the site: that unit only, share 1, overlap = its geodesic area', () => {
    const u = units.features[100]!;
    const r = siteCheck(ctx, u);
    expect(r.units.map((x) => x.code)).toEqual([u.properties.code]);
    expect(r.units[0]?.overlapAreaM2).toBeCloseTo(referenceAreaM2(u), 0);
  });
});
