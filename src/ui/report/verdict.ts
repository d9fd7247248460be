/**
 * Words for the site check's structured verdict, and the number formats the report shares with
 * its exports. Pure (no DOM, no Svelte state): the translator is passed in, so the same code
 * serves the on-screen panel, the printable report and the CSV, and runs in Node tests.
 *
 * The verdict is an aid to reading the zoning data, never a legal determination: every
 * description carries the fixed disclaimer, and callers must show it next to the headline.
 */
import type { WaterClass } from '../../data/contract';
import { CLASS_NUMERALS } from '../../data/water-quality';
import type { Verdict, VerdictReason } from '../../geo/site-check';
import { roundTo } from '../../geo/measure';
import type { MessageKey } from '../../i18n/zh';

/** `t(key, params)` of `src/i18n`, or any function with the same contract. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
export type ReportLang = 'zh' | 'en';

/** Plain words for a verdict: a one-line headline, one sentence per reason, the disclaimer. */
export interface VerdictText {
  headline: string;
  reasons: string[];
  /** Always shown with the headline: the result is not an approval or a legal opinion. */
  disclaimer: string;
}

export interface DescribeOptions {
  /** Number formatting locale (default 'zh'; zh and en share digits and separators). */
  lang?: ReportLang;
  /** Unit code → name, to name units beside their codes. */
  unitNames?: ReadonlyMap<string, string>;
  /** Whether the data is illustrative (default true: the disclaimer then says so). */
  illustrative?: boolean;
}

/** At most this many unit codes are listed in a headline; the rest are counted. */
const HEADLINE_CODES = 3;

/** Locale-formatted number, rounded decimal-exactly to at most `digits` decimals. */
export function formatNum(value: number, digits: number, lang: ReportLang = 'zh', minDigits = 0): string {
  const r = roundTo(value, digits);
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: Math.min(minDigits, digits),
  }).format(r === 0 ? 0 : r);
}

/** A distance with 0–2 decimals: metres below 1 km, kilometres from 1 km. */
export function formatDistance(m: number, t: Translate, lang: ReportLang = 'zh'): string {
  if (Math.abs(roundTo(m, 2)) < 1000) return t('verdict.distance.m', { value: formatNum(m, 2, lang) });
  return t('verdict.distance.km', { value: formatNum(m / 1000, 2, lang) });
}

/** A share 0…1 as a percentage with up to 2 decimals. */
export function formatPercent(share: number, t: Translate, lang: ReportLang = 'zh'): string {
  return t('verdict.percent', { value: formatNum(share * 100, 2, lang) });
}

const RIVER_KEYS: Record<string, MessageKey> = {
  长江: 'verdict.river.yangtze',
  嘉陵江: 'verdict.river.jialing',
  乌江: 'verdict.river.wu',
};

/** The river's name in the current language (other rivers keep the name the data gives). */
export function riverLabel(name: string, t: Translate): string {
  const key = RIVER_KEYS[name];
  return key ? t(key) : name;
}

/** GB 3838-2002 class as words, e.g. "Ⅱ 类" / "Class Ⅱ". */
export function classLabel(cls: WaterClass, t: Translate): string {
  return t('water.class', { numeral: CLASS_NUMERALS[cls] });
}

/** "ZH…（name）" when the name is known, else the code. */
function unitRef(code: string, t: Translate, names?: ReadonlyMap<string, string>): string {
  const name = names?.get(code);
  return name ? t('verdict.unitWithName', { code, name }) : code;
}

function codeList(codes: readonly string[], t: Translate): string {
  const shown = codes.slice(0, HEADLINE_CODES).join(t('verdict.list.sep'));
  return codes.length > HEADLINE_CODES ? t('verdict.codes.more', { codes: shown, count: codes.length, more: codes.length - HEADLINE_CODES }) : shown;
}

/** One sentence for one verdict reason. */
export function describeReason(reason: VerdictReason, t: Translate, options: DescribeOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const names = options.unitNames;
  switch (reason.kind) {
    case 'outside-dataset':
      return t('verdict.reason.outside-dataset');
    case 'partly-outside':
      return t('verdict.reason.partly-outside', { share: formatPercent(reason.shareInside, t, lang) });
    case 'inside-priority':
      return t('verdict.reason.inside-priority', { unit: unitRef(reason.code, t, names) });
    case 'near-priority':
      return t('verdict.reason.near-priority', { unit: unitRef(reason.code, t, names), distance: formatDistance(reason.distanceM, t, lang) });
    case 'inside-key':
      return t('verdict.reason.inside-key', { unit: unitRef(reason.code, t, names) });
    case 'within-1km-river':
      return t('verdict.reason.within-1km-river', { river: riverLabel(reason.river, t), distance: formatDistance(reason.distanceM, t, lang) });
    case 'within-5km-river':
      return t('verdict.reason.within-5km-river', { river: riverLabel(reason.river, t), distance: formatDistance(reason.distanceM, t, lang) });
    case 'general-only':
      return t('verdict.reason.general-only');
  }
}

/** The verdict level as a short label, e.g. "需要注意" / "Caution". */
export function verdictLevelLabel(level: Verdict['level'], t: Translate): string {
  return t(`verdict.level.${level}`);
}

/**
 * Turn the structured verdict into plain words in the language of `t`. The result always
 * includes the disclaimer; show it wherever the headline is shown.
 */
export function describeVerdict(verdict: Verdict, t: Translate, options: DescribeOptions = {}): VerdictText {
  let headline: string;
  if (verdict.level === 'restricted') {
    const codes = [...new Set(verdict.reasons.flatMap((r) => (r.kind === 'inside-priority' ? [r.code] : [])))];
    headline = t(codes.length > 1 ? 'verdict.headline.restricted.many' : 'verdict.headline.restricted', { codes: codeList(codes, t) });
  } else {
    headline = t(`verdict.headline.${verdict.level}`);
  }
  return {
    headline,
    reasons: verdict.reasons.map((r) => describeReason(r, t, options)),
    disclaimer: t(options.illustrative === false ? 'report.disclaimer' : 'report.disclaimer.illustrative'),
  };
}
