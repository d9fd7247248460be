/** Messages between `client.ts` and `worker.ts` (type-only). */
import type { SerializedUploadError } from './errors';
import type { ParsedUpload, UploadFile, WorkerParseOptions } from './types';

export interface WorkerRequest {
  id: number;
  file: UploadFile;
  options: WorkerParseOptions;
}

export type WorkerResponse =
  | { id: number; ok: true; result: ParsedUpload }
  | { id: number; ok: false; error: SerializedUploadError };
