/// <reference lib="webworker" />
/**
 * Web Worker entry: parses one upload per request, KML/GPX/TCX through xmldom (Workers have no
 * DOMParser). Started by `client.ts`, which gives each parse a time limit.
 */
import { serveCalls } from '../data/worker-rpc';
import { serializeError } from './errors';
import { parseUpload } from './index';
import type { UploadFault, UploadReply, UploadRequest } from './protocol';
import { strictXmlParser } from './xml-parser';

serveCalls<UploadRequest, UploadReply, UploadFault>(({ file, options }) => parseUpload(file, { ...options, xmlParser: strictXmlParser() }), serializeError);
