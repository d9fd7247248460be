/**
 * A site check written by hand with round numbers, so the expected text of every row can be
 * worked out in one's head: a 15 ha area in 渝中 touching one key and one general unit, 750.5 m
 * from a priority unit, 420 m from the Yangtze.
 */
import type { SiteCheckResult } from '../../src/geo/index';

export const KEY = 'ZH50010320001';
export const GENERAL = 'ZH50010330001';
export const PRIORITY = 'ZH50010310003';

export function handMadeResult(): SiteCheckResult {
  return {
    site: { kind: 'polygon', lengthM: 1600, areaM2: 150_000, centroid: [106.5, 29.5], bbox: [106.49, 29.49, 106.51, 29.51], vertexCount: 5 },
    outside: false,
    coverage: 1,
    units: [
      { code: KEY, name: '渝中区城镇重点管控单元1', category: 'key', subtype: '城镇重点管控', district: '渝中区', adcode: '500103', overlapAreaM2: 120_000, overlapLengthM: 0, shareOfSite: 0.8 },
      { code: GENERAL, name: '渝中区一般管控单元', category: 'general', subtype: '一般管控', district: '渝中区', adcode: '500103', overlapAreaM2: 30_000, overlapLengthM: 0, shareOfSite: 0.2 },
    ],
    districts: [
      { adcode: '500103', name: '渝中区', name_en: 'Yuzhong' },
      { adcode: '500105', name: '江北区', name_en: 'Jiangbei' },
    ],
    nearestPriority: { code: PRIORITY, name: '渝中区生态保护红线优先保护单元3', distanceM: 750.5, from: [106.5, 29.5], to: [106.5, 29.507], inside: false },
    rivers: [
      { name: '长江', distanceM: 420, from: [106.5, 29.5], to: [106.5, 29.496], within1km: true, within5km: true },
      { name: '嘉陵江', distanceM: 2500, from: [106.5, 29.5], to: [106.5, 29.52], within1km: false, within5km: true },
      { name: '乌江', distanceM: 125_000, from: [106.5, 29.5], to: [107.7, 29.5], within1km: false, within5km: false },
    ],
    sections: [
      { id: 'S01', name: '寸滩', river: '长江', class: 2, distanceM: 3200, position: [106.6, 29.6], relation: 'downstream', alongRiverM: 4000 },
      { id: 'S02', name: '大溪沟', river: '嘉陵江', class: 3, distanceM: 1500, position: [106.52, 29.56] },
    ],
    rules: {
      spatial_layout: [{ text: '禁止新建化工项目。', codes: [KEY, GENERAL] }],
      pollutant_discharge: [{ text: '污水全部纳管。', codes: [KEY] }],
      risk_prevention: [],
      resource_efficiency: [],
    },
    verdict: {
      level: 'caution',
      reasons: [
        { kind: 'inside-key', code: KEY },
        { kind: 'near-priority', code: PRIORITY, distanceM: 750.5 },
        { kind: 'within-1km-river', river: '长江', distanceM: 420 },
        { kind: 'within-5km-river', river: '嘉陵江', distanceM: 2500 },
      ],
    },
  };
}
