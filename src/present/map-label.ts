/** Distance labels drawn on the map (map/planner-overlay.ts), and their wording for screen readers. */
import type { Lang } from '../i18n/lang';
import { kit } from '../i18n/kit';
import { formatNumber } from './number';
import { readableLength } from './quantity';
import { riverName } from './words';

/**
 * The readable distance of the panels and the report, with the unit as "m" / "km" in both
 * languages, as the map's scale bar writes it: a short label leaves room for the others.
 */
export function mapDistanceLabel(m: number, lang: Lang): string {
  const q = readableLength(m, lang);
  return `${formatNumber(q.value, lang, q.digits)} ${q.unit}`;
}

/** What a distance label measures: to the nearest priority unit, or to a river's bank. */
export type LabelSubject = { kind: 'nearest-priority' } | { kind: 'river'; river: string };

/**
 * A map label as a sentence (what it measures, then the label's own text), for the list that
 * screen readers get in place of the canvas.
 */
export function mapLabelSentence(about: LabelSubject, text: string, lang: Lang): string {
  return about.kind === 'river'
    ? kit.translate(lang, 'planner.mapLabel.river', { river: riverName(about.river, lang), distance: text })
    : kit.translate(lang, 'planner.mapLabel.nearest', { distance: text });
}
