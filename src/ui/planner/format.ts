/** Planner number formatting in the current language, with explicit units. */
import { areaInUnits, readableArea, readableLength } from '../../geo/measure';
import { formatNumber, t } from '../../i18n/index.svelte';
import type { AreaUnit, LengthUnit } from '../../state/planner.svelte';

export function formatLength(m: number, unit?: LengthUnit): string {
  if (unit === 'm') return `${formatNumber(m, 0)} ${t('unit.m')}`;
  if (unit === 'km') return `${formatNumber(m / 1000, 3)} ${t('unit.km')}`;
  const q = readableLength(m);
  return `${formatNumber(q.value, q.unit === 'm' ? 0 : 2)} ${t(q.unit === 'm' ? 'unit.m' : 'unit.km')}`;
}

export function formatArea(m2: number, unit?: AreaUnit): string {
  if (unit) {
    const a = areaInUnits(m2);
    const digits = { m2: 0, km2: 4, ha: 2, mu: 1 }[unit];
    return `${formatNumber(a[unit], digits)} ${t(`unit.${unit}`)}`;
  }
  const q = readableArea(m2);
  return `${formatNumber(q.value, q.unit === 'm2' ? 0 : q.unit === 'ha' ? 2 : 3)} ${t(`unit.${q.unit}`)}`;
}

export const formatPercent = (share: number): string => `${formatNumber(share * 100, 1)}%`;
