/**
 * An illustrative national set of environmental control units: a wiggly mesh over China, cut
 * into blocks of 2 × 2 cells, each block given to the province its centre lies in (so province
 * borders are stair-stepped at block size), a category, and then split by category:
 *
 * - priority protection: the whole block is one large unit (mountains, the west, river belts);
 * - general control: two units (half blocks);
 * - key control: four small units (single cells), in blocks near cities.
 *
 * Categories are chosen by rank so the land area shares match the national figures (54.4 % /
 * 14.1 % / 31.5 %), and a few blocks are split or merged at the end so the count is exact.
 * Units are ordered along a Hilbert curve: neighbours are neighbours in the geometry store,
 * which keeps the byte ranges of a query few.
 */
import * as turf from '@turf/turf';
import type { Polygon } from 'geojson';
import type { Category, UnitFeature } from '../../src/data/contract';
import { streamFor } from '../prng';
import { accessList, SUBTYPES, type Subtype } from '../rules';
import { TARGET_SHARES } from '../units';
import { hilbert } from '../hilbert';
import { round } from '../write';
import { Mesh } from './mesh';
import type { Province } from './provinces';

/** Published 2024 national total of environmental control units. */
export const NATIONAL_UNITS = 44604;
/** [west, south, east, north] of the mesh: all of mainland China. */
export const CHINA_BOX: [number, number, number, number] = [73.4, 18.1, 135.1, 53.6];

export interface NationalOptions {
  units: number;
  seed: number;
  /** Midpoint-displacement levels per cell edge (2^levels segments). */
  levels: number;
  /** Restrict to these provinces (adcodes); all when absent. */
  provinces?: readonly string[];
}

interface Block {
  i: number;
  j: number;
  province: Province;
  lon: number;
  lat: number;
  areaKm2: number;
  category: Category;
  urban: number;
}

/** Planar point-in-polygon, even–odd over all rings. */
function inside(g: Province['geometry'], x: number, y: number): boolean {
  let c = false;
  for (const poly of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
    for (const ring of poly) {
      for (let k = 0, l = ring.length - 1; k < ring.length; l = k++) {
        const [xi, yi] = ring[k] as [number, number];
        const [xj, yj] = ring[l] as [number, number];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) c = !c;
      }
    }
  }
  return c;
}

const bboxOf = (p: Province) => turf.bbox(p.geometry) as [number, number, number, number];

/** Blocks of a mesh with cell size `d` (degrees of latitude) inside the provinces. */
function blocksFor(provinces: Province[], d: number, seed: number): { mesh: Mesh; blocks: Block[] } {
  const [w, s, e, n] = CHINA_BOX;
  const dy = d;
  const dx = d / Math.cos((35 * Math.PI) / 180);
  const cols = 2 * Math.ceil((e - w) / dx / 2);
  const rows = 2 * Math.ceil((n - s) / dy / 2);
  const mesh = new Mesh({ x0: w, y0: s, dx, dy, cols, rows, levels: 0, seed });
  const boxes = provinces.map(bboxOf);
  const blocks: Block[] = [];
  for (let j = 0; j < rows; j += 2) {
    for (let i = 0; i < cols; i += 2) {
      const [lon, lat] = mesh.node(i + 1, j + 1);
      const k = provinces.findIndex((p, q) => {
        const b = boxes[q]!;
        return lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3] && inside(p.geometry, lon, lat);
      });
      if (k < 0) continue;
      const areaKm2 = 4 * dx * dy * 111.32 * 110.57 * Math.cos((lat * Math.PI) / 180);
      blocks.push({ i, j, province: provinces[k]!, lon, lat, areaKm2, category: 'general', urban: 0 });
    }
  }
  return { mesh, blocks };
}

const unitsPerBlock: Record<Category, number> = { priority: 1, general: 2, key: 4 };
const countUnits = (blocks: Block[]) => blocks.reduce((t, b) => t + unitsPerBlock[b.category], 0);

