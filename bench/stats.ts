/** The figures every suite draws from repeated measurements, defined once. */

/** The middle of the finite values (the mean of the two middle ones for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** `v` to `digits` decimals. */
export const round = (v: number, digits = 0): number => Math.round(v * 10 ** digits) / 10 ** digits;
