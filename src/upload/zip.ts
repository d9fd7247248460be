/**
 * A minimal zip reader (stored + deflate) on the platform's DecompressionStream, which Node ≥ 18,
 * browsers and Web Workers all provide. Reads the central directory, so sizes are known before
 * anything is inflated, and inflation stops at a byte cap (zip bombs).
 */
import { UploadError } from './errors';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  name: string;
  compressedSize: number;
  size: number;
  read(): Promise<Uint8Array>;
}

const EOCD = 0x06054b50;
const CDH = 0x02014b50;
const LFH = 0x04034b50;

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

function decodeName(bytes: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder().decode(bytes);
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    // Chinese Windows zippers write names in the OEM code page (GBK) without the UTF-8 flag.
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

async function inflateRaw(data: Uint8Array, expected: number, cap: number): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > cap) {
      await reader.cancel();
      throw new UploadError('too-large', { limit: cap, actual: total, what: 'unzipped' });
    }
    chunks.push(value);
  }
  if (total !== expected) throw new UploadError('bad-zip', { detail: 'size mismatch' });
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}

/**
 * Lists the entries of a zip archive.
 * @param maxUnzipped cap on the sum of uncompressed sizes, bytes
 * @throws UploadError `bad-zip` (malformed, encrypted, zip64, unknown method) or `too-large`
 */
export function readZip(bytes: Uint8Array, maxUnzipped: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = (detail: string): UploadError => new UploadError('bad-zip', { detail });
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) throw bad('zip64 not supported');
  if (cdOffset + cdSize > eocd) throw bad('central directory out of bounds');
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CDH) throw bad('corrupt central directory');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    if (p + 46 + nameLen > bytes.length) throw bad('corrupt central directory');
    const name = decodeName(bytes.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) !== 0);
    p += 46 + nameLen + extraLen + commentLen;
    if (name.endsWith('/')) continue;
    total += size;
    if (total > maxUnzipped) throw new UploadError('too-large', { limit: maxUnzipped, actual: total, what: 'unzipped' });
    const entry: ZipEntry = {
      name,
      compressedSize,
      size,
      read: async () => {
        if (flags & 1) throw bad('encrypted');
        if (local + 30 > bytes.length || view.getUint32(local, true) !== LFH) throw bad('corrupt local header');
        const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
        const data = bytes.subarray(start, start + compressedSize);
        if (data.length !== compressedSize) throw bad('truncated');
        if (method === 0) {
          if (size !== compressedSize) throw bad('size mismatch');
          return data;
        }
        if (method !== 8) throw bad(`compression method ${method}`);
        try {
          return await inflateRaw(data, size, Math.min(maxUnzipped, size));
        } catch (e) {
          if (e instanceof UploadError) throw e;
          throw bad('inflate failed');
        }
      },
    };
    entries.push(entry);
  }
  return entries;
}
