/**
 * The illustrative 74 national-control sections and ~20 Yangtze main-stem points, placed on the
 * named river lines inside the municipality, with monthly readings (Jan–Jun 2024) generated to
 * the published aggregates: 73 of 74 in class Ⅰ–Ⅲ, the 7 sections towards Sichuan all meeting
 * their target, the Yangtze main stem all class Ⅱ. The 7 towards Sichuan sit on the Sichuan
 * border of the twin-city circle's districts, by the rule of `borderSection`.
 */
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import type {
  ContextFeature,
  DistrictFeature,
  RiverFeature,
  SectionFeature,
  WaterClass,
  YangtzePointFeature,
} from '../src/data/contract';
import { classifySample } from '../src/data/water-quality';
import { sampleAlong, type AlongSample } from './along';
import { shortName } from './names';
import { streamFor } from './prng';
import { generateReadings, meanReading } from './readings';

export const SECTION_TOTAL = 74;
export const TO_SICHUAN = 7;
export const YANGTZE_POINTS = 20;

/** Sections per river (sum 74), roughly in proportion to the length inside Chongqing. */
const PER_RIVER: Record<string, number> = { 长江: 28, 嘉陵江: 10, 乌江: 14, 涪江: 7, 渠江: 4, 芙蓉江: 4 };
/** Basin of each river. */
const BASIN: Record<string, string> = {
  长江: '长江', 嘉陵江: '嘉陵江', 涪江: '嘉陵江', 渠江: '嘉陵江', 乌江: '乌江', 芙蓉江: '乌江',
};
/**
 * The sections towards Sichuan: one in each of these districts of the Chengdu–Chongqing
 * twin-city economic circle (成渝地区双城经济圈) that share a border with Sichuan, south-west to
 * north-east, with the basin their border country drains to (沱江 and 塘河 country → 长江;
 * 琼江, 嘉陵江 and 铜钵河 country → 嘉陵江). WDBII has none of these streams, so the river is
 * named generically.
 */
export const TO_SICHUAN_DISTRICTS: { name: string; basin: string }[] = [
  { name: '江津区', basin: '长江' },
  { name: '永川区', basin: '长江' },
  { name: '荣昌区', basin: '长江' },
  { name: '大足区', basin: '长江' },
  { name: '潼南区', basin: '嘉陵江' },
  { name: '合川区', basin: '嘉陵江' },
  { name: '梁平区', basin: '嘉陵江' },
];
export const TO_SICHUAN_RIVER = '跨界河流（示意）';
/** Border samples this close to the Sichuan outline are on the shared border (km). */
const SHARED_KM = 0.2;
/** A section towards Sichuan keeps this far from the named rivers, which all flow into Chongqing (km). */
const CLEAR_OF_RIVERS_KM = 5;
/** ... and lies this far inside its district, across the border from Sichuan (km). */
const INSIDE_KM = 1;
/** Position words along a river within one district, upstream → downstream, by count. */
const POSITION: Record<number, string[]> = {
  1: [''],
  2: ['上游', '下游'],
  3: ['上游', '中游', '下游'],
  4: ['上游', '中上游', '中下游', '下游'],
  5: ['上游', '中上游', '中游', '中下游', '下游'],
  6: ['上游', '中上游', '中游', '中下游', '下游', '近出境'],
};
/** Known stations (WGS-84, approximate), snapped to the river line. */
const STATIONS: { name: string; river: string; at: [number, number] }[] = [
  { name: '朱沱', river: '长江', at: [105.85, 29.01] },
  { name: '寸滩', river: '长江', at: [106.6, 29.61] },
  { name: '长寿', river: '长江', at: [107.07, 29.83] },
  { name: '清溪场', river: '长江', at: [107.45, 29.78] },
  { name: '忠县', river: '长江', at: [108.04, 30.29] },
  { name: '万州', river: '长江', at: [108.4, 30.8] },
  { name: '奉节', river: '长江', at: [109.47, 31.02] },
  { name: '北碚', river: '嘉陵江', at: [106.44, 29.83] },
  { name: '武隆', river: '乌江', at: [107.76, 29.32] },
];

interface Located extends AlongSample {
  adcode: string;
  district: string;
}

const partsOf = (g: LineString | MultiLineString): Position[][] =>
  g.type === 'LineString' ? [g.coordinates] : g.coordinates;
const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

