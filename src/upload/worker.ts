/// <reference lib="webworker" />
/**
 * Web Worker entry: reads one upload per request, KML/GPX/TCX through xmldom (Workers have no
 * DOMParser), and keeps its features for the dialog's questions about them (`reader.ts`).
 * Started by `client.ts`, which gives each call a time limit.
 */
import { serveCalls } from '../data/worker-rpc';
import { serializeError } from './errors';
import type { UploadFault, UploadReply, UploadRequest } from './protocol';
import { replyBuffers, uploadHandler } from './reader';
import { strictXmlParser } from './xml-parser';

serveCalls<UploadRequest, UploadReply, UploadFault>(uploadHandler(strictXmlParser()), serializeError, { transfer: replyBuffers });
