import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import geographiclib from 'geographiclib-geodesic';
import { mapCentre, pagePixelOf, pixelAt, waitForMapIdle } from './browser';
import { browserSession } from './session';
import { unitsAt } from './data';

const { Geodesic } = geographiclib;

const base = inject('baseUrl');
const { open, opened } = browserSession(base);

/** The unit codes the site panel lists, in order. */
const listedCodes = (page: Page) => page.locator('[data-testid=site-units] code').allTextContents();

async function upload(page: Page, file: string, { csvPolygon = false } = {}) {
  await page.getByRole('button', { name: '上传文件' }).click();
  if (csvPolygon) await page.getByRole('checkbox', { name: 'CSV 的点按顺序连成范围' }).check();
  await page.getByTestId('upload-input').setInputFiles(`test/fixtures/upload/${file}`);
}

/**
 * The sample project files hold two parcels 230 km apart: the list starts with the first (万州)
 * checked. Checks it and waits until the site panel names `file` as the site's origin.
 */
async function checkFirstParcel(page: Page, file: string) {
  await page.getByTestId('feature-choice').waitFor();
  await page.getByRole('button', { name: '核查所选（1 个）' }).click();
  await page.locator('.side-panel .kind', { hasText: file }).waitFor();
}

/** Uploads a file of the sample project and checks its first parcel. */
async function checkFile(page: Page, file: string) {
  await upload(page, file);
  await checkFirstParcel(page, file);
}

/** A page over the sample project with the WGS-84 file's first parcel checked, and the units it lists. */
async function openWithProjectSite() {
  const session = await open('#map=10/30.80/108.38');
  await checkFile(session.page, 'project-wgs84.geojson');
  return { ...session, codes: await listedCodes(session.page) };
}

/** Starts a tool and waits until it is active (the planner code loads on first use). */
async function startTool(page: Page, name: string) {
  const button = page.getByRole('button', { name });
  await button.click();
  await page.locator('.toolbar button[aria-pressed="true"]', { hasText: name }).waitFor();
}

