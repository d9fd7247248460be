/**
 * Hostile links and payloads in the real browser: an absurd site link ends in a clear message
 * within 2 s and the site the user had stays; markup in URL values, file names, property keys and
 * values is shown as text and never runs, on the site panel and in the report.
 */
import { describe, expect, inject, it } from 'vitest';
import { chromium, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeSite } from '../../src/state/site-link';
import { BAD_DIR, badBytes, BUILT_BY_TESTS } from '../fixtures/bad/generate';
import { launch, openPage, waitForMapIdle } from './browser';
import { browserSession } from './session';

const base = inject('baseUrl');
const { open, openShell } = browserSession(base);

const SITE = 'P_kekw@_nhfjE'; // 106.55° E, 29.56° N (渝中)
const verdict = (page: Page) => page.getByTestId('verdict').textContent();
/** The map part of the hash: where the map is. */
const mapView = (page: Page) => page.evaluate(() => /map=[^&]*/.exec(location.hash)?.[0]);
const corpusFile = (name: string) => (BUILT_BY_TESTS.has(name) ? Buffer.from(badBytes(name)) : readFileSync(join(BAD_DIR, name)));

/** Sets the hash as a pasted link would and returns the new alert's text and how long it took, timed in the page. */
async function followLink(page: Page, hash: string): Promise<{ text: string; ms: number }> {
  const handle = await page.waitForFunction((h) => {
    const shown = () => [...document.querySelectorAll('[role=alert]')].map((e) => e.textContent ?? '');
    const old = new Set(shown());
    const t0 = performance.now();
    location.hash = h;
    return new Promise<{ text: string; ms: number }>((resolve) => {
      const poll = () => {
        const fresh = shown().find((t) => t && !old.has(t));
        if (fresh) resolve({ text: fresh, ms: performance.now() - t0 });
        else requestAnimationFrame(poll);
      };
      poll();
    });
  }, hash);
  return (await handle.jsonValue()) as { text: string; ms: number };
}

