/**
 * A deployment of the built site that configures basemaps, as a city's web admin would: dist/
 * copied, a PMTiles extract put beside the data, manifest.json given a `basemaps` list, and the
 * CSP re-stamped (`npm run csp`). Raster services point at a local tile server on another port.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Basemap, Manifest } from '../../src/data/contract';
import { restampSite } from '../../scripts/csp';
import { buildCityBasemap } from './city-basemap';

export const TILE_COLOUR: [number, number, number] = [226, 120, 190];
export const ATTRIBUTION = {
  city: '测试底图（由本项目数据生成）',
  raster: 'Test raster tiles © local server',
  wmts: 'Test WMTS © local server',
};

export function configureSite(dist: string, tileOrigin: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'basemap-site-'));
  cpSync(dist, dir, { recursive: true });
  mkdirSync(join(dir, 'data/basemap'), { recursive: true });
  writeFileSync(join(dir, 'data/basemap/city.pmtiles'), buildCityBasemap());
  const title = (zh: string, en: string) => ({ zh, en });
  const basemaps: Basemap[] = [
    { id: 'offline', kind: 'bundled', title: title('离线底图', 'Offline basemap'), attribution: '' },
    { id: 'city', kind: 'pmtiles', url: 'basemap/city.pmtiles', title: title('城市矢量底图', 'City vector basemap'), attribution: ATTRIBUTION.city },
    { id: 'raster', kind: 'xyz', tiles: [`${tileOrigin}/xyz/{z}/{x}/{y}.png`], title: title('栅格瓦片', 'Raster tiles'), attribution: ATTRIBUTION.raster },
    {
      id: 'wmts',
      kind: 'wmts',
      url: `${tileOrigin}/wmts/wmts?SERVICE=WMTS&REQUEST=GetTile&LAYER=base&TILEMATRIXSET=GoogleMapsCompatible&TILEMATRIX={TileMatrix}&TILEROW={TileRow}&TILECOL={TileCol}`,
      title: title('WMTS 服务', 'WMTS service'),
      attribution: ATTRIBUTION.wmts,
    },
    { id: 'amap', kind: 'xyz', datum: 'GCJ-02', tiles: [`${tileOrigin}/gcj/{z}/{x}/{y}.png`], title: title('某 GCJ-02 底图', 'A GCJ-02 basemap'), attribution: 'GCJ-02 tiles' },
  ];
  const manifestPath = join(dir, 'data/manifest.json');
  const manifest: Manifest = { ...JSON.parse(readFileSync(manifestPath, 'utf8')), basemaps };
  writeFileSync(manifestPath, JSON.stringify(manifest));
  restampSite(dir);
  return dir;
}
