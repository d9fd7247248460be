/** Water quality as text: classes, readings with one number of decimals per parameter, kilometre posts. */
import type { WaterClass } from '../data/contract';
import { CLASS_NUMERALS } from '../data/water-quality';
import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/translate';
import { formatNumber } from './number';
import { quantity, type Quantity } from './quantity';

export type WaterParam = 'do' | 'codmn' | 'nh3n' | 'tp' | 'ph';

/** Decimals per parameter, as the monitoring bulletins print them (mg/L; pH without unit). */
export const PARAM_DIGITS: Readonly<Record<WaterParam, number>> = { do: 1, codmn: 1, nh3n: 2, tp: 3, ph: 1 };

export const measurementText = (param: WaterParam, value: number, lang: Lang): string =>
  formatNumber(value, lang, PARAM_DIGITS[param]);

/** Chainage along the Yangtze main stem, in km with one decimal. */
export const chainage = (km: number, lang: Lang): Quantity => quantity(km, 'km', lang, 1);

/** GB 3838-2002 class numeral, Ⅰ…Ⅴ, and 劣Ⅴ in the language's short form (">Ⅴ"). */
export const classNumeral = (cls: WaterClass, lang: Lang): string =>
  cls === 6 ? translate(lang, 'water.numeral.6') : (CLASS_NUMERALS[cls] ?? String(cls));

/** The class as words, e.g. "Ⅱ 类" / "Class Ⅱ". */
export const className = (cls: WaterClass, lang: Lang): string =>
  cls === 6 ? translate(lang, 'water.class.6') : translate(lang, 'water.class', { numeral: classNumeral(cls, lang) });
