/**
 * Names that depend on the language: the main rivers and the districts. Lookups keyed
 * by data values use `Map`, so a river named `constructor` or `__proto__` is just a name.
 */
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

/** A district in the language: its English name when there is one. */
export const districtName = (d: { name: string; name_en?: string }, lang: Lang): string =>
  (lang === 'en' && d.name_en) || d.name;
