import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mapPixelsNear, waitForMapIdle } from './browser';
import { browserSession } from './session';
import { sections } from './data';

const base = inject('baseUrl');
const { open, opened } = browserSession(base);
const phone = { width: 390, height: 844 };

/** True when the element's centre is not covered by anything else (the banner, a panel). */
async function onTop(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return r.width > 0 && r.bottom <= innerHeight && r.right <= innerWidth && !!hit && el.contains(hit);
  });
}

const box = (page: Page) => page.locator('#search-input');

describe('search', () => {
  for (const [size, viewport] of [['desktop', undefined], ['phone', phone]] as const) {
    it(`results and the "no results" line sit above the sample-data banner (${size})`, async () => {
      const { page, errors } = await open('', viewport);
      await box(page).fill('渝中');
      await page.getByRole('option').first().waitFor();
      expect(await onTop(page, '[role="option"]')).toBe(true);
      // Chinese mode: the kind and the place are Chinese, no English name in the line.
      await expect(page.getByRole('option').filter({ hasText: '渝中区' }).first().textContent()).resolves.toMatch(/^渝中区\s*区县$/);
      await box(page).fill('不存在的地方');
      expect(await onTop(page, '.results .none')).toBe(true);
      expect(errors).toEqual([]);
    });
  }

  it('pinyin, full or initials, finds a district; picking it flies there and outlines it, without filtering anything', async () => {
    const { page, errors } = await open('');
    await box(page).fill('yuzhong');
    await expect(page.getByRole('option').first().locator('.label').textContent()).resolves.toBe('渝中区');
    await box(page).fill('yz');
    await expect(page.getByRole('option').first().locator('.label').textContent()).resolves.toBe('渝中区');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => Number(/map=([\d.]+)\//.exec(url.hash)?.[1]) > 10);
    await page.waitForTimeout(800);
    await waitForMapIdle(page);
    expect(page.url()).not.toContain('d=');
    await expect(page.locator('.filters .shown').textContent()).resolves.toBe('显示 818 个单元、74 个断面');
    await expect(page.getByTestId('active-filters').count()).resolves.toBe(0);
    // The outline is in the light scheme's highlight colour (#1d2b36): the same view, reloaded
    // (the outline is not in the link), has none of it.
    const outlined = await mapPixelsNear(page, [0x1d, 0x2b, 0x36]);
    await page.reload();
    await waitForMapIdle(page);
    await page.waitForTimeout(800);
    await waitForMapIdle(page);
    const plain = await mapPixelsNear(page, [0x1d, 0x2b, 0x36]);
    expect(outlined - plain).toBeGreaterThan(500);
    expect(errors).toEqual([]);
  });

  it('English mode on a phone: pinyin and English names, lines in English with the Chinese beside', async () => {
    const cuntan = sections.features.find((f) => f.properties.name === '寸滩')!;
    const { page, errors } = await open('#lang=en', phone);
    await box(page).fill('Cuntan');
    const first = page.getByRole('option').first();
    await expect(first.locator('.label').textContent()).resolves.toBe('Cuntan 寸滩');
    await expect(first.locator('.meta').textContent()).resolves.toMatch(/^Section · Yangtze River 长江 · [A-Za-z]+ District /);
    expect(await onTop(page, '[role="option"]')).toBe(true);
    await box(page).fill('Yuzhong');
    await expect(page.getByRole('option').first().locator('.label').textContent()).resolves.toBe('Yuzhong District 渝中区');
    await box(page).fill('Yangtze');
    // The search list's own options (the theme switch's <select> has options too).
    await expect(page.getByRole('listbox').getByRole('option').count()).resolves.toBe(8);
    await box(page).fill('Cuntan');
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await waitForMapIdle(page);
    expect(page.url()).toContain(`sel=section:${cuntan.properties.id}`);
    expect(errors).toEqual([]);
  });

  it('an active filter is always shown, with a one-tap clear; legend counts follow the filter', async () => {
    // 渝中区 has no Yangtze main-stem point in the sample (yangtze-points.geojson names none).
    const { page, errors } = await open('#d=500103', phone);
    const chip = page.getByTestId('active-filters');
    await expect(chip.textContent()).resolves.toContain('渝中区');
    expect(await onTop(page, '[data-testid="active-filters"] button')).toBe(true);
    const clear = await chip.getByRole('button').boundingBox();
    expect(clear!.height).toBeGreaterThanOrEqual(44);
    await page.getByRole('button', { name: '图层' }).click();
    await expect(page.locator('.sidebar').textContent()).resolves.toContain('长江干流点位 0 个');
    await page.getByRole('button', { name: '关闭', exact: true }).first().click();
    await chip.getByRole('button').click();
    await expect(chip.count()).resolves.toBe(0);
    expect(page.url()).not.toContain('d=');
    expect(errors).toEqual([]);
  });

  // A reader who asks the system for less motion gets a jump, not a flight (MapLibre reads
  // prefers-reduced-motion for camera moves not marked essential): the move ends in the task
  // that started it, where a flight lasts its 600 ms at least.
  for (const [motion, flies] of [['no-preference', true], ['reduce', false]] as const) {
    it(`picking a result with prefers-reduced-motion: ${motion} ${flies ? 'flies' : 'jumps'} to it`, async () => {
      const { page, errors } = await open('', undefined, base, { reducedMotion: motion });
      await page.evaluate(() => {
        const w = globalThis as unknown as { __move: { start?: number; end?: number } };
        w.__move = {};
        const map = (document.querySelector('.map') as unknown as { maplibre: { on(e: string, f: () => void): void } }).maplibre;
        map.on('movestart', () => (w.__move.start ??= performance.now()));
        map.on('moveend', () => (w.__move.end = performance.now()));
      });
      await box(page).fill('yz');
      await expect.poll(() => page.getByRole('listbox').getByRole('option').first().locator('.label').textContent(), { timeout: 20_000 }).toBe('渝中区');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url(), { timeout: 20_000 }).toMatch(/map=1[0-9]/);
      await waitForMapIdle(page);
      const { start, end } = await page.evaluate(() => (globalThis as unknown as { __move: { start: number; end: number } }).__move);
      if (flies) expect(end - start).toBeGreaterThanOrEqual(500);
      else expect(end - start).toBeLessThan(50);
      expect(errors).toEqual([]);
    });
  }

  it('no page asked another origin for anything', () => {
    expect(opened.flatMap((o) => o.foreignRequests)).toEqual([]);
  });
});
