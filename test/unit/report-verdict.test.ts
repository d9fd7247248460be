/**
 * The verdict's wording on every level, and on verdicts the real spatial core gives on the
 * bundled sample. Sentences for each reason kind are checked against hand-written text in
 * present-rows.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { SiteCheckResult, Verdict } from '../../src/geo/index';
import { enReport } from '../../src/i18n/en-report';
import { zhReport } from '../../src/i18n/zh-report';
import { describeVerdict } from '../../src/present/verdict';
import { check, square } from './report-helpers';
import { handMadeResult } from './present-fixture';

const withVerdict = (verdict: Verdict): SiteCheckResult => ({ ...handMadeResult(), verdict });

describe('headlines and the disclaimer', () => {
  it('every level has its headline', () => {
    expect(describeVerdict(withVerdict({ level: 'restricted', reasons: [{ kind: 'inside-priority', code: 'ZH50010110010' }] }), 'en', true).headline).toBe(
      'The site touches priority-protection unit ZH50010110010: the clauses below restrict construction',
    );
    expect(describeVerdict(withVerdict({ level: 'caution', reasons: [] }), 'zh', true).headline).toBe('场地不涉及优先保护单元，但有下列需要注意的情况');
    expect(describeVerdict(withVerdict({ level: 'general', reasons: [{ kind: 'general-only' }] }), 'en', true)).toMatchObject({
      headline: 'The site lies in general-control units only: the general requirements below apply',
      reasons: ['The site touches general-control units only.'],
      label: 'General control',
    });
    expect(describeVerdict(withVerdict({ level: 'outside', reasons: [{ kind: 'outside-dataset' }] }), 'zh', true)).toMatchObject({
      headline: '场地不在本数据覆盖的范围内：没有可以对照的管控单元',
      reasons: ['场地不在任何管控单元内，位于本数据的覆盖范围之外。'],
    });
    expect(describeVerdict(withVerdict({ level: 'caution', reasons: [{ kind: 'partly-outside', shareInside: 0.6234 }] }), 'zh', true).reasons).toEqual([
      '场地只有 62.3% 位于本数据的覆盖范围内，其余部分没有核查。',
    ]);
  });
  it('always carries a disclaimer that denies legal authority', () => {
    for (const level of ['restricted', 'caution', 'general', 'outside'] as const) {
      const d = describeVerdict(withVerdict({ level, reasons: [] }), 'zh', true);
      expect(d.disclaimer).toContain('仅供参考，不构成审批意见或法律意见');
      expect(d.disclaimer).toContain('示例数据');
      expect(describeVerdict(withVerdict({ level, reasons: [] }), 'en', true).disclaimer).toContain('not an approval or a legal opinion');
    }
    const official = describeVerdict(withVerdict({ level: 'general', reasons: [] }), 'zh', false).disclaimer;
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
    const d = describeVerdict(r, 'zh', true);
    expect(d.headline).toBe(`场地涉及优先保护单元 ${code}：下列准入清单条款限制建设活动`);
    expect(d.reasons[0]).toBe(`场地涉及优先保护单元 ${code}（${r.units[0]?.name}）。`);
  });
  it('a 1 km² square in 万州 by the Yangtze: caution, key units named, the 1 km band', () => {
    const r = check(square(108.39, 30.81));
    expect(r.verdict.level).toBe('caution');
    const d = describeVerdict(r, 'en', true);
    expect(d.headline).toBe('The site touches no priority-protection unit, but note the points below');
    expect(r.rivers.find((x) => x.name === '长江')?.within1km).toBe(true);
    expect(d.reasons.some((x) => /^The site is \d+ m from the Yangtze bank, inside the 1 km shoreline band\.$/.test(x))).toBe(true);
    for (const u of r.units.filter((x) => x.category === 'key')) expect(d.reasons).toContain(`The site touches key-control unit ${u.code} (${u.name}).`);
  });
  it('a point in a general unit far from the main rivers: general', () => {
    const r = check({ type: 'Point', coordinates: [106.0, 29.3] });
    expect(describeVerdict(r, 'zh', true)).toMatchObject({ headline: '场地只涉及一般管控单元：适用下列一般管控要求', reasons: ['场地只涉及一般管控单元。'] });
  });
});
