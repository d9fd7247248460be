/**
 * describeVerdict: every VerdictReason kind and every level in both languages, exact wording,
 * on synthetic verdicts and on verdicts the real spatial core gives on the bundled sample.
 */
import { describe, expect, it } from 'vitest';
import type { Verdict, VerdictReason } from '../../src/geo/index';
import { describeReason, describeVerdict, formatDistance, formatPercent, riverLabel } from '../../src/ui/report/verdict';
import { enReport } from '../../src/i18n/en-report';
import { zhReport } from '../../src/i18n/zh-report';
import { check, square, translator } from './report-helpers';

const zh = translator('zh');
const en = translator('en');

describe('distances and percentages', () => {
  it('metres below 1 km, kilometres above, 0–2 decimals, decimal-exact rounding', () => {
    expect(formatDistance(0, zh)).toBe('0 米');
    expect(formatDistance(0, en, 'en')).toBe('0 m');
    expect(formatDistance(481.31686988, zh)).toBe('481.32 米');
    expect(formatDistance(12.5, en, 'en')).toBe('12.5 m');
    expect(formatDistance(1.005, en, 'en')).toBe('1.01 m');
    expect(formatDistance(999.994, zh)).toBe('999.99 米');
    expect(formatDistance(999.996, zh)).toBe('1 公里');
    expect(formatDistance(12688.490076, zh)).toBe('12.69 公里');
    expect(formatDistance(192092.169, en, 'en')).toBe('192.09 km');
    expect(formatDistance(1234567, en, 'en')).toBe('1,234.57 km');
  });
  it('percentages with up to 2 decimals', () => {
    expect(formatPercent(1, zh)).toBe('100%');
    expect(formatPercent(0.45678, en, 'en')).toBe('45.68 %');
    expect(formatPercent(0.99999, zh)).toBe('100%');
  });
  it('main rivers are named in the current language; others keep the data name', () => {
    expect(riverLabel('长江', en)).toBe('Yangtze');
    expect(riverLabel('嘉陵江', en)).toBe('Jialing River');
    expect(riverLabel('乌江', en)).toBe('Wu River');
    expect(riverLabel('綦江', en)).toBe('綦江');
    expect(riverLabel('长江', zh)).toBe('长江');
  });
});

describe('each reason kind, both languages', () => {
  const names = new Map([['ZH50010110010', '万州区生态保护红线优先保护单元2']]);
  const cases: [VerdictReason, string, string][] = [
    [{ kind: 'outside-dataset' }, '场地不在任何管控单元内，位于本数据的覆盖范围之外。', 'The site is in no control unit: it lies outside the area this data covers.'],
    [{ kind: 'partly-outside', shareInside: 0.6234 }, '场地只有 62.34% 位于本数据的覆盖范围内，其余部分没有核查。', 'Only 62.34 % of the site lies inside the area this data covers; the rest was not checked.'],
    [{ kind: 'inside-priority', code: 'ZH50010110010' }, '场地涉及优先保护单元 ZH50010110010（万州区生态保护红线优先保护单元2）。', 'The site touches priority-protection unit ZH50010110010 (万州区生态保护红线优先保护单元2).'],
    [{ kind: 'near-priority', code: 'ZH50015410014', distanceM: 734.256 }, '场地邻近优先保护单元 ZH50015410014，最近距离 734.26 米。', 'The site is close to priority-protection unit ZH50015410014: 734.26 m at the nearest point.'],
    [{ kind: 'inside-key', code: 'ZH50010120005' }, '场地涉及重点管控单元 ZH50010120005。', 'The site touches key-control unit ZH50010120005.'],
    [{ kind: 'within-1km-river', river: '长江', distanceM: 481.31686 }, '场地距长江岸线 481.32 米，在 1 公里岸线带内。', 'The site is 481.32 m from the Yangtze bank, inside the 1 km shoreline band.'],
    [{ kind: 'within-5km-river', river: '乌江', distanceM: 3456.7 }, '场地距乌江岸线 3.46 公里，在 5 公里范围内。', 'The site is 3.46 km from the Wu River bank, within 5 km.'],
    [{ kind: 'general-only' }, '场地只涉及一般管控单元。', 'The site touches general-control units only.'],
  ];
  for (const [reason, zhText, enText] of cases) {
    it(reason.kind, () => {
      expect(describeReason(reason, zh, { unitNames: names })).toBe(zhText);
      expect(describeReason(reason, en, { lang: 'en', unitNames: names })).toBe(enText);
    });
  }
  it('covers every kind of the union', () => {
    const kinds = new Set(cases.map(([r]) => r.kind));
    expect(kinds.size).toBe(8);
  });
});

