/**
 * The wording of the upload dialog's feature list (upload/feature-choice.ts holds its rules): each
 * feature's title and one line of facts, the notes a choice calls for, and the sentence the site
 * panel keeps about what was chosen.
 */
import type { GeoInputErrorCode, GeoInputErrorDetails } from '../geo/errors';
import type { Lang } from '../i18n/lang';
import { kit } from '../i18n/kit';
import { formatList } from './list';
import { formatParams } from './number';
import { quantity, readableArea, readableLength } from './quantity';
import { districtName } from './words';

type Kind = 'area' | 'line' | 'point';

/** What the wording reads of a listed feature (upload/feature-choice.ts `FeatureRow`). */
export interface ListedFeature {
  index: number;
  name: { text: string; key?: string } | null;
  kind: Kind | null;
  areaM2: number;
  lengthM: number;
  points: number;
  districts: readonly { name: string; name_en?: string }[];
  problem: GeoInputErrorCode | null;
  /** The figures the problem's message names (the limit, the value or point found). */
  problemDetails: GeoInputErrorDetails;
}

/** What the notes read of a choice (upload/feature-choice.ts `ChoiceAnalysis`). */
export interface ChoiceFacts {
  leftOut: Partial<Record<Kind, number>>;
  places: number;
  spanM: number;
}

/** Its name, its identifying attribute ("DKBH: WZ-001"), or its place in the file ("要素 3"). */
export function featureTitle(f: ListedFeature, lang: Lang): string {
  if (!f.name) return kit.translate(lang, 'upload.features.unnamed', { n: f.index + 1 });
  return f.name.key ? kit.translate(lang, 'upload.features.keyed', { key: f.name.key, value: f.name.text }) : f.name.text;
}

/** Kind, size and districts ("面 · 158.10 公顷 · 万州区"), or why it cannot be checked. */
export function featureFacts(f: ListedFeature, lang: Lang): string {
  const t = kit.translator(lang);
  if (!f.kind) return t('upload.features.noGeometry');
  const size =
    f.kind === 'area' ? readableArea(f.areaM2, lang).text : f.kind === 'line' ? readableLength(f.lengthM, lang).text : t('upload.features.points', { count: f.points });
  const where = f.problem
    ? t('upload.features.problem', { reason: t(`geoerror.${f.problem}`, formatParams(f.problemDetails, lang)) })
    : f.districts.length
      ? formatList(f.districts.map((d) => districtName(d, lang)), lang)
      : t('upload.features.outsideData');
  return [t(`upload.features.kind.${f.kind}`), size, where].join(' · ');
}

/** Places apart: whole kilometres from 10 km (a distance between centres is a rough figure). */
const far = (facts: Pick<ChoiceFacts, 'places' | 'spanM'>, lang: Lang) => ({
  places: facts.places,
  distance: (facts.spanM >= 10_000 ? quantity(facts.spanM / 1000, 'km', lang, 0) : readableLength(facts.spanM, lang)).text,
});

/** What the dialog says of the current choice: far-apart places, kinds left out, nothing chosen. */
export function choiceNotes(facts: ChoiceFacts, chosen: number, lang: Lang): string[] {
  const t = kit.translator(lang);
  if (!chosen) return [t('upload.features.pickOne')];
  const notes: string[] = [];
  if (facts.places > 1) notes.push(t('upload.features.apart', far(facts, lang)));
  const left = (['area', 'line', 'point'] as const).filter((k) => facts.leftOut[k]);
  if (left.length) {
    const items = left.map((k) => t(`upload.features.leftOutItem.${k}`, { count: facts.leftOut[k]! }));
    notes.push(t('upload.features.leftOut', { items: formatList(items, lang) }));
  }
  return notes;
}

/** Why only some features start checked: the file's features lie in several places. */
export const firstPlaceNote = (facts: Pick<ChoiceFacts, 'places' | 'spanM'>, lang: Lang): string => kit.translate(lang, 'upload.features.firstPlace', far(facts, lang));

/** For the site panel: which of the file's features the site is made of, and that they lie apart. */
export function chosenSummary(listed: readonly ListedFeature[], chosen: readonly number[], facts: ChoiceFacts, lang: Lang): string {
  const t = kit.translator(lang);
  const parts: string[] = [];
  if (chosen.length < listed.length) {
    const names = chosen.map((i) => featureTitle(listed[i]!, lang));
    const shown = names.length > 5 ? [...names.slice(0, 5), t('upload.features.more', { count: names.length - 5 })] : names;
    parts.push(t('upload.chosen', { chosen: chosen.length, total: listed.length, names: formatList(shown, lang) }));
  }
  if (facts.places > 1) parts.push(t('upload.chosenApart', far(facts, lang)));
  return parts.join(' ');
}
