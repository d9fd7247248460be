/**
 * The units layer as tiles + store, in a real browser: the sample is switched with the one
 * command a city would run (`npm run geodata:tiles`), served with Range support, and the
 * explorer must answer a click and a site check exactly as the GeoJSON build does (expected
 * unit from turf over the sample GeoJSON), reading units only through Range requests. The same
 * command keeps the sections' readings apart: a section's come from its district's file.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mapCentre } from './browser';
import { sections, units, unitsAt } from './data';
import { serveDist } from './server';
import { browserSession } from './session';

let dir = '';
let server: Server | null = null;
let base = '';
const served: { path: string; status: number }[] = [];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tiled-units-'));
  cpSync('dist/data', dir, { recursive: true });
  execFileSync('npx', ['tsx', 'geodata/tiles/convert.ts', dir, '--minzoom', '6', '--maxzoom', '9', '--labels', '9'], { stdio: 'pipe' });
});

beforeAll(async () => {
  const s = await serveDist('dist', 0, { mounts: { data: dir }, log: (path, status) => served.push({ path, status }) });
  server = s.server;
  base = s.url;
}, 120_000);

afterAll(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  rmSync(dir, { recursive: true, force: true });
});

// pages are opened with full URLs: the server starts in beforeAll
const { open } = browserSession('');

/** The roles of what the map's highlight source outlines now ('hover', 'selected'). */
function highlightRoles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const map = (document.querySelector('.map') as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
    const data = (await map.getSource<import('maplibre-gl').GeoJSONSource>('highlight')!.getData()) as GeoJSON.FeatureCollection;
    return data.features.map((f) => String(f.properties?.role)).sort();
  });
}

async function startTool(page: Page, name: string) {
  await page.getByRole('button', { name }).click();
  await page.locator('.toolbar button[aria-pressed="true"]', { hasText: name }).waitFor();
}

