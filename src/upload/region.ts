/** The region uploads are expected in, and how far a point lies from it. */

/** Chongqing's extent in degrees: [west, south, east, north]. */
export const CHONGQING_BBOX: readonly [number, number, number, number] = [105.28, 28.16, 110.2, 32.21];

const RAD = Math.PI / 180;

/** Spherical distance (km) from a point to a lon/lat box; 0 inside. For ranking and sanity warnings only. */
export function distanceToBoxKm(lon: number, lat: number, box: readonly [number, number, number, number]): number {
  const cLon = Math.min(Math.max(lon, box[0]), box[2]);
  const cLat = Math.min(Math.max(lat, box[1]), box[3]);
  if (cLon === lon && cLat === lat) return 0;
  const p1 = lat * RAD;
  const p2 = cLat * RAD;
  const h = Math.sin((p2 - p1) / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(((cLon - lon) * RAD) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}
