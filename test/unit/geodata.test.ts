/**
 * Assertions on the committed sample data (public/data/, built by `npm run geodata`): the
 * published aggregates the illustrative sample must reproduce, the partition property of the
 * units, and contract conformance. Regenerate with `npm run geodata`; `tsx geodata/build.ts
 * --check` verifies the committed files are byte-identical to a fresh build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import Flatbush from 'flatbush';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  Category,
  Context,
  Districts,
  Manifest,
  MonthlyReading,
  Rivers,
  Sections,
  Units,
  YangtzePoints,
} from '../../src/data/contract';
import { validateManifest } from '../../src/data/validate';
import { validateLayer } from '../../src/data/validate-layer';
import { findNecks } from '../../geodata/despike';
import { mulberry32 } from '../../geodata/prng';

const DATA = join(__dirname, '..', '..', 'public', 'data');
const text = (f: string) => readFileSync(join(DATA, f), 'utf8');
const json = <T>(f: string): T => JSON.parse(text(f)) as T;


type Poly = Polygon | MultiPolygon;
const areaKm2 = (g: Poly) => turf.area(g) / 1e6;
const meanOf = (ms: readonly MonthlyReading[]) => {
  const avg = (k: 'do' | 'codmn' | 'nh3n' | 'tp' | 'ph') => ms.reduce((s, m) => s + m[k], 0) / ms.length;
  return { do: avg('do'), codmn: avg('codmn'), nh3n: avg('nh3n'), tp: avg('tp'), ph: avg('ph') };
};

/**
 * GB 3838-2002 Table 1 (surface water, rivers), written out here rather than read from the code:
 * the limit of each parameter for classes Ⅰ…Ⅴ. A sample is in the best class whose every limit
 * it meets (DO at least, the others at most, pH 6–9 for all); one that meets none is 劣Ⅴ.
 */
const TABLE_1 = {
  do: [7.5, 6, 5, 3, 2],
  codmn: [2, 4, 6, 10, 15],
  nh3n: [0.15, 0.5, 1.0, 1.5, 2.0],
  tp: [0.02, 0.1, 0.2, 0.3, 0.4],
};
function classByTable1(m: { do: number; codmn: number; nh3n: number; tp: number; ph: number }): number {
  if (m.ph < 6 || m.ph > 9) return 6;
  for (let c = 0; c < 5; c++) {
    if (m.do >= TABLE_1.do[c]! && m.codmn <= TABLE_1.codmn[c]! && m.nh3n <= TABLE_1.nh3n[c]! && m.tp <= TABLE_1.tp[c]!) return c + 1;
  }
  return 6;
}
const MONTHS = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06'];

/** Bbox-indexed point-in-polygon over a polygon layer: indexes of all features containing p. */
function polygonIndex<F extends Feature<Poly>>(features: readonly F[]) {
  const index = new Flatbush(features.length);
  for (const f of features) {
    const [w, s, e, n] = turf.bbox(f);
    index.add(w, s, e, n);
  }
  index.finish();
  return (p: [number, number]) =>
    index.search(p[0], p[1], p[0], p[1]).filter((i) => turf.booleanPointInPolygon(p, features[i]!));
}

let manifest: Manifest;
let districts: Districts;
let units: Units;
let sections: Sections;
let yangtze: YangtzePoints;
let rivers: Rivers;
let context: Context;
let municipalityKm2: number;

beforeAll(() => {
  manifest = json<Manifest>('manifest.json');
  districts = json<Districts>('districts.geojson');
  units = json<Units>('units.geojson');
  sections = json<Sections>('sections.geojson');
  yangtze = json<YangtzePoints>('yangtze-points.geojson');
  rivers = json<Rivers>('rivers.geojson');
  context = json<Context>('context.geojson');
  municipalityKm2 = districts.features.reduce((s, f) => s + areaKm2(f.geometry), 0);
});

