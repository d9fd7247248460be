/**
 * The embed page's text alternative, computed from the bundled data (src/data/summary.ts) in
 * both languages. Loaded by the embed-fallback plugin in vite.config.ts at build time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, Manifest } from '../src/data/contract';
import { summarize } from '../src/data/summary';
import { summaryLines } from '../src/present/data-summary';
import { embed } from '../src/i18n/embed';
import { LOCALES, type Lang } from '../src/i18n/lang';

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function readData(dataDir: string): Pick<Dataset, 'units' | 'sections'> {
  const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as Manifest;
  const file = (kind: string) => JSON.parse(readFileSync(join(dataDir, manifest.layers.find((l) => l.kind === kind)!.file), 'utf8'));
  return { units: file('units'), sections: file('sections') };
}

/** The summary block: a set of paragraphs per language, each marked with its language. */
export function fallbackHtml(dataDir: string): string {
  const summary = summarize(readData(dataDir));
  const block = (lang: Lang) => {
    const t = embed.translator(lang);
    const lines = [t('summary.noscript'), ...summaryLines(summary, t, LOCALES[lang])];
    return `<div lang="${lang === 'zh' ? 'zh-CN' : 'en'}">${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>`;
  };
  return block('zh') + block('en');
}

/** The picture's text alternative in both languages. */
export const imageAlt = () => escapeHtml(`${embed.translate('zh', 'summary.imageAlt')} · ${embed.translate('en', 'summary.imageAlt')}`);
