/** Basemaps and finding a place (typed coordinates, my location): English strings. */
import type { zhPlace } from './zh-place';

export const enPlace: Record<keyof typeof zhPlace, string> = {
  'basemap.title': 'Basemap',
  'basemap.refused.gcj02':
    'The basemap “{name}” is in GCJ-02 coordinates, about 500 m off the WGS-84/CGCS2000 zoning, so it is not offered.',
  'basemap.unknown': 'The basemap “{id}” in the link is not configured on this site; showing the default.',
  'basemap.source': 'Basemap: {name}',
  'basemap.bundled': 'Offline basemap drawn from this site’s own data; it requests nothing from other sites.',
  'place.degrees': 'Longitude/latitude',
  'place.invalid': 'Not a valid coordinate (latitude within ±90°, longitude within ±180°, minutes and seconds below 60)',
  'place.choose': 'The coordinate system is ambiguous; choose one:',
  'place.inside': 'inside this map’s area',
  'place.outside': 'outside this map’s data',
  'place.coordinates': '{lat}, {lon}',
  'place.check': 'Check this site',
  'place.clear': 'Remove marker',
  'place.title': 'Marked place',
  'place.accuracy': 'Location accurate to about {metres} m',
  'place.locate': 'My location',
  'place.locate.denied': 'Location permission was not given. Allow this site to use your location in the browser settings.',
  'place.locate.unavailable': 'Your location could not be found (unavailable or timed out).',
  'place.locate.outside': 'Your location is outside this map’s data ({name}).',
  'planner.origin.place': 'Marked place',
  'crs.wgs84': 'WGS-84 longitude/latitude',
  'crs.cgcs2000': 'CGCS2000 longitude/latitude',
  'crs.gcj02': 'GCJ-02 (AMap/Tencent coordinates)',
  'crs.gk.prefixed': 'CGCS2000 3° GK zone {zone} (CM {cm}°E, zone-prefixed)',
  'crs.gk.plain': 'CGCS2000 3° GK CM {cm}°E (no zone prefix)',
  'crs.proj4-wkt': 'the coordinate system described by the .prj',
};
