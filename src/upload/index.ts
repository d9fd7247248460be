/**
 * Upload parsing for the planner's site check: a user's file → WGS-84 GeoJSON.
 *
 * Heavy (proj4, shpjs, togeojson, papaparse): load it lazily — through `client.ts`, which runs it
 * in a Web Worker — never from the initial bundle.
 */
import { flatBBox } from '../geo/bbox';
import { crsInfo } from './crs';
import { detectCrs, type CrsDetection } from './detect-crs';
import { readPrj } from './prj';
import { CHONGQING_BBOX, distanceToBoxKm } from './region';
import { UploadError } from './errors';
import { LONLAT_TOLERANCE_DEG } from './limits';
import { forEachPosition, transformInPlace } from './geometry';
import { readCsv } from './csv';
import { readGeoJson } from './geojson';
import { toWgs84, wktToWgs84, type XY } from './reproject';
import { readShapefiles } from './shapefile';
import type { RawSource, ReadContext } from './source';
import { decodeText } from './text';
import type { CrsReport, ParseOptions, ParsedUpload, SourceFormat, UploadFeature, UploadFile, UploadWarning } from './types';
import { readGpx, readKml, readTcx } from './xml';
import { isZip, readZip } from './zip';

export { UploadError } from './errors';
export type { UploadErrorCode } from './errors';
export type * from './types';

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_FEATURES = 5000;
/** Unzipped content may be at most this many times `maxBytes`. */
export const UNZIP_RATIO = 10;

type Kind = 'geojson' | 'kml' | 'kmz' | 'gpx' | 'tcx' | 'csv' | 'zip';

function kindOf(name: string, bytes: Uint8Array): Kind {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  switch (ext) {
    case 'geojson':
    case 'json':
      return 'geojson';
    case 'kml':
      return 'kml';
    case 'kmz':
      return 'kmz';
    case 'gpx':
      return 'gpx';
    case 'tcx':
      return 'tcx';
    case 'csv':
    case 'tsv':
    case 'txt':
      return 'csv';
    case 'zip':
      return 'zip';
  }
  // Unknown or missing extension: sniff.
  if (isZip(bytes)) return 'zip';
  const head = new TextDecoder().decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'geojson';
  if (head.startsWith('<')) {
    if (/<kml[\s>]/i.test(head)) return 'kml';
    if (/<gpx[\s>]/i.test(head)) return 'gpx';
    if (/<TrainingCenterDatabase[\s>]/i.test(head)) return 'tcx';
  }
  throw new UploadError('unsupported-format', { name: name.slice(0, 100) });
}

function text(bytes: Uint8Array, ctx: ReadContext): string {
  const d = decodeText(bytes);
  if (d.fellBack) ctx.warnings.push({ code: 'encoding-fallback', params: { from: 'utf-8', to: 'gb18030' } });
  return d.text;
}

/** Files a zip may hold in place of a shapefile (never another zip). */
const INNER = /\.(geojson|json|gpx|tcx|csv)$/i;

function readSources(kind: Kind, bytes: Uint8Array, options: ParseOptions, ctx: ReadContext): { format: SourceFormat; sources: RawSource[] } {
  switch (kind) {
    case 'geojson':
      return { format: 'geojson', sources: [readGeoJson(text(bytes, ctx), ctx)] };
    case 'kml':
      return { format: 'kml', sources: [readKml(text(bytes, ctx), ctx, options.xmlParser)] };
    case 'gpx':
      return { format: 'gpx', sources: [readGpx(text(bytes, ctx), ctx, options.xmlParser)] };
    case 'tcx':
      return { format: 'tcx', sources: [readTcx(text(bytes, ctx), ctx, options.xmlParser)] };
    case 'csv':
      return { format: 'csv', sources: [readCsv(text(bytes, ctx), ctx, options.csvPolygon ?? false)] };
    case 'kmz':
    case 'zip': {
      if (!isZip(bytes)) throw new UploadError('bad-zip', { detail: 'not a zip archive' });
      const entries = readZip(bytes, ctx.maxUnzipped);
      if (entries.some((e) => /\.shp$/i.test(e.name))) {
        return { format: 'shapefile', sources: readShapefiles(entries, ctx) };
      }
      const kmlEntry = entries.find((e) => /(^|\/)doc\.kml$/i.test(e.name)) ?? entries.find((e) => /\.kml$/i.test(e.name));
      if (kmlEntry) return { format: 'kmz', sources: [readKml(text(kmlEntry.read(), ctx), ctx, options.xmlParser)] };
      // A zip holding one GeoJSON, GPX, TCX or CSV file instead of a shapefile: read what it holds.
      const other = entries.find((e) => !/(^|\/)(__MACOSX\/|\.)/.test(e.name) && INNER.test(e.name));
      if (other) return readSources(kindOf(other.name, new Uint8Array()), other.read(), options, ctx);
      throw new UploadError('missing-shp', { entries: entries.map((e) => e.name).join(',').slice(0, 200) });
    }
  }
}

