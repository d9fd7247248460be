/**
 * Quick visual check: renders the built layers to geodata/cache/preview.svg (and .png when
 * chromium is available). Not part of the build. Usage: tsx geodata/preview.ts [w s e n]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { CACHE_DIR, GEODATA_DIR } from './sources';

const DATA = join(GEODATA_DIR, '..', 'public', 'data');
const load = (f: string): FeatureCollection | null => {
  try {
    return JSON.parse(readFileSync(join(DATA, f), 'utf8')) as FeatureCollection;
  } catch {
    return null;
  }
};
const [w, s, e, n] = process.argv.slice(2, 6).map(Number);
const bbox = Number.isFinite(w) ? [w!, s!, e!, n!] : [105.1, 27.9, 110.3, 32.3];
const W = 1600;
const kx = Math.cos((((bbox[1]! + bbox[3]!) / 2) * Math.PI) / 180);
const scale = W / ((bbox[2]! - bbox[0]!) * kx);
const H = Math.round((bbox[3]! - bbox[1]!) * scale);
const px = (p: Position) => `${((p[0]! - bbox[0]!) * kx * scale).toFixed(1)},${((bbox[3]! - p[1]!) * scale).toFixed(1)}`;
const path = (g: Geometry): string => {
  switch (g.type) {
    case 'Polygon':
      return g.coordinates.map((r) => 'M' + r.map(px).join('L') + 'Z').join('');
    case 'MultiPolygon':
      return g.coordinates.map((p) => p.map((r) => 'M' + r.map(px).join('L') + 'Z').join('')).join('');
    case 'LineString':
      return 'M' + g.coordinates.map(px).join('L');
    case 'MultiLineString':
      return g.coordinates.map((l) => 'M' + l.map(px).join('L')).join('');
    default:
      return '';
  }
};
const parts: string[] = [];
const CAT: Record<string, string> = { priority: '#4caf50', key: '#e53935', general: '#fdd835' };
const ctx = load('context.geojson');
for (const f of ctx?.features ?? []) parts.push(`<path d="${path(f.geometry)}" fill="#eee" stroke="#999" stroke-width="1"/>`);
const units = load('units.geojson');
for (const f of units?.features ?? [])
  parts.push(`<path d="${path(f.geometry)}" fill="${CAT[f.properties!.category as string]}" fill-opacity="0.55" stroke="#555" stroke-width="0.4"/>`);
const d = load('districts.geojson');
for (const f of d?.features ?? []) parts.push(`<path d="${path(f.geometry)}" fill="${units ? 'none' : '#fafafa'}" stroke="#333" stroke-width="1.2"/>`);
const riv = load('rivers.geojson');
const RC: Record<number, string> = { 1: '#0d47a1', 2: '#1565c0', 3: '#1e88e5', 4: '#64b5f6', 5: '#90caf9' };
for (const f of riv?.features ?? []) {
  const r = f.properties!.rank as number;
  const named = f.properties!.name !== '';
  parts.push(`<path d="${path(f.geometry)}" fill="none" stroke="${named ? RC[r] : '#9ecae1'}" stroke-width="${named ? 5 - r : 0.8}"/>`);
}
for (const [file, color] of [['sections.geojson', '#000'], ['yangtze-points.geojson', '#ff00ff']] as const) {
  const fc = load(file);
  for (const f of fc?.features ?? []) {
    if (f.geometry.type !== 'Point') continue;
    const [x, y] = px(f.geometry.coordinates).split(',');
    const c = (f.properties!.class as number) > 3 ? '#ff6d00' : color;
    parts.push(`<circle cx="${x}" cy="${y}" r="4" fill="${c}" stroke="#fff"/>`);
    if (file === 'sections.geojson') parts.push(`<text x="${Number(x) + 5}" y="${y}" font-size="11">${f.properties!.name}${f.properties!.cross_border ? '★' : ''}</text>`);
  }
}
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="100%" height="100%" fill="#dfefff"/>${parts.join('')}</svg>`;
const svgPath = join(CACHE_DIR, 'preview.svg');
writeFileSync(svgPath, svg);
try {
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--screenshot=${join(CACHE_DIR, 'preview.png')}`, `--window-size=${W},${H}`, `file://${svgPath}`], { stdio: 'ignore' });
  console.log(join(CACHE_DIR, 'preview.png'));
} catch {
  console.log(svgPath);
}