describe('planner tools', () => {
  it('clicking a point in a known unit lists that unit, with distances to the nearest priority unit and the rivers', async () => {
    const [lon, lat] = [106.55, 29.56];
    const [expected] = unitsAt(lon, lat);
    const { page, errors } = await open(`#map=12/${lat}/${lon}`);
    await startTool(page, '点选场地');
    const centre = await mapCentre(page);
    await page.mouse.click(centre.x, centre.y);
    await page.getByTestId('site-check').waitFor();
    expect(await listedCodes(page)).toEqual([expected!.properties.code]);
    await expect(page.locator('[data-testid=site-rivers] li').count()).resolves.toBe(3);
    await expect(page.getByTestId('verdict').textContent()).resolves.toContain('不构成');
    expect(page.url()).toMatch(/site=P/);
    expect(errors).toEqual([]);
  });

  it('keyboard users pick the map centre as a site with Enter', async () => {
    const [lon, lat] = [106.55, 29.56];
    const [expected] = unitsAt(lon, lat);
    const { page, errors } = await open(`#map=12/${lat}/${lon}`);
    await startTool(page, '点选场地');
    await page.locator('.map canvas').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('site-check').waitFor();
    expect(await listedCodes(page)).toEqual([expected!.properties.code]);
    await expect(page.getByTestId('site-centroid').textContent()).resolves.toBe('106.550000, 29.560000');
    expect(errors).toEqual([]);
  });

  it('an uploaded polygon in CGCS2000 3° GK CM 108° (EPSG:4545) gives the same result as the same polygon in WGS-84', async () => {
    const { page, errors, codes: wgs84Codes } = await openWithProjectSite();
    const wgs84Area = await page.getByTestId('site-area').textContent();
    const wgs84Figures = await page.locator('[data-testid=site-units] .figure').allTextContents();
    expect(wgs84Codes.length).toBeGreaterThan(0);

    await checkFile(page, 'project-epsg4545.geojson');
    expect(await listedCodes(page)).toEqual(wgs84Codes);
    await expect(page.getByTestId('site-area').textContent()).resolves.toBe(wgs84Area);
    expect(await page.locator('[data-testid=site-units] .figure').allTextContents()).toEqual(wgs84Figures);
    expect(errors).toEqual([]);
  });

  it('an ambiguous projected CSV asks for the zone, and the answer gives the WGS-84 result', async () => {
    const { page, errors, codes: wgs84Codes } = await openWithProjectSite();
    const wgs84Area = await page.getByTestId('site-area').textContent();

    await upload(page, 'project-epsg4545.csv', { csvPolygon: true });
    await page.getByRole('radio').first().waitFor();
    await page.getByRole('radio', { name: /中央经线 108°/ }).check();
    await page.getByRole('button', { name: '使用所选坐标系' }).click();
    await checkFirstParcel(page, 'project-epsg4545.csv');
    expect(await listedCodes(page)).toEqual(wgs84Codes);
    await expect(page.getByTestId('site-area').textContent()).resolves.toBe(wgs84Area);
    expect(errors).toEqual([]);
  });

  it('a bad file gets a clear error and keeps the site the user had', async () => {
    const { page, errors, codes: before } = await openWithProjectSite();
    await page.getByRole('button', { name: '上传文件' }).click();
    await page.getByTestId('upload-input').setInputFiles({ name: 'broken.geojson', mimeType: 'application/json', buffer: Buffer.from('{"type": "FeatureCollection", "features": [') });
    await expect(page.getByTestId('upload-error').textContent()).resolves.toContain('不是有效的 JSON');
    await page.keyboard.press('Escape');
    expect(await listedCodes(page)).toEqual(before);
    expect(errors).toEqual([]);
  });

  it('the permalink reproduces the check after a reload', async () => {
    const { page, errors, codes } = await openWithProjectSite();
    const nearest = await page.getByTestId('nearest-priority').textContent();
    // The map flies to the uploaded site; take the link once it has arrived.
    await page.waitForTimeout(1000);
    await waitForMapIdle(page);
    const url = page.url();
    expect(url).toMatch(/site=A/);

    const again = await open(url.slice(base.length));
    await again.page.getByTestId('site-check').waitFor();
    expect(await listedCodes(again.page)).toEqual(codes);
    await expect(again.page.getByTestId('nearest-priority').textContent()).resolves.toBe(nearest);
    await expect(again.page.locator('.side-panel .kind').textContent()).resolves.toContain('来自链接');

    // "copy link" says what it did (copied, or the link itself where the clipboard is refused),
    // and the note belongs to that site: a new site starts without it.
    const linkNote = again.page.locator('.side-panel .note[role=status]');
    await again.page.getByRole('button', { name: '复制链接' }).click();
    await expect.poll(() => linkNote.textContent()).toMatch(/^(链接已复制|http.*site=A.*)$/);
    await checkFile(again.page, 'project-wgs84.geojson');
    await expect(linkNote.count()).resolves.toBe(0);

    // The site is drawn on the map: a pixel inside it changes when the site is cleared. Same
    // link; once it has framed the site, a new view in the hash zooms onto the first parcel.
    const parcel = JSON.parse(readFileSync('test/fixtures/upload/project-wgs84.geojson', 'utf8')).features[0].geometry.coordinates[0].slice(1);
    const lon = parcel.reduce((t: number, p: number[]) => t + p[0]!, 0) / parcel.length;
    const lat = parcel.reduce((t: number, p: number[]) => t + p[1]!, 0) / parcel.length;
    const zoomed = await open(url.slice(base.length));
    await zoomed.page.getByTestId('site-check').waitFor();
    await zoomed.page.waitForTimeout(1000);
    await waitForMapIdle(zoomed.page);
    const view = { zoom: 14, lat: 30.8, lon: 108.38 };
    await zoomed.page.evaluate((h) => (location.hash = h), new URL(zoomed.page.url()).hash.replace(/map=[^&]+/, `map=${view.zoom}/${view.lat}/${view.lon}`));
    await zoomed.page.waitForTimeout(1000);
    await waitForMapIdle(zoomed.page);
    const at = await pagePixelOf(zoomed.page, view, lon, lat);
    const box = (await zoomed.page.locator('.map').boundingBox())!;
    expect(at.x).toBeGreaterThan(box.x);
    expect(at.x).toBeLessThan(box.x + box.width);
    expect(at.y).toBeGreaterThan(box.y);
    expect(at.y).toBeLessThan(box.y + box.height);
    const withSite = await pixelAt(zoomed.page, at.x, at.y);
    await zoomed.page.getByRole('button', { name: '清除场地' }).click();
    await zoomed.page.waitForTimeout(500);
    await waitForMapIdle(zoomed.page);
    // The closed panel gives its room back to the map, which keeps its centre: the same place
    // is now at another pixel.
    const [z2, lat2, lon2] = /map=([\d.]+)\/([\d.-]+)\/([\d.-]+)/.exec(zoomed.page.url())!.slice(1).map(Number);
    const after = await pagePixelOf(zoomed.page, { zoom: z2!, lat: lat2!, lon: lon2! }, lon, lat);
    const without = await pixelAt(zoomed.page, after.x, after.y);
    expect(withSite[2] - without[2]).toBeGreaterThan(20);
    expect(zoomed.page.url()).not.toContain('site=');
    expect([...errors, ...again.errors, ...zoomed.errors]).toEqual([]);
  });

  it('drawing an area with clicks and Enter checks it; the print view renders the tables', async () => {
    const { page, errors } = await open('#map=13/30.80/108.38');
    await startTool(page, '绘制范围');
    const c = await mapCentre(page);
    const cursor = () => page.locator('.maplibregl-canvas').evaluate((el) => (el as HTMLElement).style.cursor);
    for (const [dx, dy] of [[-60, -40], [60, -40], [60, 40], [-60, 40]]) await page.mouse.click(c.x + dx!, c.y + dy!);
    // Leaving the map mid-drawing and coming back keeps the crosshair.
    await page.mouse.move(c.x, 2);
    await page.mouse.move(c.x, c.y);
    await expect(cursor()).resolves.toBe('crosshair');
    await page.keyboard.press('Enter');
    await page.getByTestId('site-check').waitFor();
    await expect(cursor()).resolves.not.toBe('crosshair');
    const codes = await listedCodes(page);
    expect(codes.length).toBeGreaterThan(0);

    await page.getByRole('button', { name: '打印报告 / 导出' }).click();
    const report = page.getByTestId('report');
    await report.waitFor();
    await expect(report.getByTestId('report-units').locator('tbody tr').count()).resolves.toBe(codes.length);
    await expect(report.getByTestId('report-rivers').locator('tbody tr').count()).resolves.toBe(3);
    await expect(report.getByTestId('report-sections').count()).resolves.toBe(1);
    await expect(report.getByTestId('report-rules').count()).resolves.toBe(1);
    await expect(report.textContent()).resolves.toContain('示例');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.shell').isVisible()).resolves.toBe(false);
    await expect(report.isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it('measuring two points shows the geodesic distance (checked against GeographicLib)', async () => {
    const [zoom, lat0, lon0] = [12, 29.56, 106.55];
    const { page, errors } = await open(`#map=${zoom}/${lat0}/${lon0}`);
    await startTool(page, '测量');
    const c = await mapCentre(page);
    const offsets: [number, number][] = [[-100, 0], [100, 50]];
    for (const [dx, dy] of offsets) await page.mouse.click(c.x + dx, c.y + dy);
    // Both clicks taken as points before Esc ends the measurement.
    await expect.poll(() => page.getByTestId('measure-points').textContent()).toBe('2 个点');
    await page.keyboard.press('Escape');
    const shown = Number((await page.getByTestId('measure-length').textContent())!.replace(/[^\d.]/g, ''));

    // Independent figure: Web Mercator (512-px tiles) turns the pixel offsets from the known map
    // centre into lon/lat, and GeographicLib measures the geodesic between them.
    const world = 512 * 2 ** zoom;
    const yOf = (lat: number) => (world / 2) * (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI);
    const latOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - (2 * y) / world))) - 90;
    const [p1, p2] = offsets.map(([dx, dy]) => [lon0 + (dx / world) * 360, latOf(yOf(lat0) + dy)] as const);
    const expectedKm = Geodesic.WGS84.Inverse(p1![1], p1![0], p2![1], p2![0]).s12! / 1000;
    expect(shown).toBeCloseTo(expectedKm, 2);
    expect(errors).toEqual([]);
  });

  it('the tool in use is in the link: tool=measure opens the measure tool, and the URL follows the toolbar', async () => {
    const { page, errors } = await open('#map=12/29.56/106.55&tool=measure');
    await page.locator('.toolbar button[aria-pressed="true"]', { hasText: '测量' }).waitFor();
    const c = await mapCentre(page);
    for (const dx of [-100, 100]) await page.mouse.click(c.x + dx, c.y);
    await page.getByTestId('measure-length').waitFor();
    expect(page.url()).toContain('tool=measure');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).not.toContain('tool=');
    await startTool(page, '绘制范围');
    await expect.poll(() => page.url()).toContain('tool=polygon');
    expect(errors).toEqual([]);
  });

  it('no page asked another origin for anything', () => {
    expect(opened.flatMap((o) => o.foreignRequests)).toEqual([]);
  });
});
