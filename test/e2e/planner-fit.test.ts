import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mapCentre, pagePixelOf, pixelAt, waitForMapIdle } from './browser';
import { browserSession } from './session';
import { readFileSync } from 'node:fs';
import { encodeSite } from '../../src/state/site-link';

const base = inject('baseUrl');
const { open, opened } = browserSession(base);
const phone = { width: 390, height: 844 };
const narrow = { width: 360, height: 740 };
const desktop = { width: 1280, height: 800 };
/** The first parcel (万州) of the sample project file, which the upload dialog starts with. */
const UPLOADED: [number, number][] = JSON.parse(readFileSync('test/fixtures/upload/project-wgs84.geojson', 'utf8')).features[0].geometry.coordinates[0];

/** A ≈0.9 km² polygon in 万州 near the Yangtze. */
const RING: [number, number][] = [[108.372, 30.79], [108.384, 30.79], [108.386, 30.797], [108.378, 30.803], [108.37, 30.798], [108.372, 30.79]];
const SITE = encodeURIComponent(encodeSite({ type: 'Polygon', coordinates: [RING] }));

type View = { zoom: number; lat: number; lon: number };
const viewOf = (url: string): View => {
  const [zoom, lat, lon] = /map=([\d.]+)\/([\d.-]+)\/([\d.-]+)/.exec(url)!.slice(1).map(Number);
  return { zoom: zoom!, lat: lat!, lon: lon! };
};

/** Lon/lat under a page pixel for a map showing `view` (Web Mercator, 512-px tiles). */
async function lonLatAt(page: Page, view: View, x: number, y: number): Promise<[number, number]> {
  const c = await mapCentre(page);
  const world = 512 * 2 ** view.zoom;
  const yOf = (la: number) => (world / 2) * (1 - Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360)) / Math.PI);
  const latOf = (py: number) => (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - (2 * py) / world))) - 90;
  return [view.lon + ((x - c.x) / world) * 360, latOf(yOf(view.lat) + (y - c.y))];
}

const inside = (p: { x: number; y: number }, b: { x: number; y: number; width: number; height: number }) =>
  p.x > b.x && p.x < b.x + b.width && p.y > b.y && p.y < b.y + b.height;

/** Every vertex is on the visible map: inside it and under none of the floating controls. */
async function expectFramed(page: Page, vertices: [number, number][]) {
  await page.waitForTimeout(800);
  await waitForMapIdle(page);
  const view = viewOf(page.url());
  const map = (await page.locator('.map').boundingBox())!;
  const covers = await Promise.all(
    ['.toolbar', '.maplibregl-ctrl-top-right .maplibregl-ctrl'].map((s) => page.locator(s).first().boundingBox()),
  );
  for (const [lon, lat] of vertices) {
    const p = await pagePixelOf(page, view, lon, lat);
    expect(inside(p, map), `${lon},${lat} on the map`).toBe(true);
    for (const c of covers) expect(c && inside(p, c), `${lon},${lat} under a control`).toBeFalsy();
  }
}

