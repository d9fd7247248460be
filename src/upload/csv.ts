/**
 * CSV reader: coordinate columns found by common names (经度/纬度, lon/lat, lng/lat, x/y,
 * 东坐标/北坐标 …); rows become points, or — with `polygon` — are closed into polygons (one per
 * value of a `ring`-like column, vertices in file order or by an `order`-like column).
 */
import Papa from 'papaparse';
import type { Position } from 'geojson';
import { UploadError } from './errors';
import { cleanGeometry } from './geometry';
import { checkVertexCount, MAX_CELL_CHARS, MAX_COORDINATE_CHARS } from './limits';
import type { RawSource, ReadContext } from './source';
import type { UploadFeature } from './types';

/** Candidate (x, y) header pairs, in priority order; matched after {@link normalizeHeader}. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['经度', '纬度'],
  ['longitude', 'latitude'],
  ['lon', 'lat'],
  ['lng', 'lat'],
  ['long', 'lat'],
  ['东坐标', '北坐标'],
  ['easting', 'northing'],
  ['east', 'north'],
  ['e', 'n'],
  ['x', 'y'],
  ['x坐标', 'y坐标'],
  ['坐标x', '坐标y'],
  ['point_x', 'point_y'],
];
const RING_COLUMNS = ['ring', 'polygon', 'polygon_id', 'part', 'group', '地块', '地块编号', '图斑编号', '多边形'];
const ORDER_COLUMNS = ['order', 'seq', 'sequence', 'vertex', '序号', '顺序', '点序'];

const OPENERS = '([（【';
const CLOSERS = ')]）】';

/**
 * `h` without a trailing bracketed unit: from the first opener after which only non-closers
 * come, up to a closer at the end. A backward scan, not a regex: a header of 60,000 `(` made
 * the regex backtrack for seconds.
 */
function withoutUnit(h: string): string {
  if (!CLOSERS.includes(h.at(-1) ?? '')) return h;
  let from = -1;
  for (let i = h.length - 2; i >= 0 && !CLOSERS.includes(h[i]!); i--) if (OPENERS.includes(h[i]!)) from = i;
  return from < 0 ? h : h.slice(0, from);
}

/** Lower-case, trim, drop a trailing unit such as "(m)", "（米）", "[°]". */
export function normalizeHeader(h: string): string {
  return withoutUnit(h.trim().replace(/^\uFEFF/, ''))
    .replace(/\s+/g, '')
    .toLowerCase();
}

/**
 * Parses a coordinate: decimal (`108.38`, `3 412 345.6`), or degrees-minutes-seconds
 * (`108°22'48.5"E`, `30度48分`, `108:22:48`), with an optional hemisphere letter/字.
 * Returns NaN when it is neither.
 */
export function parseCoordinate(s: string): number {
  // The patterns below backtrack on long digit runs; no coordinate is this long.
  if (s.length > MAX_COORDINATE_CHARS) return NaN;
  const t = s.trim().replace(/[\s\u00a0]+(?=\d)/g, '');
  if (t === '') return NaN;
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return Number(t);
  const m = /^([-+]?)(\d+(?:\.\d+)?)\s*[°度:]\s*(?:(\d+(?:\.\d+)?)\s*['′分:]?\s*)?(?:(\d+(?:\.\d+)?)\s*(?:["″秒]|'')?\s*)?([NSEWnsew东西南北])?$/.exec(t);
  if (!m) return NaN;
  const deg = Number(m[2]);
  const min = m[3] ? Number(m[3]) : 0;
  const sec = m[4] ? Number(m[4]) : 0;
  if (min >= 60 || sec >= 60) return NaN;
  const negative = m[1] === '-' || (m[5] !== undefined && /[SWsw西南]/.test(m[5]));
  const v = deg + min / 60 + sec / 3600;
  return negative ? -v : v;
}

function checkCellLengths(rows: string[][]): void {
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.length > MAX_CELL_CHARS) {
        throw new UploadError('text-too-long', { what: 'cell', limit: MAX_CELL_CHARS, actual: cell.length, row: r + 1, column: c + 1 });
      }
    }),
  );
}

export function readCsv(text: string, ctx: ReadContext, polygon: boolean): RawSource {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  checkCellLengths(rows);
  const header = rows[0];
  if (!header) throw new UploadError('no-features');
  const names = header.map(normalizeHeader);
  let xi = -1;
  let yi = -1;
  for (const [a, b] of PAIRS) {
    const i = names.indexOf(a);
    const j = names.indexOf(b);
    if (i >= 0 && j >= 0) {
      xi = i;
      yi = j;
      break;
    }
  }
  if (xi < 0) throw new UploadError('csv-no-coordinates', { columns: header.join(',').slice(0, 200) });
  const body = rows.slice(1);
  if (!polygon && body.length > ctx.maxFeatures) {
    throw new UploadError('too-large', { limit: ctx.maxFeatures, actual: body.length, what: 'features' });
  }
  if (polygon) checkVertexCount(body.length);
  const keys = header.map((h, i) => h.trim().replace(/^\uFEFF/, '') || `column${i + 1}`);
  const points: { pos: Position; props: Record<string, unknown> }[] = [];
  let skipped = 0;
  let firstSkipped = 0;
  body.forEach((row, r) => {
    const x = parseCoordinate(row[xi] ?? '');
    const y = parseCoordinate(row[yi] ?? '');
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      if (skipped++ === 0) firstSkipped = r + 2; // 1-based line number, header is line 1
      return;
    }
    // fromEntries defines own properties, so a column named "__proto__" stays a plain column.
    const props: Record<string, unknown> = Object.fromEntries(keys.map((k, i) => [k, row[i] ?? '']));
    points.push({ pos: [x, y], props });
  });
  if (skipped > 0) ctx.warnings.push({ code: 'csv-rows-skipped', params: { count: skipped, firstRow: firstSkipped } });
  if (points.length === 0) throw new UploadError('no-features');

  if (!polygon) {
    return { features: points.map(({ pos, props }) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: pos }, properties: props })) };
  }
  const ringCol = names.findIndex((n) => RING_COLUMNS.includes(n));
  const orderCol = names.findIndex((n) => ORDER_COLUMNS.includes(n));
  const groups = new Map<string, { pos: Position; order: number; line: number }[]>();
  points.forEach(({ pos, props }, line) => {
    const key = ringCol >= 0 ? String(props[keys[ringCol]!] ?? '') : '';
    const order = orderCol >= 0 ? Number(props[keys[orderCol]!]) : NaN;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push({ pos, order, line });
  });
  if (groups.size > ctx.maxFeatures) {
    throw new UploadError('too-large', { limit: ctx.maxFeatures, actual: groups.size, what: 'features' });
  }
  const features: UploadFeature[] = [];
  let i = 0;
  for (const [key, vertices] of groups) {
    if (vertices.every((v) => Number.isFinite(v.order))) vertices.sort((a, b) => a.order - b.order || a.line - b.line);
    const ring = vertices.map((v) => v.pos);
    // Closing the vertex list is the point of this mode, not a repair: do it before validation.
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push(first.slice());
    const geometry = cleanGeometry({ type: 'Polygon', coordinates: [ring] }, i++, ctx.fixes);
    if (!geometry) continue;
    const properties: Record<string, unknown> = { vertices: vertices.length };
    if (ringCol >= 0) properties[keys[ringCol]!] = key;
    features.push({ type: 'Feature', geometry, properties });
  }
  return { features };
}
