/**
 * Read an upload and answer the dialog's questions about its features off the main thread. The
 * app loads this module with `import()` when the upload tool opens; the parsers (proj4, shpjs,
 * togeojson with xmldom, papaparse) and the feature choice's geometry load only inside the worker,
 * or, where Workers are unavailable, through a lazy `import('./reader')` on this thread (which
 * then reads XML with the browser's DOMParser).
 */
import type { Districts } from '../data/contract';
import { SupersededError, WorkerRpc } from '../data/worker-rpc';
import { deserializeError, UploadError } from './errors';
import type { ChoiceAnalysis } from './feature-choice';
import type { UploadFault, UploadReplies, UploadReply, UploadRequest } from './protocol';
import type { UploadFile, UploadReading, UploadSite, WorkerParseOptions } from './types';

export { UploadError } from './errors';
export type { UploadErrorCode } from './errors';
export type * from './types';

/** A call that takes longer is stopped: its worker is terminated and the next call gets a fresh one. */
export const UPLOAD_TIME_LIMIT_MS = 15_000;

/** The dialog's handle on one worker that reads its files and keeps the last one's features. */
export interface UploadReader {
  /**
   * Reads `file` (its `bytes` are copied, not transferred, so they stay usable). A newer read
   * supersedes every call still pending, which then rejects with `SupersededError`.
   * @throws UploadError
   */
  read(file: UploadFile, options?: WorkerParseOptions): Promise<UploadReading>;
  /**
   * What choosing these features of the file read makes. One question at a time goes to the
   * worker; while it works, only the newest waits (an older waiting one is superseded), so a
   * user who clicks fast is answered for the last click.
   */
  analyse(chosen: readonly number[]): Promise<ChoiceAnalysis>;
  /** The site of the chosen features of the file read (waits like `analyse`). */
  site(chosen: readonly number[]): Promise<UploadSite>;
  /** Ends the worker, and with it the file it held. */
  close(): void;
}

type Ask = <K extends UploadRequest['kind']>(request: Extract<UploadRequest, { kind: K }>) => Promise<UploadReplies[K]>;

/** In a Web Worker (in this thread where Workers are unavailable), the districts rows are named by. */
export function uploadReader(districts: Districts): UploadReader {
  let send: (request: UploadRequest) => Promise<UploadReply>;
  let end: () => void;
  if (typeof Worker !== 'undefined') {
    const rpc = new WorkerRpc<UploadRequest, UploadReply, UploadFault>({
      start: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
      init: () => ({ kind: 'districts', districts }),
      timeLimitMs: UPLOAD_TIME_LIMIT_MS,
      // a new file replaces the one still being read, and its busy worker: the user only wants the
      // last (analyse and site never overlap another call: see `queued` below)
      latestOnly: true,
      fault: deserializeError,
      // a read and a choice worked out from what was read say different things to the user
      timeout: (request) => new UploadError(request.kind === 'read' ? 'timeout' : 'choice-timeout', { seconds: UPLOAD_TIME_LIMIT_MS / 1000 }),
      crashed: (_, message) => new UploadError('worker-failed', { detail: message.slice(0, 200) }),
      unreadable: () => new UploadError('result-not-cloneable'),
    });
    send = (request) => rpc.call(request);
    end = () => rpc.terminate();
  } else {
    let here: Promise<(request: UploadRequest) => Promise<UploadReply>> | null = null;
    const handler = () =>
      (here ??= import('./reader').then(async ({ uploadHandler }) => {
        const handle = uploadHandler();
        await handle({ kind: 'districts', districts });
        return handle;
      }));
    send = async (request) => (await handler())(request);
    end = () => (here = null);
  }

  // One call in flight at a time (the worker's `latestOnly` would replace a busy worker, and the
  // file with it); a read goes at once, superseding the rest.
  let current: Promise<UploadReply> | null = null;
  let waiting: { request: UploadRequest; resolve: (reply: UploadReply) => void; reject: (e: unknown) => void } | null = null;
  const dropWaiting = () => {
    waiting?.reject(new SupersededError());
    waiting = null;
  };
  const run = (request: UploadRequest): Promise<UploadReply> => {
    const call = send(request);
    current = call;
    const next = () => {
      if (current !== call) return;
      current = null;
      const w = waiting;
      waiting = null;
      if (w) run(w.request).then(w.resolve, w.reject);
    };
    call.then(next, next);
    return call;
  };
  const queued = (request: UploadRequest): Promise<UploadReply> => {
    if (!current) return run(request);
    dropWaiting();
    return new Promise((resolve, reject) => (waiting = { request, resolve, reject }));
  };
  const ask = ((request: UploadRequest) => (request.kind === 'read' ? (dropWaiting(), run(request)) : queued(request))) as Ask;

  return {
    read: (file, options = {}) => ask({ kind: 'read', file, options }),
    analyse: (chosen) => ask({ kind: 'analyse', chosen: [...chosen] }),
    site: (chosen) => ask({ kind: 'site', chosen: [...chosen] }),
    close: () => {
      dropWaiting();
      current = null;
      end();
    },
  };
}
