/**
 * Rivers from the committed GSHHG/WDBII dumps: parse, drop bin-edge stubs, merge across bin
 * edges, name by rule, orient downstream, clip to Chongqing plus a margin.
 *
 * Naming rule: a merged line of the river's WDBII level that passes within `tolKm` of one of
 * the river's anchor points (known towns on its course, WGS-84) carries the river's name.
 * Pieces of one river are chained end to end (gaps < ~600 m, one vertex spacing) and oriented
 * so the line ends at the river's mouth (downstream direction).
 */
import * as turf from '@turf/turf';
import type { LineString, MultiLineString, Position } from 'geojson';
import type { ContextFeature, DistrictFeature, RiverFeature } from '../src/data/contract';
import { dropStubs, mergeAtEndpoints, parseGmtMultisegment, type RawLine } from './rivers-parse';
import { gmtRivers } from './sources';
import { roundGeometry } from './write';

export interface NamedRiverRule {
  name: string;
  name_en: string;
  rank: number;
  level: number;
  /** Points on the river's course (WGS-84); a line of `level` within tolKm of any is this river. */
  anchors: [number, number][];
  /** The river's downstream end (confluence or outflow side). */
  mouth: [number, number];
}

export const RIVER_RULES: NamedRiverRule[] = [
  {
    name: '长江', name_en: 'Yangtze River', rank: 1, level: 1,
    anchors: [[105.85, 29.01], [106.58, 29.56], [108.40, 30.80], [109.47, 31.02]],
    mouth: [110.5, 30.8],
  },
  {
    name: '嘉陵江', name_en: 'Jialing River', rank: 2, level: 2,
    anchors: [[106.27, 30.0], [106.44, 29.83], [106.08, 30.8]],
    mouth: [106.585, 29.575],
  },
  {
    name: '乌江', name_en: 'Wu River', rank: 2, level: 2,
    anchors: [[107.76, 29.32], [108.16, 29.29], [108.45, 28.85], [108.49, 28.56]],
    mouth: [107.40, 29.72],
  },
  {
    name: '涪江', name_en: 'Fu River', rank: 3, level: 3,
    anchors: [[105.84, 30.19], [105.59, 30.53]],
    mouth: [106.27, 29.99],
  },
  {
    name: '渠江', name_en: 'Qu River', rank: 3, level: 3,
    anchors: [[106.63, 30.47], [106.97, 30.84]],
    mouth: [106.32, 30.04],
  },
  {
    name: '芙蓉江', name_en: 'Furong River', rank: 4, level: 4,
    anchors: [[107.83, 29.05], [107.70, 28.85]],
    mouth: [107.88, 29.26],
  },
];

const kmBetween = (a: Position, b: Position) => turf.distance(a, b, { units: 'kilometers' });

function minDistKm(line: Position[], p: [number, number]): number {
  return turf.pointToLineDistance(p, turf.lineString(line), { units: 'kilometers' });
}

/** Chain pieces into as few lines as possible, joining ends closer than maxGapKm. */
function chain(pieces: Position[][], maxGapKm: number): Position[][] {
  const lines = pieces.map((p) => p.slice());
  let joined = true;
  while (joined && lines.length > 1) {
    joined = false;
    let best: { i: number; j: number; d: number; ei: 0 | 1; ej: 0 | 1 } | null = null;
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i]!;
        const b = lines[j]!;
        for (const ei of [0, 1] as const) {
          for (const ej of [0, 1] as const) {
            const d = kmBetween(ei ? a[a.length - 1]! : a[0]!, ej ? b[b.length - 1]! : b[0]!);
            if (d < maxGapKm && (!best || d < best.d)) best = { i, j, d, ei, ej };
          }
        }
      }
    }
    if (best) {
      let a = lines[best.i]!;
      let b = lines[best.j]!;
      if (best.ei === 0) a = a.reverse();
      if (best.ej === 1) b = b.reverse();
      const same = kmBetween(a[a.length - 1]!, b[0]!) < 1e-6;
      lines[best.i] = a.concat(same ? b.slice(1) : b);
      lines.splice(best.j, 1);
      joined = true;
    }
  }
  return lines;
}

/** Orient each line so it runs towards the mouth, and order lines upstream → downstream. */
function orientDownstream(lines: Position[][], mouth: [number, number]): Position[][] {
  const oriented = lines.map((l) =>
    kmBetween(l[0]!, mouth) < kmBetween(l[l.length - 1]!, mouth) ? l.slice().reverse() : l,
  );
  return oriented.sort((a, b) => kmBetween(b[b.length - 1]!, mouth) - kmBetween(a[a.length - 1]!, mouth));
}

function clipLines(lines: Position[][], bbox: [number, number, number, number]): Position[][] {
  const out: Position[][] = [];
  for (const l of lines) {
    const c = turf.bboxClip(turf.lineString(l), bbox).geometry as LineString | MultiLineString;
    const parts: Position[][] = c.type === 'LineString' ? [c.coordinates] : c.coordinates;
    for (const p of parts) if (p.length >= 2) out.push(p);
  }
  return out;
}

const geometryOf = (lines: Position[][]): LineString | MultiLineString =>
  lines.length === 1
    ? { type: 'LineString', coordinates: lines[0]! }
    : { type: 'MultiLineString', coordinates: lines };

/** Generic, honest label of the small WDBII streams that leave Chongqing for Sichuan (no real name is claimed). */
export const CROSS_STREAM = { name: '跨界小河（示意）', name_en: 'Cross-border stream (illustrative)', rank: 4 } as const;

export interface BorderContext {
  sichuan: ContextFeature;
  districts: DistrictFeature[];
}

