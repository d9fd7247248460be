/** manifest.json: one entry per layer, with provenance that travels into the UI. */
import type { Manifest, ManifestLayer } from '../src/data/contract';

const ORIENTATION = 'for orientation only, not legal boundaries';
const SAMPLE =
  'generated deterministically (seeded) to match published aggregates (2024); not official';

export const LAYERS: ManifestLayer[] = [
  {
    id: 'context', file: 'context.geojson', kind: 'context',
    title: { zh: '周边省份', en: 'Neighbouring provinces' },
    provenance: 'illustrative',
    source: `npm echarts@4.9.0 map/json/province (Apache-2.0; AMap-derived, GCJ-02 converted to WGS-84), dissolved and simplified; ${ORIENTATION}`,
    date: '2020-08',
  },
  {
    id: 'districts', file: 'districts.geojson', kind: 'districts',
    title: { zh: '区县', en: 'Districts and counties' },
    provenance: 'illustrative',
    source: `npm echarts@4.9.0 map/json/province/chongqing.json (Apache-2.0; AMap-derived, GCJ-02 converted to WGS-84), repaired with mapshaper -clean, names updated (梁平区, 武隆区); ${ORIENTATION}`,
    date: '2020-08',
  },
  {
    id: 'rivers', file: 'rivers.geojson', kind: 'rivers',
    title: { zh: '河流', en: 'Rivers' },
    provenance: 'illustrative',
    source: 'GSHHG 2.3.7 WDBII rivers (LGPL-3+) via GMT 6.4 `gmt coast -I`, names assigned by rule; ~1 km positional error, for orientation only',
    date: '2017-06-15',
  },
  {
    id: 'units', file: 'units.geojson', kind: 'units',
    title: { zh: '环境管控单元（示例）', en: 'Environmental control units (sample)' },
    provenance: 'illustrative',
    source: `818 units ${SAMPLE}`,
    date: '2024-06-30',
  },
  {
    id: 'sections', file: 'sections.geojson', kind: 'sections',
    title: { zh: '国控断面（示例）', en: 'National monitoring sections (sample)' },
    provenance: 'illustrative',
    source: `74 sections, readings Jan–Jun 2024, ${SAMPLE}`,
    date: '2024-06-30',
  },
  {
    id: 'yangtze-points', file: 'yangtze-points.geojson', kind: 'yangtze-points',
    title: { zh: '长江干流水质点位（示例）', en: 'Yangtze main-stem points (sample)' },
    provenance: 'illustrative',
    source: `20 points, readings Jan–Jun 2024, ${SAMPLE}`,
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
