import { describe, expect, it } from 'vitest';
import { buildLookup, legendCounts, resolveSelection } from '../../src/data/lookup';
import { loadRomanizer } from '../../src/data/romanize';
import { buildSearchIndex, search } from '../../src/data/search';
import { pointFilter, sectionFilter, unitFilter } from '../../src/map/filters';
import { DEFAULT_FILTERS } from '../../src/state/url';
import { sampleDataset } from './sample-data';

const data = sampleDataset;

describe('search', () => {
  const index = buildSearchIndex(data);

  it('finds a unit by its exact code first', () => {
    const unit = data.units.features[100]!.properties;
    const [first] = search(index, unit.code.toLowerCase());
    expect(first).toMatchObject({ kind: 'unit', id: unit.code });
  });

  it('ranks exact names first, then districts before the units whose names start with them', () => {
    const results = search(index, '万州区');
    expect(results[0]).toMatchObject({ kind: 'district', id: '500101', label: { zh: '万州区' } });
    expect(results.slice(1).every((r) => r.kind === 'unit' && r.label.zh.startsWith('万州区'))).toBe(true);
    const short = search(index, '万州');
    expect(short[0]).toMatchObject({ kind: 'section', label: { zh: '万州' } });
    expect(short[1]).toMatchObject({ kind: 'district', label: { zh: '万州区' } });
  });

  it('finds the 寸滩 section by name and returns nothing for nonsense', () => {
    expect(search(index, '寸滩')[0]).toMatchObject({ kind: 'section', label: { zh: '寸滩' } });
    expect(search(index, 'zzzz-not-a-place')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
  });
});

describe('search by pinyin and English', async () => {
  const index = buildSearchIndex(data, await loadRomanizer());

  it('finds 渝中区 by pinyin initials, full pinyin and its English name', () => {
    for (const q of ['yz', 'yuzhong', 'Yuzhong', 'Yuzhong District']) {
      expect(search(index, q)[0], q).toMatchObject({ kind: 'district', id: '500103', label: { zh: '渝中区', en: 'Yuzhong District 渝中区' } });
    }
  });

  it('finds the 寸滩 section by pinyin, labelled with its Chinese beside it', () => {
    expect(search(index, 'Cuntan')[0]).toMatchObject({ kind: 'section', label: { zh: '寸滩', en: 'Cuntan 寸滩' } });
    expect(search(index, 'ct')[0]?.label.zh).toBe('寸滩');
  });

  it('finds Yangtze sections and points by the river’s English name, with details in each language', () => {
    const results = search(index, 'Yangtze', 100);
    // 28 sections on the 长江 (not counting tributaries) and 20 main-stem points in the sample.
    expect(results.filter((r) => r.kind === 'section')).toHaveLength(28);
    expect(results.filter((r) => r.kind === 'point')).toHaveLength(20);
    const cuntan = results.find((r) => r.label.zh === '寸滩')!;
    expect(cuntan.detail.zh).toMatch(/^长江 · [\u4e00-\u9fff]+区$/);
    expect(cuntan.detail.en).toMatch(/^Yangtze River 长江 · [A-Za-z]+ District [\u4e00-\u9fff]+区$/);
  });

  it('reads polyphonic place names as they are said (重庆 chongqing, 长寿 changshou)', async () => {
    const r = await loadRomanizer();
    expect(r.full('重庆')).toBe('chongqing');
    expect(r.full('长寿')).toBe('changshou');
    expect(r.initials('渝中区')).toBe('yzq');
  });
});

describe('legend counts and filters', () => {
  it('counts every unit and section with the default filters', () => {
    const counts = legendCounts(data, DEFAULT_FILTERS);
    expect(counts.units.priority + counts.units.key + counts.units.general).toBe(818);
    expect(Object.values(counts.sections).reduce((a, b) => a + b, 0)).toBe(74);
    expect(counts.sections[4] + counts.sections[5] + counts.sections[6]).toBe(1);
    expect(counts.points[2]).toBe(20);
  });

  it('counts only 渝中区 (1 priority, 1 key) when filtered to it', () => {
    const counts = legendCounts(data, { ...DEFAULT_FILTERS, district: '500103' });
    expect(counts.units).toEqual({ priority: 1, key: 1, general: 0 });
  });

  it('counts Yangtze points of the filtered district too, as the map shows them', () => {
    // The sample puts two main-stem points in 万州区 and none in 渝中区 (yangtze-points.geojson).
    const sum = (r: Record<number, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    expect(sum(legendCounts(data, { ...DEFAULT_FILTERS, district: '500101' }).points)).toBe(2);
    expect(sum(legendCounts(data, { ...DEFAULT_FILTERS, district: '500103' }).points)).toBe(0);
  });

  it('builds MapLibre filters that mirror the legend filters', () => {
    const filters = { categories: ['key' as const], district: '500101', classes: [1 as const, 2 as const] };
    expect(unitFilter(filters)).toEqual(['all', ['in', ['get', 'category'], ['literal', ['key']]], ['==', ['get', 'adcode'], '500101']]);
    expect(sectionFilter(filters)).toEqual(['all', ['in', ['get', 'class'], ['literal', [1, 2]]], ['==', ['get', 'adcode'], '500101']]);
    expect(pointFilter(filters, '万州区')).toEqual(['all', ['in', ['get', 'class'], ['literal', [1, 2]]], ['==', ['get', 'district'], '万州区']]);
    expect(pointFilter(DEFAULT_FILTERS, null)).toEqual(['in', ['get', 'class'], ['literal', [1, 2, 3, 4, 5, 6]]]);
    expect(legendCounts(data, filters).units).toEqual({ priority: 0, key: 13, general: 0 });
  });
});

describe('selection lookup', () => {
  const lookup = buildLookup(data);
  it('resolves ids of every kind and rejects unknown ones', () => {
    const section = data.sections.features[0]!;
    expect(resolveSelection(lookup, { kind: 'section', id: section.properties.id })?.feature).toBe(section);
    expect(resolveSelection(lookup, { kind: 'unit', id: 'ZH50010119999' })).toBeNull();
    expect(resolveSelection(lookup, null)).toBeNull();
  });
});