function locator(districts: DistrictFeature[]) {
  const boxes = districts.map((d) => ({ d, b: turf.bbox(d) }));
  return (p: [number, number]) => {
    for (const { d, b } of boxes) {
      if (p[0] < b[0] || p[0] > b[2] || p[1] < b[1] || p[1] > b[3]) continue;
      if (turf.booleanPointInPolygon(p, d)) return d;
    }
    return null;
  };
}

/** Samples of a river every `stepKm` that lie inside the municipality, with their district. */
function insideSamples(river: RiverFeature, locate: ReturnType<typeof locator>, stepKm: number): Located[] {
  const out: Located[] = [];
  for (const s of sampleAlong(partsOf(river.geometry), stepKm)) {
    const d = locate(s.pos);
    if (d) out.push({ ...s, adcode: d.properties.adcode, district: d.properties.name });
  }
  return out;
}

/** True when the points 1 km away in 8 directions are all inside the municipality too. */
function awayFromEdge(p: [number, number], locate: ReturnType<typeof locator>, km = 1): boolean {
  const dy = km / 111.32;
  const dx = dy / Math.cos((p[1] * Math.PI) / 180);
  for (let k = 0; k < 8; k++) {
    const a = (k * Math.PI) / 4;
    if (!locate([p[0] + dx * Math.cos(a), p[1] + dy * Math.sin(a)])) return false;
  }
  return true;
}

type Lines = Feature<LineString | MultiLineString>[];
const linesOf = (l: ReturnType<typeof turf.polygonToLine>): Lines =>
  (l.type === 'FeatureCollection' ? l.features : [l]) as Lines;

/** The lines clipped to the box `b` widened by `marginDeg`, so distances read only nearby segments. */
function near(lines: Lines, b: number[], marginDeg: number): Lines {
  const box: [number, number, number, number] = [b[0]! - marginDeg, b[1]! - marginDeg, b[2]! + marginDeg, b[3]! + marginDeg];
  return lines
    .map((l) => turf.bboxClip(l, box) as Feature<LineString | MultiLineString>)
    .filter((l) => l.geometry.coordinates.length > 0);
}

function minDistToLinesKm(p: [number, number], lines: Lines): number {
  let min = Infinity;
  for (const f of lines) {
    for (const part of partsOf(f.geometry)) {
      if (part.length > 1) min = Math.min(min, turf.pointToLineDistance(p, turf.lineString(part), { units: 'kilometers' }));
    }
  }
  return min;
}

/**
 * Where a district's section towards Sichuan goes. Its outline, sampled every 0.25 km, is shared
 * with Sichuan where a sample lies within SHARED_KM of the Sichuan outline; on the longest
 * stretch of consecutive shared samples, take the sample nearest the stretch's middle that is
 * CLEAR_OF_RIVERS_KM from every named river, and move it INSIDE_KM into the district, square to
 * the border there. Deterministic: the same outlines give the same points.
 */
function borderSection(d: DistrictFeature, sichuan: Lines, named: Lines): [number, number] {
  const box = turf.bbox(d);
  const shore = near(sichuan, box, 0.05);
  const rivers = near(named, box, 0.1);
  const rings = d.geometry.type === 'Polygon' ? [d.geometry.coordinates[0]!] : d.geometry.coordinates.map((p) => p[0]!);
  let best: AlongSample[] = [];
  for (const ring of rings) {
    const samples = sampleAlong([ring], 0.25);
    const shared = samples.map((s) => minDistToLinesKm(s.pos, shore) <= SHARED_KM);
    // runs of shared samples, starting after an unshared one so that no run wraps over the ring's start
    const start = shared.indexOf(false);
    if (start < 0) continue;
    let run: AlongSample[] = [];
    for (let k = 1; k <= samples.length; k++) {
      const i = (start + k) % samples.length;
      if (shared[i]) run.push(samples[i]!);
      else {
        if (run.length > best.length) best = run;
        run = [];
      }
    }
  }
  const mid = (best.length - 1) / 2;
  const order = best.map((_, i) => i).filter((i) => i > 0 && i < best.length - 1);
  order.sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid) || a - b);
  for (const i of order) {
    const p = best[i]!.pos;
    if (minDistToLinesKm(p, rivers) < CLEAR_OF_RIVERS_KM) continue;
    const along = turf.bearing(best[i - 1]!.pos, best[i + 1]!.pos);
    for (const side of [90, -90]) {
      const q = turf.destination(p, INSIDE_KM, along + side).geometry.coordinates as [number, number];
      if (turf.booleanPointInPolygon(q, d) && minDistToLinesKm(q, shore) >= INSIDE_KM / 2) return [r6(q[0]), r6(q[1])];
    }
  }
  throw new Error(`no room for a section towards Sichuan in ${d.properties.name}`);
}

