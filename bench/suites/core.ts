/**
 * Suite `core` (`npm run bench -- core`): benchmarks of the spatial core. Seeded queries, warm-up,
 * per-query timings; every indexed operation is compared with a naive scan of all units measured
 * in the same run. Results go into a sink so the work cannot be optimised away. The table is
 * printed; the figures go to bench/results.json under `core`.
 *
 * Data: the bundled sample (public/data: 818 units, 38 districts, rivers, sections) and a
 * synthetic national-size set of 44,604 units (bench/synthetic.ts) with the sample's rivers,
 * districts and sections.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Geometry, Position } from 'geojson';
import type { Districts, Rivers, Sections, Units } from '../../src/data/contract';
import {
  buildSiteCheckContext,
  identifyIndices,
  nearest,
  nearestNaive,
  siteCheck,
  type SiteCheckContext,
} from '../../src/geo/index';
import { pointInOwner } from '../../src/geo/path-store';
import { median } from '../stats';
import { mulberry32, NATIONAL, syntheticUnits } from '../synthetic';

const root = fileURLToPath(new URL('../..', import.meta.url));
const read = <T>(f: string): T => JSON.parse(readFileSync(`${root}public/data/${f}`, 'utf8')) as T;
const optional = <T>(f: string): T | undefined => (existsSync(`${root}public/data/${f}`) ? read<T>(f) : undefined);

let sink = 0;

interface Stats {
  n: number;
  median: number;
  mean: number;
  std: number;
  p95: number;
  max: number;
}

function stats(ms: number[]): Stats {
  const s = ms.slice().sort((a, b) => a - b);
  const n = s.length;
  const mean = s.reduce((a, b) => a + b, 0) / n;
  const std = Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, n - 1));
  const q = (p: number): number => s[Math.min(n - 1, Math.floor(p * n))] ?? NaN;
  return { n, median: median(s), mean, std, p95: q(0.95), max: s[n - 1] ?? NaN };
}

/** Time `fn` on each query after `warm` warm-up calls; per-query milliseconds. */
function bench<Q>(queries: Q[], fn: (q: Q) => number, warm = Math.min(200, queries.length)): Stats {
  for (let i = 0; i < warm; i++) sink += fn(queries[i % queries.length] as Q);
  // collect garbage between series when node runs with --expose-gc (NODE_OPTIONS=--expose-gc)
  (globalThis as { gc?: () => void }).gc?.();
  const ms: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    sink += fn(q);
    ms.push(performance.now() - t0);
  }
  return stats(ms);
}

function randomPoints(n: number, box: [number, number, number, number], seed: number): [number, number][] {
  const r = mulberry32(seed);
  const [x0, y0, x1, y1] = box;
  return Array.from({ length: n }, () => [x0 + r() * (x1 - x0), y0 + r() * (y1 - y0)] as [number, number]);
}

/** Random star-shaped (simple) polygons of 6–12 vertices, radius 300 m – 3 km. */
function randomPolygons(n: number, box: [number, number, number, number], seed: number): Geometry[] {
  const r = mulberry32(seed);
  return randomPoints(n, box, seed + 1).map(([x, y]) => {
    const k = 6 + Math.floor(r() * 7);
    const rad = 300 + r() * 2700;
    const ring: Position[] = [];
    for (let i = 0; i < k; i++) {
      const a = (2 * Math.PI * i) / k;
      const d = rad * (0.6 + 0.4 * r());
      ring.push([x + (d * Math.cos(a)) / (111320 * Math.cos((y * Math.PI) / 180)), y + (d * Math.sin(a)) / 110950]);
    }
    ring.push(ring[0] as Position);
    return { type: 'Polygon', coordinates: [ring] };
  });
}

/** Random 2–6 vertex lines up to ~10 km. */
function randomLines(n: number, box: [number, number, number, number], seed: number): Geometry[] {
  const r = mulberry32(seed);
  return randomPoints(n, box, seed + 1).map(([x, y]) => {
    const k = 2 + Math.floor(r() * 5);
    const line: Position[] = [[x, y]];
    for (let i = 1; i < k; i++) {
      const p = line[i - 1] as Position;
      line.push([(p[0] ?? 0) + (r() - 0.5) * 0.04, (p[1] ?? 0) + (r() - 0.5) * 0.04]);
    }
    return { type: 'LineString', coordinates: line };
  });
}