describe('manifest', () => {
  it('validates and lists every file, each present and valid for its kind', () => {
    expect(() => validateManifest(manifest)).not.toThrow();
    expect(manifest.layers.map((l) => l.id).sort()).toEqual(
      ['context', 'districts', 'rivers', 'sections', 'units', 'yangtze-points'],
    );
    for (const layer of manifest.layers) {
      expect(existsSync(join(DATA, layer.file)), layer.file).toBe(true);
      expect(() => validateLayer(layer.file, layer.kind, json(layer.file))).not.toThrow();
      // a source in each language, the Chinese one in Chinese (the 数据来源 list shows it in zh)
      const source = layer.source as { zh: string; en: string };
      expect(source.en.length).toBeGreaterThan(20);
      expect(source.zh).toMatch(/[\u4e00-\u9fff]{4}/);
    }
    expect(manifest.layers.filter((l) => ['units', 'sections', 'yangtze-points'].includes(l.kind)).every((l) => l.provenance === 'illustrative')).toBe(true);
  });
});

describe('geometry encoding', () => {
  it('rounds coordinates to at most 6 decimals and winds exterior rings counter-clockwise', () => {
    for (const f of ['districts.geojson', 'context.geojson', 'rivers.geojson', 'units.geojson', 'sections.geojson', 'yangtze-points.geojson']) {
      expect(text(f), f).not.toMatch(/\d\.\d{7,}/);
    }
    const signed = (r: Position[]) => {
      let s = 0;
      for (let i = 0, j = r.length - 1; i < r.length; j = i++) s += r[j]![0]! * r[i]![1]! - r[i]![0]! * r[j]![1]!;
      return s / 2;
    };
    for (const f of [...districts.features, ...units.features]) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const p of polys) {
        expect(signed(p[0]!)).toBeGreaterThan(0);
        for (const hole of p.slice(1)) expect(signed(hole)).toBeLessThan(0);
      }
    }
  });
});

describe('districts', () => {
  it('has the 38 county-level units with current names and English names', () => {
    expect(districts.features).toHaveLength(38);
    const byCode = new Map(districts.features.map((f) => [f.properties.adcode, f.properties]));
    expect(byCode.get('500155')?.name).toBe('梁平区');
    expect(byCode.get('500156')?.name).toBe('武隆区');
    expect(byCode.get('500103')?.name_en).toBe('Yuzhong District');
    expect(byCode.get('500101')?.name_en).toBe('Wanzhou District');
    expect(byCode.get('500240')?.name_en).toBe('Shizhu Tujia Autonomous County');
    const names = districts.features.map((f) => f.properties.name);
    expect(names).not.toContain('梁平县');
    expect(names).not.toContain('武隆县');
    expect(new Set(districts.features.map((f) => f.properties.adcode)).size).toBe(38);
    expect(districts.features.every((f) => /^5001\d\d$|^5002\d\d$/.test(f.properties.adcode) && f.properties.name_en)).toBe(true);
  });

  it('covers about 82,500 km² without kinks', () => {
    expect(municipalityKm2).toBeGreaterThan(82_000);
    expect(municipalityKm2).toBeLessThan(83_000);
    for (const f of districts.features) expect(turf.kinks(f).features, f.properties.name).toHaveLength(0);
  });
});

const CROSS = '跨界小河（示意）';
const NAMED_RIVERS = ['长江', '嘉陵江', '乌江', '涪江', '渠江', '芙蓉江'];

describe('rivers', () => {
  it('names the six rivers by rank', () => {
    const ranks = Object.fromEntries(
      rivers.features.filter((f) => f.properties.name && f.properties.name !== CROSS).map((f) => [f.properties.name, f.properties.rank]),
    );
    expect(ranks).toEqual({ 长江: 1, 嘉陵江: 2, 乌江: 2, 涪江: 3, 渠江: 3, 芙蓉江: 4 });
  });

  it('labels the border-crossing WDBII stream generically (no invented real name), rank 4', () => {
    const cross = rivers.features.filter((f) => f.properties.name === CROSS);
    expect(cross.length).toBeGreaterThanOrEqual(1);
    for (const f of cross) expect(f.properties).toEqual({ name: CROSS, name_en: 'Cross-border stream (illustrative)', rank: 4 });
    const names = new Set(rivers.features.map((f) => f.properties.name));
    expect([...names].sort()).toEqual(['', ...NAMED_RIVERS, CROSS].sort());
  });
});

