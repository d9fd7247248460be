/**
 * A PMTiles v3 writer (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): the
 * `pmtiles` npm package only reads archives. Layout: 127-byte header, root directory, JSON
 * metadata, leaf directories, tile data; directories varint-encoded and gzip'd; tiles in
 * Hilbert tile-id order with identical contents stored once (a "clustered" archive).
 * Deterministic: same tiles in, same bytes out (gzip without timestamps).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { hilbert } from '../hilbert';

export interface TileInput {
  z: number;
  x: number;
  y: number;
  /** The tile's bytes, already compressed as `tileCompression` says. */
  data: Uint8Array;
}

export interface ArchiveOptions {
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north], degrees. */
  bounds: [number, number, number, number];
  center: [number, number, number];
  metadata: Record<string, unknown>;
}

/** Spec values: compression 2 = gzip; tile type 1 = Mapbox Vector Tile. */
const GZIP = 2;
const MVT = 1;
const HEADER_BYTES = 127;
/** The header and root directory must fit in the first 16 KiB (one read for a client). */
const ROOT_LIMIT = 16384 - HEADER_BYTES;

/** Tile id of `(z, x, y)`: tiles of lower zooms first, then the position on the zoom's Hilbert curve. */
export function tileId(z: number, x: number, y: number): number {
  let acc = 0;
  for (let t = 0; t < z; t++) acc += 4 ** t;
  return acc + hilbert(2 ** z, x, y);
}

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

function varints(values: number[]): number[] {
  const out: number[] = [];
  for (let v of values) {
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
  }
  return out;
}

/** One directory, serialized per the spec (ids delta-coded, offsets 0 when contiguous), gzip'd. */
function encodeDirectory(entries: Entry[]): Uint8Array {
  const v: number[] = [entries.length];
  let last = 0;
  for (const e of entries) {
    v.push(e.tileId - last);
    last = e.tileId;
  }
  for (const e of entries) v.push(e.runLength);
  for (const e of entries) v.push(e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    v.push(prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return gzipSync(Uint8Array.from(varints(v)), { level: 9 });
}

/** Root and leaf directories: all entries in the root if it fits, else leaves of `leafSize` entries. */
function directories(entries: Entry[]): { root: Uint8Array; leaves: Uint8Array } {
  const root = encodeDirectory(entries);
  if (root.length <= ROOT_LIMIT) return { root, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const leafBytes: Uint8Array[] = [];
    const rootEntries: Entry[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = encodeDirectory(entries.slice(i, i + leafSize));
      rootEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
      leafBytes.push(leaf);
      offset += leaf.length;
    }
    const r = encodeDirectory(rootEntries);
    if (r.length <= ROOT_LIMIT) return { root: r, leaves: concat(leafBytes) };
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((t, p) => t + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Write an archive of gzip'd vector tiles. */
export function writePmtiles(tiles: TileInput[], o: ArchiveOptions): Uint8Array {
  const sorted = tiles.map((t) => ({ ...t, id: tileId(t.z, t.x, t.y) })).sort((a, b) => a.id - b.id);
  const entries: Entry[] = [];
  const contents = new Map<string, { offset: number; length: number }>();
  const data: Uint8Array[] = [];
  let dataLength = 0;
  for (const t of sorted) {
    const key = createHash('sha1').update(t.data).digest('hex');
    let at = contents.get(key);
    if (!at) {
      at = { offset: dataLength, length: t.data.length };
      contents.set(key, at);
      data.push(t.data);
      dataLength += t.data.length;
    }
    const prev = entries[entries.length - 1];
    if (prev && prev.tileId + prev.runLength === t.id && prev.offset === at.offset) prev.runLength++;
    else entries.push({ tileId: t.id, offset: at.offset, length: at.length, runLength: 1 });
  }
  const { root, leaves } = directories(entries);
  const metadata = gzipSync(new TextEncoder().encode(JSON.stringify(o.metadata)), { level: 9 });
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + metadata.length;
  const dataOffset = leavesOffset + leaves.length;

  const header = new Uint8Array(HEADER_BYTES);
  const dv = new DataView(header.buffer);
  header.set(new TextEncoder().encode('PMTiles'), 0);
  header[7] = 3;
  const u64 = (at: number, v: number) => dv.setBigUint64(at, BigInt(v), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, leavesOffset);
  u64(48, leaves.length);
  u64(56, dataOffset);
  u64(64, dataLength);
  u64(72, sorted.length);
  u64(80, entries.length);
  u64(88, contents.size);
  header[96] = 1; // clustered: tile data in tile-id order
  header[97] = GZIP;
  header[98] = GZIP;
  header[99] = MVT;
  header[100] = o.minZoom;
  header[101] = o.maxZoom;
  const e7 = (v: number) => Math.round(v * 1e7);
  dv.setInt32(102, e7(o.bounds[0]), true);
  dv.setInt32(106, e7(o.bounds[1]), true);
  dv.setInt32(110, e7(o.bounds[2]), true);
  dv.setInt32(114, e7(o.bounds[3]), true);
  header[118] = o.center[2];
  dv.setInt32(119, e7(o.center[0]), true);
  dv.setInt32(123, e7(o.center[1]), true);
  return concat([header, root, metadata, leaves, ...data]);
}
