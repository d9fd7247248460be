/**
 * "Get the data": what an embed shows (its filters and visible layers) as CSV, UTF-8 with BOM for
 * Excel, opening with the provenance of every layer and the illustrative-data notice. Areas and
 * coordinates take their decimals from the one table of rules (quantity.ts DIGITS: km² to 4,
 * degrees to 6), as plain digits. The sample's files hold no more decimals than that (area_km2
 * 3, coordinates 6), so `toFixed` only pads; data with more would be rounded the binary way
 * rather than half away from zero as plainNumber does, which the embed's first view (this is in
 * its chunk) saves 20 bytes for.
 */
import type { Dataset } from '../data/contract';
import { isIllustrative } from '../data/load';
import { shownFeatures } from '../data/lookup';
import { CLASS_NUMERALS } from '../data/water-quality';
import type { Filters } from '../data/selection';
import type { EmbedKey } from '../i18n/embed';
import type { Translate } from '../i18n/translate';
import type { Lang } from '../i18n/lang';
import { toCsv } from './csv';
import { DIGITS } from './quantity';
import { localText } from './words';

/** @param hidden the layers the map hides (`units`, `sections`, `points`: state/url's toggleable layers) */
export function shownCsv(data: Dataset, filters: Filters, hidden: readonly string[], t: Translate<EmbedKey>, lang: Lang): string {
  const { manifest } = data;
  const rows: string[][] = manifest.layers.map((l) => [t('embed.csvProvenance'), l.title[lang], localText(l.source, lang), l.date]);
  if (isIllustrative(manifest)) rows.push([t('embed.csvNotice'), t('notice.illustrative')]);
  rows.push([]);
  const columns = ['embed.csvKind', 'embed.csvId', 'embed.csvName', 'embed.csvCategory', 'embed.csvDistrict', 'embed.csvArea', 'embed.csvLon', 'embed.csvLat'] as const;
  rows.push(columns.map((k) => t(k)));
  const shown = shownFeatures(data, filters);
  if (!hidden.includes('units')) {
    for (const { properties: u } of shown.units) {
      rows.push([t('search.kind.unit'), u.code, u.name, t(`category.${u.category}`), u.district, u.area_km2.toFixed(DIGITS.km2), '', '']);
    }
  }
  const station = (kind: 'search.kind.section' | 'search.kind.point', id: string, name: string, cls: keyof typeof CLASS_NUMERALS, district: string, [lon, lat]: number[]) =>
    rows.push([t(kind), id, name, CLASS_NUMERALS[cls], district, '', lon!.toFixed(DIGITS.degree), lat!.toFixed(DIGITS.degree)]);
  if (!hidden.includes('sections')) {
    for (const f of shown.sections) station('search.kind.section', f.properties.id, f.properties.name, f.properties.class, f.properties.district, f.geometry.coordinates);
  }
  if (!hidden.includes('points')) {
    for (const f of shown.points) station('search.kind.point', f.properties.id, f.properties.name, f.properties.class, f.properties.district ?? '', f.geometry.coordinates);
  }
  return toCsv(rows);
}
