/**
 * Exports of the planner's site-check report: CSV for spreadsheets and GeoJSON for GIS. Pure
 * (no DOM, no clock): the caller turns the strings into downloads and passes the date.
 *
 * CSV: UTF-8 with a byte-order mark (Excel in China opens BOM-less UTF-8 as GBK), CRLF line
 * ends, RFC 4180 quoting, one row per finding, and a formula-injection guard on every text cell
 * (unit names and clause texts come from data files and uploads).
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { RULE_DIMENSIONS, type UnitFeature } from '../../data/contract';
import type { SiteCheckResult } from '../../geo/site-check';
import { M2_PER_HA, M2_PER_KM2, M2_PER_MU, roundTo } from '../../geo/measure';
import { CLASS_NUMERALS } from '../../data/water-quality';
import {
  classLabel,
  describeVerdict,
  formatDistance,
  formatPercent,
  riverLabel,
  verdictLevelLabel,
  type ReportLang,
  type Translate,
} from './verdict';
import type { MessageKey } from '../../i18n/zh';

/** Optional context written into the exports besides the result itself. */
export interface ExportMeta {
  /** Dataset name in the export's language. */
  datasetName?: string;
  /** Whether any layer is illustrative (default true: the disclaimer then says so). */
  illustrative?: boolean;
  /** When the report was generated (formatted by the caller). */
  generated?: string;
  /** Link that reproduces the check. */
  permalink?: string | null;
}

/** Decimals written for each quantity. */
export const CSV_DIGITS = { m: 2, m2: 2, km2: 6, ha: 4, mu: 2, percent: 2, degree: 6 } as const;

