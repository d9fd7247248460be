/**
 * Translation: `t(key, params)` reads the current language reactively, so components re-render
 * when it switches. Parameters fill `{name}` slots; values are inserted as plain text.
 */
import type { Lang } from './lang';
import { en } from './en';
import { zh, type MessageKey } from './zh';

const catalogs: Record<Lang, Record<MessageKey, string>> = { zh, en };

export const i18n = $state<{ lang: Lang }>({ lang: 'zh' });

export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in params ? String(params[name]) : slot));
}

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return format(catalogs[i18n.lang][key], params);
}

/** Number formatting in the current language, e.g. 1,234.5. */
export function formatNumber(value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(i18n.lang === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits }).format(value);
}

export type { MessageKey };
