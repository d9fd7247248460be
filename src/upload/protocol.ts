/**
 * Messages between `client.ts` and `worker.ts` (type-only), carried by `data/worker-rpc`. The worker
 * keeps the features of the last file it read; the page asks about them by their index.
 */
import type { Districts } from '../data/contract';
import type { SerializedGeoError, SerializedUploadError } from './errors';
import type { ChoiceAnalysis } from './feature-choice';
import type { UploadFile, UploadReading, UploadSite, WorkerParseOptions } from './types';

export type UploadRequest =
  /** Sent to each new worker: the districts a listed feature is said to touch (empty: none named). */
  | { kind: 'districts'; districts: Districts }
  /** Read a file; its features replace the ones held. */
  | { kind: 'read'; file: UploadFile; options: WorkerParseOptions }
  /** What a choice of the held features makes. */
  | { kind: 'analyse'; chosen: number[] }
  /** The site of the chosen held features. */
  | { kind: 'site'; chosen: number[] };

/** The reply to each kind of request. */
export interface UploadReplies {
  districts: null;
  read: UploadReading;
  analyse: ChoiceAnalysis;
  site: UploadSite;
}

export type UploadReply = UploadReplies[keyof UploadReplies];
export type UploadFault = SerializedUploadError | SerializedGeoError;