function positions(features: UploadFeature[]): number[][] {
  const out: number[][] = [];
  for (const f of features) forEachPosition(f.geometry, (p) => out.push(p));
  return out;
}

/** 1-based feature numbers for a message: the first five, then "…". */
function featureList(indexes: number[]): string {
  return indexes.slice(0, 5).map((i) => i + 1).join(', ') + (indexes.length > 5 ? ', …' : '');
}

const isLonLat = (x: number, y: number): boolean => Math.abs(x) <= 180 + LONLAT_TOLERANCE_DEG && Math.abs(y) <= 90 + LONLAT_TOLERANCE_DEG;

/**
 * The `coordinates-out-of-range` error naming the real culprit: in a file whose numbers are
 * mostly degrees, the first position that is not; else (no CRS fits at all) the first position.
 */
function outOfRange(features: UploadFeature[]): UploadError {
  let first: { feature: number; vertex: number; x: number; y: number } | undefined;
  let anyLonLat = false;
  let culprit: typeof first;
  features.forEach((f, feature) => {
    let vertex = 0;
    forEachPosition(f.geometry, (p) => {
      const here = { feature: feature + 1, vertex: ++vertex, x: p[0]!, y: p[1]! };
      first ??= here;
      if (isLonLat(here.x, here.y)) anyLonLat = true;
      else culprit ??= here;
    });
  });
  const named = anyLonLat ? culprit : first;
  return new UploadError('coordinates-out-of-range', named ?? {});
}

interface Decided {
  transform: XY;
  report: CrsReport;
}

function decide(source: RawSource, options: ParseOptions, warnings: UploadWarning[]): Decided | Extract<CrsDetection, { status: 'ambiguous' }> {
  const coords = positions(source.features);
  let prj = source.prj;
  if (prj !== undefined && !options.crs) {
    const reading = readPrj(prj);
    if (reading.status === 'unrecognized') {
      const swapped = options.swapXY ?? false;
      const transform = wktToWgs84(prj, swapped);
      if (transform) {
        warnings.push({ code: 'prj-via-proj4', params: { name: reading.name.slice(0, 100) } });
        return { transform, report: { crs: 'proj4-wkt', how: 'prj', swapped } };
      }
      warnings.push({ code: 'prj-ignored', params: { name: reading.name.slice(0, 100) } });
      prj = undefined;
    }
  }
  const det = detectCrs(coords, {
    user: options.crs,
    prj,
    declared: source.declared,
    geographicByDefault: source.geographicByDefault,
    swap: options.swapXY,
    region: options.region,
  });
  if (det.status === 'ambiguous') return det;
  if (det.status === 'unknown') {
    throw det.reason === 'no-coordinates' ? new UploadError('no-features') : outOfRange(source.features);
  }
  if (!crsInfo(det.crs)) throw new UploadError('unsupported-crs', { crs: det.crs });
  if (det.overruled) warnings.push({ code: 'declared-crs-overruled', params: { declared: det.overruled, used: det.crs } });
  return { transform: toWgs84(det.crs, det.swapped), report: { crs: det.crs, how: det.how, swapped: det.swapped } };
}

/** Beyond this distance from the region, an `outside-region` warning is added. */
export const OUTSIDE_REGION_KM = 50;

function distanceFromRegion(features: UploadFeature[], region: readonly [number, number, number, number]): number {
  const xy: number[] = [];
  for (const f of features) forEachPosition(f.geometry, (p) => xy.push(p[0]!, p[1]!));
  const [minX, minY, maxX, maxY] = flatBBox(xy);
  return distanceToBoxKm((minX + maxX) / 2, (minY + maxY) / 2, region);
}