describe('headlines and the disclaimer', () => {
  const v = (level: Verdict['level'], reasons: VerdictReason[]): Verdict => ({ level, reasons });
  it('restricted names the priority codes, at most three, then counts', () => {
    const one = describeVerdict(v('restricted', [{ kind: 'inside-priority', code: 'ZH50010110010' }]), zh);
    expect(one.headline).toBe('场地涉及优先保护单元 ZH50010110010：下列准入清单条款限制建设活动');
    const oneEn = describeVerdict(v('restricted', [{ kind: 'inside-priority', code: 'ZH50010110010' }]), en);
    expect(oneEn.headline).toBe('The site touches priority-protection unit ZH50010110010: the clauses below restrict construction');
    const codes = ['ZH50010110001', 'ZH50010110002', 'ZH50010110003', 'ZH50010110004', 'ZH50010110005'];
    const many: Verdict = v('restricted', [
      ...codes.map((code) => ({ kind: 'inside-priority' as const, code })),
      { kind: 'inside-key', code: 'ZH50010120001' },
    ]);
    expect(describeVerdict(many, zh).headline).toBe(
      '场地涉及优先保护单元 ZH50010110001、ZH50010110002、ZH50010110003 等 5 个单元：下列准入清单条款限制建设活动',
    );
    expect(describeVerdict(many, en).headline).toBe(
      'The site touches priority-protection units ZH50010110001, ZH50010110002, ZH50010110003 and 2 more: the clauses below restrict construction',
    );
    expect(describeVerdict(many, zh).reasons).toHaveLength(6);
  });
  it('other levels', () => {
    expect(describeVerdict(v('caution', [{ kind: 'inside-key', code: 'X' }]), zh).headline).toBe('场地不涉及优先保护单元，但有下列需要注意的情况');
    expect(describeVerdict(v('general', [{ kind: 'general-only' }]), en).headline).toBe(
      'The site lies in general-control units only: the general requirements below apply',
    );
    expect(describeVerdict(v('outside', [{ kind: 'outside-dataset' }]), zh).headline).toBe('场地不在本数据覆盖的范围内：没有可以对照的管控单元');
  });
  it('always carries a disclaimer that denies legal authority', () => {
    for (const level of ['restricted', 'caution', 'general', 'outside'] as const) {
      const d = describeVerdict(v(level, []), zh);
      expect(d.disclaimer).toContain('仅供参考，不构成审批意见或法律意见');
      expect(d.disclaimer).toContain('示例数据');
      expect(describeVerdict(v(level, []), en).disclaimer).toContain('not an approval or a legal opinion');
    }
    const official = describeVerdict(v('general', []), zh, { illustrative: false }).disclaimer;
    expect(official).toContain('不构成审批意见或法律意见');
    expect(official).not.toContain('示例数据');
  });
  it('no verdict wording grants or refuses permission', () => {
    for (const catalog of [zhReport, enReport]) {
      for (const [key, text] of Object.entries(catalog)) {
        if (key.startsWith('verdict.')) expect(text, key).not.toMatch(/批准|准予|许可|不得建设|禁止建设|approv|permit|forbid|prohibit/i);
      }
    }
  });
});

describe('verdicts of the real spatial core on the sample data', () => {
  it('a point inside a priority unit (万州): restricted, named', () => {
    const r = check({ type: 'Point', coordinates: [108.2, 30.6] });
    expect(r.verdict.level).toBe('restricted');
    const code = r.units[0]?.code ?? '';
    expect(code).toMatch(/^ZH\d{6}1\d{4}$/);
    const d = describeVerdict(r.verdict, zh, { unitNames: new Map(r.units.map((u) => [u.code, u.name])) });
    expect(d.headline).toBe(`场地涉及优先保护单元 ${code}：下列准入清单条款限制建设活动`);
    expect(d.reasons[0]).toBe(`场地涉及优先保护单元 ${code}（${r.units[0]?.name}）。`);
  });
  it('a 1 km² square in 万州 by the Yangtze: caution, key unit and the 1 km band', () => {
    const r = check(square(108.39, 30.81));
    expect(r.verdict.level).toBe('caution');
    const d = describeVerdict(r.verdict, en, { lang: 'en' });
    expect(d.headline).toBe('The site touches no priority-protection unit, but note the points below');
    const yangtze = r.rivers.find((x) => x.name === '长江');
    expect(yangtze?.within1km).toBe(true);
    expect(d.reasons).toContain(`The site is ${formatDistance(yangtze?.distanceM ?? NaN, en, 'en')} from the Yangtze bank, inside the 1 km shoreline band.`);
    for (const u of r.units.filter((x) => x.category === 'key')) expect(d.reasons).toContain(`The site touches key-control unit ${u.code}.`);
  });
  it('a point in a general unit far from the main rivers: general', () => {
    const r = check({ type: 'Point', coordinates: [106.0, 29.3] });
    expect(describeVerdict(r.verdict, zh)).toMatchObject({ headline: '场地只涉及一般管控单元：适用下列一般管控要求', reasons: ['场地只涉及一般管控单元。'] });
  });
  it('a point in Chengdu: outside the data', () => {
    const r = check({ type: 'Point', coordinates: [104.0, 30.6] });
    expect(describeVerdict(r.verdict, zh).reasons).toEqual(['场地不在任何管控单元内，位于本数据的覆盖范围之外。']);
  });
});
