/**
 * The data parse worker: JSON parsing and contract validation of the layer files, off the main
 * thread (the page fetches them, so the HTML's preloads are used, and hands the bytes over).
 */
import type { LayerKind } from './contract';
import { DataError } from './data-error';
import { parseLayer } from './load';

export interface ParseRequest {
  id: number;
  file: string;
  kind: LayerKind;
  bytes: ArrayBuffer;
}

export type ParseResponse =
  | { id: number; ok: true; value: unknown }
  /** A DataError's parts, rebuilt as one on the page; `message` for anything else. */
  | { id: number; ok: false; dataError?: { file: string; problem: string; featureIndex: number | null; featureId: string | null }; message: string };

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, file, kind, bytes } = event.data;
  let reply: ParseResponse;
  try {
    reply = { id, ok: true, value: parseLayer(file, kind, bytes) };
  } catch (e) {
    reply =
      e instanceof DataError
        ? { id, ok: false, dataError: { file: e.file, problem: e.problem, featureIndex: e.featureIndex, featureId: e.featureId }, message: e.message }
        : { id, ok: false, message: e instanceof Error ? e.message : String(e) };
  }
  (self as unknown as Worker).postMessage(reply);
};
