/** Messages between `client.ts` and `worker.ts` (type-only), carried by `data/worker-rpc`. */
import type { SerializedUploadError } from './errors';
import type { ParsedUpload, UploadFile, WorkerParseOptions } from './types';

export interface UploadRequest {
  file: UploadFile;
  options: WorkerParseOptions;
}

export type UploadReply = ParsedUpload;
export type UploadFault = SerializedUploadError;