function naiveIdentify(ctx: SiteCheckContext, p: [number, number]): number {
  const u = ctx.units;
  let c = 0;
  const b = u.bboxes;
  for (let i = 0; i < u.features.length; i++) {
    if (p[0] < (b[i * 4] ?? 0) || p[0] > (b[i * 4 + 2] ?? 0) || p[1] < (b[i * 4 + 1] ?? 0) || p[1] > (b[i * 4 + 3] ?? 0)) continue;
    if (pointInOwner(u.store, i, p[0], p[1]) !== 0) c++;
  }
  return c;
}

const fmt = (x: number): string => (x < 0.01 ? x.toFixed(4) : x < 1 ? x.toFixed(3) : x.toFixed(2));

interface Row {
  dataset: string;
  op: string;
  indexed: Stats;
  naive: Stats;
}

function runDataset(name: string, ctx: SiteCheckContext, seed: number, nNaive: number): Row[] {
  const [x0, y0, x1, y1] = ctx.units.bbox;
  // queries over the data box, 5 % margin each side so some fall outside
  const mx = (x1 - x0) * 0.05;
  const my = (y1 - y0) * 0.05;
  const box: [number, number, number, number] = [x0 - mx, y0 - my, x1 + mx, y1 + my];
  const pts = randomPoints(2000, box, seed);
  const ptGeoms: Geometry[] = pts.map((p) => ({ type: 'Point', coordinates: p }));
  const polys = randomPolygons(300, box, seed + 10);
  const lines = randomLines(300, box, seed + 20);
  const mixed: Geometry[] = [];
  for (let i = 0; i < 300; i++) mixed.push((i % 3 === 0 ? ptGeoms[i] : i % 3 === 1 ? polys[i] : lines[i]) as Geometry);
  const rows: Row[] = [];
  rows.push({
    dataset: name,
    op: 'identify (point)',
    indexed: bench(pts, (p) => identifyIndices(ctx.units, p).length),
    naive: bench(pts.slice(0, nNaive * 4), (p) => naiveIdentify(ctx, p), 20),
  });
  rows.push({
    dataset: name,
    op: 'nearest priority (point)',
    indexed: bench(ptGeoms, (g) => nearest(ctx.units, g)?.distanceM ?? 0),
    naive: bench(ptGeoms.slice(0, nNaive), (g) => nearestNaive(ctx.units, g)?.distanceM ?? 0, 5),
  });
  rows.push({
    dataset: name,
    op: 'nearest priority (polygon)',
    indexed: bench(polys, (g) => nearest(ctx.units, g)?.distanceM ?? 0),
    naive: bench(polys.slice(0, nNaive), (g) => nearestNaive(ctx.units, g)?.distanceM ?? 0, 5),
  });
  const check = (g: Geometry, naive: boolean): number => {
    const r = siteCheck(ctx, g, { naive });
    return r.units.length + (r.nearestPriority?.distanceM ?? 0) + r.sections.length;
  };
  rows.push({
    dataset: name,
    op: 'siteCheck (point/line/polygon mix)',
    indexed: bench(mixed, (g) => check(g, false), 60),
    naive: bench(mixed.slice(0, nNaive), (g) => check(g, true), 5),
  });
  rows.push({
    dataset: name,
    op: 'siteCheck (polygon)',
    indexed: bench(polys, (g) => check(g, false), 60),
    naive: bench(polys.slice(0, nNaive), (g) => check(g, true), 5),
  });
  // large sites: 20 km-radius 200-vertex polygons (≈ 130 km perimeter, densified to ≤ 1 km pieces)
  const big = randomPoints(30, [x0 + (x1 - x0) * 0.2, y0 + (y1 - y0) * 0.2, x1 - (x1 - x0) * 0.2, y1 - (y1 - y0) * 0.2], seed + 30).map(
    ([x, y]): Geometry => {
      const ring: Position[] = [];
      for (let i = 0; i < 200; i++) {
        const a = (2 * Math.PI * i) / 200;
        ring.push([x + (20000 * Math.cos(a)) / (111320 * Math.cos((y * Math.PI) / 180)), y + (20000 * Math.sin(a)) / 110950]);
      }
      ring.push(ring[0] as Position);
      return { type: 'Polygon', coordinates: [ring] };
    },
  );
  rows.push({
    dataset: name,
    op: 'siteCheck (20 km polygon, 200 vertices)',
    indexed: bench(big, (g) => check(g, false), 5),
    naive: bench(big.slice(0, 5), (g) => check(g, true), 1),
  });
  return rows;
}

