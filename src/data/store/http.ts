/**
 * HTTP side of the units store: the gzip'd index (decompressed here, whatever the server does
 * with Content-Encoding) and Range reads of the store, which must come back as 206. A server
 * that answers 200 would send the whole store; one that compresses on the fly breaks byte
 * offsets (PMTiles #584). Both are refused with a message that says so (docs/hosting.md).
 */
import { StoreFormatError } from './format';

const file = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').pop() ?? url);

/** The index file's bytes, gunzipped if they are still gzip (a server may already have). */
export async function fetchIndexBytes(url: string): Promise<Uint8Array> {
  const r = await fetch(url);
  if (!r.ok) throw new StoreFormatError(`${file(url)} could not be downloaded (HTTP ${r.status})`);
  const bytes = new Uint8Array(await r.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Read `[start, end)` of `url` with one Range request. */
export function rangeFetcher(url: string): (start: number, end: number) => Promise<Uint8Array> {
  return async (start, end) => {
    const r = await fetch(url, { headers: { Range: `bytes=${start}-${end - 1}` } });
    if (r.status === 200) throw new StoreFormatError(`${file(url)}: the server ignores Range requests (HTTP 200 instead of 206); serve it from a host that supports them`);
    if (r.status !== 206) throw new StoreFormatError(`${file(url)} could not be read (HTTP ${r.status})`);
    const bytes = new Uint8Array(await r.arrayBuffer());
    if (bytes.length !== end - start) throw new StoreFormatError(`${file(url)}: ${bytes.length} bytes for a range of ${end - start}; is the server compressing it?`);
    return bytes;
  };
}
