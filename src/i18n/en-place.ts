/** Basemaps and finding a place (typed coordinates, my location): English strings. */
import type { zhPlace } from './zh-place';

export const enPlace: Record<keyof typeof zhPlace, string> = {
  'basemap.title': 'Basemap',
  'basemap.refused.gcj02':
    'The basemap “{name}” is in GCJ-02 coordinates, about 500 m off the WGS-84/CGCS2000 zoning, so it is not offered.',
  'basemap.unknown': 'The basemap “{id}” in the link is not configured on this site; showing the default.',
  'basemap.source': 'Basemap: {name}',
  'basemap.bundled': 'Offline basemap drawn from this site’s own data; it requests nothing from other sites.',
  'place.title': 'Marked place',
  'place.locate': 'My location',
  'place.locate.denied': 'Location permission was not given. Allow this site to use your location in the browser settings.',
  'place.locate.unavailable': 'Your location could not be found (unavailable or timed out).',
  'place.locate.outside': 'Your location is outside this map’s data ({name}).',
  'planner.origin.place': 'Marked place',
};
