/** The interface languages, and the locale each one formats numbers and dates in. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** BCP 47 locale per language, for every `Intl` formatter. */
export const LOCALES: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en-GB' };
