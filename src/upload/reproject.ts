/** Raw file coordinates → WGS-84, via proj4 (Gauss–Krüger, foreign WKT) or the GCJ-02 inverse. */
import proj4 from 'proj4';
import { gcj02ToWgs84 } from '../geo/gcj02';
import { crsInfo, type CrsId } from './crs';
import { UploadError } from './errors';

export type XY = (x: number, y: number) => readonly [number, number];

/** A transform from a CRS id to WGS-84 lon/lat, applying the axis swap first. */
export function toWgs84(crs: CrsId, swapped: boolean): XY {
  const info = crsInfo(crs);
  if (!info) throw new UploadError('unsupported-crs', { crs });
  let base: XY;
  if (info.kind === 'geographic') base = (x, y) => [x, y];
  else if (info.kind === 'gcj02') base = (x, y) => gcj02ToWgs84(x, y);
  else {
    const conv = proj4(info.proj4, 'WGS84');
    base = (x, y) => conv.forward([x, y]) as [number, number];
  }
  return swapped ? (x, y) => base(y, x) : base;
}

/** A transform from an arbitrary WKT (.prj) through proj4, or undefined if proj4 cannot read it. */
export function wktToWgs84(wkt: string, swapped: boolean): XY | undefined {
  let conv: proj4.Converter;
  try {
    conv = proj4(wkt, 'WGS84');
    // Some WKT parse but fail on use; probe once.
    const probe = conv.forward([0, 0]);
    if (!Array.isArray(probe)) return undefined;
  } catch {
    return undefined;
  }
  const base: XY = (x, y) => conv.forward([x, y]) as [number, number];
  return swapped ? (x, y) => base(y, x) : base;
}
