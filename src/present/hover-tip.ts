/** The map's hover tooltip: what the feature under the pointer is, in two short lines. */
import { CATEGORIES, type Category, type WaterClass } from '../data/contract';
import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/translate';
import { className } from './water';

export interface HoverTip {
  title: string;
  detail: string;
}

/**
 * Properties as MapLibre's rendered features carry them (plain values, possibly from any data
 * file), so anything unexpected gives no detail rather than a wrong one.
 */
export function hoverTip(kind: 'unit' | 'section' | 'point', properties: Record<string, unknown>, lang: Lang): HoverTip {
  const title = String(properties.name ?? '');
  if (kind === 'unit') {
    const category = properties.category as Category;
    return { title, detail: CATEGORIES.includes(category) ? translate(lang, `category.${category}`) : '' };
  }
  const cls = Number(properties.class);
  const kindName = translate(lang, kind === 'section' ? 'section.kind' : 'point.kind');
  return { title, detail: Number.isInteger(cls) && cls >= 1 && cls <= 6 ? `${kindName} · ${className(cls as WaterClass, lang)}` : kindName };
}
