/** A coordinate system's name in the interface language (upload dialog, typed coordinates). */
import { coordinates } from '../i18n/coordinates';
import { reactiveT } from '../i18n/index.svelte';
import { crsInfo } from '../upload/crs';

const t = reactiveT(coordinates);

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