describe('planner flows fit the screen', () => {
  it('a site= link frames the site, not the stored view that shows a sliver (phone)', async () => {
    // The stored view is zoomed in on the far corner: only a sliver of the site would show.
    const { page, errors } = await open(`#map=16/30.806/108.392&site=${SITE}`, phone);
    await page.getByTestId('site-check').waitFor();
    await expectFramed(page, RING);
    expect(errors).toEqual([]);
  });

  it('a site= link frames the site, not the stored view that shows a sliver (desktop)', async () => {
    const { page, errors } = await open(`#map=16/30.806/108.392&site=${SITE}`, desktop);
    await page.getByTestId('site-check').waitFor();
    await expectFramed(page, RING);
    expect(errors).toEqual([]);
  });

  for (const [size, viewport] of [['phone', narrow], ['desktop', desktop]] as const) {
    it(`an uploaded file's site is framed once it is checked (${size})`, async () => {
      // Far from the file's parcels: the map has to come to them.
      const { page, errors } = await open('#map=11/29.3/106.2', viewport);
      await page.locator('[data-tool="upload"]').click();
      await page.getByTestId('upload-input').setInputFiles('test/fixtures/upload/project-wgs84.geojson');
      await page.getByRole('button', { name: '核查所选（1 个）' }).click();
      await page.getByTestId('site-check').waitFor();
      await expectFramed(page, UPLOADED);
      expect(errors).toEqual([]);
    });
  }

  it('a site drawn on a phone with taps and the Finish button is framed above the sheet', async () => {
    const { page, errors } = await open('#map=13/30.80/108.38', narrow);
    await page.locator('[data-tool="polygon"]').click();
    await page.locator('.toolbar button[aria-pressed="true"]').waitFor();
    const map = (await page.locator('.map').boundingBox())!;
    const view = viewOf(page.url());
    // A square reaching the map's right edge, under the zoom buttons' column.
    const taps: [number, number][] = [[map.x + 60, map.y + 260], [map.x + map.width - 10, map.y + 260], [map.x + map.width - 10, map.y + 360], [map.x + 60, map.y + 360]];
    const vertices = await Promise.all(taps.map(([x, y]) => lonLatAt(page, view, x, y)));
    for (const [x, y] of taps) await page.mouse.click(x, y);
    await page.getByRole('button', { name: '完成' }).click();
    await page.getByTestId('site-check').waitFor();
    await expectFramed(page, vertices);
    // The sheet took the lower part of the screen: the map above it shows the whole site.
    const sheet = (await page.getByRole('complementary', { name: '场地核查' }).boundingBox())!;
    const shrunk = (await page.locator('.map').boundingBox())!;
    expect(shrunk.y + shrunk.height).toBeLessThanOrEqual(sheet.y + 1);
    expect(errors).toEqual([]);
  });

  it('measuring on a phone: the readout is on screen, counts the points placed, and switches units', async () => {
    const { page, errors } = await open('#map=12/29.56/106.55', narrow);
    await page.locator('[data-tool="measure"]').click();
    await page.locator('.toolbar button[aria-pressed="true"]').waitFor();
    // The measure sheet takes the lower part of the screen, the hint the map's foot: points go above.
    await page.getByTestId('measure').waitFor();
    const map = (await page.locator('.map').boundingBox())!;
    const pts: [number, number][] = [[map.x + 80, map.y + map.height * 0.35], [map.x + 260, map.y + map.height * 0.35], [map.x + 170, map.y + map.height * 0.6]];
    for (const [x, y] of pts) await page.mouse.click(x, y);
    const readout = page.getByTestId('measure-points');
    await expect(readout.textContent()).resolves.toBe('3 个点');
    for (const id of ['measure-length', 'measure-area', 'measure-points']) {
      const box = (await page.getByTestId(id).boundingBox())!;
      expect(box.y, id).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, id).toBeLessThanOrEqual(narrow.height);
      expect(box.x + box.width, id).toBeLessThanOrEqual(narrow.width);
    }
    await expect(page.getByTestId('measure-area').textContent()).resolves.toMatch(/公顷$/);
    await page.getByRole('button', { name: '亩', exact: true }).click();
    await expect(page.getByTestId('measure-area').textContent()).resolves.toMatch(/亩$/);
    // A touch screen has no Esc: Finish ends measuring and keeps the result.
    await page.getByRole('button', { name: '完成' }).click();
    await expect(page.getByTestId('tool-hint').count()).resolves.toBe(0);
    await expect(readout.textContent()).resolves.toBe('3 个点');
    await expect(page.getByRole('button', { name: '清除测量' }).count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('a site drawn next to the toolbar is framed clear of it once the panel is open', async () => {
    const { page, errors } = await open('#map=13/30.80/108.38');
    await page.getByRole('button', { name: '绘制范围' }).click();
    await page.locator('.toolbar button[aria-pressed="true"]').waitFor();
    const map = (await page.locator('.map').boundingBox())!;
    const view = viewOf(page.url());
    // A square at the map's left edge, where the toolbar floats, and its far right side under where the panel opens.
    const clicks: [number, number][] = [[map.x + 140, map.y + 300], [map.x + map.width - 20, map.y + 300], [map.x + map.width - 20, map.y + 420], [map.x + 140, map.y + 420]];
    const vertices = await Promise.all(clicks.map(([x, y]) => lonLatAt(page, view, x, y)));
    for (const [x, y] of clicks) await page.mouse.click(x, y);
    await page.keyboard.press('Enter');
    await page.getByTestId('site-check').waitFor();
    await expectFramed(page, vertices);
    expect(errors).toEqual([]);
  });

  it('measure beside a site: the readout counts placed points, shows above the site panel, and Esc draws the closing edge', async () => {
    const { page, errors } = await open('#map=12/29.56/106.55');
    await page.getByRole('button', { name: '点选场地' }).click();
    await page.locator('.toolbar button[aria-pressed="true"]').waitFor();
    const centre = await mapCentre(page);
    await page.mouse.click(centre.x, centre.y);
    await page.getByTestId('site-check').waitFor();
    await page.waitForTimeout(800);
    await waitForMapIdle(page);
    await page.getByRole('button', { name: '测量' }).click();
    await page.locator('.toolbar button[aria-pressed="true"]').waitFor();
    const c = await mapCentre(page);
    const pts: [number, number][] = [[c.x - 120, c.y - 80], [c.x + 120, c.y - 80], [c.x, c.y + 100]];
    for (const [x, y] of pts) await page.mouse.click(x, y);
    const readout = page.getByTestId('measure-points');
    await expect(readout.textContent()).resolves.toBe('3 个点');
    const box = (await page.getByTestId('measure').boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    // Midpoint of the closing edge (third point back to the first), before and after Esc.
    const mid = { x: (pts[2]![0] + pts[0]![0]) / 2, y: (pts[2]![1] + pts[0]![1]) / 2 };
    await page.mouse.move(pts[2]![0], pts[2]![1]);
    await page.waitForTimeout(300);
    const before = await pixelAt(page, mid.x, mid.y);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(500);
    const after = await pixelAt(page, mid.x, mid.y);
    await expect(readout.textContent()).resolves.toBe('3 个点');
    // The measure line is orange (230, 120, 0): red up, blue down where the edge is drawn.
    expect(after[0] - after[2] - (before[0] - before[2])).toBeGreaterThan(60);
    expect(errors).toEqual([]);
  });

  it('no page asked another origin for anything', () => {
    expect(opened.flatMap((o) => o.foreignRequests)).toEqual([]);
  });
});