describe('units', () => {
  it('has exactly 818 units with well-formed, unique codes', () => {
    expect(units.features).toHaveLength(818);
    const digit: Record<Category, string> = { priority: '1', key: '2', general: '3' };
    const codes = new Set<string>();
    for (const { properties: p } of units.features) {
      expect(p.code).toMatch(/^ZH\d{6}[123]\d{4}$/);
      expect(p.code.slice(2, 8)).toBe(p.adcode);
      expect(p.code[8]).toBe(digit[p.category]);
      codes.add(p.code);
      for (const dim of ['spatial_layout', 'pollutant_discharge', 'risk_prevention', 'resource_efficiency'] as const) {
        expect(p.rules[dim].length).toBeGreaterThan(0);
      }
    }
    expect(codes.size).toBe(818);
  });

  it('reproduces the published examples: 万州 13/13/7, 渝中 1/1/0', () => {
    const count = (adcode: string, cat: Category) =>
      units.features.filter((f) => f.properties.adcode === adcode && f.properties.category === cat).length;
    expect([count('500101', 'priority'), count('500101', 'key'), count('500101', 'general')]).toEqual([13, 13, 7]);
    expect([count('500103', 'priority'), count('500103', 'key'), count('500103', 'general')]).toEqual([1, 1, 0]);
  });

  it('has areas that sum to the municipality (within 0.5 %) and match the geometry', () => {
    const sum = units.features.reduce((s, f) => s + f.properties.area_km2, 0);
    expect(Math.abs(sum - municipalityKm2) / municipalityKm2).toBeLessThan(0.005);
    for (const f of units.features) {
      expect(Math.abs(areaKm2(f.geometry) - f.properties.area_km2)).toBeLessThan(0.001 + f.properties.area_km2 * 1e-6);
    }
  });

  it('sums, per district, to the district area within 0.01 %', () => {
    for (const d of districts.features) {
      const sum = units.features.filter((f) => f.properties.adcode === d.properties.adcode).reduce((s, f) => s + areaKm2(f.geometry), 0);
      const a = areaKm2(d.geometry);
      expect(Math.abs(sum - a) / a, d.properties.name).toBeLessThan(1e-4);
    }
  });

  it('has no thin Voronoi spikes: necks < 15 m only where the district outline has them, few < 50 m, compact enough', () => {
    // neck = a ring vertex closer than w to a far-away (along the ring) edge of the same ring;
    // "inherent" = both sides of the neck on the district outline (the echarts source's own
    // narrow spots, e.g. 渝中 at 10 m), which a partition of that district cannot remove
    const byCode = new Map(districts.features.map((f) => [f.properties.adcode, f.geometry]));
    const onOutline = (p: Position, g: Poly) =>
      (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).some(
        (r) => turf.pointToLineDistance(p, turf.lineString(r), { units: 'meters' }) < 1,
      );
    let worst = Infinity;
    let with50 = 0;
    let minPP = Infinity;
    for (const f of units.features) {
      expect(f.geometry.type).toBe('Polygon');
      const ring = (f.geometry as Polygon).coordinates[0]!;
      const d = byCode.get(f.properties.adcode)!;
      const necks = findNecks(ring, 50).filter((k) => !(onOutline(ring[k.i]!, d) && onOutline(k.q, d)));
      if (necks.length) with50++;
      for (const k of necks) worst = Math.min(worst, k.d);
      const per = turf.length(turf.polygonToLine(f) as never, { units: 'meters' });
      minPP = Math.min(minPP, (4 * Math.PI * turf.area(f)) / per ** 2);
    }
    // measured after the pipeline's despiking: 4 units with a neck < 50 m, narrowest 18.6 m, each
    // where the cut-off side touches no other unit of its district (before: 15 units, narrowest
    // 2.1 m — the spike east of 寸滩 at 106.671, 29.631). 15 m ≈ a line of 1 px at zoom 13.
    expect(worst).toBeGreaterThan(15);
    expect(with50).toBeLessThanOrEqual(4);
    // Polsby–Popper 4πA/P²: 1 for a disc, ≈0.2 for a 1:15 rectangle; measured minimum 0.204
    expect(minPP).toBeGreaterThan(0.18);
  });

  it('has category area shares close to 54.4 / 14.1 / 31.5 %', () => {
    const total = units.features.reduce((s, f) => s + f.properties.area_km2, 0);
    const share = (cat: Category) =>
      (units.features.filter((f) => f.properties.category === cat).reduce((s, f) => s + f.properties.area_km2, 0) / total) * 100;
    expect(Math.abs(share('priority') - 54.4)).toBeLessThan(2);
    expect(Math.abs(share('key') - 14.1)).toBeLessThan(2);
    expect(Math.abs(share('general') - 31.5)).toBeLessThan(2);
  });

  it('partitions the municipality: 2,000 seeded points inside it each fall in exactly one unit of its district', () => {
    const inDistrict = polygonIndex(districts.features);
    const inUnit = polygonIndex(units.features);
    const [w, s, e, n] = turf.bbox(districts);
    const rnd = mulberry32(818);
    let tested = 0;
    while (tested < 2000) {
      const p: [number, number] = [w + (e - w) * rnd(), s + (n - s) * rnd()];
      const d = inDistrict(p);
      if (d.length === 0) continue;
      tested++;
      const hits = inUnit(p);
      expect(hits, `point ${p.join(',')}`).toHaveLength(1);
      expect(units.features[hits[0]!]!.properties.adcode).toBe(districts.features[d[0]!]!.properties.adcode);
    }
  });
});

