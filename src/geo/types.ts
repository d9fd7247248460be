/**
 * Small shared types of the spatial core. Coordinates are always WGS-84 `[longitude, latitude]`
 * in decimal degrees (GeoJSON order); distances are metres, areas square metres, unless a name
 * says otherwise (`Km`, `Ha`, `Mu`).
 */

/** A WGS-84 position `[longitude°, latitude°]`. */
export type LonLat = [number, number];

/** A bounding box `[minLon, minLat, maxLon, maxLat]` in degrees. */
export type BBox = [number, number, number, number];
