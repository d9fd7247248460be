/// <reference lib="webworker" />
/**
 * Web Worker entry: `{ id, file, options }` in, `{ id, ok: true, result }` or
 * `{ id, ok: false, error }` out. Started by `client.ts`.
 */
import { serializeError } from './errors';
import { parseUpload } from './index';
import type { WorkerRequest, WorkerResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, file, options } = event.data;
  let response: WorkerResponse;
  try {
    response = { id, ok: true, result: await parseUpload(file, options) };
  } catch (err) {
    response = { id, ok: false, error: serializeError(err) };
  }
  try {
    scope.postMessage(response);
  } catch (err) {
    // A result the structured clone refuses (e.g. properties nested too deep) must still answer.
    scope.postMessage({ id, ok: false, error: { code: 'result-not-cloneable', params: {}, message: String(err).slice(0, 200) } } satisfies WorkerResponse);
  }
};
