/**
 * Numbers as text, through `Intl` in the language's locale. Every figure the site shows or
 * exports is turned into digits here, so rounding and separators cannot drift apart.
 */
import { roundTo } from '../geo/units';
import { LOCALES, type Lang } from '../i18n/lang';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, digits: number, grouping: boolean, percent: boolean): Intl.NumberFormat {
  const id = `${lang}|${digits}|${grouping}|${percent}`;
  let f = formatters.get(id);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], {
      style: percent ? 'percent' : 'decimal',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: grouping,
    });
    formatters.set(id, f);
  }
  return f;
}

/**
 * Half away from zero on the decimal value (1.005 → 1.01; `Intl` alone would see the binary
 * 1.00499…), and never "-0".
 */
function rounded(value: number, digits: number): number {
  const r = roundTo(value, digits);
  return r === 0 ? 0 : r;
}

/** `value` with exactly `digits` decimals and the locale's grouping, e.g. "1,234.50". */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return numberFormat(lang, digits, true, false).format(rounded(value, digits));
}

/** A share 0…1 as a percentage with exactly `digits` decimals, e.g. "12.5%". */
export function formatPercent(share: number, lang: Lang, digits: number): string {
  return numberFormat(lang, digits, true, true).format(rounded(share * 100, digits) / 100);
}

/** For files read by programs: exactly `digits` decimals, "." and no grouping, e.g. "1234.50". */
export function plainNumber(value: number, digits: number): string {
  return rounded(value, digits).toFixed(digits);
}

/** A message's figures as text: numbers grouped in the language's way (200,000), text as given. */
export function formatParams(params: Record<string, string | number> | undefined, lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params ?? {})) {
    out[key] = typeof value === 'number' ? formatNumber(value, lang, Number.isInteger(value) ? 0 : 2) : value;
  }
  return out;
}
