/**
 * Deciding the CRS of an upload's raw coordinates: the user's choice, the `.prj`, a CRS the file
 * declares, or else what the numbers' magnitudes say.
 *
 * Axis convention: a coordinate pair is `[x, y]` as it appears in the file. For projected CRSs
 * `x` should be the easting; Chinese surveying writes X = northing first, which
 * {@link detectCrs} notices and reports as `swapped`.
 */
import { gaussKrugerId, isGaussKrugerZone } from '../geo/gauss-kruger';
import { crsInfo, type CrsId } from './crs';
import { LONLAT_TOLERANCE_DEG } from './limits';
import { readPrj } from './prj';
import { rankPlainZones, type CrsCandidate } from './rank-zones';

export type CrsHow = 'prj' | 'declared' | 'magnitude' | 'user' | 'default';

export type CrsDetection =
  /** `overruled`: a `.prj` or declared CRS that the numbers plainly contradict, and was not used. */
  | { status: 'detected'; crs: CrsId; how: CrsHow; swapped: boolean; overruled?: CrsId }
  | { status: 'ambiguous'; swapped: boolean; candidates: CrsCandidate[] }
  | { status: 'unknown'; reason: 'no-coordinates' | 'out-of-range' };

export interface DetectHints {
  /** Contents of a shapefile `.prj` (WKT). */
  prj?: string;
  /** A CRS declared by the file itself (e.g. a legacy GeoJSON `crs` member). */
  declared?: CrsId;
  /** The user's explicit choice; wins over everything. */
  user?: CrsId;
  /** Force (true/false) or leave to detection (undefined) the northing-first axis swap. */
  swap?: boolean;
  /** The format mandates WGS-84 (KML, GPX): report `how: 'default'` when the numbers agree. */
  geographicByDefault?: boolean;
  /** Region used to rank ambiguous candidates; default Chongqing. */
  region?: readonly [number, number, number, number];
}

type Pair = readonly [number, number] | readonly number[];

interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  count: number;
}

function extentOf(coords: Iterable<Pair>): Extent {
  const e: Extent = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity, count: 0 };
  for (const c of coords) {
    const x = c[0];
    const y = c[1];
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < e.minX) e.minX = x;
    if (x > e.maxX) e.maxX = x;
    if (y < e.minY) e.minY = y;
    if (y > e.maxY) e.maxY = y;
    e.count++;
  }
  return e;
}

const within = (v: number, lo: number, hi: number): boolean => v >= lo && v <= hi;
/** Within ±`limit` degrees, allowing the rounding of the tool that wrote them. */
const degrees = (v: number, limit: number): boolean => within(v, -limit - LONLAT_TOLERANCE_DEG, limit + LONLAT_TOLERANCE_DEG);

/** Plausible GK northings for China (≈ 3°N … 54°N). */
const NORTHING: readonly [number, number] = [3e5, 6.1e6];
/** Plausible unprefixed GK eastings: ±4° of longitude from the CM at China's latitudes. */
const EASTING: readonly [number, number] = [1e5, 9e5];

function prefixedZone(minE: number, maxE: number): number | undefined {
  const zone = Math.floor(minE / 1e6);
  if (zone !== Math.floor(maxE / 1e6) || !isGaussKrugerZone(zone)) return undefined;
  const rest = [minE - zone * 1e6, maxE - zone * 1e6];
  return within(rest[0]!, EASTING[0], EASTING[1]) && within(rest[1]!, EASTING[0], EASTING[1]) ? zone : undefined;
}

/** What the numbers say, independent of hints. */
type Magnitude =
  | { kind: 'geographic'; swapped: boolean }
  | { kind: 'prefixed'; zone: number; swapped: boolean }
  | { kind: 'plain'; swapped: boolean }
  | { kind: 'none' };

