/**
 * The data parse worker: contract validation of the layer files, off the main thread (the page
 * fetches them, so the preloads are used, hands the bytes over and parses its own copy). It
 * answers only whether a file is valid: sending the parsed layer back would cost the page a
 * structured clone several times slower than its own JSON.parse.
 */
import type { LayerKind } from './contract';
import { DataError } from './data-error';
import { parseLayer, type LayerOptions } from './validate-layer';
import { serveCalls } from './worker-rpc';

export interface ParseRequest {
  file: string;
  kind: LayerKind;
  bytes: ArrayBuffer;
  options: LayerOptions;
}

/** A DataError's parts, rebuilt as one on the page; `message` for anything else. */
export interface ParseFault {
  dataError?: { file: string; problem: string; featureIndex: number | null; featureId: string | null };
  message: string;
}

serveCalls<ParseRequest, null, ParseFault>(
  ({ file, kind, bytes, options }) => {
    parseLayer(file, kind, bytes, options);
    return null;
  },
  (e) =>
    e instanceof DataError
      ? { dataError: { file: e.file, problem: e.problem, featureIndex: e.featureIndex, featureId: e.featureId }, message: e.message }
      : { message: e instanceof Error ? e.message : String(e) },
);
