import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import geographiclib from 'geographiclib-geodesic';
import type { Geometry } from 'geojson';
import type { Districts } from '../../src/data/contract';
import { buildPolygonIndex } from '../../src/geo/polygon-index';
import { groupParts, partsOf } from '../../src/geo/parts';
import { analyseChoice, defaultChoice, FAR_APART_M, listFeatures } from '../../src/upload/feature-choice';
import { featureName } from '../../src/upload/feature-name';
import { choiceNotes, chosenSummary, featureFacts, featureTitle, firstPlaceNote } from '../../src/present/feature-choice';
import type { UploadFeature } from '../../src/upload/types';

const { Geodesic } = geographiclib;
const read = (f: string) => JSON.parse(readFileSync(f, 'utf8'));
const districts = buildPolygonIndex(read('public/data/districts.geojson') as Districts);

const feature = (geometry: Geometry, properties: Record<string, unknown> = {}): UploadFeature => ({ type: 'Feature', geometry, properties });
/** A square `side`° wide with its south-west corner at (x, y). */
const square = (x: number, y: number, side = 0.01): Geometry => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + side, y], [x + side, y + side], [x, y + side], [x, y]]],
});
/** GeographicLib's own geodesic between two lon/lat points, m: the reference, not our wrapper. */
const geodesicM = (a: number[], b: number[]) => Geodesic.WGS84.Inverse(a[1]!, a[0]!, b[1]!, b[0]!).s12!;

describe('what a feature is called in the list', () => {
  it('takes a name, else an identifier with its key, else a short attribute; nothing else', () => {
    expect(featureName({ name: ' 地块 A ', styleUrl: '#s1' })).toEqual({ text: '地块 A' });
    expect(featureName({ NAME_1: 'Chongqing', ID_1: 3 })).toEqual({ text: 'Chongqing' });
    expect(featureName({ XMMC: '万州示例项目', DKBH: 'WZ-001' })).toEqual({ text: '万州示例项目' });
    expect(featureName({ DKBH: 'WZ-001', AREA: 1.2 })).toEqual({ key: 'DKBH', text: 'WZ-001' });
    expect(featureName({ OBJECTID: 17 })).toEqual({ key: 'OBJECTID', text: '17' });
    expect(featureName({ stroke: '#ff0000', description: 'parcel by the river' })).toEqual({ key: 'description', text: 'parcel by the river' });
    expect(featureName({ name: 'x'.repeat(80) })?.text).toBe(`${'x'.repeat(59)}…`);
    expect(featureName({ name: '', area: 3 })).toBeNull();
    expect(featureName({})).toBeNull();
    expect(featureName(null)).toBeNull();
  });
});

describe('parts that lie in one place or in several', () => {
  it('keeps parcels a kilometre apart together and splits parcels farther apart than the gap', () => {
    // 0.01° of longitude at 30°N is 964 m; 0.07° is 6.7 km.
    const near = groupParts([...partsOf(square(108, 30)), ...partsOf(square(108.02, 30))], FAR_APART_M);
    expect(near.groups).toEqual([[0, 1]]);
    expect(near.spanM).toBe(0);
    const apart = groupParts([...partsOf(square(108, 30)), ...partsOf(square(108.08, 30))], FAR_APART_M);
    expect(apart.groups).toEqual([[0], [1]]);
  });

  it('measures two parcels 230 km apart by the geodesic between their centres', () => {
    const { groups, spanM } = groupParts([...partsOf(square(108.37, 30.79)), ...partsOf(square(106.545, 29.555))], FAR_APART_M);
    expect(groups).toHaveLength(2);
    expect(spanM).toBeCloseTo(geodesicM([108.375, 30.795], [106.55, 29.56]), 3);
    expect(spanM / 1000).toBeGreaterThan(200);
  });

  it('counts a parcel inside a large area, far from its edges, as the same place', () => {
    const parts = [...partsOf(square(108, 30, 0.5)), ...partsOf(square(108.2, 30.2))];
    expect(groupParts(parts, FAR_APART_M).groups).toEqual([[0, 1]]);
  });

  it('measures to the nearest point of a long edge, not to its ends', () => {
    // One 97 km segment along 29.5°N; a well 0.02° (2.2 km) north of its middle, another 0.1° (11 km).
    const line: Geometry = { type: 'LineString', coordinates: [[106, 29.5], [107, 29.5]] };
    const close = groupParts([...partsOf(line), ...partsOf({ type: 'Point', coordinates: [106.5, 29.52] })], FAR_APART_M);
    expect(close.groups).toHaveLength(1);
    const far = groupParts([...partsOf(line), ...partsOf({ type: 'Point', coordinates: [106.5, 29.6] })], FAR_APART_M);
    expect(far.groups).toHaveLength(2);
  });

  it('chains near parts: a row of wells 3 km apart is one place, 20 km long', () => {
    const wells = [0, 1, 2, 3, 4, 5, 6].map((i) => ({ kind: 'point' as const, point: [106 + i * 0.03, 29.5] as [number, number] }));
    const { groups, spanM } = groupParts(wells, FAR_APART_M);
    expect(groups).toHaveLength(1);
    expect(spanM).toBe(0);
  });
});

