/**
 * A site-check result as typed rows in one language: every figure as a {@link Quantity}, every
 * code and name beside it, every word chosen. The site panel, the printable report and the CSV
 * render these rows and format nothing themselves.
 */
import { RULE_DIMENSIONS, type Category, type RuleDimension, type WaterClass } from '../data/contract';
import type { SiteCheckResult, SiteSummary } from '../geo/site-check';
import { roundTo } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { kit } from '../i18n/kit';
import { formatList } from './list';
import { areaIn, count, degrees, exactLength, readableArea, readableLength, share, type AreaUnit, type Quantity } from './quantity';
import { describeVerdict, type VerdictText } from './verdict';
import { className, classNumeral } from './water';
import { districtName, riverName, subtypeName } from './words';

/** A distance as people read it and as measured (centimetres). */
export interface Distance {
  readable: Quantity;
  exact: Quantity;
}

export interface UnitRow {
  code: string;
  name: string;
  category: Category;
  categoryName: string;
  subtype: string;
  district: string;
  /** Area sites: the overlap in m², 公顷 and 亩. */
  overlapArea: Quantity[] | null;
  /** Line sites: the overlapping length. */
  overlapLength: Distance | null;
  /** The overlap in its readable unit (area or length), null for point sites. */
  overlap: Quantity | null;
  share: Quantity;
}

export interface RiverRow {
  name: string;
  distance: Distance;
  within1km: boolean;
  within5km: boolean;
  /** "1 公里岸线带内" / "5 公里范围内" / "5 公里以外". */
  band: string;
}

export interface SectionRow {
  id: string;
  name: string;
  river: string;
  class: WaterClass;
  classNumeral: string;
  className: string;
  distance: Distance;
  /** Up- or downstream of the site on the same river, if known. */
  position: 'upstream' | 'downstream' | 'same' | null;
  /** `position` in words ("—" when unknown). */
  relation: string;
  /** Distance along the river between site and section, if both are on it. */
  along: Quantity | null;
}

export interface ClauseRow {
  text: string;
  codes: string[];
  /** The codes as one list, "ZH…、ZH…". */
  codeList: string;
}

export interface SiteReport {
  lang: Lang;
  kind: SiteSummary['kind'];
  kindName: string;
  verdict: VerdictText;
  outside: boolean;
  /** m², 公顷, 亩, km² (area sites). */
  area: Quantity[] | null;
  /** Perimeter of an area, length of a line; null for points. */
  length: { label: string; distance: Distance } | null;
  centroid: { lon: Quantity; lat: Quantity; text: string };
  vertices: Quantity;
  districts: { adcode: string; name: string }[];
  districtList: string;
  coverage: Quantity;
  /** The coverage reads below 100.0 %: the report then states it. */
  partlyCovered: boolean;
  units: UnitRow[];
  nearest: { code: string; name: string; inside: boolean; distance: Distance } | null;
  rivers: RiverRow[];
  sections: SectionRow[];
  rules: { dimension: RuleDimension; title: string; clauses: ClauseRow[] }[];
}

/** The units an area is written in, in this order, everywhere. */
export const AREA_UNITS: readonly AreaUnit[] = ['m2', 'ha', 'mu', 'km2'];

const distance = (m: number, lang: Lang): Distance => ({ readable: readableLength(m, lang), exact: exactLength(m, lang) });

function bandWord(r: { within1km: boolean; within5km: boolean }, lang: Lang): string {
  return kit.translate(lang, r.within1km ? 'planner.rivers.band1' : r.within5km ? 'planner.rivers.band5' : 'planner.rivers.outside');
}

export function siteReport(result: SiteCheckResult, lang: Lang, illustrative: boolean): SiteReport {
  const s = result.site;
  const districtByCode = new Map(result.districts.map((d) => [d.adcode, d] as const));
  const districts = result.districts.map((d) => ({ adcode: d.adcode, name: districtName(d, lang) }));
  const lon = degrees(s.centroid[0], lang);
  const lat = degrees(s.centroid[1], lang);

  const units = result.units.map((u): UnitRow => {
    const d = districtByCode.get(u.adcode);
    return {
      code: u.code,
      name: u.name,
      category: u.category,
      categoryName: kit.translate(lang, `category.short.${u.category}`),
      subtype: subtypeName(u.subtype, lang),
      district: d ? districtName(d, lang) : u.district,
      overlapArea: s.kind === 'polygon' ? AREA_UNITS.slice(0, 3).map((unit) => areaIn(u.overlapAreaM2, unit, lang)) : null,
      overlapLength: s.kind === 'line' ? distance(u.overlapLengthM, lang) : null,
      overlap: s.kind === 'polygon' ? readableArea(u.overlapAreaM2, lang) : s.kind === 'line' ? readableLength(u.overlapLengthM, lang) : null,
      share: share(u.shareOfSite, lang),
    };
  });

  const np = result.nearestPriority;
  const coverage = share(result.coverage, lang);
  return {
    lang,
    kind: s.kind,
    kindName: kit.translate(lang, `report.kind.${s.kind}`),
    verdict: describeVerdict(result, lang, illustrative),
    outside: result.outside,
    area: s.kind === 'polygon' ? AREA_UNITS.map((unit) => areaIn(s.areaM2, unit, lang)) : null,
    length:
      s.kind === 'point'
        ? null
        : { label: kit.translate(lang, s.kind === 'polygon' ? 'report.site.perimeter' : 'report.site.length'), distance: distance(s.lengthM, lang) },
    centroid: { lon, lat, text: kit.translate(lang, 'report.lonlat', { lon: lon.text, lat: lat.text }) },
    vertices: count(s.vertexCount, lang),
    districts,
    districtList: formatList(districts.map((d) => d.name), lang),
    coverage,
    partlyCovered: !result.outside && roundTo(coverage.value, coverage.digits) < 100,
    units,
    nearest: np ? { code: np.code, name: np.name, inside: np.inside, distance: distance(np.distanceM, lang) } : null,
    rivers: result.rivers.map((r) => ({
      name: riverName(r.name, lang),
      distance: distance(r.distanceM, lang),
      within1km: r.within1km,
      within5km: r.within5km,
      band: bandWord(r, lang),
    })),
    sections: result.sections.map((x) => ({
      id: x.id,
      name: x.name,
      river: riverName(x.river, lang),
      class: x.class,
      classNumeral: classNumeral(x.class, lang),
      className: className(x.class, lang),
      distance: distance(x.distanceM, lang),
      position: x.relation ?? null,
      relation: kit.translate(lang, x.relation ? `report.relation.${x.relation}` : 'report.relation.unknown'),
      along: x.alongRiverM === undefined ? null : readableLength(Math.abs(x.alongRiverM), lang),
    })),
    rules: RULE_DIMENSIONS.map((dimension) => ({
      dimension,
      title: kit.translate(lang, `rules.${dimension}`),
      clauses: result.rules[dimension].map((c) => ({ text: c.text, codes: c.codes, codeList: formatList(c.codes, lang) })),
    })),
  };
}
