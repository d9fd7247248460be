/** Turns upload and site-check outcomes (typed codes from src/upload, src/geo and the site checker) into localized sentences. */
import type { CrsCandidate } from '../../upload/rank-zones';
import type { UploadWarning } from '../../upload/types';
import type { PlannerError } from '../../state/planner.svelte';
import { i18n } from '../../i18n/index.svelte';
import { t } from '../../i18n/kit.svelte';
import { kit, type KitKey } from '../../i18n/kit';
import { formatNumber, formatParams } from '../../present/number';
import { isGeoInputError } from '../../geo/errors';
import { crsName } from '../crs-name';

/** The planner's error toast: a site the check refused, a drawing it cannot take. */
export const plannerErrorText = (error: PlannerError): string => t(error.key, formatParams(error.params, i18n.lang));

const megabytes = (bytes: number | string) => `${formatNumber(Number(bytes) / 1024 / 1024, i18n.lang, 1)} MB`;

/** Any error: a known code in words, anything else (a bug, a code from a newer worker) as the generic message. */
export function uploadErrorText(e: unknown): string {
  // A site the file describes that the site check could never take (too many vertices): said before any merging.
  if (isGeoInputError(e)) return t(`geoerror.${e.code}`, figures(e.details ?? {}));
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    const { code, params = {} } = e as { code: string; params?: Record<string, string | number> };
    if (code === 'too-large' && params.what === 'features') {
      return t('upload.error.too-many-features', figures({ actual: params.actual ?? '?', limit: params.limit ?? '?' }));
    }
    if (code === 'too-large' && (params.what === 'file' || params.what === 'unzipped')) {
      return t('upload.error.too-large', { actual: megabytes(params.actual ?? 0), limit: megabytes(params.limit ?? 0) });
    }
    const key = messageKey(`upload.error.${code}`, params);
    if (key) return t(key, figures(params));
  }
  return t('upload.error.generic', { detail: e instanceof Error ? e.message : String(e) });
}

/**
 * The key for a code, refined by what the params say: `.{what}` (too-deep.json), or `.at` when
 * the culprit's feature is named (coordinates-out-of-range.at).
 */
function messageKey(base: string, params: Record<string, string | number>): KitKey | undefined {
  const refined = [typeof params.what === 'string' ? `${base}.${params.what}` : undefined, params.feature !== undefined ? `${base}.at` : undefined];
  return [...refined, base].find((k): k is KitKey => k !== undefined && kit.has(k));
}

/** Limits and counts in the language's number format (10,000); coordinates stay as written. */
const COUNTS = new Set(['limit', 'actual', 'declared', 'kept', 'count', 'found']);
const figures = (params: Record<string, string | number>): Record<string, string | number> => ({
  ...params,
  ...formatParams(Object.fromEntries(Object.entries(params).filter(([k]) => COUNTS.has(k))), i18n.lang),
});

export function warningText(w: UploadWarning): string {
  const params = w.code === 'declared-crs-overruled' ? { declared: crsName(String(w.params.declared)), used: crsName(String(w.params.used)) } : w.params;
  return t(`upload.warning.${w.code}`, figures(params));
}

export function candidateText(c: CrsCandidate): string {
  return t('upload.candidate', {
    name: crsName(c.crs),
    lon: formatNumber(c.center[0], i18n.lang, 4),
    lat: formatNumber(c.center[1], i18n.lang, 4),
    inside: c.insideRegion ? t('upload.candidate.inside') : t('upload.candidate.away', { km: formatNumber(c.distanceKm, i18n.lang, 0) }),
  });
}
