/**
 * Checks of a shapefile's own counts before shpjs reads it. shpjs trusts them: it loops over the
 * record count a .dbf header claims (4,294,967,295 in a 507-byte file runs out of memory), reads
 * any shape type with the header's parser (MultiPatch, type 31, became a point), and assembles
 * the rings of a polygon pairwise (120,000 rings: 35 s). One linear pass over the record headers
 * finds all three.
 */
import { UploadError } from './errors';
import { checkVertexCount, MAX_RINGS_PER_POLYGON } from './limits';

/** Shape types shpjs reads (ESRI's numbering; 0 = null shape). */
const READABLE = new Set([0, 1, 3, 5, 8, 11, 13, 15, 18, 21, 23, 25, 28]);
const POLY = new Set([3, 5, 13, 15, 23, 25]);
const MULTIPOINT = new Set([8, 18, 28]);
const NAMES: Readonly<Record<number, string>> = { 31: 'MultiPatch' };

const HEADER_BYTES = 100;

function refuse(layer: string, type: number): never {
  throw new UploadError('unsupported-shape-type', { layer, type, name: NAMES[type] ?? `#${type}` });
}

/**
 * Throws `unsupported-shape-type` (header or any record), `too-many-rings` or `too-large`
 * (vertices); returns nothing, leaving malformed records for shpjs to report.
 */
export function checkShp(shp: Uint8Array, layer: string): void {
  if (shp.length < HEADER_BYTES) return;
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  const type = view.getInt32(32, true);
  if (!READABLE.has(type)) refuse(layer, type);
  let offset = HEADER_BYTES;
  let vertices = 0;
  for (let feature = 1; offset + 12 <= shp.length; feature++) {
    const length = view.getInt32(offset + 4) * 2;
    if (length <= 0 || offset + 8 + length > shp.length) return;
    const recordType = view.getInt32(offset + 8, true);
    if (recordType !== 0 && recordType !== type) refuse(layer, recordType);
    if (POLY.has(recordType) && length >= 44) {
      const rings = view.getInt32(offset + 8 + 36, true);
      if (rings > MAX_RINGS_PER_POLYGON) throw new UploadError('too-many-rings', { layer, feature, limit: MAX_RINGS_PER_POLYGON, actual: rings });
    }
    if (length >= 44 && (POLY.has(recordType) || MULTIPOINT.has(recordType))) vertices += view.getInt32(offset + 8 + (POLY.has(recordType) ? 40 : 36), true);
    else if (recordType !== 0) vertices++;
    offset += 8 + length;
  }
  checkVertexCount(vertices);
}

/**
 * A copy of `dbf` whose header claims no more records than its bytes hold and than `geometries`
 * (the .shp's record count), and the claimed and kept counts. The caller warns when they differ.
 */
export function clampDbfRecords(dbf: Uint8Array, geometries: number): { dbf: Uint8Array; declared: number; kept: number } {
  if (dbf.length < 12) return { dbf, declared: 0, kept: 0 };
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const declared = view.getUint32(4, true);
  const headerBytes = view.getUint16(8, true);
  const recordBytes = view.getUint16(10, true);
  const held = recordBytes > 0 ? Math.floor(Math.max(0, dbf.length - headerBytes) / recordBytes) : 0;
  const kept = Math.min(declared, held, geometries);
  if (kept === declared) return { dbf, declared, kept };
  const copy = dbf.slice();
  new DataView(copy.buffer).setUint32(4, kept, true);
  return { dbf: copy, declared, kept };
}