/** A number with exactly `digits` decimals, decimal-exact rounding, no grouping, never "-0". */
export function fixed(x: number, digits: number): string {
  const r = roundTo(x, digits);
  return (r === 0 ? 0 : r).toFixed(digits);
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/**
 * Neutralise spreadsheet formulas: a text cell starting with = + - @ (or a tab or CR, which
 * some spreadsheets skip before a formula) gets a leading apostrophe. Plain numbers pass.
 */
export function guardCell(text: string): string {
  if (NUMERIC.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: quote a field containing a comma, a double quote, CR or LF; double the quotes. */
export function quoteCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows → CSV text: BOM, guarded and quoted cells, CRLF after every row. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map((c) => quoteCell(guardCell(c))).join(',') + '\r\n').join('');
}

const COLUMNS: MessageKey[] = [
  'report.csv.col.category',
  'report.csv.col.item',
  'report.csv.col.code',
  'report.csv.col.name',
  'report.csv.col.value',
  'report.csv.col.unit',
  'report.csv.col.note',
];

/**
 * The site check as CSV rows in the language of `t`: header; dataset; site summary (kind,
 * area in m², 公顷, 亩 and km², perimeter or length, centroid, vertices, districts, coverage);
 * one row per unit touched (overlap, share); nearest priority unit with its distance; one row
 * per main river (distance, 1 km / 5 km bands); one row per section (distance, class,
 * up/downstream); one row per merged clause (dimension, text, source codes); the verdict, its
 * reasons and the disclaimer.
 */
export function siteCheckCsv(result: SiteCheckResult, t: Translate, lang: ReportLang, meta: ExportMeta = {}): string {
  const rows: string[][] = [COLUMNS.map((k) => t(k))];
  const row = (category: string, item: string, code: string, name: string, value: string, unit: string, note: string) =>
    rows.push([category, item, code, name, value, unit, note]);
  const yes = (b: boolean) => t(b ? 'report.yes' : 'report.no');
  const sep = t('verdict.list.sep');

  // dataset
  const cData = t('report.csv.dataset');
  if (meta.datasetName) row(cData, t('report.csv.dataset'), '', meta.datasetName, '', '', meta.illustrative === false ? '' : t('report.illustrative'));
  if (meta.generated) row(cData, t('report.csv.generated'), '', '', meta.generated, '', '');
  if (meta.permalink) row(cData, t('report.permalink'), '', '', meta.permalink, '', '');

  // site
  const s = result.site;
  const cSite = t('report.site.label');
  row(cSite, t('report.site.kind'), '', '', t(`report.kind.${s.kind}`), '', '');
  if (s.kind === 'polygon') {
    const area = t('report.site.area');
    row(cSite, area, '', '', fixed(s.areaM2, CSV_DIGITS.m2), t('report.unit.m2'), '');
    row(cSite, area, '', '', fixed(s.areaM2 / M2_PER_HA, CSV_DIGITS.ha), t('report.unit.ha'), '');
    row(cSite, area, '', '', fixed(s.areaM2 / M2_PER_MU, CSV_DIGITS.mu), t('report.unit.mu'), '');
    row(cSite, area, '', '', fixed(s.areaM2 / M2_PER_KM2, CSV_DIGITS.km2), t('report.unit.km2'), '');
    row(cSite, t('report.site.perimeter'), '', '', fixed(s.lengthM, CSV_DIGITS.m), t('report.unit.m'), '');
  } else if (s.kind === 'line') {
    row(cSite, t('report.site.length'), '', '', fixed(s.lengthM, CSV_DIGITS.m), t('report.unit.m'), '');
  }
  row(cSite, t('report.site.centroidLon'), '', '', fixed(s.centroid[0], CSV_DIGITS.degree), t('report.unit.degree'), '');
  row(cSite, t('report.site.centroidLat'), '', '', fixed(s.centroid[1], CSV_DIGITS.degree), t('report.unit.degree'), '');
  row(cSite, t('report.site.vertices'), '', '', String(s.vertexCount), t('report.unit.count'), '');
  for (const d of result.districts) {
    row(cSite, t('report.site.districts'), d.adcode, lang === 'en' && d.name_en ? d.name_en : d.name, '', '', '');
  }
  row(cSite, t('report.site.coverage'), '', '', fixed(result.coverage * 100, CSV_DIGITS.percent), t('report.unit.percent'), '');

  // units
  const cUnits = t('report.units');
  const districtName = (adcode: string, fallback: string) =>
    (lang === 'en' ? result.districts.find((d) => d.adcode === adcode)?.name_en : undefined) || fallback;
  for (const u of result.units) {
    const note = t('report.csv.unitNote', {
      category: t(`category.short.${u.category}`),
      subtype: u.subtype,
      district: districtName(u.adcode, u.district),
      share: formatPercent(u.shareOfSite, t, lang),
    });
    if (s.kind === 'polygon') row(cUnits, t('report.units.overlapArea'), u.code, u.name, fixed(u.overlapAreaM2, CSV_DIGITS.m2), t('report.unit.m2'), note);
    else if (s.kind === 'line') row(cUnits, t('report.units.overlapLength'), u.code, u.name, fixed(u.overlapLengthM, CSV_DIGITS.m), t('report.unit.m'), note);
    else row(cUnits, t('report.units.pointShare'), u.code, u.name, fixed(u.shareOfSite * 100, CSV_DIGITS.percent), t('report.unit.percent'), note);
  }

  // nearest priority-protection unit
  const cNearest = t('report.nearest');
  const np = result.nearestPriority;
  if (np) row(cNearest, t('report.csv.distance'), np.code, np.name, fixed(np.distanceM, CSV_DIGITS.m), t('report.unit.m'), np.inside ? t('report.nearest.inside') : '');
  else row(cNearest, t('report.csv.distance'), '', '', '', '', t('report.nearest.none'));

  // rivers
  const cRivers = t('report.rivers');
  for (const r of result.rivers) {
    row(cRivers, t('report.csv.distance'), '', riverLabel(r.name, t), fixed(r.distanceM, CSV_DIGITS.m), t('report.unit.m'),
      t('report.csv.riverNote', { band1: yes(r.within1km), band5: yes(r.within5km) }));
  }

  // sections
  const cSections = t('report.sections');
  for (const x of result.sections) {
    let note = t('report.csv.sectionNote', {
      river: riverLabel(x.river, t),
      cls: classLabel(x.class, t),
      relation: t(x.relation ? `report.relation.${x.relation}` : 'report.relation.unknown'),
    });
    if (x.alongRiverM !== undefined) note += `${t('report.csv.noteSep')}${t('report.csv.alongNote', { distance: formatDistance(Math.abs(x.alongRiverM), t, lang) })}`;
    row(cSections, t('report.csv.distance'), x.id, x.name, fixed(x.distanceM, CSV_DIGITS.m), t('report.unit.m'), note);
  }

  // merged access-list clauses
  const cRules = t('unit.rules');
  for (const dim of RULE_DIMENSIONS) {
    for (const c of result.rules[dim]) row(cRules, t(`rules.${dim}`), c.codes.join(sep), '', '', '', c.text);
  }

  // verdict, reasons, disclaimer
  const names = new Map(result.units.map((u) => [u.code, u.name] as const));
  if (np) names.set(np.code, np.name);
  const v = describeVerdict(result.verdict, t, { lang, unitNames: names, illustrative: meta.illustrative ?? true });
  const cVerdict = t('report.verdict');
  row(cVerdict, t('report.csv.verdictItem'), result.verdict.level, '', verdictLevelLabel(result.verdict.level, t), '', v.headline);
  for (const r of v.reasons) row(cVerdict, t('report.csv.reasonItem'), '', '', '', '', r);
  row(cVerdict, t('report.csv.disclaimerItem'), '', '', '', '', v.disclaimer);
  return toCsv(rows);
}

/** Properties of the site feature in the GeoJSON export. */
export interface SiteFeatureProperties {
  role: 'site';
  kind: SiteCheckResult['site']['kind'];
  areaM2: number;
  areaHa: number;
  areaMu: number;
  lengthM: number;
  vertexCount: number;
  centroid: [number, number];
  coverage: number;
  verdict: SiteCheckResult['verdict']['level'];
  [key: string]: unknown;
}

/**
 * The site check as a GeoJSON FeatureCollection, in this order: the site (summary and verdict
 * level, plus `meta` if given); each unit touched with its geometry from `unitFeatures` and its
 * overlap figures (units missing from the map are skipped); the line from the site to the
 * nearest priority unit (`distanceM`); each main river's closest line; each nearby section as a
 * point. Every feature has a `role` property. Numbers are unrounded.
 */
export function siteCheckGeoJson(
  result: SiteCheckResult,
  siteGeometry: Geometry,
  unitFeatures: ReadonlyMap<string, UnitFeature>,
  meta: Record<string, string | number | boolean | null> = {},
): FeatureCollection {
  const s = result.site;
  const features: Feature[] = [];
  const site: SiteFeatureProperties = {
    ...meta,
    role: 'site',
    kind: s.kind,
    areaM2: s.areaM2,
    areaHa: s.areaM2 / M2_PER_HA,
    areaMu: s.areaM2 / M2_PER_MU,
    lengthM: s.lengthM,
    vertexCount: s.vertexCount,
    centroid: [s.centroid[0], s.centroid[1]],
    coverage: result.coverage,
    verdict: result.verdict.level,
  };
  features.push({ type: 'Feature', geometry: siteGeometry, properties: site });
  for (const u of result.units) {
    const f = unitFeatures.get(u.code);
    if (!f) continue;
    features.push({
      type: 'Feature',
      geometry: f.geometry,
      properties: {
        role: 'unit',
        code: u.code,
        name: u.name,
        category: u.category,
        subtype: u.subtype,
        district: u.district,
        adcode: u.adcode,
        overlapAreaM2: u.overlapAreaM2,
        overlapLengthM: u.overlapLengthM,
        shareOfSite: u.shareOfSite,
      },
    });
  }
  const np = result.nearestPriority;
  if (np) {
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [[np.from[0], np.from[1]], [np.to[0], np.to[1]]] },
      properties: { role: 'nearest-priority', code: np.code, name: np.name, distanceM: np.distanceM, inside: np.inside },
    });
  }
  for (const r of result.rivers) {
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [[r.from[0], r.from[1]], [r.to[0], r.to[1]]] },
      properties: { role: 'river', name: r.name, distanceM: r.distanceM, within1km: r.within1km, within5km: r.within5km },
    });
  }
  for (const x of result.sections) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [x.position[0], x.position[1]] },
      properties: {
        role: 'section',
        id: x.id,
        name: x.name,
        river: x.river,
        class: x.class,
        classLabel: CLASS_NUMERALS[x.class],
        distanceM: x.distanceM,
        relation: x.relation ?? null,
        alongRiverM: x.alongRiverM ?? null,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * A download name such as `site-check-20240630-1405-108.3900E-30.8100N.csv`: local date and
 * time of `date`, then the site's centroid to 4 decimals. ASCII only, safe on every OS.
 */
export function reportFileName(result: SiteCheckResult, ext: string, date: Date): string {
  const stamp = `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
  const [lon, lat] = result.site.centroid;
  const where = Number.isFinite(lon) && Number.isFinite(lat)
    ? `-${fixed(Math.abs(lon), 4)}${lon < 0 ? 'W' : 'E'}-${fixed(Math.abs(lat), 4)}${lat < 0 ? 'S' : 'N'}`
    : '';
  return `site-check-${stamp}${where}.${ext.replace(/^\./, '').replace(/[^A-Za-z0-9]/g, '')}`;
}
