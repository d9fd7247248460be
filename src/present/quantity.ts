/**
 * The one rule per quantity: which unit a figure is shown in, how many decimals it keeps, and
 * how it reads in each language. Panels, the report, the CSV and map labels all take their
 * figures from here, so the same check shows the same numbers everywhere.
 */
import { M2_PER_HA, M2_PER_KM2, M2_PER_MU } from '../geo/units';
import type { Lang } from '../i18n/lang';
import { translate } from '../i18n/translate';
import { formatNumber, formatPercent, plainNumber } from './number';

export type LengthUnit = 'm' | 'km';
export type AreaUnit = 'm2' | 'ha' | 'mu' | 'km2';
export type Unit = LengthUnit | AreaUnit | 'percent' | 'degree' | 'count';

/**
 * Decimals per unit. Areas keep about 100 m² in every unit (the check agrees with PostGIS to
 * 0.15 %), shares one decimal of a percent, coordinates 6 decimals (≈0.1 m).
 */
export const DIGITS: Readonly<Record<Unit, number>> = { m: 0, km: 2, m2: 0, ha: 2, mu: 2, km2: 4, percent: 1, degree: 6, count: 0 };
/** Distances are measured to centimetres: tables of record and exports keep them. */
export const EXACT_METRE_DIGITS = 2;

/** A figure with its unit and rounding, already worded for one language. */
export interface Quantity {
  /** In `unit` (percent: 0…100), unrounded. */
  value: number;
  unit: Unit;
  digits: number;
  /** For people: grouped digits and the unit word, e.g. "1,234 米", "12.5%". */
  text: string;
  /** For programs (CSV): exactly `digits` decimals, no grouping, e.g. "1234.00". */
  plain: string;
  /** The unit alone, e.g. "公顷", for a column of its own. */
  unitWord: string;
}

const PER_M2: Readonly<Record<AreaUnit, number>> = { m2: 1, ha: M2_PER_HA, mu: M2_PER_MU, km2: M2_PER_KM2 };

export function quantity(value: number, unit: Unit, lang: Lang, digits = DIGITS[unit]): Quantity {
  const unitWord = translate(lang, `unit.${unit}`);
  const number = formatNumber(value, lang, digits);
  const text =
    unit === 'percent' ? formatPercent(value / 100, lang, digits) : unit === 'degree' || unit === 'count' ? number : `${number} ${unitWord}`;
  return { value, unit, digits, text, plain: plainNumber(value, digits), unitWord };
}

export const lengthIn = (m: number, unit: LengthUnit, lang: Lang): Quantity => quantity(unit === 'km' ? m / 1000 : m, unit, lang);

/** Whole metres below 1 km (after rounding: 999.6 m reads 1.00 km), else km. */
export const readableLength = (m: number, lang: Lang): Quantity =>
  lengthIn(m, Math.abs(Math.round(m)) < 1000 ? 'm' : 'km', lang);

/** Metres with centimetres, for the nearest-unit distance and the exports. */
export const exactLength = (m: number, lang: Lang): Quantity => quantity(m, 'm', lang, EXACT_METRE_DIGITS);

export const areaIn = (m2: number, unit: AreaUnit, lang: Lang): Quantity => quantity(m2 / PER_M2[unit], unit, lang);

/** m² below 1 公顷, 公顷 below 1 km², else km². */
export function readableArea(m2: number, lang: Lang): Quantity {
  const a = Math.abs(m2);
  return areaIn(m2, a < M2_PER_HA ? 'm2' : a < M2_PER_KM2 ? 'ha' : 'km2', lang);
}

/** A share 0…1 as a percentage. */
export const share = (fraction: number, lang: Lang): Quantity => quantity(fraction * 100, 'percent', lang);

export const count = (n: number, lang: Lang): Quantity => quantity(n, 'count', lang);

export const degrees = (deg: number, lang: Lang): Quantity => quantity(deg, 'degree', lang);
