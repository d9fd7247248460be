/**
 * Typed upload errors. The UI localizes them from `code` and `params`; `message` is an English
 * fallback for logs only.
 */

export type UploadErrorCode =
  /** params: limit, actual (bytes, features, positions, elements or nodes), what ('file' | 'unzipped' | 'features' | 'vertices' | 'xml-elements' | 'xml-nodes') */
  | 'too-large'
  /** params: name */
  | 'unsupported-format'
  /** params: detail */
  | 'invalid-json'
  /** params: detail; or what 'dtd' (a DOCTYPE with an internal subset, refused unread) */
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
  /**
   * Numbers that are no known CRS, or that leave lon/lat range after transformation.
   * params: x, y (the first culprit as written) and, when known, feature and vertex (1-based)
   */
  | 'coordinates-out-of-range'
  /** params: crs */
  | 'unsupported-crs'
  /** Reading took longer than the time limit; the worker was replaced. params: seconds */
  | 'timeout'
  /**
   * Working out a choice of the file's features (its notes, or its site) took longer than the
   * time limit; the worker was replaced, and the file it held with it. params: seconds
   */
  | 'choice-timeout'
  /** The reading worker failed outside a parse (it could not start, or died); it is replaced. params: detail */
  | 'worker-failed'
  /** What was read cannot be passed back from the worker (e.g. properties nested too deep). */
  | 'result-not-cloneable'
  /** Nesting deeper than the limit. params: what ('json' | 'xml' | 'geometry'), limit, actual; or what 'structure' alone (a stack overflow) */
  | 'too-deep'
  /** A polygon record with more rings than the limit. params: layer, feature (1-based), limit, actual */
  | 'too-many-rings'
  /** A shapefile of a shape type we do not read (MultiPatch, …). params: layer, type (number), name */
  | 'unsupported-shape-type'
  /** Text longer than its limit. params: what ('prj' | 'cell'), limit, actual, and for a cell row, column */
  | 'text-too-long';

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

/**
 * A site the worker could not make of the chosen features (geo/errors' `GeoInputError`, which
 * this module does not import: it pulls in no code), as plain data.
 */
export interface SerializedGeoError {
  name: 'GeoInputError';
  code: string;
  message: string;
  details: Record<string, string | number>;
}

export function serializeError(err: unknown): SerializedUploadError | SerializedGeoError {
  if (err instanceof UploadError) return { code: err.code, params: err.params, message: err.message };
  const geo = err as Partial<SerializedGeoError> | null;
  if (geo?.name === 'GeoInputError' && typeof geo.code === 'string') {
    return { name: 'GeoInputError', code: geo.code, message: String(geo.message), details: { ...geo.details } };
  }
  const message = err instanceof Error ? err.message : String(err);
  // The worker's reply could not be cloned (e.g. properties nested deeper than the clone allows).
  if (err instanceof Error && err.name === 'DataCloneError') return { code: 'result-not-cloneable', params: {}, message };
  // A recursive library (an XML parser, a converter) that overflowed the stack: say so, not "format".
  if (err instanceof RangeError && /call stack/i.test(message)) return { code: 'too-deep', params: { what: 'structure' }, message };
  // Anything unexpected is reported as a malformed input rather than crashing the UI.
  return { code: 'unsupported-format', params: { detail: message.slice(0, 200) }, message };
}

/** An UploadError again, or an Error that `geo/errors`' `isGeoInputError` recognises, with its code and figures. */
export function deserializeError(e: SerializedUploadError): UploadError;
export function deserializeError(e: SerializedUploadError | SerializedGeoError): Error;
export function deserializeError(e: SerializedUploadError | SerializedGeoError): Error {
  if ('name' in e) return Object.assign(new Error(e.message), { name: e.name, code: e.code, details: e.details });
  return new UploadError(e.code, e.params, e.message);
}
