/**
 * A site's geometry packed for postMessage: its positions in one Float64Array and its nesting
 * as counts. The structured clone of 50,000 `[lon, lat]` arrays costs an object per position on
 * both sides (37–185 ms in Chromium here); a packed site is copied (or transferred) once.
 */
import type { Position } from 'geojson';
import type { SiteGeometry } from './upload-site';

export interface PackedGeometry {
  type: SiteGeometry['type'];
  /** Positions, `stride` numbers each; NaN where a position has fewer (a height missing). */
  coords: Float64Array;
  stride: number;
  /** Lengths, depth first: of the parts, then of each part's rings (or of its positions). */
  counts: Uint32Array;
}

type Nested = Position | Nested[];

const depthOf: Record<SiteGeometry['type'], number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

export function packGeometry(geometry: SiteGeometry): PackedGeometry {
  const depth = depthOf[geometry.type];
  const positions: Position[] = [];
  const counts: number[] = [];
  const walk = (node: Nested, level: number): void => {
    if (level === 0) {
      positions.push(node as Position);
      return;
    }
    counts.push((node as Nested[]).length);
    for (const child of node as Nested[]) walk(child, level - 1);
  };
  walk(geometry.coordinates as Nested, depth);
  const stride = positions.reduce((s, p) => Math.max(s, p.length), 2);
  const coords = new Float64Array(positions.length * stride).fill(NaN);
  positions.forEach((p, i) => coords.set(p, i * stride));
  return { type: geometry.type, coords, stride, counts: Uint32Array.from(counts) };
}

export function unpackGeometry(packed: PackedGeometry): SiteGeometry {
  const { coords, stride, counts } = packed;
  let position = 0;
  let count = 0;
  const read = (level: number): Nested => {
    if (level === 0) {
      const p: number[] = [];
      for (let k = 0; k < stride; k++) {
        const v = coords[position * stride + k]!;
        if (!Number.isNaN(v)) p.push(v);
      }
      position++;
      return p;
    }
    const n = counts[count++]!;
    const out: Nested[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = read(level - 1);
    return out;
  };
  return { type: packed.type, coordinates: read(depthOf[packed.type]) } as SiteGeometry;
}
