/**
 * The feature list, the text alternative to the map canvas: one row per control unit or
 * monitoring section the filters leave, in the interface language, with the values its columns
 * sort by. Pure: the list component (ui/FeatureList.svelte) only renders and wires rows.
 */
import type { Dataset } from '../data/contract';
import { shownFeatures } from '../data/lookup';
import { normalizeQuery } from '../data/search';
import type { Filters, Selection } from '../data/selection';
import { LOCALES, type Lang } from '../i18n/lang';
import { translate } from '../i18n/translate';
import { M2_PER_KM2 } from '../geo/units';
import { placeNames } from './names';
import { areaIn } from './quantity';
import { classNumeral } from './water';
import { subtypeName } from './words';

export type ListKind = 'unit' | 'section';
export type SortKey = 'name' | 'group' | 'district' | 'measure';
export type SortDir = 'asc' | 'desc';

export interface FeatureRow {
  selection: Selection;
  name: string;
  /** Unit code or river, under the name. */
  detail: string;
  /** The unit's category, or the section's river. */
  group: string;
  district: string;
  /** Area in km² (units) or the water class 1–6 (sections): what the last column sorts by. */
  measure: number;
  measureText: string;
  /** Normalized texts the search box matches. */
  haystack: string[];
  /** Category (units) or class (sections), for the swatch beside the name. */
  swatch: string;
}

/** Rows of one kind, in data order. Units and sections both follow `filters` (as the map does). */
export function featureRows(data: Dataset, filters: Filters, kind: ListKind, lang: Lang): FeatureRow[] {
  const names = placeNames(data);
  const shown = shownFeatures(data, filters);
  const haystack = (...texts: (string | undefined)[]) => texts.filter((s): s is string => !!s).map(normalizeQuery);
  if (kind === 'unit') {
    return shown.units.map(({ properties: p }) => ({
      selection: { kind: 'unit', id: p.code },
      name: p.name,
      detail: p.code,
      group: translate(lang, `category.short.${p.category}`),
      district: names.district(p.district, lang),
      measure: p.area_km2,
      measureText: areaIn(p.area_km2 * M2_PER_KM2, 'km2', lang).text,
      haystack: haystack(p.name, p.code, names.district(p.district, 'en'), p.subtype, subtypeName(p.subtype, 'en')),
      swatch: p.category,
    }));
  }
  return shown.sections.map(({ properties: p }) => ({
    selection: { kind: 'section', id: p.id },
    name: p.name,
    detail: p.id,
    group: names.river(p.river, lang),
    district: names.district(p.district, lang),
    measure: p.class,
    measureText: classNumeral(p.class, lang),
    haystack: haystack(p.name, p.id, names.river(p.river, 'en'), names.district(p.district, 'en')),
    swatch: String(p.class),
  }));
}

/** Rows whose name, code, district, river (either language) or unit type contain the query. */
export function matchRows(rows: readonly FeatureRow[], query: string): FeatureRow[] {
  const q = normalizeQuery(query);
  return q ? rows.filter((r) => r.haystack.some((h) => h.includes(q))) : [...rows];
}

const collators = new Map<Lang, Intl.Collator>();
const collator = (lang: Lang) => {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(LOCALES[lang], { numeric: true })));
  return c;
};

/** Sorted copy: text columns in the language's collation (pinyin order for Chinese), ties by name. */
export function sortRows(rows: readonly FeatureRow[], key: SortKey, dir: SortDir, lang: Lang): FeatureRow[] {
  const c = collator(lang);
  const sign = dir === 'asc' ? 1 : -1;
  const primary = (a: FeatureRow, b: FeatureRow) => (key === 'measure' ? a.measure - b.measure : c.compare(a[key], b[key]));
  return [...rows].sort((a, b) => sign * primary(a, b) || c.compare(a.name, b.name));
}
