/**
 * The illustrative 818 environmental control units: a seeded Voronoi partition of every
 * district, cleaned as one layer so shared edges match, then classified by rule to the
 * published aggregates (the figures and rules are in geodata/README.md).
 */
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Position } from 'geojson';
import type { Category, DistrictFeature, RiverFeature, UnitFeature } from '../src/data/contract';
import { areaKm2, type Poly } from './geom';
import { planSpikeMoves, unitNecks } from './despike';
import { mapshaperLayer } from './mapshaper';
import { partitionDistrict } from './partition';
import { streamFor } from './prng';
import { accessList, type Subtype } from './rules';
import { roundGeometry } from './write';

export const UNIT_TOTAL = 818;
/** Necks narrower than this (metres) that the district outline does not have are cut off. */
export const SPIKE_WIDTH_M = 50;
export const TARGET_SHARES: Record<Category, number> = { priority: 0.544, key: 0.141, general: 0.315 };
/** Published examples the sample reproduces exactly: [priority, key, general]. */
export const FIXED_COUNTS: Record<string, [number, number, number]> = {
  '500103': [1, 1, 0], // 渝中区
  '500101': [13, 13, 7], // 万州区
};
/** Main-city core and inner ring: more, smaller units per km² (urbanisation). */
const CORE = new Set(['500104', '500105', '500106', '500107', '500108']);
const INNER = new Set(['500109', '500112', '500113']);
const MAJOR_RIVERS = new Set(['长江', '嘉陵江', '乌江']);
/** Districts with notable mining (coal, manganese): one remote key unit each for 矿产资源开发区. */
const MINING = ['500110', '500119', '500229', '500238', '500241', '500243'];
const CLASS_DIGIT: Record<Category, number> = { priority: 1, key: 2, general: 3 };

const urbanWeight = (adcode: string, name: string) =>
  CORE.has(adcode) ? 4 : INNER.has(adcode) ? 1.6 : name.endsWith('区') ? 1.05 : 0.9;

/** Units per district: fixed where published, else largest remainder on area × urbanisation. */
export function unitCounts(districts: DistrictFeature[]): Map<string, number> {
  const counts = new Map<string, number>();
  let fixedTotal = 0;
  for (const [ad, c] of Object.entries(FIXED_COUNTS)) {
    counts.set(ad, c[0] + c[1] + c[2]);
    fixedTotal += c[0] + c[1] + c[2];
  }
  const free = districts.filter((d) => !(d.properties.adcode in FIXED_COUNTS));
  const weights = free.map((d) => areaKm2(d.geometry) * urbanWeight(d.properties.adcode, d.properties.name));
  const total = UNIT_TOTAL - fixedTotal;
  const sumW = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => Math.max(3, (w / sumW) * total));
  const floor = raw.map(Math.floor);
  let left = total - floor.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left !== 0; k = (k + 1) % order.length) {
    const i = order[k]!.i;
    if (left > 0) {
      floor[i]!++;
      left--;
    } else if (floor[i]! > 3) {
      floor[i]!--;
      left++;
    }
  }
  free.forEach((d, i) => counts.set(d.properties.adcode, floor[i]!));
  return counts;
}

interface WorkCell {
  i: number;
  adcode: string;
  district: string;
  seat: [number, number];
  seed: [number, number];
  geometry: Poly;
  area: number;
  /** distance seed → seat, km, and the same normalised to the district's farthest seed */
  dSeat: number;
  dSeatNorm: number;
  rivers: string[];
  nearRiver1km: boolean;
  nearMajor5km: boolean;
  category?: Category;
  subtype?: Subtype;
  riverLabel?: string;
}

type Line = Position[];
const linesOf = (g: LineString | MultiLineString): Line[] =>
  g.type === 'LineString' ? [g.coordinates] : g.coordinates;

/** Which named rivers a polygon touches, and whether it is within 1 km / 5 km of them. */
function riverRelations(geometry: Poly, named: { name: string; lines: Line[] }[]) {
  const f = turf.feature(geometry);
  const [w, s, e, n] = turf.bbox(f);
  const pad5 = 0.06;
  const rivers: string[] = [];
  let near1 = false;
  let near5 = false;
  for (const r of named) {
    let touches = false;
    let min = Infinity;
    for (const l of r.lines) {
      for (const p of l) {
        if (p[0]! < w - pad5 || p[0]! > e + pad5 || p[1]! < s - pad5 || p[1]! > n + pad5) continue;
        if (turf.booleanPointInPolygon(p, f)) {
          touches = true;
          min = 0;
          break;
        }
        if (min > 1) min = Math.min(min, turf.pointToPolygonDistance(p, f, { units: 'kilometers' }));
      }
      if (touches) break;
    }
    if (touches) rivers.push(r.name);
    if (min <= 1) near1 = true;
    if (min <= 5 && MAJOR_RIVERS.has(r.name)) near5 = true;
  }
  return { rivers, near1, near5 };
}

