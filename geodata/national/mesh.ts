/**
 * A seeded, wiggly quad mesh over a lon/lat box: nodes jittered inside their cells, every cell
 * edge a midpoint-displacement curve. Each edge is computed from its own seed, so the two units
 * on either side of it get the very same vertices: unions of whole cells partition the box
 * exactly, with no gaps or overlaps. Nothing is stored; any edge can be recomputed on demand.
 */
import type { Position } from 'geojson';
import { mulberry32 } from '../prng';
import { round } from '../write';

export interface MeshOptions {
  /** South-west corner, degrees. */
  x0: number;
  y0: number;
  /** Cell size, degrees. */
  dx: number;
  dy: number;
  cols: number;
  rows: number;
  /** Midpoint-displacement levels: every edge has 2^levels segments. */
  levels: number;
  seed: number;
}

const hash = (seed: number, a: number, b: number, c: number): number =>
  Math.imul(seed ^ Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d), 0x27d4eb2f) >>> 0;

export class Mesh {
  constructor(readonly o: MeshOptions) {}

  /** Node `(i, j)`, jittered by up to ±30 % of a cell. */
  node(i: number, j: number): [number, number] {
    const r = mulberry32(hash(this.o.seed, i, j, 1));
    return [this.o.x0 + (i + (r() - 0.5) * 0.6) * this.o.dx, this.o.y0 + (j + (r() - 0.5) * 0.6) * this.o.dy];
  }

  /** Centre of cell `(i, j)` (mean of its corners): always inside the cell. */
  cellCentre(i: number, j: number): [number, number] {
    const c = [this.node(i, j), this.node(i + 1, j), this.node(i + 1, j + 1), this.node(i, j + 1)];
    return [c.reduce((t, p) => t + p[0], 0) / 4, c.reduce((t, p) => t + p[1], 0) / 4];
  }

  /** Edge from node `a` to node `b` (`axis` 0: horizontal from (i,j); 1: vertical), without its last vertex. */
  private edge(i: number, j: number, axis: 0 | 1): Position[] {
    const a = this.node(i, j);
    const b = axis === 0 ? this.node(i + 1, j) : this.node(i, j + 1);
    const n = 2 ** this.o.levels;
    const xs = new Float64Array(n + 1);
    const ys = new Float64Array(n + 1);
    xs[0] = a[0];
    ys[0] = a[1];
    xs[n] = b[0];
    ys[n] = b[1];
    const r = mulberry32(hash(this.o.seed, i, j, 2 + axis));
    let amp = 0.14;
    for (let step = n; step > 1; step /= 2) {
      for (let k = 0; k < n; k += step) {
        const m = k + step / 2;
        const ax = xs[k]!;
        const ay = ys[k]!;
        const bx = xs[k + step]!;
        const by = ys[k + step]!;
        const w = (r() - 0.5) * 2 * amp;
        xs[m] = (ax + bx) / 2 - w * (by - ay);
        ys[m] = (ay + by) / 2 + w * (bx - ax);
      }
      amp *= 0.6;
    }
    const out: Position[] = [];
    for (let k = 0; k < n; k++) out.push([round(xs[k]!, 6), round(ys[k]!, 6)]);
    return out;
  }

  /**
   * The counter-clockwise closed ring around cells `[i0, i1) × [j0, j1)`.
   */
  ring(i0: number, j0: number, i1: number, j1: number): Position[] {
    const ring: Position[] = [];
    for (let i = i0; i < i1; i++) ring.push(...this.edge(i, j0, 0));
    for (let j = j0; j < j1; j++) ring.push(...this.edge(i1, j, 1));
    for (let i = i1 - 1; i >= i0; i--) ring.push(...this.edge(i, j1, 0).concat([this.end(i, j1, 0)]).reverse().slice(0, -1));
    for (let j = j1 - 1; j >= j0; j--) ring.push(...this.edge(i0, j, 1).concat([this.end(i0, j, 1)]).reverse().slice(0, -1));
    ring.push(ring[0]!);
    return ring;
  }

  private end(i: number, j: number, axis: 0 | 1): Position {
    const b = axis === 0 ? this.node(i + 1, j) : this.node(i, j + 1);
    return [round(b[0], 6), round(b[1], 6)];
  }
}
