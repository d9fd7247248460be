/**
 * CSV and GeoJSON exports of the site check, on results the real spatial core gives on the
 * bundled sample data. The CSV is read back with an independent RFC 4180 parser; its exact
 * wording is checked against hand-written text in present-csv.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import type { SiteCheckResult } from '../../src/geo/index';
import { reportFileName } from '../../src/present/file-name';
import { siteCheckCsv } from '../../src/present/site-csv';
import { siteCheckGeoJson } from '../../src/present/site-geojson';
import { siteReport } from '../../src/present/site-report';
import { parseCsv } from '../read-csv';
import { check, square, unitFeatures } from './report-helpers';

const squareSite = square(108.39, 30.81);
const squareResult = check(squareSite);
// 6 km × 6.7 km around 万州 city: several units, rivers, sections
const bigSite: Geometry = { type: 'Polygon', coordinates: [[[108.36, 30.78], [108.42, 30.78], [108.42, 30.84], [108.36, 30.84], [108.36, 30.78]]] };
const bigResult = check(bigSite);
const pointSite: Geometry = { type: 'Point', coordinates: [108.2, 30.6] };
const pointResult = check(pointSite);
const lineSite: Geometry = { type: 'LineString', coordinates: [[108.3, 30.75], [108.45, 30.85]] };
const lineResult = check(lineSite);

const body = (rows: string[][], category: string) => rows.filter((r) => r[0] === category);

describe('siteCheckCsv on real results', () => {
  const text = siteCheckCsv(siteReport(bigResult, 'zh', true), { datasetName: '重庆市（示例数据）', generated: '2024-06-30 14:05' });
  const rows = parseCsv(text.slice(1));

  it('reads back as 7 columns per record, with no bare line break', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const r of rows) expect(r).toHaveLength(7);
    expect(parseCsv(siteCheckCsv(siteReport(lineResult, 'en', true)).slice(1)).every((r) => r.length === 7)).toBe(true);
    expect(parseCsv(siteCheckCsv(siteReport(pointResult, 'en', true)).slice(1)).every((r) => r.length === 7)).toBe(true);
  });

  it('one row per unit touched, in the result order; the overlaps add up to the site area', () => {
    expect(bigResult.units.length).toBeGreaterThan(1);
    const units = body(rows, '涉及的管控单元');
    expect(units.map((r) => r[2])).toEqual(bigResult.units.map((u) => u.code));
    const sum = units.reduce((s, r) => s + Number(r[4]), 0);
    const area = Number(body(rows, '场地').find((r) => r[1] === '面积' && r[5] === '平方米')?.[4]);
    expect(Math.abs(sum - area) / area).toBeLessThan(1e-3);
    // 1 亩 = 10000/15 m²: the 亩 row agrees with the m² row to its 2 decimals
    const mu = Number(body(rows, '场地').find((r) => r[1] === '面积' && r[5] === '亩')?.[4]);
    expect(Math.abs(mu - (area * 15) / 10000)).toBeLessThan(0.01);
  });

  it('sections and clauses follow the result; the nearest priority unit is named', () => {
    expect(body(rows, '附近的监测断面').map((r) => r[2])).toEqual(bigResult.sections.map((s) => s.id));
    expect(body(rows, '生态环境准入清单')).toHaveLength(Object.values(bigResult.rules).flat().length);
    expect(body(rows, '最近的优先保护单元')[0]?.slice(2, 4)).toEqual([bigResult.nearestPriority?.code, bigResult.nearestPriority?.name]);
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
      // 1 亩 = 1/15 公顷 = 666.67 m² (市制), written out rather than taken from src/geo's M2_PER_MU
      areaMu: expect.closeTo((bigResult.site.areaM2 * 15) / 10_000, 6),
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