/**
 * Unnamed WDBII lines of level 3–4 that flow from Chongqing into Sichuan. A line qualifies when
 * exactly one of its ends lies inside Chongqing, that end is a free end (no other WDBII line
 * within 1 km, i.e. a headwater, not a confluence), and the line crosses the Sichuan outline
 * within 0.5 km of Chongqing (the shared border). Flow is then Chongqing → Sichuan. Each result
 * is oriented downstream and cut 3 km past the crossing; the rest stays with the unnamed lines.
 */
function crossBorderStreams(
  merged: RawLine[],
  used: Set<number>,
  border: BorderContext,
): { streams: { index: number; named: Position[]; rest: Position[] }[]; report: string[] } {
  const inCq = (p: Position) => border.districts.some((d) => turf.booleanPointInPolygon(p, d));
  const inSc = (p: Position) => turf.booleanPointInPolygon(p, border.sichuan);
  const scLine = turf.polygonToLine(border.sichuan) as unknown as Parameters<typeof turf.lineIntersect>[1];
  const streams: { index: number; named: Position[]; rest: Position[] }[] = [];
  const report: string[] = [];
  merged.forEach((l, i) => {
    if (used.has(i) || l.level < 3) return;
    const a = l.coords[0]!;
    const b = l.coords[l.coords.length - 1]!;
    const aIn = inCq(a);
    const bIn = inCq(b);
    if (aIn === bIn) return;
    const crossings = turf
      .lineIntersect(turf.lineString(l.coords), scLine)
      .features.filter((x) => border.districts.some((d) => turf.pointToPolygonDistance(x.geometry.coordinates, d, { units: 'kilometers' }) < 0.5));
    if (crossings.length === 0) return;
    const coords = aIn ? l.coords.slice() : l.coords.slice().reverse();
    const head = coords[0]!;
    const confluence = merged.some((o, j) => j !== i && minDistKm(o.coords, head as [number, number]) < 1);
    if (confluence) {
      report.push(`skipped line ${i} (L${l.level}): Chongqing end at a confluence`);
      return;
    }
    // cut 3 km past the first vertex inside Sichuan
    let k = coords.findIndex(inSc);
    if (k < 0) return;
    let acc = 0;
    while (k + 1 < coords.length && acc < 3) {
      acc += kmBetween(coords[k]!, coords[k + 1]!);
      k++;
    }
    streams.push({ index: i, named: coords.slice(0, k + 1), rest: coords.slice(k) });
    report.push(`line ${i} (L${l.level}) crosses into Sichuan at ${crossings.map((x) => x.geometry.coordinates.map((v) => v.toFixed(4)).join(',')).join(' ')}`);
  });
  return { streams, report };
}

export interface RiversResult {
  features: RiverFeature[];
  report: Record<string, unknown>;
}

/**
 * @param clipBbox extent to keep, [w, s, e, n]
 * @param keepUnnamed also keep the other WDBII lines (name "", rank 4) for the basemap
 */
export function buildRivers(
  clipBbox: [number, number, number, number],
  keepUnnamed = true,
  border?: BorderContext,
): RiversResult {
  const perLevel: Record<string, unknown> = {};
  const merged: RawLine[] = [];
  for (const level of [1, 2, 3, 4]) {
    const raw = parseGmtMultisegment(gmtRivers(level), level);
    const { kept, dropped } = dropStubs(raw);
    const m = mergeAtEndpoints(kept);
    perLevel[`L${level}`] = { segments: raw.length, stubsDropped: dropped, merged: m.length };
    merged.push(...m);
  }
  const used = new Set<number>();
  const named: RiverFeature[] = [];
  const lengths: Record<string, number> = {};
  for (const rule of RIVER_RULES) {
    const idx = merged
      .map((l, i) => ({ l, i }))
      .filter(({ l, i }) => !used.has(i) && l.level === rule.level && rule.anchors.some((a) => minDistKm(l.coords, a) < 3));
    if (idx.length === 0) throw new Error(`no line found for ${rule.name}`);
    idx.forEach(({ i }) => used.add(i));
    const lines = clipLines(orientDownstream(chain(idx.map(({ l }) => l.coords), 0.6), rule.mouth), clipBbox);
    const geometry = roundGeometry(geometryOf(lines), 5);
    lengths[rule.name] = Math.round(turf.length(turf.feature(geometry), { units: 'kilometers' }) * 10) / 10;
    named.push({
      type: 'Feature',
      properties: { name: rule.name, name_en: rule.name_en, rank: rule.rank },
      geometry,
    });
  }
  const cross = border ? crossBorderStreams(merged, used, border) : { streams: [], report: [] };
  const crossFeatures: RiverFeature[] = cross.streams.map((st) => {
    used.add(st.index);
    return {
      type: 'Feature',
      properties: { ...CROSS_STREAM },
      geometry: roundGeometry(geometryOf(clipLines([st.named], clipBbox)), 5),
    };
  });
  const unnamed: RiverFeature[] = [];
  if (keepUnnamed) {
    const restLines = [...merged.filter((_, i) => !used.has(i)).map((l) => l.coords), ...cross.streams.map((st) => st.rest)];
    const rest = clipLines(restLines, clipBbox).filter(
      (l) => turf.length(turf.lineString(l), { units: 'kilometers' }) > 5,
    );
    if (rest.length) {
      unnamed.push({
        type: 'Feature',
        properties: { name: '', name_en: '', rank: 4 },
        geometry: roundGeometry(geometryOf(rest), 5),
      });
    }
  }
  return {
    features: [...named, ...crossFeatures, ...unnamed],
    report: { perLevel, namedLengthsKmInExtent: lengths, crossBorderStreams: cross.report, clipBbox, unnamedLines: unnamed.length ? (unnamed[0]!.geometry as MultiLineString).coordinates.length : 0 },
  };
}