describe('choosing features of an uploaded file', () => {
  const project = read('test/fixtures/upload/project-wgs84.geojson').features as UploadFeature[];

  it('lists the two parcels of the sample project file with their names, areas and districts', () => {
    const rows = listFeatures(project, districts);
    expect(rows.map((r) => [r.name?.text, r.kind, r.districts.map((d) => d.name), r.problem])).toEqual([
      ['万州示例项目', 'area', ['万州区'], null],
      ['渝中示例项目', 'area', ['渝中区'], null],
    ]);
    // Areas against GeographicLib's PolygonArea directly.
    rows.forEach((r, i) => {
      const poly = Geodesic.WGS84.Polygon(false);
      const ring = (project[i]!.geometry as { coordinates: number[][][] }).coordinates[0]!;
      for (const p of ring.slice(0, -1)) poly.AddPoint(p[1]!, p[0]!);
      expect(r.areaM2).toBeCloseTo(Math.abs(poly.Compute(false, true).area!), 3);
    });
  });

  it('checks only the first place when the parcels lie 230 km apart, and says how far', () => {
    const rows = listFeatures(project, districts);
    const first = defaultChoice(project, rows);
    expect(first.chosen).toEqual([0]);
    expect(first.places).toBe(2);
    expect(first.spanM / 1000).toBeGreaterThan(200);
    const both = analyseChoice(project, rows, [0, 1]);
    expect(both.places).toBe(2);
    expect(both.spanM).toBeCloseTo(first.spanM, 6);
    expect(analyseChoice(project, rows, [1])).toEqual({ used: 'area', leftOut: {}, places: 1, spanM: 0 });
    expect(analyseChoice(project, rows, []).used).toBeNull();
  });

  it('checks everything in one place; leaves a self-crossing parcel unchecked and says why', () => {
    const bowTie: Geometry = { type: 'Polygon', coordinates: [[[108, 30], [108.01, 30.01], [108.01, 30], [108, 30.01], [108, 30]]] };
    const file = [feature(square(108, 30)), feature(square(108.02, 30)), feature(bowTie, { name: '错误地块' })];
    const rows = listFeatures(file, districts);
    expect(rows.map((r) => r.problem)).toEqual([null, null, 'self-intersection']);
    expect(defaultChoice(file, rows)).toEqual({ chosen: [0, 1], places: 1, spanM: 0 });
  });

  it('uses areas over points, and says which chosen features are left out', () => {
    const file = [feature(square(108, 30)), feature({ type: 'Point', coordinates: [108.005, 30.005] }, { name: '钻孔 1' })];
    const rows = listFeatures(file, districts);
    expect(rows.map((r) => [r.kind, r.points])).toEqual([['area', 0], ['point', 1]]);
    expect(defaultChoice(file, rows).chosen).toEqual([0]);
    expect(analyseChoice(file, rows, [0, 1])).toMatchObject({ used: 'area', leftOut: { point: 1 }, places: 1 });
    // Only the point: the point is the site.
    expect(analyseChoice(file, rows, [1])).toMatchObject({ used: 'point', leftOut: {} });
  });

  it('gives a line its geodesic length and a feature without geometry no kind', () => {
    const line: Geometry = { type: 'LineString', coordinates: [[106.5, 29.5], [106.6, 29.5]] };
    const rows = listFeatures([feature(line), { type: 'Feature', geometry: null as never, properties: { name: '空' } }], districts);
    expect(rows[0]!.lengthM).toBeCloseTo(geodesicM([106.5, 29.5], [106.6, 29.5]), 6);
    expect(rows[1]).toMatchObject({ kind: null, problem: 'empty-geometry', name: { text: '空' } });
  });
});

