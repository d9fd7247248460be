/**
 * Deterministic synthetic unit sets for benchmarks and fuzz tests: a jittered quad mesh over a
 * lon/lat box, each cell one unit, cell edges subdivided with wiggles so that neighbours share
 * identical edges (a true partition, like real control units). Seeded; no Math.random.
 */
import type { Polygon, Position } from 'geojson';
import type { Category, UnitFeature, Units } from '../src/data/contract';
import { mulberry32 } from '../geodata/prng';

export { mulberry32 };

/** Options of {@link syntheticUnits}. */
export interface SyntheticOptions {
  cols: number;
  rows: number;
  /** `[minLon, minLat, maxLon, maxLat]`, degrees. */
  box: [number, number, number, number];
  /** Segments per cell side (vertices per unit ≈ 4·sub). */
  sub: number;
  seed: number;
}

/** The national-size default: 236 × 189 = 44,604 units over 104–109°E, 28–32°N. */
export const NATIONAL: SyntheticOptions = { cols: 236, rows: 189, box: [104, 28, 109, 32], sub: 6, seed: 44604 };

/** Generate a partition of `box` into `cols × rows` units with jittered shared edges. */
export function syntheticUnits(o: SyntheticOptions): Units {
  const rnd = mulberry32(o.seed);
  const [x0, y0, x1, y1] = o.box;
  const dx = (x1 - x0) / o.cols;
  const dy = (y1 - y0) / o.rows;
  // jittered nodes (border nodes stay on the box edge along their border axis)
  const node: Position[] = [];
  for (let j = 0; j <= o.rows; j++) {
    for (let i = 0; i <= o.cols; i++) {
      const jx = i === 0 || i === o.cols ? 0 : (rnd() - 0.5) * 0.5 * dx;
      const jy = j === 0 || j === o.rows ? 0 : (rnd() - 0.5) * 0.5 * dy;
      node.push([x0 + i * dx + jx, y0 + j * dy + jy]);
    }
  }
  const N = (i: number, j: number): Position => node[j * (o.cols + 1) + i] as Position;
  // wiggle amplitude per edge from a per-edge seed
  const edge = (a: Position, b: Position, key: number, border: boolean): Position[] => {
    const r = mulberry32(o.seed ^ Math.imul(key, 2654435761));
    const pts: Position[] = [a];
    const ax = a[0] ?? 0;
    const ay = a[1] ?? 0;
    const bx = b[0] ?? 0;
    const by = b[1] ?? 0;
    for (let k = 1; k < o.sub; k++) {
      const t = k / o.sub;
      const w = border ? 0 : (r() - 0.5) * 0.15;
      // perpendicular in scaled degrees
      pts.push([ax + t * (bx - ax) - w * (by - ay), ay + t * (by - ay) + w * (bx - ax)]);
    }
    pts.push(b);
    return pts;
  };
  const hEdge = (i: number, j: number): Position[] => edge(N(i, j), N(i + 1, j), 2 * (j * (o.cols + 1) + i), j === 0 || j === o.rows);
  const vEdge = (i: number, j: number): Position[] => edge(N(i, j), N(i, j + 1), 2 * (j * (o.cols + 1) + i) + 1, i === 0 || i === o.cols);
  const cats: Category[] = ['priority', 'key', 'general'];
  const features: UnitFeature[] = [];
  let serial = 0;
  for (let j = 0; j < o.rows; j++) {
    for (let i = 0; i < o.cols; i++) {
      // counter-clockwise: bottom (→), right (↑), top (←), left (↓)
      const ring: Position[] = [
        ...hEdge(i, j).slice(0, -1),
        ...vEdge(i + 1, j).slice(0, -1),
        ...hEdge(i, j + 1).reverse().slice(0, -1),
        ...vEdge(i, j).reverse(),
      ];
      const u = rnd();
      const category = cats[u < 0.3 ? 0 : u < 0.6 ? 1 : 2] as Category;
      const classDigit = category === 'priority' ? 1 : category === 'key' ? 2 : 3;
      const adcode = String(500101 + (serial % 38));
      const geometry: Polygon = { type: 'Polygon', coordinates: [ring] };
      features.push({
        type: 'Feature',
        geometry,
        properties: {
          code: `ZH${adcode}${classDigit}${String(serial % 10000).padStart(4, '0')}`,
          name: `单元${serial}`,
          category,
          subtype: category === 'priority' ? '生态保护红线' : category === 'key' ? '城镇重点管控' : '一般管控',
          adcode,
          district: `区县${serial % 38}`,
          area_km2: 0,
          rules: {
            spatial_layout: [`空间布局约束${serial % 7}`],
            pollutant_discharge: [`污染物排放管控${serial % 5}`],
            risk_prevention: [],
            resource_efficiency: [],
          },
        },
      });
      serial++;
    }
  }
  return { type: 'FeatureCollection', features };
}
