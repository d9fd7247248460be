/** Distance labels drawn on the map by deck.gl. */
import type { Lang } from '../i18n/lang';
import { formatNumber } from './number';
import { readableLength } from './quantity';

/**
 * The readable distance of the panels and the report, with the unit as "m" / "km" in both
 * languages: deck.gl's text layer draws ASCII only unless it is given a character set.
 */
export function mapDistanceLabel(m: number, lang: Lang): string {
  const q = readableLength(m, lang);
  return `${formatNumber(q.value, lang, q.digits)} ${q.unit}`;
}
