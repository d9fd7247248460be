/**
 * Shared by the report tests: site checks run by the real spatial core on the bundled sample data.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import type { Geometry } from 'geojson';
import type { Districts, Manifest, Rivers, Sections, UnitFeature, Units } from '../../src/data/contract';
import { buildSiteCheckContext, siteCheck, type SiteCheckResult } from '../../src/geo/index';

const dir = fileURLToPath(new NodeURL('../../public/data/', import.meta.url));
function load<T>(name: string): T {
  const path = `${dir}${name}`;
  if (!existsSync(path)) throw new Error(`sample data missing: public/data/${name} (run npm run geodata)`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export const units = load<Units>('units.geojson');
export const manifest = load<Manifest>('manifest.json');
export const ctx = buildSiteCheckContext({
  units,
  sections: load<Sections>('sections.geojson'),
  rivers: load<Rivers>('rivers.geojson'),
  districts: load<Districts>('districts.geojson'),
});
export const unitFeatures = new Map<string, UnitFeature>(units.features.map((f) => [f.properties.code, f]));

/** A ≈1 km² square (±0.0047° lon, ±0.0045° lat) centred on lon, lat. */
export function square(lon: number, lat: number): Geometry {
  const dx = 0.0047;
  const dy = 0.0045;
  return {
    type: 'Polygon',
    coordinates: [[[lon - dx, lat - dy], [lon + dx, lat - dy], [lon + dx, lat + dy], [lon - dx, lat + dy], [lon - dx, lat - dy]]],
  };
}

export function check(site: Geometry): SiteCheckResult {
  return siteCheck(ctx, site);
}