export interface UnitsResult {
  features: UnitFeature[];
  report: Record<string, unknown>;
}

export async function buildUnits(
  districts: DistrictFeature[],
  seats: Map<string, [number, number]>,
  rivers: RiverFeature[],
  seed: number,
): Promise<UnitsResult> {
  const counts = unitCounts(districts);
  const raw: Feature<Poly, { i: number }>[] = [];
  const meta: Omit<WorkCell, 'geometry' | 'area' | 'dSeatNorm' | 'rivers' | 'nearRiver1km' | 'nearMajor5km'>[] = [];
  for (const d of districts) {
    const ad = d.properties.adcode;
    const seat = seats.get(ad)!;
    const n = counts.get(ad)!;
    const area = areaKm2(d.geometry);
    const urbanKm = CORE.has(ad) ? 3 : Math.max(4, Math.sqrt(area) / 5);
    const cells = partitionDistrict(d.geometry, seat, n, streamFor(seed, `cells:${ad}`), urbanKm);
    for (const c of cells) {
      const i = raw.length;
      raw.push({ type: 'Feature', properties: { i }, geometry: c.geometry });
      meta.push({
        i, adcode: ad, district: d.properties.name, seat, seed: c.seed,
        dSeat: turf.distance(c.seed, seat, { units: 'kilometers' }),
      });
    }
  }
  if (raw.length !== UNIT_TOTAL) throw new Error(`${raw.length} cells ≠ ${UNIT_TOTAL}`);
  const firstClean = await mapshaperLayer<FeatureCollection<Poly, { i: number }>>(
    { type: 'FeatureCollection', features: raw },
    '-clean',
  );
  if (firstClean.features.length !== UNIT_TOTAL) {
    throw new Error(`mapshaper -clean left ${firstClean.features.length} units`);
  }
  // cut Voronoi spikes (necks < SPIKE_WIDTH_M) and give them to a neighbour of the same district;
  // applied topologically: `-clean -dissolve i` merges each piece into its new owner
  const districtGeom = new Map(districts.map((d) => [d.properties.adcode, d.geometry as Poly]));
  let cleaned = firstClean;
  const spikeLog: string[] = [];
  let necksBefore = -1;
  for (let pass = 0; pass < 4; pass++) {
    cleaned.features.sort((a, b) => a.properties.i - b.properties.i);
    const work = cleaned.features.map((f) => ({ adcode: meta[f.properties.i]!.adcode, geometry: f.geometry }));
    if (necksBefore < 0) necksBefore = work.filter((w) => unitNecks(w.geometry, districtGeom.get(w.adcode)!, SPIKE_WIDTH_M).length).length;
    const moves = planSpikeMoves(work, districtGeom, SPIKE_WIDTH_M);
    if (moves.length === 0) break;
    spikeLog.push(...moves.map((m) => m.note));
    const features: Feature<Poly, { i: number }>[] = cleaned.features.map((f, k) => {
      const m = moves.find((x) => x.from === k);
      return { type: 'Feature', properties: { i: f.properties.i }, geometry: m ? m.keep : f.geometry };
    });
    for (const m of moves) features.push({ type: 'Feature', properties: { i: cleaned.features[m.to]!.properties.i }, geometry: m.moved });
    cleaned = await mapshaperLayer<FeatureCollection<Poly, { i: number }>>(
      { type: 'FeatureCollection', features },
      '-clean -dissolve i',
    );
    if (cleaned.features.length !== UNIT_TOTAL) {
      throw new Error(`despiking left ${cleaned.features.length} units`);
    }
  }
  const necksAfter = cleaned.features.filter(
    (f) => unitNecks(f.geometry, districtGeom.get(meta[f.properties.i]!.adcode)!, SPIKE_WIDTH_M).length,
  ).length;
  const named = rivers
    .filter((r) => r.properties.name !== '')
    .map((r) => ({ name: r.properties.name, lines: linesOf(r.geometry) }));
  const cells: WorkCell[] = cleaned.features
    .sort((a, b) => a.properties.i - b.properties.i)
    .map((f) => {
      const m = meta[f.properties.i]!;
      const geometry = roundGeometry(f.geometry, 6);
      const rel = riverRelations(geometry, named);
      return {
        ...m, geometry, area: areaKm2(geometry), dSeatNorm: 0,
        rivers: rel.rivers, nearRiver1km: rel.near1, nearMajor5km: rel.near5,
      };
    });
  const byDistrict = new Map<string, WorkCell[]>();
  for (const c of cells) {
    if (!byDistrict.has(c.adcode)) byDistrict.set(c.adcode, []);
    byDistrict.get(c.adcode)!.push(c);
  }
  for (const list of byDistrict.values()) {
    const max = Math.max(...list.map((c) => c.dSeat), 1e-9);
    for (const c of list) c.dSeatNorm = c.dSeat / max;
    list.sort((a, b) => a.dSeat - b.dSeat || a.i - b.i);
  }
  classify(byDistrict, cells, streamFor(seed, 'classify'));
  const features = nameAndCode(byDistrict);
  return {
    features,
    report: { ...summarise(features, counts), spikes: { widthM: SPIKE_WIDTH_M, unitsWithNecksBefore: necksBefore, moved: spikeLog, unitsWithNecksAfter: necksAfter } },
  };
}

