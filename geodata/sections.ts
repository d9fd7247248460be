/**
 * The illustrative 74 national-control sections and ~20 Yangtze main-stem points, placed on the
 * named river lines inside the municipality, with monthly readings (Jan–Jun 2024) generated to
 * the published aggregates: 73 of 74 in class Ⅰ–Ⅲ, the 7 sections towards Sichuan all meeting
 * their target, the Yangtze main stem all class Ⅱ.
 */
import * as turf from '@turf/turf';
import type { LineString, MultiLineString, Position } from 'geojson';
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
import { CROSS_STREAM } from './rivers';
import { shortName } from './names';
import { streamFor } from './prng';
import { generateReadings, meanReading } from './readings';

export const SECTION_TOTAL = 74;
export const TO_SICHUAN = 7;
export const YANGTZE_POINTS = 20;

/** Sections per river (sum 74), roughly in proportion to the length inside Chongqing. */
const PER_RIVER: Record<string, number> = { 长江: 28, 嘉陵江: 10, 乌江: 14, 涪江: 7, 渠江: 4, 芙蓉江: 4 };
/**
 * Basin of each river. The cross-border stream(s) found in WDBII rise in 城口 and flow west into
 * 宣汉/达州 (Sichuan) towards the 州河 → 渠江 → 嘉陵江 system, hence 嘉陵江.
 */
const BASIN: Record<string, string> = {
  长江: '长江', 嘉陵江: '嘉陵江', 涪江: '嘉陵江', 渠江: '嘉陵江', 乌江: '乌江', 芙蓉江: '乌江',
  [CROSS_STREAM.name]: '嘉陵江',
};
/** Cross-border sections lie on the stream inside Chongqing, this far from the Sichuan outline (km). */
const CROSS_BAND_KM: [number, number] = [0.3, 2.5];
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

function minDistToLinesKm(p: [number, number], lines: ReturnType<typeof turf.polygonToLine>): number {
  let min = Infinity;
  const fs = lines.type === 'FeatureCollection' ? lines.features : [lines];
  for (const f of fs) min = Math.min(min, turf.pointToLineDistance(p, f as never, { units: 'kilometers' }));
  return min;
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
  const sichuanLine = turf.polygonToLine(sichuan);
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
  // the cross-border sections: on the WDBII streams that leave Chongqing for Sichuan, inside the
  // municipality and 0.3–2.5 km from the Sichuan outline, spread evenly over that reach
  const streams = rivers.filter((r) => r.properties.name === CROSS_STREAM.name);
  if (streams.length === 0) throw new Error('no cross-border stream in rivers');
  const reaches = streams.map((st) =>
    insideSamples(st, locate, 0.1).filter((s) => {
      const d = minDistToLinesKm(s.pos, sichuanLine);
      return d >= CROSS_BAND_KM[0] && d <= CROSS_BAND_KM[1];
    }),
  );
  reaches.forEach((reach, k) => {
    const n = Math.floor(TO_SICHUAN / reaches.length) + (k < TO_SICHUAN % reaches.length ? 1 : 0);
    if (reach.length < n) throw new Error(`cross-border reach ${k} too short for ${n} sections`);
    for (let j = 0; j < n; j++) {
      const s = reach[Math.floor(((j + 0.5) / n) * reach.length)]!;
      drafts.push({ ...s, name: '', river: CROSS_STREAM.name, cross: true, entry: false });
    }
  });
  if (drafts.length !== SECTION_TOTAL) throw new Error(`${drafts.length} sections ≠ ${SECTION_TOTAL}`);
  // names: stations keep theirs; the others by position along the river within their district
  const groups = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.station || d.entry) continue;
    const key = `${d.district}|${d.river}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(d);
  }
  for (const d of drafts) {
    const base = `${shortName(d.district)}${d.river === CROSS_STREAM.name ? '跨界小河' : d.river}`;
    if (d.entry) d.name = `${base}入境`;
  }
  for (const list of groups.values()) {
    list.sort((a, b) => a.km - b.km);
    const base = `${shortName(list[0]!.district)}${list[0]!.river === CROSS_STREAM.name ? '跨界小河' : list[0]!.river}`;
    if (list[0]!.cross) {
      // the most downstream one is where the stream leaves for Sichuan
      const words = list.length === 1 ? [] : POSITION[list.length - 1];
      if (!words) throw new Error(`no position words for ${list.length - 1}`);
      list.forEach((d, j) => (d.name = j === list.length - 1 ? `${base}出境` : `${base}${words[j]}`));
    } else {
      const words = POSITION[list.length];
      if (!words) throw new Error(`no position words for ${list.length} sections of ${base}`);
      list.forEach((d, j) => (d.name = `${base}${words[j]}`));
    }
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
        basin: BASIN[d.river]!,
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
