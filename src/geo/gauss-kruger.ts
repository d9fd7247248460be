/**
 * The CGCS2000 3° Gauss–Krüger zones: which EPSG code is which zone, and each zone's proj4
 * definition (the projection maths itself is proj4's). Zones 25–45 (central meridian = 3 × zone,
 * 75°…135°E) come in two EPSG series: EPSG:4513–4533 with the zone number prefixed to the
 * easting (x_0 = zone × 10⁶ + 500 000 m), and EPSG:4534–4554 without (x_0 = 500 000 m).
 */

/** A CGCS2000 3° Gauss–Krüger zone, prefixed (4513–4533) or not (4534–4554). */
export type GaussKrugerCrsId = `EPSG:${number}`;

export interface GaussKrugerZone {
  zone: number;
  /** Degrees east. */
  centralMeridian: number;
  /** True when the zone number is prefixed to the easting. */
  prefixed: boolean;
}

const GK_ZONE_MIN = 25;
const GK_ZONE_MAX = 45;
const GK_PREFIXED_FIRST = 4513;
const GK_PLAIN_FIRST = 4534;

/** Every zone number, west to east. */
export const GK_ZONES: readonly number[] = Array.from({ length: GK_ZONE_MAX - GK_ZONE_MIN + 1 }, (_, i) => GK_ZONE_MIN + i);

export const isGaussKrugerZone = (zone: number): boolean => Number.isInteger(zone) && zone >= GK_ZONE_MIN && zone <= GK_ZONE_MAX;

/** False easting in metres. */
export const gaussKrugerFalseEasting = (zone: number, prefixed: boolean): number => (prefixed ? zone * 1e6 + 500000 : 500000);

/** proj4 string of a CGCS2000 3° Gauss–Krüger zone. */
export function gaussKrugerProj4(centralMeridian: number, prefixed: boolean): string {
  const x0 = gaussKrugerFalseEasting(centralMeridian / 3, prefixed);
  return `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
}

/** The EPSG id of a 3° zone given its central meridian (degrees, multiple of 3 in 75…135). */
export function gaussKrugerId(centralMeridian: number, prefixed: boolean): GaussKrugerCrsId {
  const zone = centralMeridian / 3;
  if (!isGaussKrugerZone(zone)) throw new RangeError(`no CGCS2000 3° zone with central meridian ${centralMeridian}`);
  return `EPSG:${(prefixed ? GK_PREFIXED_FIRST : GK_PLAIN_FIRST) + zone - GK_ZONE_MIN}`;
}

/** The zone an `EPSG:nnnn` id names, or undefined when it is not a CGCS2000 3° zone. */
export function gaussKrugerZone(id: string): GaussKrugerZone | undefined {
  const m = /^EPSG:(\d{4})$/.exec(id);
  if (!m) return undefined;
  const code = Number(m[1]);
  const prefixed = code < GK_PLAIN_FIRST;
  const zone = code - (prefixed ? GK_PREFIXED_FIRST : GK_PLAIN_FIRST) + GK_ZONE_MIN;
  return isGaussKrugerZone(zone) ? { zone, centralMeridian: zone * 3, prefixed } : undefined;
}