describe('the words of the feature list', () => {
  const project = read('test/fixtures/upload/project-wgs84.geojson').features as UploadFeature[];
  const rows = listFeatures(project, districts);

  it('names each feature, its kind, size and districts, in Chinese and in English', () => {
    expect(featureTitle(rows[0]!, 'zh')).toBe('万州示例项目');
    expect(featureTitle({ ...rows[0]!, name: { key: 'DKBH', text: 'WZ-001' } }, 'en')).toBe('DKBH: WZ-001');
    expect(featureTitle({ ...rows[0]!, name: null }, 'zh')).toBe('要素 1');
    expect(featureTitle({ ...rows[1]!, name: null }, 'en')).toBe('Feature 2');
    expect(featureFacts(rows[1]!, 'zh')).toMatch(/^面 · [\d.]+ 公顷 · 渝中区$/);
    expect(featureFacts(rows[1]!, 'en')).toMatch(/^Area · [\d.]+ ha · Yuzhong District$/);
    expect(featureFacts({ ...rows[0]!, problem: 'self-intersection' }, 'zh')).toBe(`面 · ${featureFacts(rows[0]!, 'zh').split(' · ')[1]} · 不能单独核查：范围的边界自相交，请重新绘制。`);
    expect(featureFacts({ ...rows[0]!, kind: 'point', points: 3 }, 'en')).toBe('Points · 3 point(s) · Wanzhou District');
    expect(featureFacts({ ...rows[0]!, districts: [] }, 'zh')).toMatch(/ · 不在本数据范围内$/);
  });

  it('says when a choice spans places, in whole kilometres from 10 km, and what it leaves out', () => {
    const apart = { leftOut: {}, places: 2, spanM: 223_604 };
    expect(firstPlaceNote(apart, 'zh')).toBe('这些要素分布在 2 处（彼此相距 5 公里以上），最远两处的中心相距 224 公里。已只勾选第一处；要一并核查，请勾选其他要素。');
    expect(choiceNotes(apart, 2, 'en')).toEqual([
      'The selected features lie in 2 places; the centres of the two farthest apart are 224 km apart. They will be checked as one site, whose centre falls between them; you can also check one place at a time.',
    ]);
    expect(choiceNotes({ leftOut: { point: 2, line: 1 }, places: 1, spanM: 0 }, 4, 'zh')).toEqual([
      '所选要素中，1 个线要素、2 个点要素不参与核查：场地取面要素，没有面时取线，再没有时取点。',
    ]);
    expect(choiceNotes({ leftOut: {}, places: 2, spanM: 7_400 }, 2, 'zh')[0]).toContain('中心相距 7.40 公里');
    expect(choiceNotes({ leftOut: {}, places: 0, spanM: 0 }, 0, 'en')).toEqual(['Select at least one feature.']);
  });

  it('tells the site panel which features were checked', () => {
    expect(chosenSummary(rows, [1], { leftOut: {}, places: 1, spanM: 0 }, 'zh')).toBe('核查了其中 1 个（共 2 个）：渝中示例项目。');
    expect(chosenSummary(rows, [0, 1], { leftOut: {}, places: 2, spanM: 223_604 }, 'en')).toBe(
      'The selected features lie in 2 places, the centres of the two farthest apart 224 km apart, and were checked as one site.',
    );
    expect(chosenSummary(rows, [0, 1], { leftOut: {}, places: 1, spanM: 0 }, 'zh')).toBe('');
  });
});
