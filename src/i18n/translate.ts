/**
 * Pure translation: a language and a key give the text, with `{name}` slots filled as plain
 * text. No Svelte state, so `src/present` and Node tests use it directly; the reactive `t()` of
 * `index.svelte.ts` calls it with the current language.
 */
import { en } from './en';
import type { Lang } from './lang';
import { zh, type MessageKey } from './zh';

export type Params = Readonly<Record<string, string | number>>;
/** `t(key, params)`: text for a key that the type system knows exists. */
export type Translate = (key: MessageKey, params?: Params) => string;

const catalogs: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { zh, en };

/** Whether a string built at run time (e.g. from an error code) names a message. */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(zh, key);

export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : slot));
}

/**
 * Never throws: keys are checked by the typecheck, and a key that still misses at run time (a
 * cast somewhere, a catalogue edited by hand) shows as itself rather than breaking the page.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const catalog = Object.hasOwn(catalogs, lang) ? catalogs[lang] : zh;
  return fill(Object.hasOwn(catalog, key) ? catalog[key] : key, params);
}

export const translator =
  (lang: Lang): Translate =>
  (key, params) =>
    translate(lang, key, params);
