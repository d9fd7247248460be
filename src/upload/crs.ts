/**
 * The coordinate reference systems an upload may be in, common in Chinese project data:
 * - `EPSG:4326` WGS-84 and `EPSG:4490` CGCS2000 geographic (treated as identical: they differ
 *   by centimetres, below web-map precision),
 * - the CGCS2000 3° Gauss–Krüger zones (see `geo/gauss-kruger.ts`),
 * - `GCJ-02`, the obfuscated datum of AMap/Tencent maps (only ever chosen by the user: its
 *   numbers look exactly like WGS-84).
 *
 * Imports nothing heavy, so the upload dialog can list the catalogue before the parsers load.
 * Their names, in each language, are in i18n (`crs.*`).
 */
import { gaussKrugerId, gaussKrugerProj4, gaussKrugerZone, GK_ZONES, type GaussKrugerCrsId, type GaussKrugerZone } from '../geo/gauss-kruger';

export type GeographicCrsId = 'EPSG:4326' | 'EPSG:4490';
export type CrsId = GeographicCrsId | GaussKrugerCrsId | 'GCJ-02';

export type CrsInfo =
  | { id: GeographicCrsId; kind: 'geographic' }
  | { id: 'GCJ-02'; kind: 'gcj02' }
  | ({ id: GaussKrugerCrsId; kind: 'gauss-kruger'; proj4: string } & GaussKrugerZone);

/** Describes a CRS id, or returns undefined when it is not one we support. */
export function crsInfo(id: string): CrsInfo | undefined {
  if (id === 'EPSG:4326' || id === 'EPSG:4490') return { id, kind: 'geographic' };
  if (id === 'GCJ-02') return { id, kind: 'gcj02' };
  const zone = gaussKrugerZone(id);
  if (!zone) return undefined;
  return { id: id as GaussKrugerCrsId, kind: 'gauss-kruger', proj4: gaussKrugerProj4(zone.centralMeridian, zone.prefixed), ...zone };
}

export function isCrsId(id: string): id is CrsId {
  return crsInfo(id) !== undefined;
}

/** Every supported CRS, geographic first, then the 3° zones (unprefixed, then prefixed). */
export function listCrs(): CrsInfo[] {
  const ids: string[] = ['EPSG:4326', 'EPSG:4490', 'GCJ-02'];
  for (const prefixed of [false, true]) for (const zone of GK_ZONES) ids.push(gaussKrugerId(zone * 3, prefixed));
  return ids.map((id) => crsInfo(id)!);
}
