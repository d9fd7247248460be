/** Turns upload outcomes (typed codes from src/upload) into localized sentences. */
import { crsInfo } from '../../upload/crs';
import type { CrsCandidate } from '../../upload/rank-zones';
import type { UploadWarning } from '../../upload/types';
import { i18n, t } from '../../i18n/index.svelte';
import { isMessageKey } from '../../i18n/translate';
import { formatNumber } from '../../present/number';

const megabytes = (bytes: number | string) => `${formatNumber(Number(bytes) / 1024 / 1024, i18n.lang, 1)} MB`;

/** Any error: a known code in words, anything else (a bug, a code from a newer worker) as the generic message. */
export function uploadErrorText(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    const { code, params = {} } = e as { code: string; params?: Record<string, string | number> };
    if (code === 'too-large') {
      return params.what === 'features'
        ? t('upload.error.too-many-features', { actual: params.actual ?? '?', limit: params.limit ?? '?' })
        : t('upload.error.too-large', { actual: megabytes(params.actual ?? 0), limit: megabytes(params.limit ?? 0) });
    }
    const key = `upload.error.${code}`;
    if (isMessageKey(key)) return t(key, params);
  }
  return t('upload.error.generic', { detail: e instanceof Error ? e.message : String(e) });
}

export const warningText = (w: UploadWarning): string => t(`upload.warning.${w.code}`, w.params);

export function crsName(id: string): string {
  const info = crsInfo(id);
  if (!info) return id === 'proj4-wkt' ? t('crs.proj4-wkt') : id;
  switch (info.kind) {
    case 'geographic':
      return t(info.id === 'EPSG:4326' ? 'crs.wgs84' : 'crs.cgcs2000');
    case 'gcj02':
      return t('crs.gcj02');
    case 'gauss-kruger':
      return t(info.prefixed ? 'crs.gk.prefixed' : 'crs.gk.plain', { zone: info.zone, cm: info.centralMeridian });
  }
}

export function candidateText(c: CrsCandidate): string {
  return t('upload.candidate', {
    name: crsName(c.crs),
    lon: formatNumber(c.center[0], i18n.lang, 4),
    lat: formatNumber(c.center[1], i18n.lang, 4),
    inside: c.insideRegion ? t('upload.candidate.inside') : t('upload.candidate.away', { km: formatNumber(c.distanceKm, i18n.lang, 0) }),
  });
}