describe('hostile links', () => {
  it('a pole-to-pole line and a region-wide zig-zag are refused within 2 s; the site the user had stays', async () => {
    const { page, errors } = await open(`#map=12/29.56/106.55&site=${SITE}`);
    await page.getByTestId('site-check').waitFor();
    const before = await verdict(page);

    for (const link of ['link-pole-to-pole.txt', 'link-freeze-40s.txt']) {
      const hash = corpusFile(link).toString('utf8').trim().replace('#', '#map=12/29.56/106.55&');
      const refused = await followLink(page, hash);
      expect(refused.text).toContain('远在本数据覆盖范围之外');
      expect(refused.ms).toBeLessThan(2000);
      expect(await verdict(page)).toBe(before);
    }

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

describe('Content-Security-Policy', () => {
  it("allows scripts from the site only and no inline style but the shell's own, by hash; the shell paints without a violation", async () => {
    for (const page of ['', 'embed.html']) {
      const html = await (await fetch(base + page)).text();
      const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(policy, page).toContain("script-src 'self';");
      expect(policy, page).not.toContain('unsafe-');
      expect(policy, page).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    }
    // A violation is logged as a console error, which every e2e test's `errors` collects.
    const { page, errors } = await openShell('#map=12/29.56/106.55');
    expect(await page.locator('.app-shell .swatch').first().evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(errors.filter((e) => /Content Security Policy/.test(e))).toEqual([]);
  });
});

describe('hostile files through the upload control', () => {
  it('each is refused within 2 s with its limit and the value found; the site and the map stay as they were', async () => {
    const { page, errors } = await open(`#map=12/29.56/106.55&site=${SITE}`);
    await page.getByTestId('site-check').waitFor();
    const before = { verdict: await verdict(page), map: await mapView(page) };
    await page.getByRole('button', { name: '上传文件' }).click();
    // Timed in the page, from the file's arrival (the input's change) to the message.
    await page.getByTestId('upload-input').evaluate((input) => input.addEventListener('change', () => ((window as { changed?: number }).changed = performance.now())));
    const cases: [string, string][] = [
      ['shp-multipatch-type31.zip', '图层 patch 的几何类型为 MultiPatch（类型码 31），不受支持。'],
      ['geojson-geometrycollection-100k-deep.geojson', '文件嵌套过深：200,001 层，上限 64 层。'],
      ['shp-polygon-120k-rings.zip', '图层 rings 第 1 个要素有 120,000 个环，上限 10,000 个。'],
      ['csv-cell-40k-digits.csv', 'CSV 第 2 行第 1 列的单元格过长：40,001 个字符，上限 32,768 个。'],
      ['geojson-vertex-181-in-feature-3.geojson', '第 3 个要素的第 3 个顶点（181, 29.57）超出有效范围'],
      ['kml-multigeometry-100k-deep.kml', '文件嵌套过深：100,002 层，上限 100 层。'],
    ];
    for (const [name, message] of cases) {
      await page.getByTestId('upload-input').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: corpusFile(name) });
      const ms = await page.waitForFunction(
        (text) => document.querySelector('[data-testid=upload-error]')?.textContent?.includes(text) && performance.now() - (window as { changed?: number }).changed!,
        message,
        { timeout: 10_000 },
      );
      expect(await ms.jsonValue(), name).toBeLessThan(2000);
    }
    await page.keyboard.press('Escape');
    expect(await verdict(page)).toBe(before.verdict);
    expect(await mapView(page)).toBe(before.map);
    expect(errors).toEqual([]);
  });

  it('a file with zero-area rings becomes a site, with a warning naming the features', async () => {
    const { page, errors } = await open('#map=12/29.56/106.55');
    await page.getByRole('button', { name: '上传文件' }).click();
    const name = 'geojson-sliver-ring.geojson';
    await page.getByTestId('upload-input').setInputFiles({ name, mimeType: 'application/json', buffer: corpusFile(name) });
    // Two parcels are left (a third was all sliver), side by side: the list starts with both checked.
    await page.getByRole('button', { name: '核查所选（2 个）' }).click();
    await page.locator('.side-panel .kind', { hasText: name }).waitFor();
    await page.getByTestId('site-check').waitFor();
    expect(await page.locator('.side-panel').textContent()).toContain('删除了 2 个面积为零的环（第 1, 2 个要素），其余部分照常检查。');
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
    // Both exports are made with the payloads present; the GeoJSON carries the file name as a string.
    for (const id of ['report-csv', 'report-geojson']) {
      const download = page.waitForEvent('download');
      await page.getByTestId(id).click();
      const body = readFileSync((await (await download).path())!, 'utf8');
      if (id === 'report-geojson') expect(JSON.parse(body).features[0].properties.label).toContain(payload);
      else expect(body).toContain('类别');
    }
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => ({} as { polluted?: unknown }).polluted)).toBeUndefined();
    expect(await page.locator('img[src=x], svg[onload]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('nor in the embed view: payloads in every link parameter stay inert', async () => {
    const payload = encodeURIComponent('"><img src=x onerror="window.__pwned=1">');
    const { page } = await open(`embed.html#sel=unit:${payload}&lang=${payload}&theme=${payload}&title=${payload}&legend=${payload}`);
    // the embed's own boxes (`#app > .embed`), not the shell painted from HTML
    await page.locator('#app > .embed').waitFor();
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src=x]').count()).toBe(0);
  });
});

describe('a broken data file', () => {
  it('is named with what is wrong, and the rest of the map still works', async () => {
    const browser = await launch();
    try {
      const { page, errors } = await openPage(browser, `${base}#sel=unit:ZH50010320001`, undefined, (p) =>
        p.route(/\/data\/sections\.geojson$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"type": "FeatureCollection", "features": [' })),
      );
      await waitForMapIdle(page);
      await expect(page.getByTestId('unavailable-layers').textContent()).resolves.toMatch(/以下数据文件未能加载.*sections\.geojson: is not valid JSON/s);
      // the units, their panel and the other layers are all there
      await page.getByTestId('inspector').getByText('ZH50010320001').waitFor();
      await page.locator('#sidebar').getByText('398 个').waitFor(); // the priority units of the published 398 / 173 / 247
      await expect(page.getByTestId('unavailable-layers').textContent()).resolves.not.toMatch(/units|rivers|districts/);
      expect(errors).toEqual([]);

      const embed = await openPage(browser, `${base}embed.html#sel=unit:ZH50010320001`, { width: 700, height: 900 }, (p) =>
        p.route(/\/data\/sections\.geojson$/, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '[]' })),
      );
      await waitForMapIdle(embed.page);
      await expect(embed.page.getByTestId('unavailable-layers').textContent()).resolves.toMatch(/sections\.geojson: not a GeoJSON FeatureCollection/);
      await embed.page.getByText('ZH50010320001').first().waitFor();
      expect(embed.errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('without WebGL', () => {
  it('the text alternative, search, the feature list, the panels and the site check by coordinates still work', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--disable-quic', '--lang=zh-CN', '--disable-webgl', '--disable-3d-apis'],
    });
    try {
      const { page, errors } = await openPage(browser, `${base}#sel=unit:ZH50010320001`);
      await page.getByText('您的浏览器不支持 WebGL').waitFor();
      await page.getByTestId('inspector').getByText('ZH50010320001').waitFor();
      await page.getByText('818 / 818').waitFor();
      await page.getByRole('combobox').first().fill('万州');
      await page.getByRole('option').first().waitFor();
      // the site check by coordinates: a typed point in 渝中 lies in the 渝中 key-control unit
      await page.getByTestId('inspector').locator('button.close').click();
      await page.locator('#search-input').fill('29.56, 106.55');
      await page.getByTestId('place-options').waitFor();
      await page.locator('#search-input').press('Enter');
      await page.getByRole('button', { name: '核查此地' }).click();
      await page.getByTestId('site-check').getByText('渝中区城镇重点管控单元').first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
