/**
 * Coordinate reference systems common in Chinese project data, and how to tell them apart.
 *
 * Pure TypeScript with no dependencies (no proj4 here, so the UI can import the catalogue and
 * the GCJ-02 helpers eagerly; the actual reprojection of uploads lives in `parse/reproject.ts`).
 *
 * Supported:
 * - `EPSG:4326` WGS-84 and `EPSG:4490` CGCS2000 geographic (treated as identical: they differ
 *   by centimetres, below web-map precision),
 * - CGCS2000 3° Gauss–Krüger zones: `EPSG:4513`–`EPSG:4533` (zone number prefixed to the
 *   easting, zones 25–45, CM = 3 × zone) and `EPSG:4534`–`EPSG:4554` (no prefix, CM 75°…135°),
 * - `GCJ-02`, the obfuscated datum of AMap/Tencent maps (only ever chosen by the user: its
 *   numbers look exactly like WGS-84).
 *
 * Axis convention: a coordinate pair is `[x, y]` as it appears in the file. For projected CRSs
 * `x` should be the easting; Chinese surveying writes X = northing first, which
 * {@link detectCrs} notices and reports as `swapped`.
 */

export type GeographicCrsId = 'EPSG:4326' | 'EPSG:4490';
/** A CGCS2000 3° Gauss–Krüger zone, prefixed (4513–4533) or not (4534–4554). */
export type GaussKrugerCrsId = `EPSG:${number}`;
export type CrsId = GeographicCrsId | GaussKrugerCrsId | 'GCJ-02';

export interface CrsInfo {
  id: CrsId;
  kind: 'geographic' | 'gauss-kruger' | 'gcj02';
  /** Central meridian in degrees east (Gauss–Krüger only). */
  centralMeridian?: number;
  /** 3° zone number = CM / 3 (Gauss–Krüger only). */
  zone?: number;
  /** True when the zone number is prefixed to the easting (x_0 = zone × 10⁶ + 500 000 m). */
  prefixed?: boolean;
  /** proj4 definition (absent for GCJ-02, which is not a proj4 CRS). */
  proj4?: string;
  name: { zh: string; en: string };
}

/** Chongqing's extent in degrees: [west, south, east, north]. */
export const CHONGQING_BBOX: readonly [number, number, number, number] = [105.28, 28.16, 110.2, 32.21];

const GK_PREFIXED_FIRST = 4513; // zone 25, CM 75°
const GK_PLAIN_FIRST = 4534; // CM 75°
const GK_ZONE_MIN = 25;
const GK_ZONE_MAX = 45;