function classify(e: Extent): Magnitude {
  const { minX, minY, maxX, maxY } = e;
  if (degrees(minX, 180) && degrees(maxX, 180) && degrees(minY, 90) && degrees(maxY, 90)) {
    return { kind: 'geographic', swapped: false };
  }
  if (degrees(minX, 90) && degrees(maxX, 90) && degrees(minY, 180) && degrees(maxY, 180)) {
    return { kind: 'geographic', swapped: true };
  }
  const northingY = within(minY, NORTHING[0], NORTHING[1]) && within(maxY, NORTHING[0], NORTHING[1]);
  const northingX = within(minX, NORTHING[0], NORTHING[1]) && within(maxX, NORTHING[0], NORTHING[1]);
  const zx = prefixedZone(minX, maxX);
  if (zx !== undefined && northingY) return { kind: 'prefixed', zone: zx, swapped: false };
  const zy = prefixedZone(minY, maxY);
  if (zy !== undefined && northingX) return { kind: 'prefixed', zone: zy, swapped: true };
  const eastingX = within(minX, EASTING[0], EASTING[1]) && within(maxX, EASTING[0], EASTING[1]);
  const eastingY = within(minY, EASTING[0], EASTING[1]) && within(maxY, EASTING[0], EASTING[1]);
  // Northings of China are > 1e6 m except south of ~9°N, so "easting < northing" is the tiebreak.
  if (eastingX && northingY && (!eastingY || !northingX || maxX < minY)) return { kind: 'plain', swapped: false };
  if (eastingY && northingX) return { kind: 'plain', swapped: true };
  return { kind: 'none' };
}

/** False when the numbers are plainly of another family than `crs` (degrees vs. metres). */
function fitsFamily(crs: CrsId, mag: Magnitude): boolean {
  const projected = crsInfo(crs)?.kind === 'gauss-kruger';
  if (projected) return mag.kind !== 'geographic';
  return mag.kind !== 'prefixed' && mag.kind !== 'plain';
}

/**
 * Decides the CRS of a set of raw coordinate pairs `[x, y]` (as written in the file).
 *
 * Order: user choice → `.prj` → declared → magnitudes. Axis swap (northing written first) is
 * detected from magnitudes in every case unless `hints.swap` forces it. Unprefixed Gauss–Krüger
 * eastings without a `.prj` cannot tell their zone: the result is `ambiguous`, with candidates
 * ranked by {@link rankPlainZones}.
 */
export function detectCrs(coords: Iterable<Pair>, hints: DetectHints = {}): CrsDetection {
  const ext = extentOf(coords);
  if (ext.count === 0) {
    if (hints.user) return { status: 'detected', crs: hints.user, how: 'user', swapped: hints.swap ?? false };
    return { status: 'unknown', reason: 'no-coordinates' };
  }
  const mag = classify(ext);
  const magSwapped = mag.kind === 'none' ? false : mag.swapped;
  const swappedFor = (crs: CrsId): boolean => {
    if (hints.swap !== undefined) return hints.swap;
    const info = crsInfo(crs);
    if (!info) return false;
    // Only trust the magnitude swap when it agrees with the CRS family.
    if (info.kind === 'gauss-kruger') return (mag.kind === 'prefixed' || mag.kind === 'plain') && magSwapped;
    return mag.kind === 'geographic' && magSwapped;
  };
  if (hints.user) return { status: 'detected', crs: hints.user, how: 'user', swapped: swappedFor(hints.user) };
  // A file's own word on its CRS is taken unless its numbers plainly say another family: a legacy
  // GeoJSON `crs` of EPSG:4545 on lon/lat numbers would put the site thousands of km away.
  let overruled: CrsId | undefined;
  const fromPrj = hints.prj === undefined ? undefined : readPrj(hints.prj);
  const named: [CrsId | undefined, CrsHow][] = [
    [fromPrj?.status === 'recognized' ? fromPrj.crs : undefined, 'prj'],
    [hints.declared, 'declared'],
  ];
  for (const [crs, how] of named) {
    if (!crs) continue;
    if (fitsFamily(crs, mag)) return { status: 'detected', crs, how, swapped: swappedFor(crs) };
    overruled ??= crs;
  }
  const also = overruled ? { overruled } : {};
  switch (mag.kind) {
    case 'geographic':
      return {
        status: 'detected',
        crs: 'EPSG:4326',
        how: hints.geographicByDefault && !mag.swapped ? 'default' : 'magnitude',
        swapped: hints.swap ?? mag.swapped,
        ...also,
      };
    case 'prefixed':
      return { status: 'detected', crs: gaussKrugerId(mag.zone * 3, true), how: 'magnitude', swapped: hints.swap ?? mag.swapped, ...also };
    case 'plain': {
      const swapped = hints.swap ?? mag.swapped;
      const e = swapped ? (ext.minY + ext.maxY) / 2 : (ext.minX + ext.maxX) / 2;
      const n = swapped ? (ext.minX + ext.maxX) / 2 : (ext.minY + ext.maxY) / 2;
      return { status: 'ambiguous', swapped, candidates: rankPlainZones(e, n, hints.region) };
    }
    case 'none':
      return { status: 'unknown', reason: 'out-of-range' };
  }
}