const round = (x: number): number => Number(x.toPrecision(3));
const roundStats = (s: Stats): Stats => ({
  n: s.n,
  median: round(s.median),
  mean: round(s.mean),
  std: round(s.std),
  p95: round(s.p95),
  max: round(s.max),
});

export async function run(): Promise<Record<string, unknown>> {
  const units = read<Units>('units.geojson');
  const districts = optional<Districts>('districts.geojson');
  const rivers = optional<Rivers>('rivers.geojson');
  const sections = optional<Sections>('sections.geojson');
  const layers = {
    ...(districts ? { districts } : {}),
    ...(rivers ? { rivers } : {}),
    ...(sections ? { sections } : {}),
  };

  let t = performance.now();
  const sample = buildSiteCheckContext({ units, ...layers });
  const buildSample = performance.now() - t;
  t = performance.now();
  const synth = syntheticUnits(NATIONAL);
  const genMs = performance.now() - t;
  t = performance.now();
  const national = buildSiteCheckContext({ units: synth, ...layers });
  const buildNational = performance.now() - t;

  const gc = typeof (globalThis as { gc?: unknown }).gc === 'function';
  console.log(`Node ${process.version}${gc ? ', --expose-gc (GC between series)' : ''}`);
  console.log('Times are per query in milliseconds; "naive" scans every unit (bbox check + exact test) in the same run;');
  console.log('speed-up = naive median / indexed median. Seeded queries (mulberry32), warm-up before timing.');
  console.log(`- sample: ${sample.units.features.length} units, ${sample.units.store.coords.length / 2} vertices; context build ${buildSample.toFixed(0)} ms`);
  console.log(
    `- national synthetic: ${national.units.features.length} units, ${national.units.store.coords.length / 2} vertices ` +
      `(generate ${genMs.toFixed(0)} ms, context build ${buildNational.toFixed(0)} ms)`,
  );
  console.log('');
  console.log('| dataset | operation | indexed median | indexed mean ± std | p95 | max | naive median | naive mean ± std | speed-up |');
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  const rows = [...runDataset('sample (818)', sample, 1, 60), ...runDataset('national (44,604)', national, 2, 30)];
  for (const r of rows) {
    const i = r.indexed;
    const n = r.naive;
    console.log(
      `| ${r.dataset} | ${r.op} | ${fmt(i.median)} | ${fmt(i.mean)} ± ${fmt(i.std)} | ${fmt(i.p95)} | ${fmt(i.max)} | ` +
        `${fmt(n.median)} | ${fmt(n.mean)} ± ${fmt(n.std)} | ${(n.median / i.median).toFixed(0)}× |`,
    );
  }
  console.log(`sink ${sink.toFixed(3)}`);
  return {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    gcBetweenSeries: gc,
    machine: { cpus: cpus().length, loadAverageAtEnd: loadavg().map((x) => Number(x.toFixed(1))) },
    unit: 'ms per query; speedup = naive median / indexed median, measured in the same run',
    budgets: 'identify ≪ 1 ms, nearest-protected ≤ 5 ms, site check ≤ 20 ms at 44,604 units (medians)',
    datasets: {
      sample: { units: sample.units.features.length, vertices: sample.units.store.coords.length / 2, contextBuildMs: Math.round(buildSample) },
      national: {
        units: national.units.features.length,
        vertices: national.units.store.coords.length / 2,
        generateMs: Math.round(genMs),
        contextBuildMs: Math.round(buildNational),
        note: 'synthetic: 2 km cells over 5°×4°, ~25 vertices each, denser than real units; rivers, districts and sections are the sample\'s',
      },
    },
    rows: rows.map((r) => ({
      dataset: r.dataset,
      op: r.op,
      indexed: roundStats(r.indexed),
      naive: roundStats(r.naive),
      speedup: Math.round(r.naive.median / r.indexed.median),
    })),
  };
}
