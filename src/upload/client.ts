/**
 * Parse an upload off the main thread. The app loads this module with `import()` when the upload
 * tool opens; the parsers (proj4, shpjs, togeojson, papaparse) load only inside the worker, or —
 * where Workers are unavailable, or for KML/GPX, which need the DOMParser that Workers lack —
 * through a lazy `import('./index')` on this thread.
 */
import { deserializeError, UploadError } from './errors';
import type { WorkerRequest, WorkerResponse } from './protocol';
import type { ParsedUpload, UploadFile, WorkerParseOptions } from './types';

export { UploadError } from './errors';
export type { UploadErrorCode } from './errors';
export type * from './types';

/** A parse that takes longer is stopped: its worker is terminated and the next upload gets a fresh one. */
export const UPLOAD_TIME_LIMIT_MS = 15_000;

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: ParsedUpload) => void; reject: (e: unknown) => void }>();

/** Fails every pending parse with `err` and drops the worker, so the next call starts a fresh one. */
function replaceWorker(err: unknown): void {
  for (const p of pending.values()) p.reject(err);
  pending.clear();
  worker?.terminate();
  worker = undefined;
}

function getWorker(): Worker | undefined {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return undefined;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
    const msg = event.data;
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.ok) p.resolve(msg.result);
    else p.reject(deserializeError(msg.error));
  };
  worker.onerror = (event: ErrorEvent) => replaceWorker(new Error(`upload worker failed: ${event.message}`));
  worker.onmessageerror = () => replaceWorker(new UploadError('result-not-cloneable'));
  return worker;
}

async function parseHere(file: UploadFile, options: WorkerParseOptions): Promise<ParsedUpload> {
  const { parseUpload } = await import('./index');
  return parseUpload(file, options);
}

const XML_EXT = /\.(kml|kmz|gpx|tcx)$/i;

/**
 * Parses `file` in a Web Worker (in this thread when Workers are unavailable, or for KML/KMZ/GPX/TCX).
 * The caller's `bytes` are copied, not transferred, so they stay usable.
 * @throws UploadError
 */
export async function parseInWorker(file: UploadFile, options: WorkerParseOptions = {}): Promise<ParsedUpload> {
  const w = XML_EXT.test(file.name) ? undefined : getWorker();
  if (!w) return parseHere(file, options);
  const id = nextId++;
  const request: WorkerRequest = { id, file, options };
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<ParsedUpload>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      timer = setTimeout(() => replaceWorker(new UploadError('timeout', { seconds: UPLOAD_TIME_LIMIT_MS / 1000 })), UPLOAD_TIME_LIMIT_MS);
      try {
        w.postMessage(request);
      } catch (e) {
        pending.delete(id);
        reject(e);
      }
    });
  } catch (err) {
    // XML sniffed from content (no .kml/.gpx extension): DOMParser exists only on this thread.
    if (err instanceof UploadError && err.code === 'xml-parser-unavailable') return parseHere(file, options);
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
