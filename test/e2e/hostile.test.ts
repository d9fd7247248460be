/**
 * Hostile links and payloads in the real browser: an absurd site link ends in a clear message
 * within 2 s and the site the user had stays; markup in URL values, file names, property keys and
 * values is shown as text and never runs, on the site panel and in the report.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeSite } from '../../src/state/site-link';
import { browserSession } from './session';

const base = inject('baseUrl');
const { open } = browserSession(base);

const SITE = 'P_kekw@_nhfjE'; // 106.55° E, 29.56° N (渝中)
const verdict = (page: Page) => page.getByTestId('verdict').textContent();

/** Sets the hash as a pasted link would and returns the alert text and how long it took. */
async function followLink(page: Page, hash: string): Promise<{ text: string; ms: number }> {
  const t0 = Date.now();
  await page.evaluate((h) => (location.hash = h), hash);
  const alert = page.locator('[role=alert]', { hasText: /./ }).first();
  await alert.waitFor();
  return { text: (await alert.textContent()) ?? '', ms: Date.now() - t0 };
}

describe('hostile links', () => {
  it('a pole-to-pole line and a region-wide zig-zag are refused within 2 s; the site the user had stays', async () => {
    const { page, errors } = await open(`#map=12/29.56/106.55&site=${SITE}`);
    await page.getByTestId('site-check').waitFor();
    const before = await verdict(page);

    const pole = await followLink(page, '#map=12/29.56/106.55&site=L~bcwhD_oov%7DD_ggorI%3F');
    expect(pole.text).toContain('远在本数据覆盖范围之外');
    expect(pole.ms).toBeLessThan(2000);
    expect(await verdict(page)).toBe(before);

    const zigzag = encodeSite({
      type: 'LineString',
      coordinates: Array.from({ length: 500 }, (_, i) => (i % 2 ? [109.9, 31.9] : [105.6, 28.6 + i * 1e-4])),
    });
    expect(zigzag.length).toBeLessThan(6000);
    const long = await followLink(page, `#map=12/29.56/106.55&site=${encodeURIComponent(zigzag)}`);
    expect(long.text).toMatch(/边总长太长：约 [\d,]+ 公里，最多 200,000 公里/);
    expect(long.ms).toBeLessThan(2000);
    expect(await verdict(page)).toBe(before);
    expect(errors).toEqual([]);
  });
});

describe('payloads never run', () => {
  it('markup in URL values, a file name, property keys and values stays text on the panel and in the report', async () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const { page, errors } = await open(
      `#map=12/29.56/106.55&sel=unit:${encodeURIComponent(payload)}&lang=${encodeURIComponent('<svg onload=window.__pwned=1>')}`,
    );
    await page.getByRole('button', { name: '上传文件' }).click();
    const name = `${payload}.geojson`;
    const feature = {
      type: 'Feature',
      properties: { [payload]: '<svg onload="window.__pwned=1"></svg>', name: payload },
      geometry: { type: 'Polygon', coordinates: [[[106.55, 29.56], [106.56, 29.56], [106.56, 29.57], [106.55, 29.56]]] },
    };
    // A "__proto__" key as JSON.parse reads it: an own property, which must not reach Object.prototype.
    const text = JSON.stringify({ type: 'FeatureCollection', features: [feature] }).replace('"properties":{', '"properties":{"__proto__":{"polluted":1},');
    await page.getByTestId('upload-input').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.locator('.side-panel .kind', { hasText: '<img' }).waitFor();
    await page.getByRole('button', { name: '打印报告 / 导出' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await page.getByRole('dialog').textContent()).toContain('<img');
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => ({} as { polluted?: unknown }).polluted)).toBeUndefined();
    expect(await page.locator('img[src=x], svg[onload]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
