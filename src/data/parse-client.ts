/**
 * The page's handle on the data parse worker (`parse-worker.ts`): a {@link LayerParser} that
 * transfers each layer's bytes to the worker (no copy) and gets the validated layer back. A
 * DataError comes back as a DataError, so the page names the bad file and feature as before.
 */
import { DataError } from './data-error';
import type { LayerParser } from './load';
import type { ParseRequest, ParseResponse } from './parse-worker';

export interface WorkerParser {
  parse: LayerParser;
  /** Ends the worker (once the dataset has arrived). */
  terminate(): void;
}

/** Null where workers are not available: then the page parses itself. */
export function startParseWorker(): WorkerParser | null {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, { file: string; resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<ParseResponse>) => {
    const r = event.data;
    const p = pending.get(r.id);
    if (!p) return;
    pending.delete(r.id);
    if (r.ok) p.resolve(r.value);
    else if (r.dataError) p.reject(new DataError(r.dataError.file, r.dataError.problem, r.dataError.featureIndex, r.dataError.featureId));
    else p.reject(new Error(r.message));
  };
  // a worker that fails to start or dies fails every file it holds, by name
  worker.onerror = () => {
    for (const p of pending.values()) p.reject(new DataError(p.file, 'could not be read'));
    pending.clear();
  };
  return {
    parse: (file, kind, bytes) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { file, resolve, reject });
        worker.postMessage({ id, file, kind, bytes } satisfies ParseRequest, [bytes]);
      }),
    terminate: () => worker.terminate(),
  };
}