describe('units from tiles + store', () => {
  it('a click reads the unit from the store, and the site check lists the same unit as in memory', async () => {
    const [lon, lat] = [106.55, 29.56];
    const [expected] = unitsAt(lon, lat);
    const { page, errors, foreignRequests } = await open(`${base}#map=12/${lat}/${lon}`);
    const centre = await mapCentre(page);
    await page.mouse.click(centre.x, centre.y);
    const panel = page.getByTestId('inspector');
    await panel.getByText(expected!.properties.code).waitFor();
    await expect(panel.textContent()).resolves.toContain(expected!.properties.name);
    expect(decodeURIComponent(page.url())).toContain(`sel=unit:${expected!.properties.code}`);
    // the pointer still rests on the unit it selected: one outline, the selection's, with no
    // hover outline drawn over it (hover knows a tiled unit by feature id, selection by code)
    await expect.poll(() => highlightRoles(page)).toEqual(['selected']);

    await startTool(page, '点选场地');
    await page.mouse.click(centre.x, centre.y);
    await page.getByTestId('site-check').waitFor();
    expect(await page.locator('[data-testid=site-units] code').allTextContents()).toEqual([expected!.properties.code]);
    await expect(page.locator('[data-testid=site-rivers] li').count()).resolves.toBe(3);

    // the app never fetches the units GeoJSON: at most the HTML's build-time preload does (it
    // was built from the GeoJSON manifest; this test swaps the data folder after the build)
    expect(served.filter((r) => r.path.endsWith('units.geojson')).length).toBeLessThanOrEqual(1);
    // the store is read in ranges only (206)
    const store = served.filter((r) => r.path.endsWith('units.store.bin'));
    expect(store.length).toBeGreaterThan(0);
    expect(store.every((r) => r.status === 206)).toBe(true);
    expect(served.filter((r) => r.path.endsWith('units.pmtiles')).every((r) => r.status === 206)).toBe(true);

    // search finds a tiled unit by its name (the names file, read on the first search) and
    // opens it from the store; the unit is one far from the view, named the way the data names it
    await page.keyboard.press('Escape');
    const far = units.features.find((f) => f.properties.district !== expected!.properties.district && f.properties.category === 'priority')!;
    await page.locator('#search-input').fill(far.properties.name);
    await page.getByRole('option', { name: new RegExp(far.properties.code) }).click();
    await panel.getByText(far.properties.code).waitFor();
    await expect(panel.textContent()).resolves.toContain(far.properties.name);
    expect(served.filter((r) => r.path.endsWith('units.names.json')).length).toBe(1);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('a unit the pointer rests on is read ahead, so a click on it reads nothing more from the store', async () => {
    const [lon, lat] = [106.5, 29.52];
    const [expected] = unitsAt(lon, lat);
    const storeReads = () => served.filter((r) => r.path.endsWith('units.store.bin')).length;
    const indexReads = served.filter((r) => r.path.endsWith('units.index.bin.gz')).length;
    const { page, errors } = await open(`${base}#map=12/${lat}/${lon}`);
    // the store opens after the first view: its index read, then its header
    await expect.poll(() => served.filter((r) => r.path.endsWith('units.index.bin.gz')).length, { timeout: 20_000 }).toBeGreaterThan(indexReads);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('store open').length), { timeout: 20_000 }).toBe(1);
    const beforeHover = storeReads();
    const centre = await mapCentre(page);
    await page.mouse.move(centre.x, centre.y);
    await expect.poll(storeReads, { timeout: 10_000 }).toBeGreaterThan(beforeHover);
    const afterHover = storeReads();
    await page.mouse.click(centre.x, centre.y);
    await page.getByTestId('inspector').getByText(expected!.properties.code).waitFor();
    expect(storeReads()).toBe(afterHover);
    expect(errors).toEqual([]);
  });

  it('a section’s monthly values are read from its district’s readings file when it is opened, and only then', async () => {
    const section = sections.features.find((f) => f.properties.name === '寸滩')!;
    const [lon, lat] = section.geometry.coordinates as [number, number];
    const { page, errors } = await open(`${base}#map=11/${lat}/${lon}`);
    const readingsRead = () => served.filter((r) => r.path.includes('sections.readings/')).map((r) => r.path);
    const before = readingsRead().length;
    const sectionsGeojsonReads = () => served.filter((r) => r.path === 'data/sections.geojson').length;
    const sectionsGeojsonBefore = sectionsGeojsonReads();
    const centre = await mapCentre(page);
    await page.mouse.click(centre.x, centre.y);
    await expect(page.getByTestId('water-name').textContent()).resolves.toBe('寸滩');
    const rows = page.getByTestId('inspector').locator('tbody tr');
    await rows.first().waitFor();
    // the values of the sample's own file, in its order
    const first = section.properties.monthly![0]!;
    await expect(rows.count()).resolves.toBe(section.properties.monthly!.length);
    await expect(rows.first().locator('th').textContent()).resolves.toBe(first.month);
    expect(readingsRead().slice(before)).toEqual([`data/sections.readings/${section.properties.adcode}.json`]);
    // the map and panels read the points file; the sections GeoJSON with readings, at most the
    // HTML's build-time preload did, once for this page (built from the sample's manifest, as
    // for units.geojson)
    expect(served.some((r) => r.path === 'data/sections.points.geojson')).toBe(true);
    expect(sectionsGeojsonReads() - sectionsGeojsonBefore).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
  });

  it('the embed reads a clicked unit from the store as the explorer does', async () => {
    const [lon, lat] = [106.55, 29.56];
    const [expected] = unitsAt(lon, lat);
    const { page, errors, foreignRequests } = await open(`${base}embed.html#map=12/${lat}/${lon}`, { width: 700, height: 900 });
    const centre = await mapCentre(page);
    await page.mouse.click(centre.x, centre.y);
    const panel = page.getByTestId('inspector');
    await panel.getByText(expected!.properties.code).waitFor();
    await expect(panel.textContent()).resolves.toContain(expected!.properties.name);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
