/**
 * The embed's first view comes from the HTML too (EmbedShell, shaped by the pre-paint script):
 * with the embed's script held back, the page already shows the link's title, notice, map box,
 * legend and footer, in its language and colours; the downloads start from the pre-paint script;
 * and from first paint to map idle nothing the reader has seen moves (layout shift ≤ 0.02, as
 * Lighthouse's CLS budget), at phone and desktop widths, light and dark, with and without `plain`.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage } from './browser';
import { fileBrowser } from './session';
import { units } from './data';
import { DEFAULT_FLAGS, parseEmbedFlags } from '../../src/state/embed-flags';
import { initialHeight } from '../../src/state/embed-snippet';

const base = inject('baseUrl');
const browser = fileBrowser();

const IDLE_MS = 90_000;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** Sums every layout shift without recent input, from the first paint on (set before navigation). */
const RECORD_SHIFTS = () => {
  const w = window as unknown as { __shift: number };
  w.__shift = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!e.hadRecentInput) w.__shift += e.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/** What a reader sees first: the boxes of the embed's parts, in the copy of the page's language. */
async function visibleBoxes(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const el of document.querySelectorAll<HTMLElement>('[data-embed-part], [data-testid="illustrative-notice"], .legend li')) {
      const r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1 || getComputedStyle(el).visibility === 'hidden') continue;
      const key = `${el.dataset.embedPart ?? el.dataset.testid ?? el.className.split(' ')[0]}#${Object.keys(out).length}`;
      out[key] = [r.x, r.y, r.width, r.height].map(Math.round).join(',');
    }
    return out;
  });
}

/** The embed as painted from its HTML alone: the entry script (embed.ts) is never delivered. */
async function openShell(hash: string, viewport: { width: number; height: number }) {
  const watched = await openPage(browser(), `${base}embed.html${hash}`, viewport, (page) =>
    page.route(/\/assets\/embed-(?!prepaint|app)[^/]*\.js$/, (route) => route.abort()),
  );
  await watched.page.waitForLoadState('load');
  return watched;
}

async function openEmbed(hash: string, viewport: { width: number; height: number }) {
  const watched = await openPage(browser(), `${base}embed.html${hash}`, viewport, (page) => page.addInitScript(RECORD_SHIFTS));
  await watched.page.waitForSelector('.map[data-map-idle="true"]', { timeout: IDLE_MS });
  return watched;
}

const count = (category: string) => units.features.filter((f) => f.properties.category === category).length;

describe('embed first view from HTML', () => {
  it('the shell shows the link’s title, notice and legend before any script; the embed takes over the same boxes', async () => {
    const hash = '#title=%E7%BC%96%E8%BE%91%E7%9A%84%E6%A0%87%E9%A2%98&desc=One%20line&mh=500';
    const { page: shell, requests: shellRequests } = await openShell(hash, DESKTOP);
    const zh = shell.locator('.app-shell[data-shell-lang="zh"]');
    await expect(zh.locator('h1').innerText()).resolves.toBe('编辑的标题');
    await expect(zh.locator('.head p').innerText()).resolves.toBe('One line');
    await expect(zh.getByTestId('illustrative-notice').innerText()).resolves.toContain('示例数据');
    const legend = await zh.locator('.legend li .count').allInnerTexts();
    expect(legend.slice(0, 3)).toEqual([`${count('priority')} 个`, `${count('key')} 个`, `${count('general')} 个`]);
    await expect(zh.locator('[data-embed-part="map"]').evaluate((el) => el.getBoundingClientRect().height)).resolves.toBe(500);
    await expect(shell.locator('.app-shell[data-shell-lang="en"]').isVisible()).resolves.toBe(false);
    // the text alternative stays for screen readers, without its picture
    await expect(shell.locator('#fallback').getAttribute('class')).resolves.toContain('visually-hidden');
    const before = await visibleBoxes(shell);
    expect(Object.keys(before).length).toBeGreaterThan(8);

    const { page, errors } = await openEmbed(hash, DESKTOP);
    await expect(page.locator('#app-shell').count()).resolves.toBe(0);
    expect(await visibleBoxes(page)).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThanOrEqual(0.02);

    // The downloads start from the pre-paint script in the <head>: the shell's page, whose entry
    // script never arrived, has asked for the data, the embed's chunk and MapLibre.
    for (const pattern of [/\/data\/manifest\.json$/, /\/data\/units\.geojson$/, /\/embed-app-[^/]*\.js$/, /\/maplibre-chunk-[^/]*\.js$/]) {
      expect(shellRequests.some((u) => pattern.test(u)), String(pattern)).toBe(true);
    }
    expect(errors).toEqual([]);
    await shell.context().close();
    await page.context().close();
  }, 200_000);

  it('phone, plain and English, dark: the shell in that language and scheme, without title or footer', async () => {
    const hash = '#lang=en&theme=dark&plain=1';
    const { page: shell } = await openShell(hash, PHONE);
    await expect(shell.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    await expect(shell.locator('.app-shell[data-shell-lang="zh"]').isVisible()).resolves.toBe(false);
    const en = shell.locator('.app-shell[data-shell-lang="en"]');
    await expect(en.getByTestId('illustrative-notice').innerText()).resolves.toMatch(/illustrative/i);
    await expect(en.locator('header, footer').count()).resolves.toBe(0);
    // dark from the first paint: the page and the map box in the night colours
    await expect(en.locator('.embed').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(19, 29, 36)');
    await expect(en.locator('[data-embed-part="map"]').evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(12, 20, 26)');
    const before = await visibleBoxes(shell);

    const { page, errors } = await openEmbed(hash, PHONE);
    expect(await visibleBoxes(page)).toEqual(before);
    expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThanOrEqual(0.02);
    expect(errors).toEqual([]);
    await shell.context().close();
    await page.context().close();
  }, 200_000);

  it('layout shift from first paint to map idle ≤ 0.02: phone and desktop, light and dark, plain or not, a linked panel, a filled frame', async () => {
    const shifts: Record<string, number> = {};
    for (const viewport of [PHONE, DESKTOP]) {
      for (const hash of ['', '#theme=dark', '#plain=1', '#theme=dark&plain=1', '#sel=unit:ZH50010320001', '#height=fill']) {
        const { page, errors } = await openEmbed(hash, viewport);
        if (hash.startsWith('#sel')) await page.getByTestId('inspector').waitFor();
        shifts[`${viewport.width} ${hash || '(default)'}`] = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
        expect(errors).toEqual([]);
        await page.context().close();
      }
    }
    console.log('embed layout shift to idle', shifts);
    for (const [what, shift] of Object.entries(shifts)) expect(shift, what).toBeLessThanOrEqual(0.02);
  }, 600_000);

  it('the height a snippet reserves without the builder is the page’s own in a 640–700 px article column', async () => {
    for (const hash of ['', '#plain=1', '#desc=One%20line&mh=500', '#ui=pan-zoom', '#lang=en']) {
      for (const width of [640, 700]) {
        const { page } = await openShell(hash, { width, height: 900 });
        const height = await page.evaluate(() => {
          const shell = [...document.querySelectorAll<HTMLElement>('.app-shell')].find((s) => s.getBoundingClientRect().height > 0)!;
          return shell.querySelector('.embed')!.getBoundingClientRect().height;
        });
        expect(Math.abs(height - initialHeight({ ...DEFAULT_FLAGS, ...parseEmbedFlags(hash) })), `${width} ${hash}`).toBeLessThanOrEqual(2);
        await page.context().close();
      }
    }
  }, 200_000);
});
