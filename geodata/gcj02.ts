/**
 * GCJ-02 ("Mars coordinates") ↔ WGS-84. The forward transform is the widely published
 * formula (Krasovsky ellipsoid constants); the inverse iterates the forward one (fixed point),
 * converging to < 1e-7° in a few steps inside China.
 */
const A = 6378245.0;
const EE = 0.00669342162296594323;

function tLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}
function tLon(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

/** WGS-84 → GCJ-02 (forward, closed form). */
export function wgs84ToGcj02(lon: number, lat: number): [number, number] {
  const dLat0 = tLat(lon - 105, lat - 35);
  const dLon0 = tLon(lon - 105, lat - 35);
  const radLat = (lat / 180) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (dLat0 * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLon = (dLon0 * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

/** GCJ-02 → WGS-84 by fixed-point iteration of the forward formula. */
export function gcj02ToWgs84(lon: number, lat: number, tolDeg = 1e-9, maxIter = 30): [number, number] {
  let x = lon;
  let y = lat;
  for (let i = 0; i < maxIter; i++) {
    const [fx, fy] = wgs84ToGcj02(x, y);
    const dx = fx - lon;
    const dy = fy - lat;
    x -= dx;
    y -= dy;
    if (Math.abs(dx) < tolDeg && Math.abs(dy) < tolDeg) break;
  }
  return [x, y];
}
