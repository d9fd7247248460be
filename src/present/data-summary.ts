/** The data summary (data/summary.ts) in words: the embed's text alternative and static fallback. */
import type { DataSummary } from '../data/summary';
import type { EmbedKey } from '../i18n/embed';
import type { Translate } from '../i18n/translate';

/** The summary as sentences in the language of `t`; `locale` formats the numbers. */
export function summaryLines(s: DataSummary, t: Translate<EmbedKey>, locale: string): string[] {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const share = (part: number, whole: number) => percent.format(whole ? part / whole : 0);
  const { count, areaShare } = s.units;
  return [
    t('summary.units', {
      total: s.units.total,
      priority: count.priority,
      key: count.key,
      general: count.general,
      priorityShare: percent.format(areaShare.priority),
      keyShare: percent.format(areaShare.key),
      generalShare: percent.format(areaShare.general),
    }),
    t('summary.sections', { total: s.sections.total, good: s.sections.good, goodShare: share(s.sections.good, s.sections.total) }),
    t('summary.toSichuan', { total: s.toSichuan.total, good: s.toSichuan.good, goodShare: share(s.toSichuan.good, s.toSichuan.total) }),
  ];
}
