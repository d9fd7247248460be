import type { zhCoordinates } from './zh-coordinates';

/** A place given by coordinates (English); see zh-coordinates.ts. */
export const enCoordinates: Record<keyof typeof zhCoordinates, string> = {
  'place.degrees': 'Longitude/latitude',
  'place.invalid': 'Not a valid coordinate (latitude within ±90°, longitude within ±180°, minutes and seconds below 60)',
  'place.choose': 'The coordinate system is ambiguous; choose one:',
  'place.inside': 'inside this map’s area',
  'place.outside': 'outside this map’s data',
  'place.coordinates': '{lat}, {lon}',
  'place.check': 'Check this site',
  'place.clear': 'Remove marker',
  'place.accuracy': 'Location accurate to about {metres} m',
  'crs.wgs84': 'WGS-84 longitude/latitude',
  'crs.cgcs2000': 'CGCS2000 longitude/latitude',
  'crs.gcj02': 'GCJ-02 (AMap/Tencent coordinates)',
  'crs.gk.prefixed': 'CGCS2000 3° GK zone {zone} (CM {cm}°E, zone-prefixed)',
  'crs.gk.plain': 'CGCS2000 3° GK CM {cm}°E (no zone prefix)',
  'crs.proj4-wkt': 'the coordinate system described by the .prj',
};
