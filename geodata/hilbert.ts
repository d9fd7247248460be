/** Position of cell `(x, y)` on the Hilbert curve filling an `n × n` grid (n a power of two). */
export function hilbert(n: number, x: number, y: number): number {
  let d = 0;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = (x & s) > 0 ? 1 : 0;
    const ry = (y & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    if (ry === 0) {
      if (rx === 1) {
        x = s - 1 - (x % s);
        y = s - 1 - (y % s);
      }
      [x, y] = [y, x];
    }
  }
  return d;
}