/** Pick n samples spread evenly over the inside chainage, keeping the fixed ones. */
function spread(samples: Located[], n: number, fixed: Located[], ok: (s: Located) => boolean): Located[] {
  const free = n - fixed.length;
  const span = samples[samples.length - 1]!.km - samples[0]!.km;
  const sep = (span / n) * 0.45;
  const pool = samples.filter((s) => fixed.every((f) => Math.abs(f.km - s.km) > sep));
  const picked: Located[] = [];
  for (let j = 0; j < free; j++) {
    const at = Math.floor(((j + 0.5) / free) * pool.length);
    // nearest sample to the even position that is clear of the municipal edge
    let chosen: Located | undefined;
    for (let k = 0; k < pool.length && !chosen; k++) {
      for (const idx of [at + k, at - k]) {
        const c = pool[idx];
        if (c && !picked.includes(c) && ok(c)) {
          chosen = c;
          break;
        }
      }
    }
    if (!chosen) throw new Error('no room for a section');
    picked.push(chosen);
  }
  return [...fixed, ...picked].sort((a, b) => a.km - b.km);
}

export interface SectionsResult {
  sections: SectionFeature[];
  yangtzePoints: YangtzePointFeature[];
  report: Record<string, unknown>;
}

export function buildSections(
  districts: DistrictFeature[],
  rivers: RiverFeature[],
  context: ContextFeature[],
  seed: number,
): SectionsResult {
  const locate = locator(districts);
  const edgeMemo = new Map<Located, boolean>();
  const clear = (s: Located) => {
    if (!edgeMemo.has(s)) edgeMemo.set(s, awayFromEdge(s.pos, locate));
    return edgeMemo.get(s)!;
  };
  const sichuan = context.find((c) => c.properties.name === '四川省')!;
  const sichuanLine = linesOf(turf.polygonToLine(sichuan));
  type Draft = Located & { name: string; river: string; station?: string; cross: boolean; entry: boolean };
  const drafts: Draft[] = [];
  const insideKm: Record<string, number> = {};
  let yangtzeSamples: Located[] = [];
  for (const [riverName, n] of Object.entries(PER_RIVER)) {
    const river = rivers.find((r) => r.properties.name === riverName)!;
    const samples = insideSamples(river, locate, 0.2);
    insideKm[riverName] = Math.round(samples.length * 0.2);
    if (riverName === '长江') yangtzeSamples = samples;
    // a river whose line starts outside the municipality enters it: its most upstream section is the entry one
    const enters = samples[0]!.km > 0.5;
    const fixed = STATIONS.filter((s) => s.river === riverName).map((st) => {
      const best = samples.filter(clear).reduce((a, b) =>
        turf.distance(a.pos, st.at) <= turf.distance(b.pos, st.at) ? a : b,
      );
      return Object.assign({ ...best }, { station: st.name });
    });
    const chosen = spread(samples, n, fixed, clear);
    chosen.forEach((s, j) => {
      const station = (s as Located & { station?: string }).station;
      drafts.push({ ...s, name: station ?? '', station, river: riverName, cross: false, entry: enters && j === 0 && !station });
    });
  }
  // the sections towards Sichuan, after the others (the readings' random stream follows this order)
  const namedLines = rivers.filter((r) => r.properties.name in PER_RIVER);
  for (const { name } of TO_SICHUAN_DISTRICTS) {
    const d = districts.find((x) => x.properties.name === name);
    if (!d) throw new Error(`no district ${name}`);
    const pos = borderSection(d, sichuanLine, namedLines as Lines);
    drafts.push({ pos, km: 0, part: 0, adcode: d.properties.adcode, district: name, name: `${shortName(name)}出境`, river: TO_SICHUAN_RIVER, cross: true, entry: false });
  }
  if (drafts.length !== SECTION_TOTAL) throw new Error(`${drafts.length} sections ≠ ${SECTION_TOTAL}`);
  // names: stations keep theirs; the others by position along the river within their district
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.station || d.entry || d.cross) continue;
    const key = `${d.district}|${d.river}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(d);
  }
  for (const d of drafts) if (d.entry) d.name = `${shortName(d.district)}${d.river}入境`;
  for (const list of groups.values()) {
    list.sort((a, b) => a.km - b.km);
    const base = `${shortName(list[0]!.district)}${list[0]!.river}`;
    const words = POSITION[list.length];
    if (!words) throw new Error(`no position words for ${list.length} sections of ${base}`);
    list.forEach((d, j) => (d.name = `${base}${words[j]}`));
  }
  const names = drafts.map((d) => d.name);
  const dup = names.find((nm, i) => names.indexOf(nm) !== i);
  if (dup) throw new Error(`duplicate section name ${dup}`);
  const toSichuan = new Set(drafts.filter((d) => d.cross));
  // the one section worse than Ⅲ: the last 涪江 section
  const bad = [...drafts].reverse().find((d) => d.river === '涪江')!;
  const rnd = streamFor(seed, 'sections');
  const sections: SectionFeature[] = drafts.map((d, i) => {
    const yangtze = d.river === '长江';
    const target: WaterClass = yangtze ? 2 : 3;
    const cls: WaterClass = d === bad ? 4 : yangtze ? 2 : rnd() < 0.55 ? 2 : 3;
    const limiting = cls === 2 ? (['tp'] as const) : d === bad ? (['nh3n', 'tp'] as const) : rnd() < 0.5 ? (['tp'] as const) : (['codmn'] as const);
    const monthly = generateReadings({ cls, limiting: [...limiting], wobble: d === bad ? 0.2 : 0.25 }, rnd);
    return {
      type: 'Feature',
      properties: {
        id: `CQ-S${String(i + 1).padStart(3, '0')}`,
        name: d.name,
        river: d.river,
        basin: d.cross ? TO_SICHUAN_DISTRICTS.find((x) => x.name === d.district)!.basin : BASIN[d.river]!,
        district: d.district,
        adcode: d.adcode,
        level: 'national',
        target_class: target,
        class: classifySample(meanReading(monthly)),
        cross_border: toSichuan.has(d) ? 'to-sichuan' : null,
        monthly,
      },
      geometry: { type: 'Point', coordinates: [r6(d.pos[0]), r6(d.pos[1])] },
    };
  });

  // Yangtze main-stem points: chainage from where the river enters the municipality
  const entryKm = yangtzeSamples[0]!.km;
  const span = yangtzeSamples[yangtzeSamples.length - 1]!.km - entryKm;
  const yRnd = streamFor(seed, 'yangtze-points');
  const nameCount = new Map<string, number>();
  const yangtzePoints: YangtzePointFeature[] = [];
  for (let j = 0; j < YANGTZE_POINTS; j++) {
    const targetKm = entryKm + ((j + 0.5) / YANGTZE_POINTS) * span;
    const s = yangtzeSamples.reduce((a, b) => (Math.abs(a.km - targetKm) <= Math.abs(b.km - targetKm) ? a : b));
    const base = `长江${shortName(s.district)}段`;
    const k = (nameCount.get(base) ?? 0) + 1;
    nameCount.set(base, k);
    yangtzePoints.push({
      type: 'Feature',
      properties: {
        id: `CQ-Y${String(j + 1).padStart(2, '0')}`,
        name: `${base}${k}`,
        km: Math.round((s.km - entryKm) * 10) / 10,
        class: 2,
        district: s.district,
        monthly: generateReadings({ cls: 2, limiting: ['tp'], wobble: 0 }, yRnd),
      },
      geometry: { type: 'Point', coordinates: [r6(s.pos[0]), r6(s.pos[1])] },
    });
  }
  // drop the ordinal where a reach has a single point
  for (const p of yangtzePoints) {
    const base = p.properties.name.replace(/\d+$/, '');
    if (nameCount.get(base) === 1) p.properties.name = base;
  }
  const good = sections.filter((s) => s.properties.class <= 3).length;
  return {
    sections,
    yangtzePoints,
    report: {
      sections: sections.length,
      classLe3: good,
      goodPct: Math.round((good / sections.length) * 1000) / 10,
      toSichuan: sections.filter((s) => s.properties.cross_border).map((s) => `${s.properties.id} ${s.properties.name} (${s.properties.river}) class ${s.properties.class}`),
      worse: sections.filter((s) => s.properties.class > 3).map((s) => `${s.properties.id} ${s.properties.name} class ${s.properties.class}`),
      perRiver: PER_RIVER,
      insideKmApprox: insideKm,
      yangtzeChainageKm: Math.round(span * 10) / 10,
      yangtzePoints: yangtzePoints.map((p) => `${p.properties.id} ${p.properties.name} km ${p.properties.km}`),
    },
  };
}
