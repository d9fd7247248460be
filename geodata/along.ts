/** Walking along polylines with geodesic (WGS-84 ellipsoid) lengths. */
import geodesic from 'geographiclib-geodesic';
import type { Position } from 'geojson';

const WGS84 = geodesic.Geodesic.WGS84;

/** Geodesic distance on the WGS-84 ellipsoid, km. */
export function geodesicKm(a: Position, b: Position): number {
  return WGS84.Inverse(a[1]!, a[0]!, b[1]!, b[0]!, geodesic.Geodesic.DISTANCE).s12! / 1000;
}

export interface AlongSample {
  pos: [number, number];
  /** Chainage from the start of the first part, km (parts are concatenated without the gaps). */
  km: number;
  part: number;
}

/** Points every `stepKm` along the parts (linear in lon/lat within a segment, geodesic lengths). */
export function sampleAlong(parts: Position[][], stepKm: number): AlongSample[] {
  const out: AlongSample[] = [];
  let base = 0;
  parts.forEach((line, part) => {
    let next = 0;
    let acc = 0;
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      const len = geodesicKm(a, b);
      while (next <= acc + len) {
        const t = len === 0 ? 0 : (next - acc) / len;
        out.push({ pos: [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t], km: base + next, part });
        next += stepKm;
      }
      acc += len;
    }
    base += acc;
  });
  return out;
}