describe('sections', () => {
  it('has 74 national sections, 73 in class Ⅰ–Ⅲ', () => {
    expect(sections.features).toHaveLength(74);
    expect(new Set(sections.features.map((f) => f.properties.id)).size).toBe(74);
    expect(sections.features.filter((f) => f.properties.class <= 3)).toHaveLength(73);
    expect(sections.features.every((f) => f.properties.level === 'national')).toBe(true);
  });

  it('has 7 sections towards Sichuan, all class Ⅰ–Ⅲ and meeting their target', () => {
    const cross = sections.features.filter((f) => f.properties.cross_border === 'to-sichuan');
    expect(cross).toHaveLength(7);
    for (const f of cross) {
      expect(f.properties.class).toBeLessThanOrEqual(3);
      expect(f.properties.class).toBeLessThanOrEqual(f.properties.target_class);
    }
    expect(sections.features.filter((f) => f.properties.cross_border === null)).toHaveLength(67);
  });

  it('flags no named river (they all flow from Sichuan into Chongqing) as towards Sichuan; 朱沱 is the Yangtze entry', () => {
    for (const f of sections.features) {
      if (NAMED_RIVERS.includes(f.properties.river)) expect(f.properties.cross_border, f.properties.name).toBeNull();
    }
    expect(sections.features.find((f) => f.properties.name === '朱沱')?.properties.cross_border).toBeNull();
  });

  it('puts the 7 towards-Sichuan sections on the Sichuan border of the twin-city circle, one per district, clear of the named rivers', () => {
    // The circle's districts that border Sichuan, as geodata/README.md names them (written here, not read from the generator).
    const CIRCLE_BORDER = ['江津区', '永川区', '荣昌区', '大足区', '潼南区', '合川区', '梁平区'];
    const sichuan = context.features.find((f) => f.properties.name === '四川省')!;
    const outline = turf.polygonToLine(sichuan);
    const lines = outline.type === 'FeatureCollection' ? outline.features : [outline];
    const named = rivers.features.filter((f) => NAMED_RIVERS.includes(f.properties.name)).flatMap((f) => turf.flatten(f).features);
    const cross = sections.features.filter((s) => s.properties.cross_border === 'to-sichuan');
    expect(cross.map((f) => f.properties.district).sort()).toEqual([...CIRCLE_BORDER].sort());
    for (const f of cross) {
      const p = f.geometry.coordinates;
      const district = districts.features.find((d) => d.properties.adcode === f.properties.adcode)!;
      expect(district.properties.name, f.properties.name).toBe(f.properties.district);
      expect(turf.booleanPointInPolygon(p, district), f.properties.name).toBe(true);
      expect(turf.booleanPointInPolygon(p, sichuan), f.properties.name).toBe(false);
      const km = Math.min(...lines.map((l) => turf.pointToLineDistance(p, l as never, { units: 'kilometers' })));
      expect(km, f.properties.name).toBeGreaterThan(0.3);
      expect(km, f.properties.name).toBeLessThan(3);
      const river = Math.min(...named.map((r) => turf.pointToLineDistance(p, r as never, { units: 'kilometers' })));
      expect(river, f.properties.name).toBeGreaterThan(4);
      expect(f.properties.river).toBe('跨界河流（示意）');
      expect(f.properties.name).toBe(`${f.properties.district.replace(/区$/, '')}出境`);
    }
    // spread like real sections: no two within 5 km of each other
    for (const [i, a] of cross.entries()) {
      for (const b of cross.slice(i + 1)) expect(turf.distance(a.geometry.coordinates, b.geometry.coordinates)).toBeGreaterThan(5);
    }
  });

  it('has unique names without machine-made trailing digits', () => {
    const names = sections.features.map((f) => f.properties.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n, n).not.toMatch(/\d$/);
  });

  it('has monthly readings Jan–Jun 2024 classified by GB 3838-2002, and a class from their mean', () => {
    for (const f of sections.features) {
      const ms = f.properties.monthly ?? [];
      expect(ms.map((m) => m.month)).toEqual(MONTHS);
      for (const m of ms) expect(m.class, `${f.properties.name} ${m.month}`).toBe(classByTable1(m));
      expect(f.properties.class, f.properties.name).toBe(classByTable1(meanOf(ms)));
    }
  });

  it('includes the known stations and lies inside its district', () => {
    const names = sections.features.map((f) => f.properties.name);
    for (const n of ['朱沱', '寸滩', '长寿', '清溪场', '忠县', '万州', '奉节', '北碚', '武隆']) expect(names).toContain(n);
    const byCode = new Map(districts.features.map((f) => [f.properties.adcode, f]));
    for (const f of sections.features) {
      const d = byCode.get(f.properties.adcode)!;
      expect(d.properties.name).toBe(f.properties.district);
      expect(turf.booleanPointInPolygon(f.geometry.coordinates, d), f.properties.name).toBe(true);
    }
  });
});

describe('Yangtze main-stem points', () => {
  it('has about 20 points, all class Ⅱ every month, with increasing chainage', () => {
    const fs = yangtze.features;
    expect(fs.length).toBeGreaterThanOrEqual(18);
    expect(fs.length).toBeLessThanOrEqual(22);
    let last = -1;
    for (const f of fs) {
      expect(f.properties.class).toBe(2);
      expect(f.properties.km).toBeGreaterThan(last);
      last = f.properties.km;
      expect(f.properties.monthly.map((m) => m.month)).toEqual(MONTHS);
      for (const m of f.properties.monthly) {
        expect(m.class).toBe(2);
        expect(classByTable1(m)).toBe(2);
      }
    }
    expect(last).toBeGreaterThan(550);
    expect(last).toBeLessThan(700);
  });
});
