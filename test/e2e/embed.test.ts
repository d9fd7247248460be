import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { launch, openPage } from './browser';
import { serveHost } from './host-server';

const base = inject('baseUrl');
let browser: Browser;
let host: { servers: Server[]; url: string };

beforeAll(async () => {
  [browser, host] = await Promise.all([launch(), serveHost(base)]);
});
afterAll(async () => {
  await browser?.close();
  for (const s of host?.servers ?? []) s.close();
});

// Generous: software WebGL on a shared two-core machine takes long to settle the first frame.
const IDLE_MS = 90_000;
const zoomOf = (frame: Frame) => Number(frame.url().match(/map=([\d.]+)\//)?.[1]);
const iframeHeight = (page: Page, id: string) => page.evaluate((i) => document.getElementById(i)!.getBoundingClientRect().height, id);
const contentHeight = (frame: Frame) => frame.evaluate(() => document.querySelector('.embed')!.getBoundingClientRect().height);
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
/** The article's scroll position once it has stopped moving (a touch fling can still be settling). */
async function settledScrollY(page: Page): Promise<number> {
  let last = await scrollY(page);
  for (;;) {
    await page.waitForTimeout(250);
    const now = await scrollY(page);
    if (now === last) return now;
    last = now;
  }
}

async function mapFrame(page: Page, name: string): Promise<Frame> {
  await page.locator(`#${name}`).scrollIntoViewIfNeeded();
  await expect.poll(() => page.frame(name)?.url() ?? '', { timeout: 20_000 }).toContain('embed.html');
  const frame = page.frame(name)!;
  await frame.waitForSelector('.map[data-map-idle="true"]', { timeout: IDLE_MS });
  return frame;
}

/** Page coordinates of the centre of the map inside an embed. */
async function mapCentreIn(frame: Frame) {
  const box = (await frame.locator('.map').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A one-finger upward drag of `distance` px, as real touch input (DevTools protocol). */
async function drag(page: Page, from: { x: number; y: number }, distance: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x, y: from.y - (i * distance) / 10 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

describe('embeds in a news article (test/fixtures/article.html)', () => {
  it('grow to their content, leave scrolling to the article, zoom with Ctrl+wheel, ignore foreign messages, follow the page theme', async () => {
    const { page, errors } = await openPage(browser, host.url + 'article.html', { width: 1280, height: 800 }, undefined, { hasTouch: true });
    const first = await mapFrame(page, 'map-1');

    // Each iframe takes its content's height (the snippet reserved 820 px).
    await expect.poll(async () => Math.abs((await iframeHeight(page, 'map-1')) - (await contentHeight(first)))).toBeLessThanOrEqual(1);
    expect(await iframeHeight(page, 'map-1')).not.toBe(820);

    // Wheel over the map scrolls the article; the map stays where it was and says how to zoom.
    await page.evaluate(() => document.getElementById('map-1')!.scrollIntoView({ block: 'start' }));
    const centre = await mapCentreIn(first);
    await page.mouse.move(centre.x, centre.y);
    const before = await scrollY(page);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(before + 200);
    await expect.poll(() => first.getByTestId('gesture-hint').textContent()).toContain('Ctrl');
    expect(zoomOf(first)).toBe(7);

    // One-finger touch drag over the map scrolls the article too.
    await page.evaluate(() => document.getElementById('map-1')!.scrollIntoView({ block: 'start' }));
    const touchAt = await mapCentreIn(first);
    const beforeTouch = await scrollY(page);
    await drag(page, touchAt, 250);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(beforeTouch + 150);
    expect(first.url()).toContain('map=7/30.050/107.800');

    // Ctrl+wheel zooms the map and leaves the article where it is. The touch fling above may still
    // be moving the article: the map's centre is taken once the page has come to rest.
    await settledScrollY(page);
    await page.evaluate(() => document.getElementById('map-1')!.scrollIntoView({ block: 'start' }));
    const beforeZoom = await settledScrollY(page);
    const zoomAt = await mapCentreIn(first);
    await page.mouse.move(zoomAt.x, zoomAt.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    // The zoom eases over several frames, each slow in software GL under load; the link updates on moveend.
    await expect.poll(() => zoomOf(first), { timeout: 30_000 }).toBeGreaterThan(7.2);
    expect(Math.abs((await scrollY(page)) - beforeZoom)).toBeLessThan(5);

    // Clicking a unit opens its panel under the map, and the iframe grows with it.
    await first.waitForSelector('.map[data-map-idle="true"]', { timeout: IDLE_MS });
    const closed = await iframeHeight(page, 'map-1');
    const clickAt = await mapCentreIn(first);
    await page.mouse.click(clickAt.x, clickAt.y);
    await expect.poll(() => first.getByTestId('inspector').count()).toBe(1);
    await expect.poll(() => iframeHeight(page, 'map-1')).toBeGreaterThan(closed + 100);
    await expect.poll(async () => Math.abs((await iframeHeight(page, 'map-1')) - (await contentHeight(first)))).toBeLessThanOrEqual(1);

    // Look-alike height messages from another origin's frame, and from the page itself, change nothing.
    const open = await iframeHeight(page, 'map-1');
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          addEventListener('message', (e) => e.data === 'spoofed' && done());
          postMessage({ type: 'zoning-map:height', version: 1, id: 'map-1', height: 3333 }, '*');
          (document.getElementById('foreign') as HTMLIFrameElement).contentWindow!.postMessage('spoof', '*');
        }),
    );
    await page.waitForTimeout(300);
    expect(await iframeHeight(page, 'map-1')).toBe(open);

    // The host page switches to dark: the embed follows, and a map loaded later starts dark.
    expect(await first.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    await expect.poll(() => first.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await first.evaluate(() => getComputedStyle(document.querySelector('.embed')!).backgroundColor)).toBe('rgb(19, 29, 36)');

    const second = await mapFrame(page, 'map-2');
    await expect.poll(() => second.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(async () => Math.abs((await iframeHeight(page, 'map-2')) - (await contentHeight(second)))).toBeLessThanOrEqual(1);
    expect(await iframeHeight(page, 'map-1')).toBe(open);
    expect(errors).toEqual([]);
  }, 300_000);
});

describe('accessibility (axe-core, WCAG 2.1 A/AA)', () => {
  const serious = async (page: Page) => {
    const { AxeBuilder } = await import('@axe-core/playwright');
    // plus WCAG 2.5.3's check that a control's name holds its visible text (an experimental axe rule, off by default)
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
      .analyze();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  const unit = 'ZH50010320001';

  it('full view with a panel open: no serious or critical violations, light and dark', async () => {
    const { page, errors } = await openPage(browser, `${base}#sel=unit:${unit}`);
    await page.waitForSelector('.map[data-map-idle="true"]', { timeout: IDLE_MS });
    await page.getByTestId('inspector').waitFor();
    expect(await serious(page)).toEqual([]);
    await page.getByTestId('theme-switch').selectOption('dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(page.url()).toContain('theme=dark');
    expect(await serious(page)).toEqual([]);

    // The embed builder starts from this map (its selection, dark colours) and previews the snippet.
    await page.getByTestId('open-builder').click();
    await page.getByTestId('builder-title-input').fill('管控单元');
    const snippet = page.getByTestId('snippet-responsive');
    await expect.poll(() => snippet.inputValue()).toContain('title="管控单元"');
    const text = await snippet.inputValue();
    expect(text).toContain(`sel=unit:${unit}`);
    expect(text).toContain('theme=dark');
    expect(text).toContain(`<script src="${base}embed.js" async></script>`);
    await expect.poll(() => page.locator('iframe.preview').getAttribute('src'), { timeout: 5_000 }).toContain(encodeURIComponent('管控单元'));
    // Once the preview has drawn this embed, the snippet reserves its height, the unit's panel included.
    const preview = page.frameLocator('iframe.preview');
    await preview.getByTestId('inspector').waitFor({ timeout: IDLE_MS });
    const previewHeight = () => preview.locator('#app > .embed').evaluate((e) => Math.ceil(e.getBoundingClientRect().height));
    await expect.poll(async () => Number((await snippet.inputValue()).match(/height:(\d+)px/)?.[1]), { timeout: 30_000 }).toBe(await previewHeight());
    expect(await previewHeight()).toBeGreaterThan(1115 + 200);
    expect(await serious(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 300_000);

  it('embed view with a panel open: none in light or dark either', async () => {
    for (const theme of ['light', 'dark']) {
      const { page, errors } = await openPage(browser, `${base}embed.html#sel=unit:${unit}&theme=${theme}`, { width: 700, height: 900 });
      await page.waitForSelector('.map[data-map-idle="true"]', { timeout: IDLE_MS });
      await page.getByTestId('inspector').waitFor();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(await serious(page)).toEqual([]);
      // The feature list under the map, with the selected unit's row marked.
      await page.getByTestId('list-toggle').click();
      await expect.poll(() => page.locator(`tr[data-id="${unit}"]`).getAttribute('aria-current')).toBe('true');
      expect(await serious(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  }, 300_000);
});

describe('keyboard and names in the embed', () => {
  const view = (page: Page) => {
    const m = decodeURIComponent(page.url()).match(/map=([\d.]+)\/([\d.]+)\/([\d.]+)/);
    return m ? { zoom: Number(m[1]), lat: Number(m[2]), lon: Number(m[3]) } : null;
  };

  it('Tab reaches the map with a visible focus ring; arrows pan, + zooms, Enter opens the feature at the centre, Escape closes it; a row of the list selects on the map', async () => {
    const { page, errors } = await openPage(browser, `${base}embed.html#map=9/29.600/106.500`, { width: 700, height: 900 });
    await page.waitForSelector('.map[data-map-idle="true"]', { timeout: IDLE_MS });
    const canvas = page.locator('canvas.maplibregl-canvas');
    for (let i = 0; i < 15 && !(await canvas.evaluate((c) => c === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await canvas.evaluate((c) => c === document.activeElement)).toBe(true);
    expect(await canvas.evaluate((c) => getComputedStyle(c).outlineStyle)).not.toBe('none');

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => view(page)?.lon ?? 0, { timeout: 30_000 }).toBeGreaterThan(106.5);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => view(page)?.lat ?? 0, { timeout: 30_000 }).toBeGreaterThan(29.6);
    await page.keyboard.press('Equal');
    await expect.poll(() => view(page)?.zoom ?? 0, { timeout: 30_000 }).toBeGreaterThanOrEqual(10);
    await page.keyboard.press('Minus');
    await expect.poll(() => view(page)?.zoom ?? 99, { timeout: 30_000 }).toBeLessThan(10);

    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('inspector').count()).toBe(1);
    expect(page.url()).toMatch(/sel=unit%3AZH\d{11}|sel=unit:ZH\d{11}/);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('inspector').count()).toBe(0);

    // The feature list under the map, the other way round: a row picked there selects on the map.
    await page.getByTestId('list-toggle').click();
    const row = page.locator('tr[data-id="ZH50010320001"]');
    await row.locator('button.pick').click();
    await page.getByTestId('inspector').getByText('ZH50010320001').first().waitFor();
    await expect.poll(() => decodeURIComponent(page.url())).toContain('sel=unit:ZH50010320001');
    await expect.poll(() => row.getAttribute('aria-current')).toBe('true');

    expect(errors).toEqual([]);
    await page.context().close();
  }, 200_000);
});

describe('"Get the data" in the embed', () => {
  it('downloads the CSV of what the map shows: UTF-8 with a BOM, provenance first, the filtered units', async () => {
    const { page, errors } = await openPage(browser, `${base}embed.html#cat=priority`, { width: 700, height: 900 });
    await page.waitForSelector('.map[data-map-idle="true"]', { timeout: IDLE_MS });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '获取数据（CSV）' }).click()]);
    expect(download.suggestedFilename()).toBe('zoning-map-data.csv');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^数据来源,/);
    expect(text).toContain('示例数据');
    // the 398 priority-protection units of the published totals, and no unit of another category
    const unitRows = text.split('\r\n').filter((line) => /,ZH\d{11},/.test(line));
    expect(unitRows.length).toBe(398);
    expect(unitRows.every((line) => line.includes(',优先保护单元,'))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 200_000);
});

describe('static fallback (no JavaScript map: static=1, or no WebGL)', () => {
  it('shows the committed picture and the build-time summary, and loads no map code', async () => {
    const noWebgl = (p: Page) =>
      p.addInitScript(() => {
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, id: string, ...rest: unknown[]) {
          return id.startsWith('webgl') ? null : getContext.apply(this, [id, ...rest] as Parameters<typeof getContext>);
        } as typeof getContext;
      });
    for (const [hash, prepare] of [['#static=1', undefined], ['', noWebgl]] as const) {
      const { page, errors, requests } = await openPage(browser, `${base}embed.html${hash}`, { width: 800, height: 900 }, prepare);
      const img = page.locator('#fallback > img');
      await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(800);
      expect(await img.evaluate((el: HTMLImageElement) => el.naturalHeight)).toBe(500);
      expect(await img.getAttribute('alt')).toContain('重庆市环境管控单元分布图');
      // The summary written at build time: 818 units (published total) and the 74 sections.
      const summary = await page.locator('#fallback').textContent();
      expect(summary).toContain('818');
      expect(summary).toContain('74');
      expect(await page.locator('canvas').count()).toBe(0);
      expect(await page.locator('#app').isVisible()).toBe(false);
      // static=1 downloads no map code. A browser that has WebGL2 but blocks it (as here) is only
      // found out by making a context: the pre-paint script has started the downloads by then,
      // and embed.ts never runs them.
      if (hash === '#static=1') expect(requests.filter((u) => /(maplibre|LayerLegend|embed-app)[^/]*\.js$|\/data\//.test(u))).toEqual([]);
      expect(await page.locator('.embed').count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
