/**
 * Search over unit codes and names, section and point names, and districts. Ranking: exact code
 * or name, then prefix, then substring; ties by kind (district, section, unit) and then by label.
 */
import { bbox } from '@turf/turf';
import type { Feature } from 'geojson';
import type { Dataset } from './contract';
import type { SelectionKind } from '../state/url';

export type SearchKind = SelectionKind | 'district';
export interface SearchEntry {
  kind: SearchKind;
  id: string;
  label: string;
  detail: string;
  /** [west, south, east, north] to fly to. */
  bbox: [number, number, number, number];
  haystack: string[];
}

const box = (f: Feature) => bbox(f).slice(0, 4) as [number, number, number, number];
const normalize = (s: string) => s.trim().toLowerCase().replace(/\s+/g, '');

export function buildSearchIndex(data: Dataset): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const f of data.districts.features) {
    const p = f.properties;
    entries.push({ kind: 'district', id: p.adcode, label: p.name, detail: p.name_en, bbox: box(f), haystack: [p.name, p.name_en, p.adcode] });
  }
  for (const f of data.sections.features) {
    const p = f.properties;
    entries.push({ kind: 'section', id: p.id, label: p.name, detail: `${p.river} · ${p.district}`, bbox: box(f), haystack: [p.name, p.id] });
  }
  for (const f of data.yangtzePoints.features) {
    const p = f.properties;
    entries.push({ kind: 'point', id: p.id, label: p.name, detail: `${p.km} km`, bbox: box(f), haystack: [p.name, p.id] });
  }
  for (const f of data.units.features) {
    const p = f.properties;
    entries.push({ kind: 'unit', id: p.code, label: p.name, detail: `${p.code} · ${p.district}`, bbox: box(f), haystack: [p.code, p.name] });
  }
  for (const e of entries) e.haystack = e.haystack.map(normalize);
  return entries;
}

const KIND_ORDER: Record<SearchKind, number> = { district: 0, section: 1, point: 2, unit: 3 };

export function search(index: readonly SearchEntry[], query: string, limit = 8): SearchEntry[] {
  const q = normalize(query);
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
      a.entry.label.localeCompare(b.entry.label, 'zh-CN'),
  );
  return scored.slice(0, limit).map((s) => s.entry);
}
