/**
 * Words for the site check's structured verdict: a headline, one sentence per reason and the
 * fixed disclaimer. The verdict is an aid to reading the zoning data, never a legal
 * determination: callers show the disclaimer wherever they show the headline.
 */
import type { SiteCheckResult, Verdict, VerdictReason } from '../geo/site-check';
import type { Lang } from '../i18n/lang';
import { kit } from '../i18n/kit';
import { formatList } from './list';
import { readableLength, share } from './quantity';
import { riverName } from './words';

export interface VerdictText {
  level: Verdict['level'];
  /** Short label of the level, e.g. "需要注意" / "Caution". */
  label: string;
  headline: string;
  reasons: string[];
  disclaimer: string;
}

/** At most this many unit codes are listed in a headline; the rest are counted. */
const HEADLINE_CODES = 3;

/**
 * Code → name of every unit the result names: those touched and the nearest priority unit, so
 * "near a priority unit" names the same unit in the panel, the report and the CSV.
 */
function unitNames(result: SiteCheckResult): ReadonlyMap<string, string> {
  const names = new Map(result.units.map((u) => [u.code, u.name] as const));
  if (result.nearestPriority) names.set(result.nearestPriority.code, result.nearestPriority.name);
  return names;
}

function codeList(codes: readonly string[], lang: Lang): string {
  const shown = formatList(codes.slice(0, HEADLINE_CODES), lang);
  if (codes.length <= HEADLINE_CODES) return shown;
  return kit.translate(lang, 'verdict.codes.more', { codes: shown, count: codes.length, more: codes.length - HEADLINE_CODES });
}

export function describeReason(reason: VerdictReason, lang: Lang, names: ReadonlyMap<string, string>): string {
  const unit = (code: string) => {
    const name = names.get(code);
    return name ? kit.translate(lang, 'verdict.unitWithName', { code, name }) : code;
  };
  const distance = (m: number) => readableLength(m, lang).text;
  switch (reason.kind) {
    case 'outside-dataset':
    case 'general-only':
      return kit.translate(lang, `verdict.reason.${reason.kind}`);
    case 'partly-outside':
      return kit.translate(lang, 'verdict.reason.partly-outside', { share: share(reason.shareInside, lang).text });
    case 'inside-priority':
    case 'inside-key':
      return kit.translate(lang, `verdict.reason.${reason.kind}`, { unit: unit(reason.code) });
    case 'near-priority':
      return kit.translate(lang, 'verdict.reason.near-priority', { unit: unit(reason.code), distance: distance(reason.distanceM) });
    case 'within-1km-river':
    case 'within-5km-river':
      return kit.translate(lang, `verdict.reason.${reason.kind}`, { river: riverName(reason.river, lang), distance: distance(reason.distanceM) });
  }
}

export function describeVerdict(result: SiteCheckResult, lang: Lang, illustrative: boolean): VerdictText {
  const { level, reasons } = result.verdict;
  let headline: string;
  if (level === 'restricted') {
    const codes = [...new Set(reasons.flatMap((r) => (r.kind === 'inside-priority' ? [r.code] : [])))];
    headline = kit.translate(lang, codes.length > 1 ? 'verdict.headline.restricted.many' : 'verdict.headline.restricted', { codes: codeList(codes, lang) });
  } else {
    headline = kit.translate(lang, `verdict.headline.${level}`);
  }
  const names = unitNames(result);
  return {
    level,
    label: kit.translate(lang, `verdict.level.${level}`),
    headline,
    reasons: reasons.map((r) => describeReason(r, lang, names)),
    disclaimer: kit.translate(lang, illustrative ? 'report.disclaimer.illustrative' : 'report.disclaimer'),
  };
}