/** Smooth seeded field: a sum of a few plane waves. */
function field(seed: number, name: string, waves: number, scaleDeg: number): (x: number, y: number) => number {
  const r = streamFor(seed, name);
  const ws = Array.from({ length: waves }, () => {
    const a = r() * Math.PI;
    const k = ((0.5 + r()) * 2 * Math.PI) / scaleDeg;
    return { kx: Math.cos(a) * k, ky: Math.sin(a) * k, p: r() * 2 * Math.PI };
  });
  return (x, y) => ws.reduce((t, w) => t + Math.sin(w.kx * x + w.ky * y + w.p), 0) / waves;
}

/** Give categories by rank so that the area shares match {@link TARGET_SHARES}. */
function assignCategories(blocks: Block[], provinces: Province[], seed: number): void {
  const r = streamFor(seed, 'towns');
  // cities: the capitals, plus seeded towns drawn from the blocks themselves, denser in the east
  const towns: { lon: number; lat: number; sigma: number }[] = provinces.map((p) => ({ lon: p.capital[0], lat: p.capital[1], sigma: 0.9 }));
  for (const b of blocks) if (r() < 0.05 * Math.min(1, Math.exp((b.lon - 105) / 8))) towns.push({ lon: b.lon, lat: b.lat, sigma: 0.35 });
  for (const b of blocks) {
    let u = 0;
    for (const t of towns) {
      const d2 = (b.lon - t.lon) ** 2 + (b.lat - t.lat) ** 2;
      if (d2 < 9 * t.sigma ** 2) u = Math.max(u, Math.exp(-d2 / (2 * t.sigma ** 2)) * (t.sigma > 0.5 ? 1.2 : 1));
    }
    b.urban = u;
  }
  const total = blocks.reduce((t, b) => t + b.areaKm2, 0);
  const byRank = (score: (b: Block) => number, pool: Block[], share: number, cat: Category) => {
    const sorted = pool.slice().sort((a, b) => score(b) - score(a) || a.j - b.j || a.i - b.i);
    let area = 0;
    for (const b of sorted) {
      if (area >= share * total) break;
      b.category = cat;
      area += b.areaKm2;
    }
  };
  byRank((b) => b.urban, blocks, TARGET_SHARES.key, 'key');
  const wild = field(seed, 'wild', 7, 9);
  // priority protection: wilder fields, the high west and the north-east forests score higher
  const west = (b: Block) => (b.lon < 100 ? 0.5 : 0) + (b.lon > 124 && b.lat > 44 ? 0.35 : 0);
  byRank((b) => wild(b.lon, b.lat) + west(b), blocks.filter((b) => b.category !== 'key'), TARGET_SHARES.priority, 'priority');
}

/**
 * Generate the units (contract properties, Hilbert order).
 * The cell size is found by bisection so the count lands within a few blocks of `o.units`,
 * then single blocks are split or merged to hit it exactly.
 */