/** Assign categories: fixed districts exactly; others greedily to the target area shares. */
function classify(byDistrict: Map<string, WorkCell[]>, cells: WorkCell[], rnd: () => number): void {
  const total = cells.reduce((s, c) => s + c.area, 0);
  const jitter = new Map(cells.map((c) => [c.i, rnd()]));
  const majorTouch = (c: WorkCell) => c.rivers.some((r) => MAJOR_RIVERS.has(r));
  const priorityScore = (c: WorkCell) =>
    (majorTouch(c) ? 1.2 : c.rivers.length ? 0.6 : 0) + 1.2 * c.dSeatNorm + 0.9 * jitter.get(c.i)!;
  // fixed districts
  for (const [ad, [p, k]] of Object.entries(FIXED_COUNTS)) {
    const list = byDistrict.get(ad)!;
    list.slice(0, k).forEach((c) => (c.category = 'key'));
    const rest = list.slice(k).sort((a, b) => priorityScore(b) - priorityScore(a) || a.i - b.i);
    rest.forEach((c, j) => (c.category = j < p ? 'priority' : 'general'));
  }
  const free = [...byDistrict.entries()]
    .filter(([ad]) => !(ad in FIXED_COUNTS))
    .sort(([a], [b]) => a.localeCompare(b));
  const areaOf = (cat: Category) => cells.filter((c) => c.category === cat).reduce((s, c) => s + c.area, 0);
  // key: every district's seat cell first, then one more cell nearest the seat per round
  for (const ad of MINING) {
    const list = byDistrict.get(ad) ?? [];
    const mine = list
      .filter((c) => !c.category && !majorTouch(c) && c.dSeatNorm > 0.4)
      .sort((a, b) => Math.abs(a.dSeatNorm - 0.7) - Math.abs(b.dSeatNorm - 0.7) || a.i - b.i)[0];
    if (mine) {
      mine.category = 'key';
      mine.subtype = '矿产资源开发区';
    }
  }
  let keyArea = areaOf('key');
  for (let round = 0; keyArea < TARGET_SHARES.key * total; round++) {
    let added = false;
    for (const [, list] of free) {
      if (round >= Math.ceil(list.length * 0.55)) continue;
      const c = list[round];
      if (!c || c.category || keyArea >= TARGET_SHARES.key * total) continue;
      c.category = 'key';
      keyArea += c.area;
      added = true;
    }
    if (!added) break;
  }
  // priority: best-scored remaining cell of every district, then greedy by score
  const open = free.flatMap(([, list]) => list.filter((c) => !c.category));
  let prioArea = areaOf('priority');
  for (const [, list] of free) {
    const best = list.filter((c) => !c.category).sort((a, b) => priorityScore(b) - priorityScore(a) || a.i - b.i)[0];
    if (best) {
      best.category = 'priority';
      prioArea += best.area;
    }
  }
  const ranked = open.filter((c) => !c.category).sort((a, b) => priorityScore(b) - priorityScore(a) || a.i - b.i);
  for (const c of ranked) {
    if (prioArea + c.area / 2 > TARGET_SHARES.priority * total) break;
    c.category = 'priority';
    prioArea += c.area;
  }
  for (const c of cells) c.category ??= 'general';
  // subtypes
  for (const list of byDistrict.values()) {
    const keys = list.filter((c) => c.category === 'key');
    keys.forEach((c, j) => {
      c.subtype ??= j === 0 ? '城镇重点管控' : j % 3 === 2 ? '工业园区' : '城镇重点管控';
    });
    if (keys.length >= 3 && !keys.some((c) => c.subtype === '工业园区')) keys[keys.length - 1]!.subtype = '工业园区';
    const prio = list.filter((c) => c.category === 'priority');
    const farthest = prio.length >= 4 ? prio[prio.length - 1] : undefined;
    for (const c of prio) {
      const major = c.rivers.find((r) => MAJOR_RIVERS.has(r));
      if (c === farthest) c.subtype = '自然保护地';
      else if (c.rivers.length && c.dSeatNorm < 0.4) c.subtype = '饮用水水源保护区';
      else if (major) {
        c.subtype = '生态保护红线';
        c.riverLabel = major;
      } else c.subtype = jitter.get(c.i)! < 0.55 ? '生态保护红线' : '一般生态空间';
    }
    for (const c of list) if (c.category === 'general') c.subtype = '一般管控区';
  }
}

