import type { Server } from 'node:http';
import { rmSync } from 'node:fs';
import { LIGHT } from '@protomaps/basemaps';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mapCentre, pixelAt, waitForMapIdle } from './browser';
import { ATTRIBUTION, configureSite, TILE_COLOUR } from './configured-site';
import { serveDist } from './server';
import { browserSession } from './session';
import { serveTiles } from './tile-server';

const base = inject('baseUrl');
const { open } = browserSession(base);

let tiles: Awaited<ReturnType<typeof serveTiles>>;
let site: { server: Server; url: string; dir: string };

beforeAll(async () => {
  tiles = await serveTiles(TILE_COLOUR);
  const dir = configureSite('dist', tiles.origin);
  site = { ...(await serveDist(dir)), dir };
});
afterAll(async () => {
  await Promise.all([site, tiles].map(({ server }) => new Promise((done) => server.close(done))));
  rmSync(site.dir, { recursive: true, force: true });
});

const hex = (h: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
const near = (a: readonly number[], b: readonly number[]) => a.every((v, i) => Math.abs(v - b[i]!) <= 3);

/** How many of nine pixels around the map centre have the colour (labels and lines cover a few). */
async function pixelsOf(page: import('playwright-core').Page, colour: [number, number, number]): Promise<number> {
  const c = await mapCentre(page);
  let hits = 0;
  for (const dx of [-150, 0, 150]) for (const dy of [-120, 0, 120]) if (near(await pixelAt(page, c.x + dx, c.y + dy), colour)) hits++;
  return hits;
}

// The thematic layers are hidden in the pixel checks, so what shows is the basemap alone.
const CITY = '#map=14/29.5600/106.5800&hide=units,districts,rivers';

describe('basemaps', () => {
  it('with the default config there is no switcher, the CSP allows no other origin and the tile server gets no request', async () => {
    const { page, errors, foreignRequests } = await open(CITY);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).not.toMatch(/https?:\/\//);
    expect(await page.getByTestId('basemaps').count()).toBe(0);
    expect(tiles.requests).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a PMTiles extract beside the data renders through range requests under the site’s CSP', async () => {
    const { page, errors, foreignRequests, responses } = await open(`${CITY}&bm=city`, undefined, site.url);
    // the basemap's code loads once the map is up, so the first idle can come before its reads
    const ranges = () => responses.filter((r) => r.url.endsWith('/data/basemap/city.pmtiles')).map((r) => r.status);
    await expect.poll(() => ranges().length, { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => pixelsOf(page, hex(LIGHT.earth)), { timeout: 20_000 }).toBeGreaterThanOrEqual(5);
    expect(ranges().every((s) => s === 206)).toBe(true);
    await expect(page.locator('.maplibregl-ctrl-attrib').textContent()).resolves.toContain(ATTRIBUTION.city);
    await expect(page.getByTestId('basemaps').textContent()).resolves.toContain(ATTRIBUTION.city);
    expect(tiles.requests).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a raster XYZ service on another origin renders only once chosen, with its attribution; GCJ-02 is refused', async () => {
    const { page, errors } = await open(CITY, undefined, site.url);
    expect(await pixelsOf(page, TILE_COLOUR)).toBe(0);
    expect(tiles.requests).toEqual([]);

    await page.getByRole('radio', { name: '栅格瓦片' }).check();
    await expect.poll(() => tiles.requests.some((u) => u.startsWith('/xyz/'))).toBe(true);
    await waitForMapIdle(page);
    expect(page.url()).toContain('bm=raster');
    expect(await pixelsOf(page, TILE_COLOUR)).toBeGreaterThanOrEqual(5);
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    await expect(attribution.textContent()).resolves.toContain(ATTRIBUTION.raster);
    expect(await attribution.isVisible()).toBe(true);

    // The zoning is drawn above the basemap.
    await page.getByRole('checkbox', { name: '环境管控单元' }).check();
    await page.waitForTimeout(300);
    await waitForMapIdle(page);
    expect(await pixelsOf(page, TILE_COLOUR)).toBeLessThan(3);

    await expect(page.getByRole('radio', { name: '某 GCJ-02 底图' }).isDisabled()).resolves.toBe(true);
    await page.goto(`${site.url}${CITY}&bm=amap`);
    await waitForMapIdle(page);
    await expect(page.getByTestId('map-note').textContent()).resolves.toContain('GCJ-02');
    expect(page.url()).not.toContain('bm=');
    expect(tiles.requests.filter((u) => u.startsWith('/gcj/'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});
