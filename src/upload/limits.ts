/**
 * Bounds on what one upload may make the parsers do. Each is far above what a real file needs and
 * far below what makes a parser slow: a file over one is refused (or, where noted, trimmed) with a
 * message naming the limit and the value found.
 */

import { UploadError } from './errors';

/**
 * Positions one upload may hold: four times what the site check takes (50,000), so a file with
 * a context layer beside its parcel still reads, while a 2-million-vertex polygon is refused
 * before it is read (it took 9 s to read and 62 s to check).
 */
export const MAX_UPLOAD_VERTICES = 200_000;

/** @throws UploadError `too-large` { what: 'vertices' } past {@link MAX_UPLOAD_VERTICES} */
export function checkVertexCount(actual: number): void {
  if (actual > MAX_UPLOAD_VERTICES) throw new UploadError('too-large', { what: 'vertices', limit: MAX_UPLOAD_VERTICES, actual });
}

/** Deepest `[`/`{` nesting a GeoJSON text may have (a FeatureCollection of MultiPolygons needs 8). */
export const MAX_JSON_DEPTH = 64;
/** Deepest element nesting a KML/GPX/TCX text may have (folders in folders; placemarks need ≈ 10). */
export const MAX_XML_DEPTH = 100;
/** Deepest GeometryCollection nesting (KML MultiGeometry inside MultiGeometry…). */
export const MAX_COLLECTION_DEPTH = 8;
/**
 * Elements a KML/GPX/TCX text may have. xmldom builds each as an object of ≈ 800 bytes, so
 * 500,000 hold ≈ 400 MB in the worker, and a 20 MB file of `<a/>` (5 million) would exhaust it.
 * A 50,000-point GPX track with heights and times has 150,000; 5,000 placemarks with twenty
 * attributes each ≈ 250,000.
 */
export const MAX_XML_ELEMENTS = 500_000;
/** Nodes of every kind (attributes, text runs, comments…; ≈ 150 bytes each in xmldom). */
export const MAX_XML_NODES = 2_000_000;
/** Rings one shapefile polygon record may have (its ring assembly compares outer and inner rings). */
export const MAX_RINGS_PER_POLYGON = 10_000;
/** Characters a `.prj` may have (real ones have a few hundred; WKT2 a few thousand). */
export const MAX_PRJ_CHARS = 32_768;
/** Characters one CSV cell may have. */
export const MAX_CELL_CHARS = 32_768;
/** Characters a CSV coordinate cell may have to be read as a number (`-108°22′48.123456″E`). */
export const MAX_COORDINATE_CHARS = 64;
/**
 * Geographic coordinates may pass ±180°/±90° by this much (degrees, ≈ 1 m): float rounding in
 * the tool that wrote them. They are clamped to the range.
 */
export const LONLAT_TOLERANCE_DEG = 1e-5;
