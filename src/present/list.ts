/** Lists as text, joined the way the language joins them (a file of its own: only the planner uses it). */
import { LOCALES, type Lang } from '../i18n/lang';

const lists = new Map<Lang, Intl.ListFormat>();

/** Items joined the locale's way: "甲、乙、丙" / "A, B, C". */
export function formatList(items: readonly string[], lang: Lang): string {
  let f = lists.get(lang);
  if (!f) {
    f = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction', style: 'narrow' });
    lists.set(lang, f);
  }
  return f.format(items);
}
