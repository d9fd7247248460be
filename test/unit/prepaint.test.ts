import { describe, expect, it } from 'vitest';
import { restampDataPreloads } from '../../build/prepaint';

const page = (list: unknown) => `<script src="./assets/app-prepaint-1.js" data-preloads="${JSON.stringify(list).replaceAll('"', '&quot;')}"></script>`;
const listed = (html: string) => JSON.parse(/data-preloads="([^"]*)"/.exec(html)![1]!.replaceAll('&quot;', '"')) as unknown;

describe('a built page restamped with another data folder', () => {
  it('lists that manifest’s whole-read files and keeps the modules; a Range-read archive is never downloaded whole', () => {
    const before = page([
      { href: './data/manifest.json', rel: 'preload' },
      { href: './data/units.geojson', rel: 'preload' },
      { href: './assets/maplibre-gl-1.js', rel: 'modulepreload' },
    ]);
    const after = restampDataPreloads(before, {
      layers: [
        { file: 'units.pmtiles', format: 'tiles+store' },
        { file: 'sections.geojson' },
      ],
    });
    expect(listed(after)).toEqual([
      { href: './data/manifest.json', rel: 'preload' },
      { href: './data/sections.geojson', rel: 'preload' },
      { href: './assets/maplibre-gl-1.js', rel: 'modulepreload' },
    ]);
  });

  it('refuses a page without a pre-paint script', () => {
    expect(() => restampDataPreloads('<html></html>', { layers: [] })).toThrow(/no pre-paint script/);
  });
});
