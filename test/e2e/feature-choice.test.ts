/**
 * A file with several features: the upload dialog lists them and the user checks which make the
 * site. The sample project file holds two parcels, one in 万州 and one in 渝中, about 224 km apart
 * (the distance between their centres, computed here with GeographicLib from the file itself).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import geographiclib from 'geographiclib-geodesic';
import type { Page } from 'playwright-core';
import { decodeSite } from '../../src/state/site-link';
import { waitForMapIdle } from './browser';
import { browserSession } from './session';

const base = inject('baseUrl');
const { open, opened } = browserSession(base);

const FILE = 'test/fixtures/upload/project-wgs84.geojson';
const parcels = JSON.parse(readFileSync(FILE, 'utf8')).features as { geometry: { coordinates: number[][][] } }[];
/** Centre of a parcel's box, as the dialog measures places. */
const centre = (ring: number[][]) => {
  const xs = ring.map((p) => p[0]!);
  const ys = ring.map((p) => p[1]!);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
};
const [a, b] = parcels.map((p) => centre(p.geometry.coordinates[0]!));
const APART_KM = Math.round(geographiclib.Geodesic.WGS84.Inverse(a![1]!, a![0]!, b![1]!, b![0]!).s12! / 1000);

async function uploadSample(page: Page, toolName: string) {
  await page.getByRole('button', { name: toolName }).click();
  await page.getByTestId('upload-input').setInputFiles(FILE);
  await page.getByTestId('feature-choice').waitFor();
}

const labels = (page: Page) => page.getByTestId('feature-choice').locator('li label').allInnerTexts();
/** The notes on the current choice, once the worker has answered for it. */
const notes = (page: Page) => page.locator('[data-testid=feature-choice-notes]:not([aria-busy=true])').textContent({ timeout: 30_000 });

describe('choosing features of an uploaded file', () => {
  it('lists the parcels, checks only the first of two far-apart places, and the keyboard picks the other; the link holds that site', async () => {
    expect(APART_KM).toBeGreaterThan(200);
    const { page, errors } = await open('#map=9/30.2/107.5');
    await uploadSample(page, '上传文件');
    const choice = page.getByTestId('feature-choice');
    await expect(choice.locator('legend').textContent()).resolves.toBe('文件中有 2 个要素，请勾选要核查的');
    const rows = await labels(page);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^万州示例项目\s+面 · [\d.,]+ (平方公里|公顷) · 万州区$/);
    expect(rows[1]).toMatch(/^渝中示例项目\s+面 · [\d.,]+ (平方公里|公顷) · 渝中区$/);
    await expect(page.getByTestId('feature-choice-intro').textContent()).resolves.toContain(`分布在 2 处（彼此相距 5 公里以上），最远两处的中心相距 ${APART_KM} 公里。已只勾选第一处`);
    const boxes = choice.getByRole('checkbox');
    expect(await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked))).toEqual([true, false]);
    // Focus is on the first box: keyboard users start in the list.
    await expect(boxes.first().evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    // Both checked: the dialog says they lie apart and will be checked as one site.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    // what a choice makes is worked out in the upload worker: the notes follow when it answers
    await expect.poll(() => notes(page), { timeout: 30_000 }).toContain(`所选要素分布在 2 处，最远两处的中心相距 ${APART_KM} 公里`);
    // The first note was about the first choice: it goes once the user changes it.
    await expect(page.getByTestId('feature-choice-intro').count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '核查所选（2 个）' }).count()).resolves.toBe(1);
    // Only the second: back to one place, nothing to warn about.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => notes(page), { timeout: 30_000 }).toBe('');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('核查所选（1 个）');
    await page.keyboard.press('Enter');

    const panel = page.getByTestId('site-check');
    await panel.waitFor();
    await expect(page.locator('.side-panel').textContent()).resolves.toContain('核查了其中 1 个（共 2 个）：渝中示例项目。');
    await expect(page.getByTestId('upload-dialog').count()).resolves.toBe(0);
    const codes = await panel.locator('[data-testid=site-units] code').allTextContents();
    expect(codes.every((c) => c.startsWith('ZH500103'))).toBe(true); // 渝中区 units

    // The link holds the chosen site: the 渝中 parcel alone, to the link's 1e-6°.
    await page.waitForTimeout(800);
    await waitForMapIdle(page);
    const site = decodeSite(decodeURIComponent(/site=([^&]+)/.exec(page.url())![1]!));
    const ring = (site as { type: 'Polygon'; coordinates: number[][][] }).coordinates[0]!;
    expect(site!.type).toBe('Polygon');
    parcels[1]!.geometry.coordinates[0]!.forEach((p, i) => {
      expect(ring[i]![0]).toBeCloseTo(p[0]!, 6);
      expect(ring[i]![1]).toBeCloseTo(p[1]!, 6);
    });
    const again = await open(page.url().slice(base.length));
    await again.page.getByTestId('site-check').waitFor();
    await expect(again.page.locator('[data-testid=site-units] code').allTextContents()).resolves.toEqual(codes);
    expect([...errors, ...again.errors]).toEqual([]);
  });

  it('at 360 px in English the list fits, its targets are 44 px, and checking both places says so on the site panel', async () => {
    const phone = { width: 360, height: 740 };
    const { page, errors } = await open('#lang=en&map=9/30.2/107.5', phone);
    await uploadSample(page, 'Upload a file');
    const dialog = (await page.getByTestId('upload-dialog').boundingBox())!;
    expect(dialog.x).toBeGreaterThanOrEqual(0);
    expect(dialog.x + dialog.width).toBeLessThanOrEqual(phone.width);
    await expect(page.getByTestId('upload-dialog').evaluate((d) => d.scrollWidth - d.clientWidth)).resolves.toBe(0);
    await expect(page.getByTestId('feature-choice').locator('legend').textContent()).resolves.toBe('The file holds 2 features: check the ones to use');
    const rows = await labels(page);
    expect(rows[0]).toMatch(/^万州示例项目\s+Area · [\d.,]+ (km²|ha) · Wanzhou/);
    for (const target of await page.getByTestId('feature-choice').locator('label, button').all()) {
      const box = (await target.boundingBox())!;
      expect(box.height, await target.innerText()).toBeGreaterThanOrEqual(44);
      expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
    }
    await page.getByRole('button', { name: 'Select all' }).click();
    await expect.poll(() => notes(page), { timeout: 30_000 }).toContain(`The selected features lie in 2 places; the centres of the two farthest apart are ${APART_KM} km apart.`);
    await page.getByRole('button', { name: 'Check the selection (2)' }).click();
    await page.getByTestId('site-check').waitFor();
    await expect(page.locator('.side-panel').textContent()).resolves.toContain(`lie in 2 places, the centres of the two farthest apart ${APART_KM} km apart, and were checked as one site.`);
    expect(errors).toEqual([]);
  });

  it('a file of one feature becomes the site at once, without a list', async () => {
    const { page, errors } = await open('#map=12/29.56/106.55');
    await page.getByRole('button', { name: '上传文件' }).click();
    const one = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '单个地块' }, geometry: JSON.parse(readFileSync(FILE, 'utf8')).features[1].geometry }] };
    await page.getByTestId('upload-input').setInputFiles({ name: 'one.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(one)) });
    await page.getByTestId('site-check').waitFor();
    await expect(page.getByTestId('feature-choice').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('no page asked another origin for anything', () => {
    expect(opened.flatMap((o) => o.foreignRequests)).toEqual([]);
  });
});
