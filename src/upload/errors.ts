/**
 * Typed upload errors. The UI localizes them from `code` and `params`; `message` is an English
 * fallback for logs only.
 */

export type UploadErrorCode =
  /** params: limit, actual (bytes or features), what ('file' | 'unzipped' | 'features') */
  | 'too-large'
  /** params: name */
  | 'unsupported-format'
  /** params: detail */
  | 'invalid-json'
  /** params: detail */
  | 'invalid-xml'
  /** KML/GPX needs an XML parser and none is available here (e.g. in a Web Worker). */
  | 'xml-parser-unavailable'
  /** params: feature (index), detail */
  | 'invalid-geometry'
  | 'no-features'
  /** A zip without any .shp (nor KML, GeoJSON, GPX, TCX or CSV). params: entries (comma-separated names) */
  | 'missing-shp'
  /** params: detail */
  | 'bad-zip'
  /** params: detail */
  | 'bad-shapefile'
  /** CSV without recognizable coordinate columns. params: columns (comma-separated header) */
  | 'csv-no-coordinates'
  /** Numbers that are no known CRS, or that leave lon/lat range after transformation. params: x, y */
  | 'coordinates-out-of-range'
  /** params: crs */
  | 'unsupported-crs'
  /** Reading took longer than the time limit; the worker was replaced. params: seconds */
  | 'timeout'
  /** What was read cannot be passed back from the worker (e.g. properties nested too deep). */
  | 'result-not-cloneable';

export class UploadError extends Error {
  override readonly name = 'UploadError';
  constructor(
    readonly code: UploadErrorCode,
    readonly params: Record<string, string | number> = {},
    message?: string,
  ) {
    super(message ?? `${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`);
  }
}

/** Plain-object form of an UploadError for postMessage (class identity does not survive it). */
export interface SerializedUploadError {
  code: UploadErrorCode;
  params: Record<string, string | number>;
  message: string;
}

export function serializeError(err: unknown): SerializedUploadError {
  if (err instanceof UploadError) return { code: err.code, params: err.params, message: err.message };
  const message = err instanceof Error ? err.message : String(err);
  // Anything unexpected is reported as a malformed input rather than crashing the UI.
  return { code: 'unsupported-format', params: { detail: message.slice(0, 200) }, message };
}

export function deserializeError(e: SerializedUploadError): UploadError {
  return new UploadError(e.code, e.params, e.message);
}
