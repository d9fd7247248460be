/**
 * Typed errors for degenerate input. The UI localizes them by `code`; the message is for
 * developers only.
 */

/** Machine-readable reasons a site geometry was rejected. */
export type GeoInputErrorCode =
  /** No geometry, an empty coordinate list, or a Feature with `geometry: null`. */
  | 'empty-geometry'
  /** A coordinate that is not a finite number, or lon ∉ [-180, 180], lat ∉ [-90, 90]. */
  | 'invalid-coordinates'
  /** A geometry type the function does not accept (e.g. GeometryCollection, mixed kinds). */
  | 'unsupported-geometry'
  /** A LineString with fewer than two distinct positions, or a ring with fewer than three. */
  | 'too-few-positions'
  /** A polygon whose (geodesic) area is zero (all positions collinear or repeated). */
  | 'zero-area'
  /** A polygon ring that crosses itself or another ring of the same polygon. */
  | 'self-intersection'
  /** More positions than the site check accepts (`details.limit`, `details.found`). */
  | 'too-many-vertices'
  /** Edges so long in total that densifying them would cost too much (km in `details`). */
  | 'site-too-long'
  /** A position outside the region the dataset covers (`details.found`: lat, lon). */
  | 'outside-region';

/** Figures that a message about a limit names: the limit and what was found. */
export type GeoInputErrorDetails = Record<string, string | number>;

/** Thrown by the spatial core for input it cannot interpret; carries a stable `code`. */
export class GeoInputError extends Error {
  /** Stable machine-readable code the UI turns into words. */
  readonly code: GeoInputErrorCode;
  /** Figures for the localized message (plain data: survives structured cloning). */
  readonly details: GeoInputErrorDetails;

  /**
   * @param code stable reason code
   * @param message developer-facing explanation (not shown to users verbatim)
   * @param details figures the user-facing message names
   */
  constructor(code: GeoInputErrorCode, message: string, details: GeoInputErrorDetails = {}) {
    super(message);
    this.name = 'GeoInputError';
    this.code = code;
    this.details = details;
  }
}

/** A GeoInputError, or its plain-object form after structured cloning (worker round-trip). */
export type GeoInputErrorLike = Pick<GeoInputError, 'name' | 'code' | 'message'> & { details?: GeoInputErrorDetails };

/**
 * Type guard usable across realms: true for a {@link GeoInputError} and for a plain object
 * `{ name: 'GeoInputError', code, message }` such as a worker posts back.
 */
export function isGeoInputError(e: unknown): e is GeoInputErrorLike {
  if (e instanceof GeoInputError) return true;
  if (typeof e !== 'object' || e === null) return false;
  const o = e as { name?: unknown; code?: unknown };
  return o.name === 'GeoInputError' && typeof o.code === 'string';
}