function baseName(c: WorkCell): string {
  switch (c.subtype) {
    case '生态保护红线':
      return c.riverLabel ? `${c.district}${c.riverLabel}沿岸生态保护红线优先保护单元` : `${c.district}生态保护红线优先保护单元`;
    case '一般生态空间':
      return `${c.district}一般生态空间优先保护单元`;
    case '饮用水水源保护区':
      return `${c.district}饮用水水源保护区优先保护单元`;
    case '自然保护地':
      return `${c.district}自然保护地优先保护单元`;
    case '城镇重点管控':
      return `${c.district}城镇重点管控单元`;
    case '工业园区':
      return `${c.district}工业园区重点管控单元`;
    case '矿产资源开发区':
      return `${c.district}矿产资源开发重点管控单元`;
    default:
      return `${c.district}一般管控单元`;
  }
}

function nameAndCode(byDistrict: Map<string, WorkCell[]>): UnitFeature[] {
  const out: UnitFeature[] = [];
  for (const ad of [...byDistrict.keys()].sort()) {
    const list = byDistrict.get(ad)!;
    const ordered: WorkCell[] = [];
    for (const cat of ['priority', 'key', 'general'] as const) {
      // serials run north → south, west → east within each class
      ordered.push(
        ...list
          .filter((c) => c.category === cat)
          .sort((a, b) => b.seed[1] - a.seed[1] || a.seed[0] - b.seed[0]),
      );
    }
    const nameCount = new Map<string, number>();
    for (const c of ordered) nameCount.set(baseName(c), (nameCount.get(baseName(c)) ?? 0) + 1);
    const nameSeen = new Map<string, number>();
    const serial = new Map<Category, number>();
    for (const c of ordered) {
      const cat = c.category!;
      const sn = (serial.get(cat) ?? 0) + 1;
      serial.set(cat, sn);
      const base = baseName(c);
      const k = (nameSeen.get(base) ?? 0) + 1;
      nameSeen.set(base, k);
      out.push({
        type: 'Feature',
        properties: {
          code: `ZH${ad}${CLASS_DIGIT[cat]}${String(sn).padStart(4, '0')}`,
          name: nameCount.get(base)! > 1 ? `${base}${k}` : base,
          category: cat,
          subtype: c.subtype!,
          adcode: ad,
          district: c.district,
          area_km2: Math.round(c.area * 1000) / 1000,
          rules: accessList({
            category: cat,
            subtype: c.subtype!,
            nearRiver1km: c.nearRiver1km,
            nearMajor5km: c.nearMajor5km,
          }),
        },
        geometry: c.geometry,
      });
    }
  }
  return out;
}

function summarise(features: UnitFeature[], counts: Map<string, number>) {
  const total = features.reduce((s, f) => s + f.properties.area_km2, 0);
  const by = (cat: Category) => features.filter((f) => f.properties.category === cat);
  const share = (cat: Category) => Math.round((by(cat).reduce((s, f) => s + f.properties.area_km2, 0) / total) * 10000) / 100;
  const subtypes: Record<string, number> = {};
  for (const f of features) subtypes[f.properties.subtype] = (subtypes[f.properties.subtype] ?? 0) + 1;
  return {
    count: features.length,
    totalKm2: Math.round(total * 1000) / 1000,
    counts: { priority: by('priority').length, key: by('key').length, general: by('general').length },
    areaSharePct: { priority: share('priority'), key: share('key'), general: share('general') },
    subtypes,
    shorelineRuleUnits: features.filter((f) => f.properties.rules.spatial_layout.some((r) => r.includes('一公里'))).length,
    perDistrict: Object.fromEntries([...counts.keys()].sort().map((ad) => {
      const fs = features.filter((f) => f.properties.adcode === ad);
      const c = (cat: Category) => fs.filter((f) => f.properties.category === cat).length;
      return [ad, `${fs[0]?.properties.district ?? ''} ${c('priority')}/${c('key')}/${c('general')}`];
    })),
  };
}
