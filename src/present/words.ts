/**
 * Names that depend on the language: the main rivers and the districts. Lookups keyed
 * by data values use `Map`, so a river named `constructor` or `__proto__` is just a name.
 */
import type { LocalText } from '../data/contract';
import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/translate';
import type { MessageKey } from '../i18n/zh';

const RIVER_KEYS: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['长江', 'verdict.river.yangtze'],
  ['嘉陵江', 'verdict.river.jialing'],
  ['乌江', 'verdict.river.wu'],
]);

/** The river's name in the language (other rivers keep the name the data gives). */
export function riverName(name: string, lang: Lang): string {
  const key = RIVER_KEYS.get(name);
  return key ? translate(lang, key) : name;
}

const SUBTYPE_KEYS: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['生态保护红线', 'subtype.redLine'],
  ['一般生态空间', 'subtype.ecoSpace'],
  ['自然保护地', 'subtype.protectedArea'],
  ['饮用水水源保护区', 'subtype.drinkingWater'],
  ['城镇重点管控', 'subtype.urban'],
  ['工业园区', 'subtype.industrialPark'],
  ['矿产资源开发区', 'subtype.mining'],
  ['一般管控区', 'subtype.generalArea'],
]);

/** A unit's type in the language (a type outside the common vocabulary keeps the data's words). */
export function subtypeName(subtype: string, lang: Lang): string {
  const key = SUBTYPE_KEYS.get(subtype);
  return key ? translate(lang, key) : subtype;
}

/** A data file's text in the language (one text serves both). */
export const localText = (text: LocalText, lang: Lang): string => (typeof text === 'string' ? text : text[lang]);

/** A district in the language: its English name when there is one. */
export const districtName = (d: { name: string; name_en?: string }, lang: Lang): string =>
  (lang === 'en' && d.name_en) || d.name;
