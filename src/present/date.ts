/**
 * Moments as text, through `Intl.DateTimeFormat` in the language's locale. Apart from number.ts,
 * which the first view loads, so only the report that reads it carries it.
 */
import { LOCALES, type Lang } from '../i18n/lang';

/** A moment as people read it in the language, in the reader's time zone (the report's "generated"). */
export const formatDateTime = (date: Date, lang: Lang): string =>
  new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeStyle: 'short' }).format(date);
