/**
 * Translation: `t(key, params)` reads the current language reactively, so components re-render
 * when it switches. Parameters fill `{name}` slots; values are inserted as plain text. Code that
 * loads with a later part (translate.ts) makes its own with `reactiveT(part)`.
 */
import type { Lang } from './lang';
import { core, type Messages, type Translate } from './translate';
import type { MessageKey } from './zh';

export const i18n = $state<{ lang: Lang }>({ lang: 'zh' });

/** A translator of these messages in the current language, read at each call. */
export const reactiveT =
  <K extends string>(messages: Messages<K>): Translate<K> =>
  (key, params) =>
    messages.translate(i18n.lang, key, params);

export const t = reactiveT(core);

export type { Lang, MessageKey };
