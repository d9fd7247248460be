/** A place as people read it: `29.56000° N, 106.55000° E` (five decimals ≈ 1 m). */
import { coordinates } from '../i18n/coordinates';
import { i18n, reactiveT } from '../i18n/index.svelte';
import { formatNumber } from '../present/number';

const t = reactiveT(coordinates);

const degrees = (value: number, positive: string, negative: string) =>
  `${formatNumber(Math.abs(value), i18n.lang, 5)}° ${value < 0 ? negative : positive}`;

export const placeLabel = (lon: number, lat: number): string =>
  t('place.coordinates', { lat: degrees(lat, 'N', 'S'), lon: degrees(lon, 'E', 'W') });
