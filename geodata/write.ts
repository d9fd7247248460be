/**
 * Deterministic output: fixed coordinate precision, RFC 7946 winding, compact JSON with the
 * key order the code builds (never sorted by the runtime), trailing newline.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Geometry, Position } from 'geojson';

export const round = (v: number, d: number): number => {
  const f = 10 ** d;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** Signed planar ring area (shoelace, lon/lat degrees), > 0 for counter-clockwise. */
export function ringSignedArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    s += (ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!);
  }
  return s / 2;
}

function roundRing(ring: Position[], d: number, outer: boolean): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const q = [round(p[0]!, d), round(p[1]!, d)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const a = ringSignedArea(out);
  if ((outer && a < 0) || (!outer && a > 0)) out.reverse();
  return out;
}

/** Round coordinates to `d` decimals, drop repeated vertices, enforce RFC 7946 winding. */
export function roundGeometry<G extends Geometry>(g: G, d: number): G {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: [round(g.coordinates[0]!, d), round(g.coordinates[1]!, d)] } as G;
    case 'LineString':
      return { type: 'LineString', coordinates: g.coordinates.map((p) => [round(p[0]!, d), round(p[1]!, d)]) } as G;
    case 'MultiLineString':
      return {
        type: 'MultiLineString',
        coordinates: g.coordinates.map((l) => l.map((p) => [round(p[0]!, d), round(p[1]!, d)])),
      } as G;
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map((r, i) => roundRing(r, d, i === 0)) } as G;
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: g.coordinates.map((p) => p.map((r, i) => roundRing(r, d, i === 0))),
      } as G;
    default:
      throw new Error(`unsupported geometry ${g.type}`);
  }
}

export function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(value) + '\n');
}