/** proj4 string of a CGCS2000 3° Gauss–Krüger zone. */
export function gaussKrugerProj4(centralMeridian: number, prefixed: boolean): string {
  const zone = centralMeridian / 3;
  const x0 = prefixed ? zone * 1e6 + 500000 : 500000;
  return `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
}

/** The EPSG id of a 3° zone given its central meridian (degrees, multiple of 3 in 75…135). */
export function gaussKrugerId(centralMeridian: number, prefixed: boolean): GaussKrugerCrsId {
  const zone = centralMeridian / 3;
  if (!Number.isInteger(zone) || zone < GK_ZONE_MIN || zone > GK_ZONE_MAX) {
    throw new RangeError(`no CGCS2000 3° zone with central meridian ${centralMeridian}`);
  }
  return `EPSG:${(prefixed ? GK_PREFIXED_FIRST : GK_PLAIN_FIRST) + zone - GK_ZONE_MIN}`;
}

/** Describes a CRS id, or returns undefined when it is not one we support. */
export function crsInfo(id: string): CrsInfo | undefined {
  if (id === 'EPSG:4326') {
    return { id, kind: 'geographic', name: { zh: 'WGS-84 经纬度', en: 'WGS-84 longitude/latitude' } };
  }
  if (id === 'EPSG:4490') {
    return { id, kind: 'geographic', name: { zh: 'CGCS2000 经纬度', en: 'CGCS2000 longitude/latitude' } };
  }
  if (id === 'GCJ-02') {
    return { id, kind: 'gcj02', name: { zh: 'GCJ-02（高德/腾讯）', en: 'GCJ-02 (AMap/Tencent)' } };
  }
  const m = /^EPSG:(\d{4})$/.exec(id);
  if (!m) return undefined;
  const code = Number(m[1]);
  let prefixed: boolean;
  let zone: number;
  if (code >= GK_PREFIXED_FIRST && code < GK_PLAIN_FIRST) {
    prefixed = true;
    zone = code - GK_PREFIXED_FIRST + GK_ZONE_MIN;
  } else if (code >= GK_PLAIN_FIRST && code <= GK_PLAIN_FIRST + GK_ZONE_MAX - GK_ZONE_MIN) {
    prefixed = false;
    zone = code - GK_PLAIN_FIRST + GK_ZONE_MIN;
  } else {
    return undefined;
  }
  const cm = zone * 3;
  return {
    id: id as GaussKrugerCrsId,
    kind: 'gauss-kruger',
    centralMeridian: cm,
    zone,
    prefixed,
    proj4: gaussKrugerProj4(cm, prefixed),
    name: prefixed
      ? { zh: `CGCS2000 3度带 第${zone}带（中央经线 ${cm}°，带号前缀）`, en: `CGCS2000 3° GK zone ${zone} (CM ${cm}°E, zone-prefixed)` }
      : { zh: `CGCS2000 3度带 中央经线 ${cm}°（无带号）`, en: `CGCS2000 3° GK CM ${cm}°E (no zone prefix)` },
  };
}

export function isCrsId(id: string): id is CrsId {
  return crsInfo(id) !== undefined;
}

/** Every supported CRS, geographic first, then the 3° zones (unprefixed, then prefixed). */
export function listCrs(): CrsInfo[] {
  const out: CrsInfo[] = [];
  for (const id of ['EPSG:4326', 'EPSG:4490', 'GCJ-02']) out.push(crsInfo(id)!);
  for (let code = GK_PLAIN_FIRST; code <= GK_PLAIN_FIRST + 20; code++) out.push(crsInfo(`EPSG:${code}`)!);
  for (let code = GK_PREFIXED_FIRST; code < GK_PLAIN_FIRST; code++) out.push(crsInfo(`EPSG:${code}`)!);
  return out;
}

// ---------------------------------------------------------------------------------------------
// GRS80 transverse Mercator (Krüger n-series, 4th order: truncation error < 1 µm). Used here to
// rank ambiguous candidates without proj4, and in tests as an independent check of proj4.

const GRS80_A = 6378137;
const GRS80_F = 1 / 298.257222101;
const N = GRS80_F / (2 - GRS80_F);
const N2 = N * N;
const N3 = N2 * N;
const N4 = N3 * N;
const RECT_A = (GRS80_A / (1 + N)) * (1 + N2 / 4 + N4 / 64);
const ALPHA = [
  N / 2 - (2 * N2) / 3 + (5 * N3) / 16 + (41 * N4) / 180,
  (13 * N2) / 48 - (3 * N3) / 5 + (557 * N4) / 1440,
  (61 * N3) / 240 - (103 * N4) / 140,
  (49561 * N4) / 161280,
];
const BETA = [
  N / 2 - (2 * N2) / 3 + (37 * N3) / 96 - N4 / 360,
  N2 / 48 + N3 / 15 - (437 * N4) / 1440,
  (17 * N3) / 480 - (37 * N4) / 840,
  (4397 * N4) / 161280,
];
const DELTA = [
  2 * N - (2 * N2) / 3 - 2 * N3 + (116 * N4) / 45,
  (7 * N2) / 3 - (8 * N3) / 5 - (227 * N4) / 45,
  (56 * N3) / 15 - (136 * N4) / 35,
  (4279 * N4) / 630,
];
const E_SQRT_N = (2 * Math.sqrt(N)) / (1 + N); // first eccentricity e
const RAD = Math.PI / 180;

/**
 * GRS80 transverse Mercator forward (k = 1, lat_0 = 0, y_0 = 0).
 * @returns `[easting, northing]` in metres, with `falseEasting` added.
 */
export function tmForward(lon: number, lat: number, centralMeridian: number, falseEasting = 500000): [number, number] {
  const phi = lat * RAD;
  const lam = (lon - centralMeridian) * RAD;
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - E_SQRT_N * Math.atanh(E_SQRT_N * Math.sin(phi)));
  const xi = Math.atan2(t, Math.cos(lam));
  const eta = Math.atanh(Math.sin(lam) / Math.sqrt(1 + t * t));
  let e = eta;
  let n = xi;
  for (let j = 1; j <= 4; j++) {
    const a = ALPHA[j - 1]!;
    e += a * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
    n += a * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
  }
  return [falseEasting + RECT_A * e, RECT_A * n];
}

/** GRS80 transverse Mercator inverse; returns `[lon, lat]` in degrees. */
export function tmInverse(easting: number, northing: number, centralMeridian: number, falseEasting = 500000): [number, number] {
  const xi = northing / RECT_A;
  const eta = (easting - falseEasting) / RECT_A;
  let xiP = xi;
  let etaP = eta;
  for (let j = 1; j <= 4; j++) {
    const b = BETA[j - 1]!;
    xiP -= b * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
    etaP -= b * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
  }
  const chi = Math.asin(Math.sin(xiP) / Math.cosh(etaP));
  let phi = chi;
  for (let j = 1; j <= 4; j++) phi += DELTA[j - 1]! * Math.sin(2 * j * chi);
  const lam = Math.atan2(Math.sinh(etaP), Math.cos(xiP));
  return [centralMeridian + lam / RAD, phi / RAD];
}

// ---------------------------------------------------------------------------------------------
// GCJ-02

const KRASOVSKY_A = 6378245.0;
const KRASOVSKY_EE = 0.00669342162296594323;

/** GCJ-02 is only applied inside this rough box around China (the usual convention). */
export function outOfChina(lon: number, lat: number): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function gcjDelta(lon: number, lat: number): [number, number] {
  const x = lon - 105;
  const y = lat - 35;
  const sx = Math.sqrt(Math.abs(x));
  let dLat = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sx;
  dLat += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  dLat += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  dLat += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  let dLon = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sx;
  dLon += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  dLon += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  dLon += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  const radLat = lat * RAD;
  let magic = Math.sin(radLat);
  magic = 1 - KRASOVSKY_EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180) / (((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic)) * Math.PI);
  dLon = (dLon * 180) / ((KRASOVSKY_A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [dLon, dLat];
}

/** WGS-84 → GCJ-02 (the published forward formula). Identity outside China. */
export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  if (outOfChina(lon, lat)) return [lon, lat];
  const [dLon, dLat] = gcjDelta(lon, lat);
  return [lon + dLon, lat + dLat];
}

/**
 * GCJ-02 → WGS-84 by fixed-point iteration of the forward formula, to `tolerance` degrees
 * (default 1e-9°, ≈ 0.1 mm; converges in 3–5 steps).
 */
export function gcj02ToWgs84(lon: number, lat: number, tolerance = 1e-9): [number, number] {
  if (outOfChina(lon, lat)) return [lon, lat];
  let wLon = lon;
  let wLat = lat;
  for (let i = 0; i < 30; i++) {
    const [gLon, gLat] = wgs84ToGcj02(wLon, wLat);
    const eLon = gLon - lon;
    const eLat = gLat - lat;
    wLon -= eLon;
    wLat -= eLat;
    if (Math.abs(eLon) < tolerance && Math.abs(eLat) < tolerance) break;
  }
  return [wLon, wLat];
}

// ---------------------------------------------------------------------------------------------
// Detection

export interface CrsCandidate {
  crs: CrsId;
  /** Where the centre of the data lands under this CRS, WGS-84 [lon, lat]. */
  center: [number, number];
  /** True when that centre is inside the region of interest. */
  insideRegion: boolean;
  /** Great-circle distance (km, spherical, for ranking only) from the centre to the region box; 0 inside. */
  distanceKm: number;
}

export type CrsHow = 'prj' | 'declared' | 'magnitude' | 'user' | 'default';

export type CrsDetection =
  | { status: 'detected'; crs: CrsId; how: CrsHow; swapped: boolean }
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
  /** Region used to rank ambiguous candidates; default {@link CHONGQING_BBOX}. */
  region?: readonly [number, number, number, number];
}

/** Result of reading a `.prj` WKT. */
export type PrjReading =
  | { status: 'recognized'; crs: CrsId }
  | { status: 'unrecognized'; name: string };

function wktParam(wkt: string, name: string): number | undefined {
  const re = new RegExp(`PARAMETER\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+-]+)`, 'i');
  const m = re.exec(wkt);
  return m ? Number(m[1]) : undefined;
}

function bracketDepth(text: string, end: number): number {
  let depth = 0;
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
  }
  return depth;
}

/**
 * Recognizes CGCS2000 (and WGS-84) geographic and CGCS2000 3° Gauss–Krüger WKT, from the EPSG
 * authority code when present, otherwise from datum, projection, central meridian, scale and
 * false easting. Anything else is `unrecognized` (the caller may hand the WKT to proj4).
 */
export function readPrj(wkt: string): PrjReading {
  const text = wkt.trim();
  const nameMatch = /^(?:PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS)\s*\[\s*"([^"]*)"/i.exec(text);
  const name = nameMatch?.[1] ?? text.slice(0, 60);
  // Only the top-level AUTHORITY/ID names the CRS itself (nested ones name the datum, unit…).
  for (const m of text.matchAll(/(?:AUTHORITY|ID)\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/gi)) {
    if (bracketDepth(text, m.index) === 1 && isCrsId(`EPSG:${m[1]}`)) {
      return { status: 'recognized', crs: `EPSG:${m[1]}` as CrsId };
    }
  }
  const flat = text.toUpperCase().replace(/[\s_-]+/g, '');
  const isCgcs = /CGCS2000|CHINA2000|CHINAGEODETICCOORDINATESYSTEM2000/.test(flat);
  const isWgs = /WGS1984|WGS84|WGS_1984/.test(flat);
  const isProjected = /^(PROJCS|PROJCRS)/i.test(text);
  if (!isProjected) {
    if (isCgcs) return { status: 'recognized', crs: 'EPSG:4490' };
    if (isWgs) return { status: 'recognized', crs: 'EPSG:4326' };
    return { status: 'unrecognized', name };
  }
  const isTm = /TRANSVERSEMERCATOR|GAUSSKRUGER|GAUSS_KRUGER/.test(flat);
  if (!isCgcs || !isTm) return { status: 'unrecognized', name };
  const cm = wktParam(text, 'central_meridian') ?? wktParam(text, 'longitude of natural origin');
  const fe = wktParam(text, 'false_easting') ?? wktParam(text, 'false easting') ?? 500000;
  const k = wktParam(text, 'scale_factor') ?? wktParam(text, 'scale factor at natural origin') ?? 1;
  const lat0 = wktParam(text, 'latitude_of_origin') ?? wktParam(text, 'latitude of natural origin') ?? 0;
  const fn = wktParam(text, 'false_northing') ?? wktParam(text, 'false northing') ?? 0;
  if (cm === undefined || k !== 1 || lat0 !== 0 || fn !== 0) return { status: 'unrecognized', name };
  const zone = cm / 3;
  if (!Number.isInteger(zone) || zone < GK_ZONE_MIN || zone > GK_ZONE_MAX) return { status: 'unrecognized', name };
  if (fe === 500000) return { status: 'recognized', crs: gaussKrugerId(cm, false) };
  if (fe === zone * 1e6 + 500000) return { status: 'recognized', crs: gaussKrugerId(cm, true) };
  return { status: 'unrecognized', name };
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

/** Plausible GK northings for China (≈ 3°N … 54°N). */
const NORTHING: readonly [number, number] = [3e5, 6.1e6];
/** Plausible unprefixed GK eastings: ±4° of longitude from the CM at China's latitudes. */
const EASTING: readonly [number, number] = [1e5, 9e5];

function prefixedZone(minE: number, maxE: number): number | undefined {
  const zone = Math.floor(minE / 1e6);
  if (zone !== Math.floor(maxE / 1e6) || zone < GK_ZONE_MIN || zone > GK_ZONE_MAX) return undefined;
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
  if (within(minX, -180, 180) && within(maxX, -180, 180) && within(minY, -90, 90) && within(maxY, -90, 90)) {
    return { kind: 'geographic', swapped: false };
  }
  if (within(minX, -90, 90) && within(maxX, -90, 90) && within(minY, -180, 180) && within(maxY, -180, 180)) {
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

/** Spherical distance (km) from a point to a lon/lat box; 0 inside. For ranking and sanity warnings. */
export function distanceToBoxKm(lon: number, lat: number, box: readonly [number, number, number, number]): number {
  const cLon = Math.min(Math.max(lon, box[0]), box[2]);
  const cLat = Math.min(Math.max(lat, box[1]), box[3]);
  if (cLon === lon && cLat === lat) return 0;
  const p1 = lat * RAD;
  const p2 = cLat * RAD;
  const h = Math.sin((p2 - p1) / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(((cLon - lon) * RAD) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Ranks the unprefixed 3° zones for eastings/northings whose zone is unknown: the zones that put
 * the data's centre inside `region` first (nearest the region's centre first), then by distance.
 * Returns every zone within 300 km of the region, and never fewer than three.
 */
export function rankPlainZones(
  centerE: number,
  centerN: number,
  region: readonly [number, number, number, number] = CHONGQING_BBOX,
): CrsCandidate[] {
  const rc: [number, number] = [(region[0] + region[2]) / 2, (region[1] + region[3]) / 2];
  const all: (CrsCandidate & { toCenter: number })[] = [];
  for (let zone = GK_ZONE_MIN; zone <= GK_ZONE_MAX; zone++) {
    const cm = zone * 3;
    const center = tmInverse(centerE, centerN, cm);
    const distanceKm = distanceToBoxKm(center[0], center[1], region);
    const toCenter = distanceToBoxKm(center[0], center[1], [rc[0], rc[1], rc[0], rc[1]]);
    all.push({ crs: gaussKrugerId(cm, false), center, insideRegion: distanceKm === 0, distanceKm, toCenter });
  }
  all.sort((a, b) => a.distanceKm - b.distanceKm || a.toCenter - b.toCenter);
  const kept = all.filter((c, i) => i < 3 || c.distanceKm <= 300);
  return kept.map(({ crs, center, insideRegion, distanceKm }) => ({ crs, center, insideRegion, distanceKm }));
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
  if (hints.prj) {
    const r = readPrj(hints.prj);
    if (r.status === 'recognized') return { status: 'detected', crs: r.crs, how: 'prj', swapped: swappedFor(r.crs) };
  }
  if (hints.declared) {
    return { status: 'detected', crs: hints.declared, how: 'declared', swapped: swappedFor(hints.declared) };
  }
  switch (mag.kind) {
    case 'geographic':
      return {
        status: 'detected',
        crs: 'EPSG:4326',
        how: hints.geographicByDefault && !mag.swapped ? 'default' : 'magnitude',
        swapped: hints.swap ?? mag.swapped,
      };
    case 'prefixed':
      return { status: 'detected', crs: gaussKrugerId(mag.zone * 3, true), how: 'magnitude', swapped: hints.swap ?? mag.swapped };
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
