/**
 * Proper names from the data in the language: districts and rivers by the English names their
 * data files give (`name_en`), with the Chinese kept beside them in English ("Wanzhou District
 * (万州区)"), since readers may need to match the name with Chinese documents and signs.
 */
import type { Dataset } from '../data/contract';
import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/translate';

export interface PlaceNames {
  /** A district by its Chinese name, as sections and points name it. */
  district(zh: string, lang: Lang): string;
  river(zh: string, lang: Lang): string;
  /** A basin, named after its main river. */
  basin(zh: string, lang: Lang): string;
}

export function placeNames(data: Dataset): PlaceNames {
  const english = (features: { properties: { name: string; name_en: string } }[]) =>
    new Map(features.filter((f) => f.properties.name && f.properties.name_en).map((f) => [f.properties.name, f.properties.name_en]));
  const districts = english(data.districts.features);
  const rivers = english(data.rivers.features);
  const named = (table: ReadonlyMap<string, string>) => (zh: string, lang: Lang) => {
    const en = lang === 'en' ? table.get(zh) : undefined;
    return en ? translate(lang, 'name.withChinese', { name: en, zh }) : zh;
  };
  const river = named(rivers);
  return {
    district: named(districts),
    river,
    basin: (zh, lang) => {
      const en = lang === 'en' ? rivers.get(zh) : undefined;
      return en ? translate(lang, 'name.withChinese', { name: translate(lang, 'name.basin', { river: en }), zh }) : translate(lang, 'name.basin', { river: zh });
    },
  };
}