const clamp = (v: number, limit: number): number => Math.max(-limit, Math.min(limit, v));

/** Transforms every position; lon/lat a rounding error past ±180°/±90° are clamped, beyond that refused. */
function apply(features: UploadFeature[], transform: XY): void {
  features.forEach((f, feature) => {
    let vertex = 0;
    transformInPlace(f.geometry, (x, y) => {
      vertex++;
      const [lon, lat] = transform(x, y);
      if (!Number.isFinite(lon) || !Number.isFinite(lat) || !isLonLat(lon, lat)) {
        throw new UploadError('coordinates-out-of-range', { feature: feature + 1, vertex, x, y });
      }
      return [clamp(lon, 180), clamp(lat, 90)];
    });
  });
}

/**
 * Parses an uploaded file into WGS-84 GeoJSON.
 *
 * Formats: GeoJSON, KML/KMZ, GPX, CSV, zipped Shapefile (by extension, else by content).
 * CRS: `options.crs` if given, else the .prj / declared CRS, else coordinate magnitudes; when the
 * zone of unprefixed Gauss–Krüger coordinates cannot be told, resolves to `status: 'ambiguous'`
 * with ranked candidates — ask the user and call again with `options.crs`.
 *
 * @throws UploadError (see `UploadErrorCode`) for every input problem
 */
export async function parseUpload(file: UploadFile, options: ParseOptions = {}): Promise<ParsedUpload> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxFeatures = options.maxFeatures ?? DEFAULT_MAX_FEATURES;
  if (file.bytes.byteLength > maxBytes) {
    throw new UploadError('too-large', { limit: maxBytes, actual: file.bytes.byteLength, what: 'file' });
  }
  if (options.crs !== undefined && !crsInfo(options.crs)) throw new UploadError('unsupported-crs', { crs: String(options.crs) });
  const bytes = new Uint8Array(file.bytes);
  const warnings: UploadWarning[] = [];
  const ctx: ReadContext = { maxFeatures, maxUnzipped: maxBytes * UNZIP_RATIO, warnings, fixes: { ringsClosed: 0, nullGeometries: 0, slivers: { rings: 0, features: [] } } };
  const { format, sources } = readSources(kindOf(file.name, bytes), bytes, options, ctx);
  if (ctx.fixes.nullGeometries > 0) warnings.push({ code: 'null-geometry-skipped', params: { count: ctx.fixes.nullGeometries } });
  if (ctx.fixes.ringsClosed > 0) warnings.push({ code: 'ring-closed', params: { count: ctx.fixes.ringsClosed } });
  const { slivers } = ctx.fixes;
  if (slivers.rings > 0) warnings.push({ code: 'sliver-dropped', params: { count: slivers.rings, features: featureList(slivers.features) } });
  const nonEmpty = sources.filter((s) => s.features.length > 0);
  const count = nonEmpty.reduce((n, s) => n + s.features.length, 0);
  if (count === 0) throw new UploadError('no-features');
  if (count > maxFeatures) throw new UploadError('too-large', { limit: maxFeatures, actual: count, what: 'features' });

  const decisions: Decided[] = [];
  for (const s of nonEmpty) {
    const d = decide(s, options, warnings);
    if ('status' in d) {
      return { status: 'ambiguous', sourceFormat: format, candidates: d.candidates, swapped: d.swapped, featureCount: count, warnings };
    }
    decisions.push(d);
  }
  nonEmpty.forEach((s, i) => apply(s.features, decisions[i]!.transform));
  const detected = decisions[0]!.report;
  if (decisions.some((d) => d.report.swapped)) warnings.push({ code: 'axes-swapped', params: {} });
  const features = nonEmpty.flatMap((s) => s.features);
  const far = distanceFromRegion(features, options.region ?? CHONGQING_BBOX);
  if (far > OUTSIDE_REGION_KM) warnings.push({ code: 'outside-region', params: { distanceKm: Math.round(far) } });
  return { status: 'ok', sourceFormat: format, features: { type: 'FeatureCollection', features }, detected, warnings };
}
