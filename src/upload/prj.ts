/** Reading a shapefile `.prj` (WKT) into one of our CRS ids. */
import { gaussKrugerFalseEasting, gaussKrugerId, isGaussKrugerZone } from '../geo/gauss-kruger';
import { isCrsId, type CrsId } from './crs';

/** Result of reading a `.prj` WKT. */
export type PrjReading =
  | { status: 'recognized'; crs: CrsId }
  | { status: 'unrecognized'; name: string };

function wktParam(wkt: string, name: string): number | undefined {
  const re = new RegExp(`PARAMETER\\[\\s*"${name}"\\s*,\\s*(-?[\\d.eE+-]+)`, 'i');
  const m = re.exec(wkt);
  return m ? Number(m[1]) : undefined;
}

/** Bracket depth at increasing positions of `text`, each call continuing the previous one's count (linear overall). */
function depthCounter(text: string): (at: number) => number {
  let depth = 0;
  let i = 0;
  return (at) => {
    for (; i < at; i++) {
      const ch = text[i];
      if (ch === '[' || ch === '(') depth++;
      else if (ch === ']' || ch === ')') depth--;
    }
    return depth;
  };
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
  const depthAt = depthCounter(text);
  for (const m of text.matchAll(/(?:AUTHORITY|ID)\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]/gi)) {
    if (depthAt(m.index) === 1 && isCrsId(`EPSG:${m[1]}`)) {
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
  if (!isGaussKrugerZone(zone)) return { status: 'unrecognized', name };
  if (fe === gaussKrugerFalseEasting(zone, false)) return { status: 'recognized', crs: gaussKrugerId(cm, false) };
  if (fe === gaussKrugerFalseEasting(zone, true)) return { status: 'recognized', crs: gaussKrugerId(cm, true) };
  return { status: 'unrecognized', name };
}
