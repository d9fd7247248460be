/**
 * The two files of a "tiles + store" units layer besides its PMTiles (docs/performance.md):
 *
 * - the **index** (`*.index.bin.gz`, fetched whole, a few hundred KB): per unit a box quantized
 *   outward to 16 bits over the layer's bounds, its category, the byte length of its record
 *   and its code (so links and search can name a unit without its record);
 * - the **geometry store** (`*.store.bin`, read by HTTP Range only): one record per unit, in
 *   index order — properties as UTF-8 JSON, then rings as zig-zag varint deltas of integer
 *   micro-degrees. Coordinates with at most 6 decimals (the contract's precision) decode to the
 *   very same doubles JSON.parse gives, so queries over decoded units equal in-memory queries.
 *
 * Pure (no DOM, no fetch): the Node build tools write with it, the query worker reads with it.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { CATEGORIES, type Category, type UnitFeature, type UnitProperties } from '../contract';
import { flatBBox } from '../../geo/bbox';
import type { BBox } from '../../geo/types';

const INDEX_MAGIC = 0x58495a55; // "UZIX" little-endian
const STORE_MAGIC = 0x54535a55; // "UZST"
const VERSION = 1;
/** Index header: magic, version, count, byte length of the codes block (u32 each), bounds (4 × f64). */
const INDEX_HEADER = 48;
/** Store header: magic, version (u32 each). Record 0 starts here. */
export const STORE_HEADER = 8;
const Q = 65535;
const MICRO = 1e6;

/** The decoded index of a units store. */
export interface UnitStoreIndex {
  count: number;
  /** `[west, south, east, north]` the boxes are quantized over, degrees. */
  bounds: [number, number, number, number];
  /** Per unit `[minLon, minLat, maxLon, maxLat]`, degrees, each enclosing the unit's true box. */
  boxes: Float64Array;
  /** Per unit: position of its category in {@link CATEGORIES}. */
  categories: Uint8Array;
  /** Byte offset of record `i` in the store is `offsets[i]`; its end is `offsets[i + 1]`. */
  offsets: Float64Array;
  /** Per unit: its code (`ZH…`). */
  codes: string[];
}

// ---------- varints ----------

