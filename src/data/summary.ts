/**
 * The figures of the text summary that stands in for the map (static fallback, no WebGL):
 * units by category with their share of the area, the share of sections in class Ⅰ–Ⅲ, and the
 * sections where rivers leave for Sichuan that meet their target. Computed from the data.
 */
import { CATEGORIES, type Category, type Dataset } from './contract';

export interface DataSummary {
  units: { total: number; count: Record<Category, number>; areaShare: Record<Category, number> };
  sections: { total: number; good: number };
  toSichuan: { total: number; good: number };
}

export function summarize(data: Pick<Dataset, 'units' | 'sections'>): DataSummary {
  const count: Record<Category, number> = { priority: 0, key: 0, general: 0 };
  const area: Record<Category, number> = { priority: 0, key: 0, general: 0 };
  for (const { properties: p } of data.units.features) {
    count[p.category] += 1;
    area[p.category] += p.area_km2;
  }
  const totalArea = CATEGORIES.reduce((sum, c) => sum + area[c], 0);
  const areaShare = Object.fromEntries(CATEGORIES.map((c) => [c, totalArea ? area[c] / totalArea : 0])) as Record<Category, number>;
  const sections = data.sections.features.map((f) => f.properties);
  const toSichuan = sections.filter((s) => s.cross_border === 'to-sichuan');
  return {
    units: { total: data.units.features.length, count, areaShare },
    sections: { total: sections.length, good: sections.filter((s) => s.class <= 3).length /* Ⅰ–Ⅲ: "good" */ },
    toSichuan: { total: toSichuan.length, good: toSichuan.filter((s) => s.class <= s.target_class).length },
  };
}
