/**
 * Zip archives through fflate. Entries are listed from the central directory first, so their
 * declared sizes are checked against the cap before anything is inflated; an entry is then
 * inflated into a buffer of its declared size, so an archive lying about sizes cannot grow past it.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { UploadError } from './errors';

export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  name: string;
  compressedSize: number;
  size: number;
  read(): Uint8Array;
}

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });

/**
 * fflate decodes names without the UTF-8 flag as Latin-1, i.e. one character per byte. Chinese
 * Windows zippers write them in the OEM code page (GBK) without the flag: recover the bytes and
 * take them as UTF-8 when they are valid UTF-8, else as GB18030.
 */
function decodeName(name: string): string {
  if ([...name].some((ch) => ch.charCodeAt(0) > 0xff)) return name; // flagged UTF-8, already decoded
  const bytes = Uint8Array.from(name, (ch) => ch.charCodeAt(0));
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

const bad = (detail: string): UploadError => new UploadError('bad-zip', { detail });

function unzip(bytes: Uint8Array, filter: (info: UnzipFileInfo) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter });
  } catch (e) {
    if (e instanceof UploadError) throw e;
    throw bad(e instanceof Error ? e.message.slice(0, 100) : 'unreadable');
  }
}

/**
 * Lists the entries of a zip archive.
 * @param maxUnzipped cap on the sum of declared uncompressed sizes, bytes
 * @throws UploadError `bad-zip` (malformed, unknown method) or `too-large`
 */
export function readZip(bytes: Uint8Array, maxUnzipped: number): ZipEntry[] {
  const infos: UnzipFileInfo[] = [];
  let seen = 0;
  let total = 0;
  unzip(bytes, (info) => {
    // Each central directory record takes ≥ 46 bytes: a larger count is a corrupt (or hostile) header.
    if (++seen * 46 > bytes.length || !(info.originalSize >= 0 && info.size >= 0)) throw bad('corrupt central directory');
    if (info.name.endsWith('/')) return false;
    total += info.originalSize;
    if (total > maxUnzipped) throw new UploadError('too-large', { limit: maxUnzipped, actual: total, what: 'unzipped' });
    infos.push(info);
    return false;
  });
  return infos.map((info) => ({
    name: decodeName(info.name),
    compressedSize: info.size,
    size: info.originalSize,
    read: () => {
      if (info.compression !== 0 && info.compression !== 8) throw bad(`compression method ${info.compression}`);
      const out = unzip(bytes, (f) => f.name === info.name)[info.name];
      if (!out) throw bad('entry missing');
      return out;
    },
  }));
}
