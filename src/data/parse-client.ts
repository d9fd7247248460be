/**
 * The page's handle on the data parse worker (`parse-worker.ts`): a {@link LayerValidator} that
 * transfers each layer's bytes to the worker (no copy) and learns whether they are valid. A
 * DataError comes back as a DataError, so the page names the bad file and feature as before.
 * No time limit: the data is the deployer's, and a big national layer may take long under load.
 */
import { DataError } from './data-error';
import type { LayerValidator } from './load';
import type { ParseFault, ParseRequest } from './parse-worker';
import { WorkerRpc } from './worker-rpc';

export interface WorkerParser {
  validate: LayerValidator;
  /** Ends the worker (once the dataset has arrived). */
  terminate(): void;
}

/** Null where workers are not available: then the page parses itself. */
export function startParseWorker(): WorkerParser | null {
  if (typeof Worker === 'undefined') return null;
  const rpc = new WorkerRpc<ParseRequest, null, ParseFault>({
    start: () => new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' }),
    fault: (f) => (f.dataError ? new DataError(f.dataError.file, f.dataError.problem, f.dataError.featureIndex, f.dataError.featureId) : new Error(f.message)),
    // a worker that fails to start or dies fails every file it holds, by name
    crashed: ({ file }) => new DataError(file, 'could not be read'),
    unreadable: ({ file }) => new DataError(file, 'could not be read'),
  });
  return {
    validate: async (file, kind, bytes, options) => void (await rpc.call({ file, kind, bytes, options }, [bytes])),
    terminate: () => rpc.terminate(),
  };
}
