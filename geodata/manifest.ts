/** manifest.json: one entry per layer, with provenance that travels into the UI. */
import type { Manifest, ManifestLayer } from '../src/data/contract';

const ORIENTATION = { en: 'for orientation only, not legal boundaries', zh: '仅供定位参考，不是法定界线' };
const SAMPLE = {
  en: 'generated deterministically (seeded) to match published aggregates (2024); not official',
  zh: '按公开汇总数字（2024 年）以固定随机种子确定性生成，非官方数据',
};
const ECHARTS = { en: 'Apache-2.0; AMap-derived, GCJ-02 converted to WGS-84', zh: 'Apache-2.0；源自高德地图，GCJ-02 坐标已转换为 WGS-84' };

export const LAYERS: ManifestLayer[] = [
  {
    id: 'context', file: 'context.geojson', kind: 'context',
    title: { zh: '周边省份', en: 'Neighbouring provinces' },
    provenance: 'illustrative',
    source: {
      zh: `npm 包 echarts@4.9.0 map/json/province（${ECHARTS.zh}），合并为省界并简化；${ORIENTATION.zh}`,
      en: `npm echarts@4.9.0 map/json/province (${ECHARTS.en}), dissolved and simplified; ${ORIENTATION.en}`,
    },
    date: '2020-08',
  },
  {
    id: 'districts', file: 'districts.geojson', kind: 'districts',
    title: { zh: '区县', en: 'Districts and counties' },
    provenance: 'illustrative',
    source: {
      zh: `npm 包 echarts@4.9.0 map/json/province/chongqing.json（${ECHARTS.zh}），经 mapshaper -clean 修复，名称已更新（梁平区、武隆区）；${ORIENTATION.zh}`,
      en: `npm echarts@4.9.0 map/json/province/chongqing.json (${ECHARTS.en}), repaired with mapshaper -clean, names updated (梁平区, 武隆区); ${ORIENTATION.en}`,
    },
    date: '2020-08',
  },
  {
    id: 'rivers', file: 'rivers.geojson', kind: 'rivers',
    title: { zh: '河流', en: 'Rivers' },
    provenance: 'illustrative',
    source: {
      zh: 'GSHHG 2.3.7 WDBII 河流（LGPL-3+），经 GMT 6.4 `gmt coast -I` 提取，名称按规则指定；位置误差约 1 千米，仅供定位参考',
      en: 'GSHHG 2.3.7 WDBII rivers (LGPL-3+) via GMT 6.4 `gmt coast -I`, names assigned by rule; ~1 km positional error, for orientation only',
    },
    date: '2017-06-15',
  },
  {
    id: 'units', file: 'units.geojson', kind: 'units',
    title: { zh: '环境管控单元', en: 'Environmental control units' },
    provenance: 'illustrative',
    source: { zh: `818 个单元，${SAMPLE.zh}`, en: `818 units ${SAMPLE.en}` },
    date: '2024-06-30',
  },
  {
    id: 'sections', file: 'sections.geojson', kind: 'sections',
    title: { zh: '国控断面', en: 'National monitoring sections' },
    provenance: 'illustrative',
    source: { zh: `74 个断面，2024 年 1—6 月监测值，${SAMPLE.zh}`, en: `74 sections, readings Jan–Jun 2024, ${SAMPLE.en}` },
    date: '2024-06-30',
  },
  {
    id: 'yangtze-points', file: 'yangtze-points.geojson', kind: 'yangtze-points',
    title: { zh: '长江干流水质点位', en: 'Yangtze main-stem points' },
    provenance: 'illustrative',
    source: { zh: `20 个点位，2024 年 1—6 月监测值，${SAMPLE.zh}`, en: `20 points, readings Jan–Jun 2024, ${SAMPLE.en}` },
    date: '2024-06-30',
  },
];

export function buildManifest(bounds: [number, number, number, number]): Manifest {
  return {
    name: { zh: '重庆市（示例数据）', en: 'Chongqing (illustrative sample)' },
    view: { center: [107.8, 30.05], zoom: 6.6 },
    bounds,
    layers: LAYERS,
  };
}
