import { describe, expect, it } from 'vitest';
import { featureRows, matchRows, sortRows } from '../../src/present/feature-rows';
import { DEFAULT_FILTERS } from '../../src/state/url';
import { sampleDataset as data } from './sample-data';

const units = data.units.features.map((f) => f.properties);
const sections = data.sections.features.map((f) => f.properties);

describe('feature list rows', () => {
  it('lists every unit and section the filters leave, as the legend counts them', () => {
    expect(featureRows(data, DEFAULT_FILTERS, 'unit', 'zh')).toHaveLength(818);
    expect(featureRows(data, DEFAULT_FILTERS, 'section', 'zh')).toHaveLength(74);
    // The legend of the bundled sample: 398 priority-protection units (README screenshot).
    expect(featureRows(data, { ...DEFAULT_FILTERS, categories: ['priority'] }, 'unit', 'zh')).toHaveLength(398);
    const wanzhou = featureRows(data, { ...DEFAULT_FILTERS, district: '500101' }, 'section', 'en');
    expect(wanzhou.map((r) => r.name).sort()).toEqual(['万州', '万州长江上游', '万州长江下游'].sort());
    expect(new Set(wanzhou.map((r) => r.district))).toEqual(new Set(['Wanzhou District (万州区)']));
  });

  it('finds rows by name, code, district or river in either language', () => {
    const rows = featureRows(data, DEFAULT_FILTERS, 'unit', 'zh');
    const byHand = units.filter((p) => [p.name, p.code, p.district, p.subtype].some((s) => s.includes('万州')));
    expect(matchRows(rows, '万州').map((r) => r.selection.id).sort()).toEqual(byHand.map((p) => p.code).sort());
    expect(matchRows(rows, ' wanZHOU ')).toHaveLength(byHand.length);
    const code = units[5]!.code;
    expect(matchRows(rows, code.toLowerCase()).map((r) => r.selection.id)).toEqual([code]);
    const jialing = matchRows(featureRows(data, DEFAULT_FILTERS, 'section', 'en'), 'Jialing');
    expect(jialing.map((r) => r.selection.id).sort()).toEqual(sections.filter((p) => p.river === '嘉陵江').map((p) => p.id).sort());
    expect(matchRows(rows, '')).toHaveLength(818);
    expect(matchRows(rows, 'no such place')).toEqual([]);
  });

  it('sorts by area, class and name (pinyin order in Chinese), both ways', () => {
    const rows = featureRows(data, DEFAULT_FILTERS, 'unit', 'en');
    const largest = units.reduce((a, b) => (b.area_km2 > a.area_km2 ? b : a));
    const smallest = units.reduce((a, b) => (b.area_km2 < a.area_km2 ? b : a));
    expect(sortRows(rows, 'measure', 'desc', 'en')[0]!.selection.id).toBe(largest.code);
    expect(sortRows(rows, 'measure', 'asc', 'en')[0]!.selection.id).toBe(smallest.code);
    expect(sortRows(rows, 'measure', 'desc', 'en')[0]!.measureText).toMatch(/ km²$/);

    const water = featureRows(data, DEFAULT_FILTERS, 'section', 'zh');
    // One section of the sample is class Ⅳ (合川涪江下游); the rest Ⅱ or Ⅲ.
    const worst = sortRows(water, 'measure', 'desc', 'zh')[0]!;
    expect([worst.name, worst.measureText]).toEqual(['合川涪江下游', 'Ⅳ']);
    // 寸滩 (cùn) < 清溪场 (qīng) < 朱沱 (zhū) in pinyin; reversed when descending.
    const order = (dir: 'asc' | 'desc') => {
      const names = sortRows(water, 'name', dir, 'zh').map((r) => r.name);
      return ['寸滩', '清溪场', '朱沱'].map((n) => names.indexOf(n));
    };
    const [c, q, z] = order('asc');
    expect(c! < q! && q! < z!).toBe(true);
    const [cd, qd, zd] = order('desc');
    expect(cd! > qd! && qd! > zd!).toBe(true);
    // Ties on the district column keep name order.
    const byDistrict = sortRows(water, 'district', 'asc', 'zh').filter((r) => r.district === '万州区').map((r) => r.name);
    expect(byDistrict).toEqual(['万州', '万州长江上游', '万州长江下游']);
  });
});
