/**
 * The presentation rows of a hand-made site check, in Chinese and English. Every expected
 * string is written out by hand from the fixture's round numbers (15 ha = 225 亩 = 0.15 km²;
 * 750.5 m rounds half away from zero to 751 m), never produced by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { siteReport, type SiteReport } from '../../src/present/site-report';
import { mapDistanceLabel, mapLabelSentence } from '../../src/present/map-label';
import { areaIn, lengthIn, readableLength, share } from '../../src/present/quantity';
import { describeVerdict } from '../../src/present/verdict';
import { formatList } from '../../src/present/list';
import { formatDateTime } from '../../src/present/date';
import { GENERAL, handMadeResult, KEY, PRIORITY } from './present-fixture';

const texts = (r: SiteReport) => ({
  kind: r.kindName,
  area: r.area?.map((q) => q.text),
  length: [r.length?.label, r.length?.distance.readable.text, r.length?.distance.exact.text],
  centroid: r.centroid.text,
  vertices: r.vertices.text,
  districts: r.districtList,
  coverage: r.coverage.text,
  units: r.units.map((u) => [u.code, u.categoryName, u.district, u.overlapArea?.map((q) => q.text), u.overlap?.text, u.share.text]),
  nearest: [r.nearest?.name, r.nearest?.distance.readable.text, r.nearest?.distance.exact.text],
  rivers: r.rivers.map((x) => [x.name, x.distance.readable.text, x.band]),
  sections: r.sections.map((x) => [x.name, x.river, x.classNumeral, x.className, x.distance.readable.text, x.relation, x.along?.text ?? null]),
  rules: r.rules.map((d) => [d.title, d.clauses.map((c) => c.codeList)]),
});

describe('site report rows', () => {
  it('Chinese', () => {
    expect(texts(siteReport(handMadeResult(), 'zh', true))).toEqual({
      kind: '面',
      area: ['150,000 平方米', '15.00 公顷', '225.00 亩', '0.1500 平方公里'],
      length: ['周长', '1.60 公里', '1,600.00 米'],
      centroid: '东经 106.500000°，北纬 29.500000°',
      vertices: '5',
      districts: '渝中区、江北区',
      coverage: '100.0%',
      units: [
        [KEY, '重点管控', '渝中区', ['120,000 平方米', '12.00 公顷', '180.00 亩'], '12.00 公顷', '80.0%'],
        [GENERAL, '一般管控', '渝中区', ['30,000 平方米', '3.00 公顷', '45.00 亩'], '3.00 公顷', '20.0%'],
      ],
      nearest: ['渝中区生态保护红线优先保护单元3', '751 米', '750.50 米'],
      rivers: [
        ['长江', '420 米', '1 公里岸线带内'],
        ['嘉陵江', '2.50 公里', '5 公里范围内'],
        ['乌江', '125.00 公里', '5 公里以外'],
      ],
      sections: [
        ['寸滩', '长江', 'Ⅱ', 'Ⅱ 类', '3.20 公里', '下游', '4.00 公里'],
        ['大溪沟', '嘉陵江', 'Ⅲ', 'Ⅲ 类', '1.50 公里', '—', null],
      ],
      rules: [
        ['空间布局约束', [`${KEY}、${GENERAL}`]],
        ['污染物排放管控', [KEY]],
        ['环境风险防控', []],
        ['资源利用效率', []],
      ],
    });
  });

  it('English', () => {
    expect(texts(siteReport(handMadeResult(), 'en', true))).toEqual({
      kind: 'Area',
      area: ['150,000 m²', '15.00 ha', '225.00 mu (亩)', '0.1500 km²'],
      length: ['Perimeter', '1.60 km', '1,600.00 m'],
      centroid: '106.500000° E, 29.500000° N',
      vertices: '5',
      districts: 'Yuzhong, Jiangbei',
      coverage: '100.0%',
      units: [
        [KEY, 'Key control', 'Yuzhong', ['120,000 m²', '12.00 ha', '180.00 mu (亩)'], '12.00 ha', '80.0%'],
        [GENERAL, 'General control', 'Yuzhong', ['30,000 m²', '3.00 ha', '45.00 mu (亩)'], '3.00 ha', '20.0%'],
      ],
      nearest: ['渝中区生态保护红线优先保护单元3', '751 m', '750.50 m'],
      rivers: [
        ['Yangtze', '420 m', 'within the 1 km shoreline band'],
        ['Jialing River', '2.50 km', 'within 5 km'],
        ['Wu River', '125.00 km', 'beyond 5 km'],
      ],
      sections: [
        ['寸滩', 'Yangtze', 'Ⅱ', 'Class Ⅱ', '3.20 km', 'Downstream', '4.00 km'],
        ['大溪沟', 'Jialing River', 'Ⅲ', 'Class Ⅲ', '1.50 km', '—', null],
      ],
      rules: [
        ['Spatial layout', [`${KEY}, ${GENERAL}`]],
        ['Pollutant discharge', [KEY]],
        ['Environmental risk prevention', []],
        ['Resource efficiency', []],
      ],
    });
  });
});

describe('verdict sentences', () => {
  it('name the nearest priority unit with its name, in both languages', () => {
    const zh = describeVerdict(handMadeResult(), 'zh', true);
    expect(zh.label).toBe('需要注意');
    expect(zh.headline).toBe('场地不涉及优先保护单元，但有下列需要注意的情况');
    expect(zh.reasons).toEqual([
      `场地涉及重点管控单元 ${KEY}（渝中区城镇重点管控单元1）。`,
      `场地邻近优先保护单元 ${PRIORITY}（渝中区生态保护红线优先保护单元3），最近距离 751 米。`,
      '场地距长江岸线 420 米，在 1 公里岸线带内。',
      '场地距嘉陵江岸线 2.50 公里，在 5 公里范围内。',
    ]);
    expect(zh.disclaimer).toContain('示例数据');
    const en = describeVerdict(handMadeResult(), 'en', false);
    expect(en.reasons).toEqual([
      `The site touches key-control unit ${KEY} (渝中区城镇重点管控单元1).`,
      `The site is close to priority-protection unit ${PRIORITY} (渝中区生态保护红线优先保护单元3): 751 m at the nearest point.`,
      'The site is 420 m from the Yangtze bank, inside the 1 km shoreline band.',
      'The site is 2.50 km from the Jialing River bank, within 5 km.',
    ]);
    expect(en.disclaimer).toContain('not an approval or a legal opinion');
    expect(en.disclaimer).not.toContain('llustrative');
  });

  it('data values that are names of Object.prototype members are plain names', () => {
    const r = handMadeResult();
    r.verdict.reasons = [
      { kind: 'within-1km-river', river: 'constructor', distanceM: 10 },
      { kind: 'within-5km-river', river: '__proto__', distanceM: 1000 },
      { kind: 'inside-key', code: 'toString' },
    ];
    r.rivers = [{ name: 'hasOwnProperty', distanceM: 5, from: [0, 0], to: [0, 0], within1km: true, within5km: true }];
    expect(describeVerdict(r, 'zh', true).reasons).toEqual([
      '场地距constructor岸线 10 米，在 1 公里岸线带内。',
      '场地距__proto__岸线 1.00 公里，在 5 公里范围内。',
      '场地涉及重点管控单元 toString。',
    ]);
    expect(siteReport(r, 'en', true).rivers[0]?.name).toBe('hasOwnProperty');
  });

  it('restricted headlines list three codes, then count', () => {
    const r = handMadeResult();
    r.verdict = { level: 'restricted', reasons: ['A1', 'A2', 'A3', 'A4', 'A5'].map((code) => ({ kind: 'inside-priority' as const, code })) };
    expect(describeVerdict(r, 'zh', true).headline).toBe('场地涉及优先保护单元 A1、A2、A3 等 5 个单元：下列准入清单条款限制建设活动');
    expect(describeVerdict(r, 'en', true).headline).toBe(
      'The site touches priority-protection units A1, A2, A3 and 2 more: the clauses below restrict construction',
    );
  });
});

describe('one rule per quantity', () => {
  it('distances: whole metres below 1 km (after rounding), then km with 2 decimals', () => {
    expect(readableLength(0, 'zh').text).toBe('0 米');
    expect(readableLength(999.4, 'zh').text).toBe('999 米');
    expect(readableLength(999.5, 'zh').text).toBe('1.00 公里');
    expect(readableLength(1234567, 'en').text).toBe('1,234.57 km');
    expect(lengthIn(1.005, 'm', 'en').text).toBe('1 m');
    expect(lengthIn(12345, 'km', 'en').plain).toBe('12.35');
  });
  it('areas keep ~100 m² in every unit; 1 亩 = 666.67 m²', () => {
    expect(areaIn(10_000, 'mu', 'zh').text).toBe('15.00 亩');
    expect(areaIn(666.67, 'mu', 'en').text).toBe('1.00 mu (亩)');
    expect(areaIn(1_234_567, 'km2', 'en').text).toBe('1.2346 km²');
    expect(areaIn(1_234_567, 'm2', 'en').plain).toBe('1234567');
  });
  it('shares one decimal of a percent; never "-0"', () => {
    expect(share(0.45678, 'en').text).toBe('45.7%');
    expect(share(0.99999, 'zh').text).toBe('100.0%');
    expect(share(-0.0001, 'zh').plain).toBe('0.0');
  });
  it('a moment in words, in the reader’s time zone', () => {
    const at = new Date(2024, 5, 30, 14, 5);
    expect(formatDateTime(at, 'zh')).toBe('2024年6月30日 14:05');
    expect(formatDateTime(at, 'en')).toBe('30 June 2024 at 14:05');
  });
  it('lists the locale’s way', () => {
    expect(formatList(['甲', '乙', '丙'], 'zh')).toBe('甲、乙、丙');
    expect(formatList(['A', 'B'], 'en')).toBe('A, B');
    expect(formatList([], 'en')).toBe('');
  });
  it('map labels: the same figure, ASCII units in both languages', () => {
    expect(mapDistanceLabel(750.5, 'zh')).toBe('751 m');
    expect(mapDistanceLabel(2500, 'zh')).toBe('2.50 km');
    expect(mapDistanceLabel(12_345.6, 'en')).toBe('12.35 km');
  });
  it('map labels as sentences for screen readers: what they measure, then the label', () => {
    expect(mapLabelSentence({ kind: 'nearest-priority' }, '13.31 km', 'zh')).toBe('到最近的优先保护单元：13.31 km');
    expect(mapLabelSentence({ kind: 'river', river: '长江' }, '1.80 km', 'zh')).toBe('到长江：1.80 km');
    expect(mapLabelSentence({ kind: 'river', river: '长江' }, '1.80 km', 'en')).toBe('To the Yangtze: 1.80 km');
    expect(mapLabelSentence({ kind: 'nearest-priority' }, '751 m', 'en')).toBe('To the nearest priority-protection unit: 751 m');
  });
});
