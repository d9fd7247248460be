/**
 * Decoder for echarts' compressed map JSON (`"UTF8Encoding": true`): each ring is a string of
 * UTF-16 code unit pairs, zig-zag delta encoded from the ring's `encodeOffsets`, scale 1024.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { EchartsFeature } from './sources';

export function decodeRing(encoded: string, offset: readonly number[]): Position[] {
  let prevX = offset[0]!;
  let prevY = offset[1]!;
  const out: Position[] = [];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    out.push([x / 1024, y / 1024]);
  }
  return out;
}

/** Decoded geometry in the source datum (GCJ-02 for echarts' China maps). */
export function decodeGeometry(f: EchartsFeature, encoded: boolean): Polygon | MultiPolygon {
  const g = f.geometry;
  if (!encoded) return g as unknown as Polygon | MultiPolygon;
  if (g.type === 'Polygon') {
    const rings = g.coordinates as string[];
    return {
      type: 'Polygon',
      coordinates: rings.map((r, i) => decodeRing(r, g.encodeOffsets![i]!)),
    };
  }
  const polys = g.coordinates as string[][];
  return {
    type: 'MultiPolygon',
    coordinates: polys.map((p, j) => p.map((r, i) => decodeRing(r, g.encodeOffsets![j]![i]!))),
  };
}
