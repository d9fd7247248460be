/**
 * Zipped Shapefile reader. Geometry through shpjs's `parseShp` WITHOUT its projection step (we
 * detect and reproject ourselves, so an unreadable .prj cannot abort the upload); attributes
 * through shpjs's `parseDbf` with an encoding we choose: the .cpg, else the DBF language-driver
 * byte, else UTF-8 — and GB18030 whenever UTF-8 produced U+FFFD replacement characters.
 */
import { parseDbf, parseShp } from 'shpjs';
import type { Geometry } from 'geojson';
import { UploadError } from './errors';
import { cleanGeometry } from './geometry';
import { MAX_PRJ_CHARS } from './limits';
import { checkShp, clampDbfRecords } from './shp-header';
import type { RawSource, ReadContext } from './source';
import { cpgToEncoding } from './text';
import type { UploadFeature } from './types';
import type { ZipEntry } from './zip';

/**
 * DBF language driver ids (header byte 29) → the WHATWG encoding of their code page, after the
 * dBASE/ESRI table (0x57 is what ArcGIS writes for "ANSI" = Windows-1252). Code pages the
 * platform cannot decode (437, 850, …) are left to detection.
 */
const LDID: ReadonlyMap<number, string> = new Map([
  [0x03, 'windows-1252'],
  [0x57, 'windows-1252'],
  [0x04, 'macintosh'],
  [0x65, 'ibm866'],
  [0x13, 'shift_jis'],
  [0x7b, 'shift_jis'],
  [0x4d, 'gb18030'],
  [0x7a, 'gb18030'],
  [0x4e, 'euc-kr'],
  [0x79, 'euc-kr'],
  [0x4f, 'big5'],
  [0x78, 'big5'],
  [0x50, 'windows-874'],
  [0x7c, 'windows-874'],
  [0x7d, 'windows-1255'],
  [0x7e, 'windows-1256'],
  [0xc8, 'windows-1250'],
  [0xc9, 'windows-1251'],
  [0xca, 'windows-1254'],
  [0xcb, 'windows-1253'],
]);

function hasReplacement(rows: Record<string, unknown>[]): boolean {
  for (const r of rows) {
    for (const [k, v] of Object.entries(r)) {
      if (k.includes('\uFFFD') || (typeof v === 'string' && v.includes('\uFFFD'))) return true;
    }
  }
  return false;
}

function cleanValue(v: unknown): unknown {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    const p = (n: number): string => String(n).padStart(2, '0');
    return `${v.getFullYear()}-${p(v.getMonth() + 1)}-${p(v.getDate())}`;
  }
  if (typeof v === 'number' && !Number.isFinite(v)) return null;
  return v;
}

/**
 * Decodes a .dbf. Exported for tests.
 * @returns rows and the encoding actually used
 */
export function readDbf(
  dbf: Uint8Array,
  cpg: string | undefined,
  ctx: Pick<ReadContext, 'warnings'>,
  layer: string,
): { rows: Record<string, unknown>[]; encoding: string } {
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  let encoding: string | undefined;
  if (cpg !== undefined) {
    encoding = cpgToEncoding(cpg);
    if (encoding === undefined && cpg.trim() !== '' && cpg.trim().toUpperCase() !== 'SYSTEM') {
      ctx.warnings.push({ code: 'cpg-unknown', params: { cpg: cpg.trim().slice(0, 40), layer } });
    }
  }
  if (encoding === undefined && dbf.length > 29) encoding = LDID.get(dbf[29]!);
  encoding ??= 'utf-8';
  const parse = (enc: string): Record<string, unknown>[] => {
    try {
      return parseDbf(view, enc);
    } catch (e) {
      throw new UploadError('bad-shapefile', { layer, detail: `dbf: ${e instanceof Error ? e.message.slice(0, 100) : 'unreadable'}` });
    }
  };
  let rows = parse(encoding);
  if (encoding === 'utf-8' && hasReplacement(rows)) {
    ctx.warnings.push({ code: 'encoding-fallback', params: { from: encoding, to: 'gb18030', layer } });
    encoding = 'gb18030';
    rows = parse(encoding);
  }
  return { rows: rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cleanValue(v)]))), encoding };
}

const decoder = new TextDecoder();

/** Reads every shapefile layer in a zip. */
export function readShapefiles(entries: ZipEntry[], ctx: ReadContext): RawSource[] {
  const byBase = new Map<string, Map<string, ZipEntry>>();
  for (const e of entries) {
    if (e.name.includes('__MACOSX/') || /(^|\/)\./.test(e.name)) continue;
    const m = /^(.*)\.(shp|dbf|prj|cpg)$/i.exec(e.name);
    if (!m) continue;
    const base = m[1]!.toLowerCase();
    let parts = byBase.get(base);
    if (!parts) byBase.set(base, (parts = new Map()));
    parts.set(m[2]!.toLowerCase(), e);
  }
  const layers = [...byBase.entries()].filter(([, parts]) => parts.has('shp'));
  if (layers.length === 0) {
    throw new UploadError('missing-shp', { entries: entries.map((e) => e.name).join(',').slice(0, 200) });
  }
  if (layers.length > 1) ctx.warnings.push({ code: 'multiple-layers', params: { layers: layers.length } });
  const sources: RawSource[] = [];
  let total = 0;
  for (const [base, parts] of layers) {
    const layer = base.replace(/^.*\//, '');
    const shpBytes = parts.get('shp')!.read();
    checkShp(shpBytes, layer);
    let geoms: (Geometry | null)[];
    try {
      geoms = parseShp(new DataView(shpBytes.buffer, shpBytes.byteOffset, shpBytes.byteLength), false);
    } catch (e) {
      throw new UploadError('bad-shapefile', { layer, detail: `shp: ${e instanceof Error ? e.message.slice(0, 100) : 'unreadable'}` });
    }
    total += geoms.length;
    if (total > ctx.maxFeatures) throw new UploadError('too-large', { limit: ctx.maxFeatures, actual: total, what: 'features' });
    const dbfEntry = parts.get('dbf');
    const cpgEntry = parts.get('cpg');
    const prjEntry = parts.get('prj');
    let rows: Record<string, unknown>[] = [];
    if (dbfEntry) {
      const cpg = cpgEntry ? decoder.decode(cpgEntry.read()) : undefined;
      const clamped = clampDbfRecords(dbfEntry.read(), geoms.length);
      if (clamped.kept < clamped.declared) {
        ctx.warnings.push({ code: 'dbf-records-clamped', params: { layer, declared: clamped.declared, kept: clamped.kept } });
      }
      rows = readDbf(clamped.dbf, cpg, ctx, layer).rows;
    } else {
      ctx.warnings.push({ code: 'missing-dbf', params: { layer } });
    }
    const features: UploadFeature[] = [];
    geoms.forEach((g, i) => {
      if (!g) {
        ctx.fixes.nullGeometries++;
        return;
      }
      const geometry = cleanGeometry(g, i, ctx.fixes);
      if (geometry) features.push({ type: 'Feature', geometry, properties: rows[i] ?? {} });
    });
    const source: RawSource = { features };
    if (prjEntry) {
      const prj = decoder.decode(prjEntry.read());
      if (prj.length > MAX_PRJ_CHARS) throw new UploadError('text-too-long', { what: 'prj', limit: MAX_PRJ_CHARS, actual: prj.length });
      source.prj = prj;
    }
    sources.push(source);
  }
  return sources;
}
