import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basemapOrigins, basemapRefusal, offeredBasemaps, rasterTiles, validateBasemaps } from '../../src/data/basemaps';
import type { Basemap, Manifest } from '../../src/data/contract';
import { SITE_POLICY, stampCsp, withBasemapOrigins } from '../../src/data/csp';
import { validateManifest } from '../../src/data/validate';

const KEY = '0123456789abcdef0123456789abcdef';
const title = { zh: '底图', en: 'Basemap' };
const xyz: Basemap = { id: 'osm', kind: 'xyz', title, attribution: '© OpenStreetMap contributors', tiles: ['https://tiles.example.org/{z}/{x}/{y}.png'] };
const tianditu: Basemap = { id: 'tdt', kind: 'tianditu', layer: 'img', key: KEY, title, attribution: '© 天地图' };
const pmtiles: Basemap = { id: 'city', kind: 'pmtiles', url: 'basemap/city.pmtiles', title, attribution: '© OpenStreetMap' };
const gcj: Basemap = { ...xyz, id: 'amap', datum: 'GCJ-02', tiles: ['https://webrd01.example.cn/{z}/{x}/{y}'] };

describe('manifest basemaps', () => {
  it('the default manifest offers only the bundled basemap', () => {
    const manifest = validateManifest(JSON.parse(readFileSync('public/data/manifest.json', 'utf8')));
    expect(offeredBasemaps(manifest).map((b) => b.kind)).toEqual(['bundled']);
  });

  it('accepts each kind and names the entry and field of a bad one', () => {
    expect(validateBasemaps([pmtiles, xyz, tianditu, gcj])).toHaveLength(4);
    expect(() => validateBasemaps([{ ...xyz, tiles: ['https://a.example/{z}/{x}.png'] }])).toThrow('basemaps[0]: tiles[0] must contain {y}');
    expect(() => validateBasemaps([xyz, { ...tianditu, key: 'short' }])).toThrow('basemaps[1]: key must be the 32-character 天地图 key');
    expect(() => validateBasemaps([{ ...pmtiles, url: '../outside.pmtiles' }])).toThrow('basemaps[0]: url must be');
    expect(() => validateBasemaps([{ ...xyz, attribution: '' }])).toThrow('basemaps[0]: attribution is required');
    expect(() => validateBasemaps([xyz, xyz])).toThrow('duplicate id “osm”');
    expect(() => validateBasemaps([{ ...xyz, tiles: ['javascript:alert(1)//{z}{x}{y}'] }])).toThrow('https URL');
  });

  it('refuses GCJ-02 services instead of drawing the zoning ~500 m off', () => {
    expect(basemapRefusal(gcj)).toBe('gcj02');
    expect(basemapRefusal(xyz)).toBeNull();
    expect(basemapOrigins(gcj)).toEqual([]);
  });

  it('天地图 is the Web-Mercator WMTS (matrix set w) with its label layer, Chinese or English', () => {
    const zh = rasterTiles(tianditu, 'zh')!;
    expect(zh.base).toHaveLength(8);
    expect(zh.base[0]).toBe(
      `https://t0.tianditu.gov.cn/img_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=img&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${KEY}`,
    );
    expect(zh.labels[0]).toContain('/cia_w/wmts?');
    expect(rasterTiles(tianditu, 'en')!.labels[0]).toContain('/eia_w/wmts?');
    expect(basemapOrigins(tianditu)).toEqual([0, 1, 2, 3, 4, 5, 6, 7].map((n) => `https://t${n}.tianditu.gov.cn`));
  });

  it('a WMTS GetTile template becomes z/x/y', () => {
    const wmts: Basemap = { id: 'w', kind: 'wmts', title, attribution: 'x', url: 'https://gis.example.gov.cn/wmts/base/GoogleMapsCompatible/{TileMatrix}/{TileRow}/{TileCol}.png' };
    expect(rasterTiles(wmts, 'zh')!.base).toEqual(['https://gis.example.gov.cn/wmts/base/GoogleMapsCompatible/{z}/{y}/{x}.png']);
  });
});

describe('Content-Security-Policy from the basemaps', () => {
  const policy = "default-src 'self'; img-src 'self' data: blob:; connect-src 'self' blob: data:; object-src 'none'";

  it('is unchanged without basemaps and for a same-origin PMTiles archive', () => {
    expect(withBasemapOrigins(policy, {})).toBe(policy);
    expect(withBasemapOrigins(policy, { basemaps: [pmtiles] })).toBe(policy);
  });

  it('allows exactly the configured origins for tiles, and drops origins stamped before', () => {
    const stamped = withBasemapOrigins(policy, { basemaps: [xyz, gcj] });
    expect(stamped).toBe(
      "default-src 'self'; img-src 'self' data: blob: https://tiles.example.org; connect-src 'self' blob: data: https://tiles.example.org; object-src 'none'",
    );
    expect(withBasemapOrigins(stamped, { basemaps: [] } as Pick<Manifest, 'basemaps'>)).toBe(policy);
  });

  it('rewrites the meta tag of the page', () => {
    const html = `<head><meta http-equiv="Content-Security-Policy" content="${SITE_POLICY}" /></head>`;
    expect(stampCsp(html, { basemaps: [xyz] })).toMatch(/connect-src [^;"]*https:\/\/tiles\.example\.org/);
    expect(() => stampCsp('<html></html>', {})).toThrow('no Content-Security-Policy');
  });
});
