/**
 * Reads a coordinate typed into the search box: decimal degrees in either order
 * (`29.56, 106.55`, `106.55 29.56`), degrees–minutes–seconds with or without symbols
 * (`29°33′36″N 106°33′E`, `N 29 33 36 E 106 33`, `29度33分36秒 106度33分`), and CGCS2000 3°
 * Gauss–Krüger easting/northing in either order, with or without the zone prefix.
 *
 * Gauss–Krüger input goes through the same detection as uploaded files (`detectCrs`, which
 * brings proj4: the search box loads this module on first use). A
 * prefixed easting names its zone; a plain easting cannot, so every plausible zone is offered,
 * ranked, and the user chooses (as the upload dialog asks).
 */
import proj4 from 'proj4';
import { gaussKrugerProj4 } from '../geo/gauss-kruger';
import { crsInfo, type CrsId } from './crs';
import { detectCrs } from './detect-crs';

export type Bounds = readonly [number, number, number, number];

export interface TypedPlace {
  lon: number;
  lat: number;
  /** How the numbers were read: degrees, or the Gauss–Krüger zone they were projected in. */
  crs: 'degrees' | CrsId;
  /** True when the place is inside the region (the dataset's bounds). */
  inside: boolean;
}

export type TypedCoordinates =
  /** Not a coordinate: the search box searches names instead. */
  | { status: 'none' }
  /** Looks like a coordinate but cannot be one (minutes ≥ 60, latitude beyond 90°, …). */
  | { status: 'invalid' }
  /** One place, or (ambiguous zone or axis order) several to choose from, the likeliest first. */
  | { status: 'places'; places: TypedPlace[] };

