/**
 * Area units and decimal rounding: plain numbers with no geodesy behind them, so the
 * presentation layer can use them without pulling GeographicLib into the first load.
 */

/** Square metres in one 亩 (mu): 10000/15 = 666.67 m² (市亩). */
export const M2_PER_MU = 10000 / 15;
/** Square metres in one 公顷 (hectare). */
export const M2_PER_HA = 10000;
/** Square metres in one km². */
export const M2_PER_KM2 = 1e6;

/**
 * Round to `digits` decimals (half away from zero, decimal-exact: 1.005 → 1.01), returning a
 * number.
 */
export function roundTo(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const abs = Math.abs(x);
  const s = String(abs);
  // shift the decimal point in the string to avoid binary artefacts (1.005·100 = 100.4999…)
  const r = s.includes('e') ? Math.round(abs * 10 ** digits) / 10 ** digits : Number(`${Math.round(Number(`${s}e${digits}`))}e-${digits}`);
  return Math.sign(x) * r;
}
