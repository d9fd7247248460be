/**
 * The 31 mainland provincial-level divisions from `echarts@4.9.0` `map/json/china.json`
 * (GCJ-02 → WGS-84 as for Chongqing's districts). Coarse outlines (≈6 km vertex spacing): they
 * only decide which province a generated unit belongs to. Taiwan, Hong Kong and Macao are left
 * out: the 44,604 control units of 2024 are the mainland's.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { decodeGeometry } from '../echarts-decode';
import { gcj02ToWgs84 } from '../../src/geo/gcj02';
import { mapCoords } from '../geom';
import { echartsTarball, readTarEntries, type EchartsMap } from '../sources';
import { round } from '../write';

export interface Province {
  adcode: string;
  name: string;
  name_en: string;
  geometry: Polygon | MultiPolygon;
  /** The capital, WGS-84 (echarts' `cp`). */
  capital: [number, number];
}

export const PROVINCE_EN: Record<string, string> = {
  '110000': 'Beijing', '120000': 'Tianjin', '130000': 'Hebei', '140000': 'Shanxi', '150000': 'Inner Mongolia',
  '210000': 'Liaoning', '220000': 'Jilin', '230000': 'Heilongjiang', '310000': 'Shanghai', '320000': 'Jiangsu',
  '330000': 'Zhejiang', '340000': 'Anhui', '350000': 'Fujian', '360000': 'Jiangxi', '370000': 'Shandong',
  '410000': 'Henan', '420000': 'Hubei', '430000': 'Hunan', '440000': 'Guangdong', '450000': 'Guangxi',
  '460000': 'Hainan', '500000': 'Chongqing', '510000': 'Sichuan', '520000': 'Guizhou', '530000': 'Yunnan',
  '540000': 'Tibet', '610000': 'Shaanxi', '620000': 'Gansu', '630000': 'Qinghai', '640000': 'Ningxia',
  '650000': 'Xinjiang',
};

const CHINA = 'package/map/json/china.json';

/** echarts leaves rings open; GeoJSON wants the first position repeated at the end. */
function closeRings(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const close = (r: Position[]) => {
    const a = r[0]!;
    const b = r[r.length - 1]!;
    return a[0] === b[0] && a[1] === b[1] ? r : [...r, a];
  };
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(close) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(close)) };
}

export function loadProvinces(): Province[] {
  const map = JSON.parse(readTarEntries(echartsTarball(), [CHINA]).get(CHINA)!.toString('utf8')) as EchartsMap;
  const toWgs = (p: Position): Position => {
    const [x, y] = gcj02ToWgs84(p[0]!, p[1]!);
    return [round(x, 6), round(y, 6)];
  };
  return map.features
    .filter((f) => f.id && PROVINCE_EN[f.id])
    .map((f) => ({
      adcode: f.id!,
      name: f.properties.name,
      name_en: PROVINCE_EN[f.id!]!,
      geometry: closeRings(mapCoords(decodeGeometry(f, map.UTF8Encoding === true), toWgs) as Polygon | MultiPolygon),
      capital: toWgs(f.properties.cp!) as [number, number],
    }))
    .sort((a, b) => a.adcode.localeCompare(b.adcode));
}