class Writer {
  private buf = new Uint8Array(1024);
  length = 0;
  private room(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }
  varint(v: number): void {
    this.room(10);
    while (v >= 0x80) {
      this.buf[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.length++] = v;
  }
  /** Zig-zag so small negative deltas stay small. */
  svarint(v: number): void {
    this.varint(v < 0 ? -2 * v - 1 : 2 * v);
  }
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  done(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

class Reader {
  pos: number;
  constructor(
    private readonly buf: Uint8Array,
    start = 0,
  ) {
    this.pos = start;
  }
  varint(): number {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = this.buf[this.pos++];
      if (b === undefined) throw new StoreFormatError('record ends inside a number');
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 0x80;
    }
  }
  svarint(): number {
    const z = this.varint();
    return z % 2 === 1 ? -(z + 1) / 2 : z / 2;
  }
}

/** A store or index file that is not what its format says (truncated, wrong file, other version). */
export class StoreFormatError extends Error {
  override name = 'StoreFormatError';
}

// ---------- records ----------

const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** Encode one unit as a store record. Coordinates are kept to 1e-6° (≈ 0.1 m). */
export function encodeUnitRecord(f: UnitFeature): Uint8Array {
  const w = new Writer();
  const props = new TextEncoder().encode(JSON.stringify(f.properties));
  w.varint(props.length);
  w.bytes(props);
  const polys = polygonsOf(f.geometry);
  w.varint(f.geometry.type === 'Polygon' ? 0 : 1);
  w.varint(polys.length);
  let px = 0;
  let py = 0;
  for (const poly of polys) {
    w.varint(poly.length);
    for (const ring of poly) {
      w.varint(ring.length);
      for (const p of ring) {
        const x = Math.round((p[0] ?? NaN) * MICRO);
        const y = Math.round((p[1] ?? NaN) * MICRO);
        if (!Number.isSafeInteger(x) || !Number.isSafeInteger(y)) throw new StoreFormatError(`unit ${f.properties.code}: coordinate is not a number`);
        w.svarint(x - px);
        w.svarint(y - py);
        px = x;
        py = y;
      }
    }
  }
  return w.done();
}

/** Decode the record in `bytes[start, end)`. */
export function decodeUnitRecord(bytes: Uint8Array, start = 0, end = bytes.length): UnitFeature {
  const r = new Reader(bytes.subarray(0, end), start);
  const n = r.varint();
  if (r.pos + n > end) throw new StoreFormatError('record shorter than its properties');
  const properties = JSON.parse(new TextDecoder().decode(bytes.subarray(r.pos, r.pos + n))) as UnitProperties;
  r.pos += n;
  const multi = r.varint() === 1;
  const polys: Position[][][] = [];
  let px = 0;
  let py = 0;
  for (let np = r.varint(); np > 0; np--) {
    const poly: Position[][] = [];
    for (let nr = r.varint(); nr > 0; nr--) {
      const ring: Position[] = [];
      for (let nv = r.varint(); nv > 0; nv--) {
        px += r.svarint();
        py += r.svarint();
        ring.push([px / MICRO, py / MICRO]);
      }
      poly.push(ring);
    }
    polys.push(poly);
  }
  if (r.pos !== end) throw new StoreFormatError('record longer than its geometry');
  const geometry: Polygon | MultiPolygon = multi ? { type: 'MultiPolygon', coordinates: polys } : { type: 'Polygon', coordinates: polys[0] ?? [] };
  return { type: 'Feature', properties, geometry };
}

// ---------- whole files ----------

/** The box of a unit's outer rings (its holes lie inside them). */
const boxOf = (f: UnitFeature): BBox => flatBBox(polygonsOf(f.geometry).flatMap((poly) => (poly[0] ?? []).flatMap(([x, y]) => [x ?? NaN, y ?? NaN])));

/** Encode units (in their order) into a store and its (uncompressed) index. */
export function encodeUnitStore(units: readonly UnitFeature[]): { store: Uint8Array; index: Uint8Array } {
  const records = units.map(encodeUnitRecord);
  const boxes = units.map(boxOf);
  // The box of every box's corners holds them all.
  const bounds = flatBBox(boxes.flat());
  const n = units.length;
  const codes = new TextEncoder().encode(units.map((u) => u.properties.code).join('\n'));
  const index = new Uint8Array(INDEX_HEADER + n * 13 + codes.length);
  const dv = new DataView(index.buffer);
  dv.setUint32(0, INDEX_MAGIC, true);
  dv.setUint32(4, VERSION, true);
  dv.setUint32(8, n, true);
  dv.setUint32(12, codes.length, true);
  index.set(codes, INDEX_HEADER + n * 13);
  bounds.forEach((v, i) => dv.setFloat64(16 + i * 8, v, true));
  const sx = Q / (bounds[2] - bounds[0] || 1);
  const sy = Q / (bounds[3] - bounds[1] || 1);
  const clampQ = (v: number) => Math.max(0, Math.min(Q, v));
  const qBoxes = new Uint16Array(index.buffer, INDEX_HEADER, n * 4);
  const lengths = new Uint32Array(index.buffer, INDEX_HEADER + n * 8, n);
  const cats = new Uint8Array(index.buffer, INDEX_HEADER + n * 12, n);
  boxes.forEach((b, i) => {
    // outward: floor the minima, ceil the maxima, so the decoded box always encloses the unit
    qBoxes[i * 4] = clampQ(Math.floor((b[0] - bounds[0]) * sx));
    qBoxes[i * 4 + 1] = clampQ(Math.floor((b[1] - bounds[1]) * sy));
    qBoxes[i * 4 + 2] = clampQ(Math.ceil((b[2] - bounds[0]) * sx));
    qBoxes[i * 4 + 3] = clampQ(Math.ceil((b[3] - bounds[1]) * sy));
    lengths[i] = records[i]?.length ?? 0;
    cats[i] = CATEGORIES.indexOf(units[i]?.properties.category as Category);
  });
  const total = records.reduce((t, r) => t + r.length, STORE_HEADER);
  const store = new Uint8Array(total);
  const sv = new DataView(store.buffer);
  sv.setUint32(0, STORE_MAGIC, true);
  sv.setUint32(4, VERSION, true);
  let at = STORE_HEADER;
  for (const r of records) {
    store.set(r, at);
    at += r.length;
  }
  return { store, index };
}

/** Decode an (uncompressed) index file. */
export function decodeUnitStoreIndex(bytes: Uint8Array): UnitStoreIndex {
  if (bytes.length < INDEX_HEADER) throw new StoreFormatError('index file too short');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dv.getUint32(0, true) !== INDEX_MAGIC) throw new StoreFormatError('not a units index file');
  if (dv.getUint32(4, true) !== VERSION) throw new StoreFormatError(`index version ${dv.getUint32(4, true)} is not ${VERSION}`);
  const n = dv.getUint32(8, true);
  const codesLength = dv.getUint32(12, true);
  const size = INDEX_HEADER + n * 13 + codesLength;
  if (bytes.length !== size) throw new StoreFormatError(`index of ${n} units should be ${size} bytes, not ${bytes.length}`);
  const bounds = [0, 1, 2, 3].map((i) => dv.getFloat64(16 + i * 8, true)) as [number, number, number, number];
  const own = bytes.slice(); // aligned copy
  const qBoxes = new Uint16Array(own.buffer, INDEX_HEADER, n * 4);
  const lengths = new Uint32Array(own.buffer, INDEX_HEADER + n * 8, n);
  const categories = new Uint8Array(own.buffer, INDEX_HEADER + n * 12, n);
  const dx = (bounds[2] - bounds[0] || 1) / Q;
  const dy = (bounds[3] - bounds[1] || 1) / Q;
  const boxes = new Float64Array(n * 4);
  const offsets = new Float64Array(n + 1);
  offsets[0] = STORE_HEADER;
  for (let i = 0; i < n; i++) {
    // one grid step of slack on each side absorbs the rounding of the dequantization itself
    boxes[i * 4] = bounds[0] + ((qBoxes[i * 4] ?? 0) - 1) * dx;
    boxes[i * 4 + 1] = bounds[1] + ((qBoxes[i * 4 + 1] ?? 0) - 1) * dy;
    boxes[i * 4 + 2] = bounds[0] + ((qBoxes[i * 4 + 2] ?? 0) + 1) * dx;
    boxes[i * 4 + 3] = bounds[1] + ((qBoxes[i * 4 + 3] ?? 0) + 1) * dy;
    offsets[i + 1] = (offsets[i] ?? 0) + (lengths[i] ?? 0);
    if ((categories[i] ?? 255) >= CATEGORIES.length) throw new StoreFormatError(`unit ${i}: unknown category ${categories[i]}`);
  }
  const codes = n === 0 ? [] : new TextDecoder().decode(own.subarray(INDEX_HEADER + n * 13)).split('\n');
  if (codes.length !== n) throw new StoreFormatError(`index lists ${codes.length} codes for ${n} units`);
  return { count: n, bounds, boxes, categories, offsets, codes };
}

/** Check a store's header (the first {@link STORE_HEADER} bytes). */
export function checkStoreHeader(bytes: Uint8Array): void {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < STORE_HEADER || dv.getUint32(0, true) !== STORE_MAGIC) throw new StoreFormatError('not a units geometry store');
  if (dv.getUint32(4, true) !== VERSION) throw new StoreFormatError(`store version ${dv.getUint32(4, true)} is not ${VERSION}`);
}
