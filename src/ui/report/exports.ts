/** The report's two downloads: the CSV of its rows and the GeoJSON of the check. */
import type { Geometry } from 'geojson';
import type { UnitFeature } from '../../data/contract';
import type { SiteCheckResult } from '../../geo/site-check';
import { reportFileName } from '../../present/file-name';
import { siteCheckCsv, type ExportMeta } from '../../present/site-csv';
import { siteCheckGeoJson } from '../../present/site-geojson';
import type { SiteReport } from '../../present/site-report';
import { downloadText } from './download';

export interface ReportExport {
  result: SiteCheckResult;
  report: SiteReport;
  site: Geometry;
  siteLabel: string;
  unitFeatures: ReadonlyMap<string, UnitFeature>;
  meta: ExportMeta & { datasetName: string; illustrative: boolean };
  generatedAt: Date;
  /** Where the temporary download link goes: the open dialog, which is not inert. */
  parent?: HTMLElement;
}

export function downloadCsv(x: ReportExport): void {
  const csv = siteCheckCsv(x.report, x.meta);
  downloadText(csv, reportFileName(x.result, 'csv', x.generatedAt), 'text/csv;charset=utf-8', x.parent);
}

export function downloadGeoJson(x: ReportExport): void {
  const fc = siteCheckGeoJson(x.result, x.site, x.unitFeatures, {
    label: x.siteLabel,
    dataset: x.meta.datasetName,
    illustrative: x.meta.illustrative,
    generated: x.generatedAt.toISOString(),
    permalink: x.meta.permalink ?? null,
    disclaimer: x.report.verdict.disclaimer,
  });
  downloadText(JSON.stringify(fc), reportFileName(x.result, 'geojson', x.generatedAt), 'application/geo+json', x.parent);
}
