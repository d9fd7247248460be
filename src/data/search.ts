/**
 * Search over unit codes and names, section and point names, districts and rivers, in Chinese,
 * Hanyu Pinyin (full or initials: `yz` → 渝中区) and English (`Yuzhong`, `Yangtze`). Ranking: exact
 * match, then prefix, then substring; ties by kind (district, section, point, unit), then label.
 * Labels and details come in both languages so the list speaks the interface's language.
 */
import { bbox } from '@turf/turf';
import type { Feature } from 'geojson';
import type { Dataset } from './contract';
import type { Romanizer } from './romanize';
import type { SelectionKind } from './selection';

export type SearchKind = SelectionKind | 'district';
export interface Localized {
  zh: string;
  en: string;
}
export interface SearchEntry {
  kind: SearchKind;
  id: string;
  label: Localized;
  /** Where it is: river and district, or the unit code; each part in both languages. */
  detail: Localized;
  /** [west, south, east, north] to fly to. */
  bbox: [number, number, number, number];
  haystack: string[];
}

const box = (f: Feature) => bbox(f).slice(0, 4) as [number, number, number, number];
/** Case, spaces, apostrophes and hyphens do not count in a match. */
export const normalizeQuery = (s: string) => s.trim().toLowerCase().replace(/[\s'’-]+/g, '');
const joined = (parts: Localized[]): Localized => ({
  zh: parts.map((p) => p.zh).join(' · '),
  en: parts.map((p) => p.en).join(' · '),
});

const place = (zh: string | undefined, en: ReadonlyMap<string, string>): Localized =>
  zh ? { zh, en: en.get(zh) ? `${en.get(zh)} ${zh}` : zh } : { zh: '', en: '' };

/**
 * Without a romanizer (before pinyin-pro has loaded) the index still finds Chinese names, codes
 * and the English names the data carries.
 */
export function buildSearchIndex(data: Dataset, romanizer: Romanizer | null = null): SearchEntry[] {
  const districtEn = new Map(data.districts.features.map((f) => [f.properties.name, f.properties.name_en]));
  const riverEn = new Map(data.rivers.features.map((f) => [f.properties.name, f.properties.name_en]));
  // A name with no English form in the data reads as pinyin with the Chinese beside it.
  const named = (zh: string): Localized => ({ zh, en: romanizer ? `${romanizer.name(zh)} ${zh}` : zh });
  const spoken = (zh: string) => (romanizer ? [romanizer.full(zh), romanizer.initials(zh)] : []);

  const entries: SearchEntry[] = [];
  for (const f of data.districts.features) {
    const p = f.properties;
    entries.push({
      kind: 'district',
      id: p.adcode,
      label: { zh: p.name, en: p.name_en ? `${p.name_en} ${p.name}` : p.name },
      detail: { zh: '', en: '' },
      bbox: box(f),
      haystack: [p.name, p.name_en, p.adcode, ...spoken(p.name)],
    });
  }
  for (const f of data.sections.features) {
    const p = f.properties;
    entries.push({
      kind: 'section',
      id: p.id,
      label: named(p.name),
      detail: joined([place(p.river, riverEn), place(p.district, districtEn)]),
      bbox: box(f),
      haystack: [p.name, p.id, p.river, riverEn.get(p.river) ?? '', ...spoken(p.name)],
    });
  }
  const mainStem = data.rivers.features.find((f) => f.properties.rank === 1)?.properties;
  for (const f of data.yangtzePoints.features) {
    const p = f.properties;
    const km = { zh: `${p.km} km`, en: `${p.km} km` };
    entries.push({
      kind: 'point',
      id: p.id,
      label: named(p.name),
      detail: joined(p.district ? [place(p.district, districtEn), km] : [km]),
      bbox: box(f),
      haystack: [p.name, p.id, mainStem?.name ?? '', mainStem?.name_en ?? '', ...spoken(p.name)],
    });
  }
  for (const f of data.units.features) entries.push(unitEntry(f.properties, box(f), districtEn, romanizer));
  for (const e of entries) e.haystack = e.haystack.filter(Boolean).map(normalizeQuery);
  return entries;
}

/**
 * One unit's entry, from its code, name and district: the GeoJSON layer's feature, or a tiled
 * layer's names file (searched in the units-store worker, `store/unit-search.ts`).
 */
export function unitEntry(
  p: { code: string; name: string; district: string },
  bbox: [number, number, number, number],
  districtEn: ReadonlyMap<string, string>,
  romanizer: Romanizer | null,
): SearchEntry {
  return {
    kind: 'unit',
    id: p.code,
    label: { zh: p.name, en: p.name },
    detail: joined([{ zh: p.code, en: p.code }, place(p.district, districtEn)]),
    bbox,
    haystack: [p.code, p.name, ...(romanizer ? [romanizer.full(p.name), romanizer.initials(p.name)] : [])].filter(Boolean).map(normalizeQuery),
  };
}

const KIND_ORDER: Record<SearchKind, number> = { district: 0, section: 1, point: 2, unit: 3 };

export function search(index: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const scored: { entry: SearchEntry; score: number }[] = [];
  for (const entry of index) {
    let score = Infinity;
    for (const h of entry.haystack) {
      if (h === q) score = Math.min(score, 0);
      else if (h.startsWith(q)) score = Math.min(score, 1);
      else if (h.includes(q)) score = Math.min(score, 2);
    }
    if (score < Infinity) scored.push({ entry, score });
  }
  scored.sort(
    (a, b) =>
      a.score - b.score ||
      KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind] ||
      a.entry.label.zh.localeCompare(b.entry.label.zh, 'zh-CN'),
  );
  return scored.slice(0, limit).map((s) => s.entry);
}