export function buildNationalUnits(all: Province[], o: NationalOptions): { units: UnitFeature[]; mesh: Mesh; report: Record<string, unknown> } {
  const provinces = o.provinces ? all.filter((p) => o.provinces!.includes(p.adcode)) : all;
  const land = provinces.reduce((t, p) => t + turf.area(p.geometry) / 1e6, 0);
  // first guess: land / (units per block on average · block area)
  let d = Math.sqrt(land / (o.units / 1.74) / 4) / 111;
  let best: { mesh: Mesh; blocks: Block[] } | null = null;
  for (let iter = 0; iter < 12; iter++) {
    const got = blocksFor(provinces, d, o.seed);
    assignCategories(got.blocks, provinces, o.seed);
    const n = countUnits(got.blocks);
    best = got;
    if (Math.abs(n - o.units) / o.units < 0.004) break;
    d *= Math.sqrt(n / o.units);
  }
  const { blocks } = best!;
  const mesh = new Mesh({ ...best!.mesh.o, levels: o.levels });
  // exact count: merge general halves (one unit fewer) or split priority blocks (one more)
  let diff = o.units - countUnits(blocks);
  const split = new Set<Block>();
  const merged = new Set<Block>();
  const pick = streamFor(o.seed, 'adjust');
  const pool = (cat: Category) => blocks.filter((b) => b.category === cat).sort((a, b) => a.j - b.j || a.i - b.i);
  for (const cat of diff > 0 ? (['priority'] as const) : (['general'] as const)) {
    const cands = pool(cat);
    while (diff !== 0 && cands.length) {
      const b = cands.splice(Math.floor(pick() * cands.length), 1)[0]!;
      if (diff > 0) {
        split.add(b);
        diff--;
      } else {
        merged.add(b);
        diff++;
      }
    }
  }

  const sub = streamFor(o.seed, 'subtype');
  type Cells = [number, number, number, number];
  const raw: { b: Block; cells: Cells; subtype: Subtype; h: number }[] = [];
  for (const b of blocks) {
    const { i, j } = b;
    let parts: Cells[];
    if (b.category === 'key') parts = [[i, j, i + 1, j + 1], [i + 1, j, i + 2, j + 1], [i, j + 1, i + 1, j + 2], [i + 1, j + 1, i + 2, j + 2]];
    else if (b.category === 'general' && !merged.has(b)) parts = [[i, j, i + 1, j + 2], [i + 1, j, i + 2, j + 2]];
    else if (b.category === 'priority' && split.has(b)) parts = [[i, j, i + 2, j + 1], [i, j + 1, i + 2, j + 2]];
    else parts = [[i, j, i + 2, j + 2]];
    for (const cells of parts) {
      const list = SUBTYPES[b.category];
      const subtype = (b.category === 'key' ? (b.urban > 0.6 ? '城镇重点管控' : list[1 + Math.floor(sub() * 2)]) : list[Math.floor(sub() * list.length)]) as Subtype;
      raw.push({ b, cells, subtype, h: hilbert(1 << 12, cells[0], cells[1]) });
    }
  }
  raw.sort((a, b) => a.h - b.h || a.cells[1] - b.cells[1] || a.cells[0] - b.cells[0]);

  const serial = new Map<string, number>();
  const classDigit: Record<Category, number> = { priority: 1, key: 2, general: 3 };
  const areaBy: Record<Category, number> = { priority: 0, key: 0, general: 0 };
  const units: UnitFeature[] = raw.map(({ b, cells, subtype }) => {
    const geometry: Polygon = { type: 'Polygon', coordinates: [mesh.ring(...cells)] };
    const area = turf.area(geometry) / 1e6;
    areaBy[b.category] += area;
    const key = `${b.province.adcode}${classDigit[b.category]}`;
    const n = (serial.get(key) ?? 0) + 1;
    serial.set(key, n);
    return {
      type: 'Feature',
      properties: {
        code: `ZH${key}${String(n).padStart(4, '0')}`,
        name: `${b.province.name}${subtype}单元${n}（示意）`,
        category: b.category,
        subtype,
        adcode: b.province.adcode,
        district: b.province.name,
        area_km2: round(area, 3),
        rules: accessList({ category: b.category, subtype, nearRiver1km: false, nearMajor5km: false }),
      },
      geometry,
    };
  });
  const total = areaBy.priority + areaBy.key + areaBy.general;
  const bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const u of units) {
    for (const p of (u.geometry as Polygon).coordinates[0]!) {
      bounds[0] = Math.min(bounds[0]!, p[0]!);
      bounds[1] = Math.min(bounds[1]!, p[1]!);
      bounds[2] = Math.max(bounds[2]!, p[0]!);
      bounds[3] = Math.max(bounds[3]!, p[1]!);
    }
  }
  const report = {
    bounds: [Math.floor(bounds[0]! * 1000) / 1000, Math.floor(bounds[1]! * 1000) / 1000, Math.ceil(bounds[2]! * 1000) / 1000, Math.ceil(bounds[3]! * 1000) / 1000],
    units: units.length,
    cellDeg: round(d, 5),
    areaKm2: round(total, 0),
    areaShares: { priority: round(areaBy.priority / total, 4), key: round(areaBy.key / total, 4), general: round(areaBy.general / total, 4) },
    counts: {
      priority: units.filter((u) => u.properties.category === 'priority').length,
      key: units.filter((u) => u.properties.category === 'key').length,
      general: units.filter((u) => u.properties.category === 'general').length,
    },
    meanVertices: round(units.reduce((t, u) => t + (u.geometry as Polygon).coordinates[0]!.length, 0) / units.length, 1),
  };
  return { units, mesh, report };
}
