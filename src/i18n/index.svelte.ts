/**
 * Translation: `t(key, params)` reads the current language reactively, so components re-render
 * when it switches. Parameters fill `{name}` slots; values are inserted as plain text.
 */
import type { Lang } from './lang';
import { translate, type Params } from './translate';
import type { MessageKey } from './zh';

export const i18n = $state<{ lang: Lang }>({ lang: 'zh' });

export function t(key: MessageKey, params?: Params): string {
  return translate(i18n.lang, key, params);
}

export type { Lang, MessageKey };
