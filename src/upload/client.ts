/**
 * Parse an upload off the main thread. The app loads this module with `import()` when the upload
 * tool opens; the parsers (proj4, shpjs, togeojson with xmldom, papaparse) load only inside the
 * worker, or, where Workers are unavailable, through a lazy `import('./index')` on this thread
 * (which then reads XML with the browser's DOMParser).
 */
import { WorkerRpc } from '../data/worker-rpc';
import { deserializeError, UploadError } from './errors';
import type { UploadFault, UploadReply, UploadRequest } from './protocol';
import type { ParsedUpload, UploadFile, WorkerParseOptions } from './types';

export { UploadError } from './errors';
export type { UploadErrorCode } from './errors';
export type * from './types';

/** A parse that takes longer is stopped: its worker is terminated and the next upload gets a fresh one. */
export const UPLOAD_TIME_LIMIT_MS = 15_000;

/** Null where Workers are unavailable. */
let rpc: WorkerRpc<UploadRequest, UploadReply, UploadFault> | null | undefined;

function uploadRpc(): WorkerRpc<UploadRequest, UploadReply, UploadFault> | null {
  if (rpc !== undefined) return rpc;
  if (typeof Worker === 'undefined') return (rpc = null);
  return (rpc = new WorkerRpc({
    start: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    timeLimitMs: UPLOAD_TIME_LIMIT_MS,
    // a new file replaces the one still being read: the user only wants the last
    latestOnly: true,
    fault: deserializeError,
    timeout: () => new UploadError('timeout', { seconds: UPLOAD_TIME_LIMIT_MS / 1000 }),
    crashed: (_, message) => new UploadError('worker-failed', { detail: message.slice(0, 200) }),
    unreadable: () => new UploadError('result-not-cloneable'),
  }));
}

/**
 * Parses `file` in a Web Worker (in this thread when Workers are unavailable). The caller's
 * `bytes` are copied, not transferred, so they stay usable. A newer call supersedes a pending one,
 * which then rejects with `SupersededError`.
 * @throws UploadError
 */
export async function parseInWorker(file: UploadFile, options: WorkerParseOptions = {}): Promise<ParsedUpload> {
  const worker = uploadRpc();
  if (worker) return worker.call({ file, options });
  const { parseUpload } = await import('./index');
  return parseUpload(file, options);
}
