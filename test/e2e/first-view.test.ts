/**
 * The first view comes from the HTML: with the app's script held back, the page already shows
 * the title, the illustrative-data notice and the legend with the data's counts, in the link's
 * language; the data and MapLibre requests start from the HTML once that has painted; and when the app takes over,
 * nothing the reader has seen moves.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { units } from './data';
import { browserSession } from './session';

const base = inject('baseUrl');
const { open, openShell } = browserSession(base);

/** What a reader sees first, by selector: each must keep its box when the app mounts. */
const SEEN = ['header h1', '[data-testid="illustrative-notice"]', '#sidebar', '.legend li', '.toggle', '.lang'];

async function visibleBoxes(page: Page): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const selector of SEEN) {
    out[selector] = await page.locator(selector).evaluateAll((els) =>
      els
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 1 && r.height > 1)
        .map((r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',')),
    );
  }
  return out;
}

/** Sum of layout-shift scores without recent input, as Lighthouse's CLS counts them. */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done) => {
        const sum = (entries: PerformanceEntry[]) =>
          entries.reduce((s, e) => {
            const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
            return s + (shift.hadRecentInput ? 0 : shift.value);
          }, 0);
        new PerformanceObserver((list) => done(sum(list.getEntries()))).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(0), 300);
      }),
  );

const count = (category: string) => units.features.filter((f) => f.properties.category === category).length;

describe('first view from HTML', () => {
  it('desktop: the shell shows title, notice and legend counts before any script; the app takes over the same boxes', async () => {
    const { page: shell } = await openShell('');
    const zh = shell.locator('.app-shell[data-shell-lang="zh"]');
    await expect(zh.locator('header h1').innerText()).resolves.toBe('生态环境分区管控与水质监测地图');
    await expect(zh.getByTestId('illustrative-notice').innerText()).resolves.toContain('示例数据');
    const legend = await zh.locator('.legend li .count').allInnerTexts();
    expect(legend.slice(0, 3)).toEqual([`${count('priority')} 个`, `${count('key')} 个`, `${count('general')} 个`]);
    await expect(shell.locator('.app-shell[data-shell-lang="en"]').isVisible()).resolves.toBe(false);
    const before = await visibleBoxes(shell);

    const { page, errors } = await open('');
    await expect(page.locator('#app-shell').count()).resolves.toBe(0);
    expect(await visibleBoxes(page)).toEqual(before);
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.02);

    // Downloads start from the HTML's own pre-paint script (preloads, not the app's fetch; Chromium
    // reports a modulepreload as 'script'), and only once the shell has painted: the data and
    // MapLibre never compete with the first paint.
    const { requests, firstPaint } = await page.evaluate(() => ({
      requests: performance.getEntriesByType('resource').map((e) => {
        const r = e as PerformanceResourceTiming;
        return { file: new URL(r.name).pathname.split('/').pop() ?? '', initiator: r.initiatorType, start: r.startTime };
      }),
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
    expect(firstPaint).toBeGreaterThan(0);
    const mapLibre = requests.find((r) => /^maplibre-gl-.*\.js$/.test(r.file) && !r.file.includes('worker'));
    expect(mapLibre!.start).toBeGreaterThanOrEqual(firstPaint);
    for (const file of ['manifest.json', 'units.geojson', 'districts.geojson', 'sections.geojson']) {
      const data = requests.filter((r) => r.file === file);
      expect(data.map((r) => r.initiator)).toEqual(['link']);
      expect(data[0]!.start).toBeGreaterThanOrEqual(firstPaint);
    }
    expect(errors).toEqual([]);
  });

  it('phone, lang=en in the link: the English shell, then the same boxes in the app', async () => {
    const phone = { width: 390, height: 844 };
    const { page: shell } = await openShell('#lang=en', phone);
    await expect(shell.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(shell.locator('.app-shell[data-shell-lang="zh"]').isVisible()).resolves.toBe(false);
    const en = shell.locator('.app-shell[data-shell-lang="en"]');
    await expect(en.getByTestId('illustrative-notice').innerText()).resolves.toMatch(/illustrative/i);
    await expect(en.locator('.lang').innerText()).resolves.toBe('中文');
    const before = await visibleBoxes(shell);

    const { page, errors } = await open('#lang=en', phone);
    await expect(page.locator('#app-shell').count()).resolves.toBe(0);
    expect(await visibleBoxes(page)).toEqual(before);
    expect(await layoutShift(page)).toBeLessThanOrEqual(0.02);
    expect(errors).toEqual([]);
  });
});