/** Characters a typed coordinate is made of; anything else (a name, a unit code) is not one. */
const COORDINATE_TEXT = /^[\s\d.,;:+\-−°º˚′'’″"”NSEW度分秒北南东西纬经XY=]+$/iu;
const NUMBER = /[+\-−]?\d+(?:\.\d+)?/g;

const inBox = (lon: number, lat: number, box: Bounds) => lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
const place = (lon: number, lat: number, crs: TypedPlace['crs'], region: Bounds): TypedPlace => ({
  lon,
  lat,
  crs,
  inside: inBox(lon, lat, region),
});
const validLonLat = (lon: number, lat: number) => Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
const toNumber = (s: string) => Number(s.replace('−', '-'));

/** Chinese hemisphere words and the many ways of writing °, ′ and ″, in one spelling. */
function normalize(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/北纬|北緯/g, 'N')
    .replace(/南纬|南緯/g, 'S')
    .replace(/东经|東經/g, 'E')
    .replace(/西经|西經/g, 'W')
    .replace(/[，；]/g, ',')
    .replace(/''|′′|’’/g, '″')
    .replace(/[度º˚]/g, '°')
    .replace(/[分'’]/g, '′')
    .replace(/[秒"”]/g, '″');
}

/** Degrees from 1–3 numbers read as d, d m or d m s; NaN when minutes or seconds are out of range. */
function sexagesimal(parts: number[]): number {
  const [d, m = 0, s = 0] = parts;
  if (d === undefined || parts.length > 3 || m < 0 || m >= 60 || s < 0 || s >= 60) return NaN;
  if ((parts.length > 1 && !Number.isInteger(d)) || (parts.length > 2 && !Number.isInteger(m))) return NaN;
  return d + m / 60 + s / 3600;
}

/** `29°33′36″N 106°33′E`, `N29 33 36 E106 33`: each half carries its hemisphere letter. */
function withHemispheres(text: string, region: Bounds): TypedCoordinates {
  // Split at the letters: ['29°33′36″', 'N', '106°33′', 'E', ''] or ['', 'N', '29 33 36', 'E', '106 33'].
  const pieces = text.split(/([NSEW])/).map((p) => p.replace(/^[\s,;]+|[\s,;]+$/g, ''));
  const prefixed = pieces[0] === '';
  if (pieces.length !== 5 || (!prefixed && pieces[4] !== '')) return { status: 'invalid' };
  let lat = NaN;
  let lon = NaN;
  for (const i of [1, 3]) {
    const letter = pieces[i]!;
    const value = sexagesimal((pieces[prefixed ? i + 1 : i - 1]!.match(NUMBER) ?? []).map(toNumber));
    const signed = letter === 'S' || letter === 'W' ? -value : value;
    if (letter === 'N' || letter === 'S') lat = signed;
    else lon = signed;
  }
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || !validLonLat(lon, lat)) return { status: 'invalid' };
  return { status: 'places', places: [place(lon, lat, 'degrees', region)] };
}

/**
 * Two angles without hemisphere letters. Longitudes in China exceed 90°, which tells the order;
 * when both could be latitudes, the order that lands inside the region wins, else latitude first
 * (the order map apps copy out).
 */
function twoAngles(a: number, b: number, region: Bounds): TypedCoordinates {
  const orders: [number, number][] = [];
  if (validLonLat(b, a)) orders.push([b, a]);
  if (validLonLat(a, b)) orders.push([a, b]);
  if (!orders.length) return { status: 'invalid' };
  const places = orders.map(([lon, lat]) => place(lon, lat, 'degrees', region));
  const inside = places.filter((p) => p.inside);
  return { status: 'places', places: inside.length ? inside : places.slice(0, 1) };
}

/** Easting/northing pair, either order: the upload detection decides the zone and the axes. */
function gaussKruger(a: number, b: number, region: Bounds): TypedCoordinates {
  const detection = detectCrs([[a, b]], { region });
  if (detection.status === 'unknown') return { status: 'invalid' };
  const [e, n] = detection.swapped ? [b, a] : [a, b];
  if (detection.status === 'ambiguous') {
    const offers = detection.candidates.filter((c) => c.insideRegion);
    const ranked = offers.length ? offers : detection.candidates.slice(0, 3);
    return { status: 'places', places: ranked.map((c) => place(c.center[0], c.center[1], c.crs, region)) };
  }
  const info = crsInfo(detection.crs);
  if (info?.kind !== 'gauss-kruger') return { status: 'invalid' };
  const [lon, lat] = proj4(gaussKrugerProj4(info.centralMeridian, info.prefixed), 'WGS84').forward([e, n]) as [number, number];
  return { status: 'places', places: [place(lon, lat, detection.crs, region)] };
}

/** Reads `text` as a coordinate; `region` (the dataset's bounds) ranks ambiguous readings. */
export function readTypedCoordinates(text: string, region: Bounds): TypedCoordinates {
  const s = normalize(text);
  if (!COORDINATE_TEXT.test(s)) return { status: 'none' };
  const unlabelled = s.replace(/[XY]\s*[=:]/g, ' ');
  if (/[XY]/.test(unlabelled)) return { status: 'none' };
  const numbers = (unlabelled.match(NUMBER) ?? []).map(toNumber);
  if (numbers.length < 2) return { status: 'none' };
  if (/[NSEW]/.test(unlabelled)) return withHemispheres(unlabelled, region);
  if (/[°′″]/.test(unlabelled)) {
    // Each number marked with ° starts an angle: `29°33′36″ 106°33′`.
    const groups = unlabelled.split(/(?<![\d.])(?=[+\-−]?\d+(?:\.\d+)?\s*°)/).filter((g) => /\d/.test(g));
    if (groups.length !== 2) return { status: 'invalid' };
    const [a, b] = groups.map((g) => sexagesimal((g.match(NUMBER) ?? []).map(toNumber))) as [number, number];
    return Number.isFinite(a) && Number.isFinite(b) ? twoAngles(a, b, region) : { status: 'invalid' };
  }
  if (numbers.length === 2) {
    const [a, b] = numbers as [number, number];
    return Math.abs(a) > 1000 || Math.abs(b) > 1000 ? gaussKruger(a, b, region) : twoAngles(a, b, region);
  }
  // Bare numbers: d m d m, or d m s d m s.
  if (numbers.length === 4 || numbers.length === 6) {
    const half = numbers.length / 2;
    const a = sexagesimal(numbers.slice(0, half));
    const b = sexagesimal(numbers.slice(half));
    return Number.isFinite(a) && Number.isFinite(b) ? twoAngles(a, b, region) : { status: 'invalid' };
  }
  return { status: 'none' };
}
