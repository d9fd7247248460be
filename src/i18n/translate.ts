/**
 * Pure translation: a language and a key give the text, with `{name}` slots filled as plain
 * text. No Svelte state, so `src/present` and Node tests use it directly; the reactive `t()` of
 * `index.svelte.ts` calls it with the current language.
 *
 * The strings come in parts. The first view's (`zh.ts`, `en.ts`) are here as `core`. A part read
 * only by code that loads later (the planner kit, the feature list, the embed builder, the embed
 * view) is `core.with(…)` in a module of its own (`kit.ts`, `list.ts`, `builder.ts`, `embed.ts`),
 * which that code imports to get its translator: a key of the part does not typecheck anywhere
 * else. So the bundler ships each part in the chunk of the code that reads it, and no key can
 * show before its text has arrived.
 */
import { en } from './en';
import type { Lang } from './lang';
import { zh, type MessageKey } from './zh';

export type Params = Readonly<Record<string, string | number>>;
/** `t(key, params)`: text for a key that the type system knows exists. */
export type Translate<K extends string = MessageKey> = (key: K, params?: Params) => string;
/** A part's strings in every language; each language's file is typed against the Chinese one's keys. */
export type Catalogue<K extends string> = Readonly<Record<Lang, Readonly<Record<K, string>>>>;

export function fill(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : slot));
}

export class Messages<K extends string> {
  readonly #catalogue: Catalogue<K>;

  constructor(catalogue: Catalogue<K>) {
    this.#catalogue = catalogue;
  }

  /** Whether a string built at run time (e.g. from an error code) names one of these messages. */
  has = (key: string): key is K => Object.hasOwn(this.#catalogue.zh, key);

  /**
   * Never throws: keys are checked by the typecheck, and a key that still misses at run time (a
   * cast somewhere, a catalogue edited by hand) shows as itself rather than breaking the page.
   */
  translate = (lang: Lang, key: K, params?: Params): string => {
    const strings = Object.hasOwn(this.#catalogue, lang) ? this.#catalogue[lang] : this.#catalogue.zh;
    return fill(Object.hasOwn(strings, key) ? strings[key] : key, params);
  };

  translator =
    (lang: Lang): Translate<K> =>
    (key, params) =>
      this.translate(lang, key, params);

  /** These messages and a later part's, for the code that loads with that part. */
  with<P extends string>(part: Catalogue<P>): Messages<K | P> {
    const merged = (lang: Lang) => ({ ...this.#catalogue[lang], ...part[lang] });
    return new Messages<K | P>({ zh: merged('zh'), en: merged('en') });
  }
}

/** The first view's messages. */
export const core = new Messages<MessageKey>({ zh, en });

export const { has: isMessageKey, translate, translator } = core;
