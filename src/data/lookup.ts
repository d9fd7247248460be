/** Id → feature maps and legend counts, built once per dataset. */
import type { Category, Dataset, SectionFeature, UnitFeature, WaterClass, YangtzePointFeature } from './contract';
import type { Filters, Selection } from './selection';

export interface Lookup {
  units: Map<string, UnitFeature>;
  sections: Map<string, SectionFeature>;
  points: Map<string, YangtzePointFeature>;
  districtNames: Map<string, { name: string; name_en: string }>;
}

export function buildLookup(data: Dataset): Lookup {
  return {
    units: new Map(data.units.features.map((f) => [f.properties.code, f])),
    sections: new Map(data.sections.features.map((f) => [f.properties.id, f])),
    points: new Map(data.yangtzePoints.features.map((f) => [f.properties.id, f])),
    districtNames: new Map(data.districts.features.map((f) => [f.properties.adcode, f.properties])),
  };
}

export type Selected =
  /** `tileId`: its feature id when the map draws units from tiles (its position in the layer). */
  | { kind: 'unit'; feature: UnitFeature; tileId?: number }
  | { kind: 'section'; feature: SectionFeature }
  | { kind: 'point'; feature: YangtzePointFeature };

export function resolveSelection(lookup: Lookup, selection: Selection | null): Selected | null {
  if (!selection) return null;
  if (selection.kind === 'unit') {
    const feature = lookup.units.get(selection.id);
    return feature ? { kind: 'unit', feature } : null;
  }
  if (selection.kind === 'section') {
    const feature = lookup.sections.get(selection.id);
    return feature ? { kind: 'section', feature } : null;
  }
  const feature = lookup.points.get(selection.id);
  return feature ? { kind: 'point', feature } : null;
}

export interface LegendCounts {
  units: Record<Category, number>;
  /** Total area by category, km². */
  areas: Record<Category, number>;
  sections: Record<WaterClass, number>;
  points: Record<WaterClass, number>;
}

/** The Chinese name of a district by adcode (Yangtze points name their district this way). */
export function districtNameOf(data: Dataset, adcode: string | null): string | null {
  if (!adcode) return null;
  return data.districts.features.find((f) => f.properties.adcode === adcode)?.properties.name ?? null;
}

export interface ShownFeatures {
  units: UnitFeature[];
  sections: SectionFeature[];
  points: YangtzePointFeature[];
}

/** The features the filters leave (the same rules as map/filters.ts draws). */
export function shownFeatures(data: Dataset, filters: Filters): ShownFeatures {
  const inDistrict = (adcode: string) => !filters.district || adcode === filters.district;
  const districtName = districtNameOf(data, filters.district);
  return {
    units: data.units.features.filter((f) => inDistrict(f.properties.adcode) && filters.categories.includes(f.properties.category)),
    sections: data.sections.features.filter((f) => inDistrict(f.properties.adcode) && filters.classes.includes(f.properties.class)),
    points: data.yangtzePoints.features.filter(
      (f) => (!districtName || f.properties.district === districtName) && filters.classes.includes(f.properties.class),
    ),
  };
}

/** Counts of what the current filters leave on the map (the legend shows these). */
export function legendCounts(data: Dataset, filters: Filters): LegendCounts {
  const units: Record<Category, number> = { priority: 0, key: 0, general: 0 };
  const areas: Record<Category, number> = { priority: 0, key: 0, general: 0 };
  const zeroClasses = (): Record<WaterClass, number> => ({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0 });
  const sections = zeroClasses();
  const points = zeroClasses();
  // tiled units: the manifest's per-category summary (the district filter cannot apply to it)
  const summary = data.tiledUnits?.summary.byCategory;
  if (summary) {
    for (const c of filters.categories) {
      units[c] = summary[c].count;
      areas[c] = summary[c].areaKm2;
    }
  }
  const shown = shownFeatures(data, filters);
  for (const { properties: p } of shown.units) {
    units[p.category] += 1;
    areas[p.category] += p.area_km2;
  }
  for (const { properties: p } of shown.sections) sections[p.class] += 1;
  for (const { properties: p } of shown.points) points[p.class] += 1;
  return { units, areas, sections, points };
}
