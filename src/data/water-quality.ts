import { GB3838, type MonthlyReading, type WaterClass } from './contract';

/**
 * Class of one sample under GB 3838-2002 for rivers: the worst class any parameter reaches.
 * pH outside 6–9 fails every class, so it counts as 劣Ⅴ (6).
 */
export function classifySample(sample: Omit<MonthlyReading, 'month' | 'class'>): WaterClass {
  const higherIsBetter = (value: number, limits: readonly number[]) => {
    const i = limits.findIndex((limit) => value >= limit);
    return i === -1 ? 6 : i + 1;
  };
  const lowerIsBetter = (value: number, limits: readonly number[]) => {
    const i = limits.findIndex((limit) => value <= limit);
    return i === -1 ? 6 : i + 1;
  };
  const ph = sample.ph >= GB3838.ph[0] && sample.ph <= GB3838.ph[1] ? 1 : 6;
  return Math.max(
    higherIsBetter(sample.do, GB3838.do),
    lowerIsBetter(sample.codmn, GB3838.codmn),
    lowerIsBetter(sample.nh3n, GB3838.nh3n),
    lowerIsBetter(sample.tp, GB3838.tp),
    ph,
  ) as WaterClass;
}

export const CLASS_NUMERALS: Record<WaterClass, string> = {
  1: 'Ⅰ',
  2: 'Ⅱ',
  3: 'Ⅲ',
  4: 'Ⅳ',
  5: 'Ⅴ',
  6: '劣Ⅴ',
};
