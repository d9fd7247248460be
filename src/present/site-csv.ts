/**
 * The site check as CSV rows, from the same {@link SiteReport} the panel and the report show:
 * the value column holds each figure's `plain` digits (same rounding as on screen, no grouping),
 * the unit column its unit word.
 */
import { kit, type KitKey } from '../i18n/kit';
import { toCsv } from './csv';
import type { Quantity } from './quantity';
import type { SiteReport } from './site-report';

/** Context written into the export besides the result itself. */
export interface ExportMeta {
  /** Dataset name in the export's language. */
  datasetName?: string;
  /** Whether any layer is illustrative (default true: the dataset row then says so). */
  illustrative?: boolean;
  /** When the report was generated (formatted by the caller). */
  generated?: string;
  /** Link that reproduces the check. */
  permalink?: string | null;
}

const COLUMNS: readonly KitKey[] = [
  'report.csv.col.category',
  'report.csv.col.item',
  'report.csv.col.code',
  'report.csv.col.name',
  'report.csv.col.value',
  'report.csv.col.unit',
  'report.csv.col.note',
];

/**
 * Header; dataset; site summary (kind, area in m², 公顷, 亩 and km², perimeter or length,
 * centroid, vertices, districts, coverage); one row per unit touched; the nearest priority
 * unit; one row per main river; one row per section; one row per merged clause; the verdict,
 * its reasons and the disclaimer.
 */
export function siteCheckCsv(report: SiteReport, meta: ExportMeta = {}): string {
  const lang = report.lang;
  const t = kit.translator(lang);
  const rows: string[][] = [COLUMNS.map((k) => t(k))];
  const row = (category: string, item: string, code: string, name: string, value: string, unit: string, note: string) =>
    rows.push([category, item, code, name, value, unit, note]);
  const figure = (category: string, item: string, code: string, name: string, q: Quantity, note = '') =>
    row(category, item, code, name, q.plain, q.unitWord, note);
  const yes = (b: boolean) => t(b ? 'report.yes' : 'report.no');

  const cData = t('report.csv.dataset');
  if (meta.datasetName) row(cData, cData, '', meta.datasetName, '', '', meta.illustrative === false ? '' : t('report.illustrative'));
  if (meta.generated) row(cData, t('report.csv.generated'), '', '', meta.generated, '', '');
  if (meta.permalink) row(cData, t('report.permalink'), '', '', meta.permalink, '', '');

  const cSite = t('report.site.label');
  row(cSite, t('report.site.kind'), '', '', report.kindName, '', '');
  for (const q of report.area ?? []) figure(cSite, t('report.site.area'), '', '', q);
  if (report.length) figure(cSite, report.length.label, '', '', report.length.distance.exact);
  figure(cSite, t('report.site.centroidLon'), '', '', report.centroid.lon);
  figure(cSite, t('report.site.centroidLat'), '', '', report.centroid.lat);
  figure(cSite, t('report.site.vertices'), '', '', report.vertices);
  for (const d of report.districts) row(cSite, t('report.site.districts'), d.adcode, d.name, '', '', '');
  figure(cSite, t('report.site.coverage'), '', '', report.coverage);

  const cUnits = t('report.units');
  for (const u of report.units) {
    const note = t('report.csv.unitNote', { category: u.categoryName, subtype: u.subtype, district: u.district, share: u.share.text });
    if (u.overlapArea) figure(cUnits, t('report.units.overlapArea'), u.code, u.name, u.overlapArea[0]!, note);
    else if (u.overlapLength) figure(cUnits, t('report.units.overlapLength'), u.code, u.name, u.overlapLength.exact, note);
    else figure(cUnits, t('report.units.pointShare'), u.code, u.name, u.share, note);
  }

  const cNearest = t('report.nearest');
  const np = report.nearest;
  if (np) figure(cNearest, t('report.csv.distance'), np.code, np.name, np.distance.exact, np.inside ? t('report.nearest.inside') : '');
  else row(cNearest, t('report.csv.distance'), '', '', '', '', t('report.nearest.none'));

  const cRivers = t('report.rivers');
  for (const r of report.rivers) {
    figure(cRivers, t('report.csv.distance'), '', r.name, r.distance.exact, t('report.csv.riverNote', { band1: yes(r.within1km), band5: yes(r.within5km) }));
  }

  const cSections = t('report.sections');
  for (const x of report.sections) {
    let note = t('report.csv.sectionNote', { river: x.river, cls: x.className, relation: x.relation });
    if (x.along) note += `${t('report.csv.noteSep')}${t('report.csv.alongNote', { distance: x.along.text })}`;
    figure(cSections, t('report.csv.distance'), x.id, x.name, x.distance.exact, note);
  }

  const cRules = t('unit.rules');
  for (const dim of report.rules) for (const c of dim.clauses) row(cRules, dim.title, c.codeList, '', '', '', c.text);

  const v = report.verdict;
  const cVerdict = t('report.verdict');
  row(cVerdict, t('report.csv.verdictItem'), v.level, '', v.label, '', v.headline);
  for (const r of v.reasons) row(cVerdict, t('report.csv.reasonItem'), '', '', '', '', r);
  row(cVerdict, t('report.csv.disclaimerItem'), '', '', '', '', v.disclaimer);
  return toCsv(rows);
}
