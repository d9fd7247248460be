import { describe, expect, inject, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { browserSession } from './session';

const base = inject('baseUrl');
const { open } = browserSession(base);

/** The narrowest phones in use (and the width the issue asks for). */
const narrow = { width: 360, height: 740 };
const TARGET = 44;

async function boxes(locator: Locator) {
  const all = await locator.all();
  return Promise.all(all.map(async (l) => ({ box: (await l.boundingBox())!, text: (await l.innerText()).trim() })));
}
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('phones at 360 px', () => {
  it('header, toolbar (with names), zoom and layer toggles are 44 px targets inside the screen; the upload dialog fits with its ×', async () => {
    const { page, errors } = await open('', narrow);
    for (const { box } of await boxes(page.locator('header.bar button:visible, header.bar select:visible'))) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(narrow.width);
      expect(box.height).toBeGreaterThanOrEqual(TARGET);
    }
    const tools = await boxes(page.locator('.toolbar .tool'));
    expect(tools).toHaveLength(5);
    for (const { box, text } of tools) {
      expect(box.width).toBeGreaterThanOrEqual(TARGET);
      expect(box.height).toBeGreaterThanOrEqual(TARGET);
      expect(box.x + box.width).toBeLessThanOrEqual(narrow.width);
      // the tool's name is shown, not the icon alone
      expect(text).toMatch(/[\u4e00-\u9fff]{2}/);
    }
    for (const { box } of await boxes(page.locator('.maplibregl-ctrl-zoom-in, .maplibregl-ctrl-zoom-out, .locate'))) {
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(TARGET);
    }
    // the zoom buttons and the locate button never overlap the toolbar
    const controls = await boxes(page.locator('.maplibregl-ctrl-group, .locate'));
    for (const c of controls) for (const tool of tools) expect(overlap(c.box, tool.box)).toBe(false);
    // nor does the feature list's button, which sits below them
    const listToggle = (await page.getByTestId('list-toggle').boundingBox())!;
    expect(listToggle.height).toBeGreaterThanOrEqual(TARGET);
    for (const c of [...controls, ...tools]) expect(overlap(c.box, listToggle)).toBe(false);

    await page.getByRole('button', { name: '图层' }).click();
    for (const { box } of await boxes(page.locator('#sidebar .toggle, #sidebar .chip'))) expect(box.height).toBeGreaterThanOrEqual(TARGET);
    await page.locator('#sidebar .close').click();

    await page.locator('[data-tool="upload"]').click();
    const dialog = (await page.getByTestId('upload-dialog').boundingBox())!;
    expect(dialog.x).toBeGreaterThanOrEqual(0);
    expect(dialog.x + dialog.width).toBeLessThanOrEqual(narrow.width);
    const dialogScroll = await page.getByTestId('upload-dialog').evaluate((d) => d.scrollWidth - d.clientWidth);
    expect(dialogScroll).toBe(0);
    const close = (await page.getByTestId('upload-dialog').getByRole('button', { name: '关闭', exact: true }).boundingBox())!;
    expect(close.x + close.width).toBeLessThanOrEqual(dialog.x + dialog.width);
    expect(Math.min(close.width, close.height)).toBeGreaterThanOrEqual(TARGET);
    await page.getByTestId('upload-dialog').getByRole('button', { name: '关闭', exact: true }).click();
    await expect(page.getByTestId('upload-dialog').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('the bottom sheet has a handle that expands and collapses it; its × covers no text; the value table keeps readable columns', async () => {
    const { page, errors } = await open('#map=10/29.62/106.60&sel=section:CQ-S007', narrow);
    const sheet = page.getByTestId('inspector');
    const collapsed = (await sheet.boundingBox())!.height;
    await page.getByTestId('sheet-handle').click();
    await expect(page.getByTestId('sheet-handle').getAttribute('aria-expanded')).resolves.toBe('true');
    const expanded = (await sheet.boundingBox())!.height;
    expect(expanded).toBeGreaterThan(collapsed * 1.15);

    const closeButton = page.getByRole('button', { name: '关闭详情（Esc）' });
    const close = (await closeButton.boundingBox())!;
    expect(Math.min(close.width, close.height)).toBeGreaterThanOrEqual(TARGET);
    // Unscrolled, no text is beside the × or its bar ...
    const bar = sheet.locator('.bar');
    const barBox = (await bar.boundingBox())!;
    for (const { box, text } of await boxes(sheet.locator('.kind, h2, h3, dt, dd, p'))) expect(overlap(box, barBox), text).toBe(false);
    // ... and scrolled, the × stays in an opaque bar as wide as the sheet, which text passes under.
    await sheet.evaluate((el) => el.scrollTo(0, 200));
    const sheetBox = (await sheet.boundingBox())!;
    const scrolledBar = (await bar.boundingBox())!;
    const scrolledClose = (await closeButton.boundingBox())!;
    expect(Math.abs(scrolledBar.y - sheetBox.y)).toBeLessThanOrEqual(2); // the sheet's 1 px top border
    expect(scrolledBar.width).toBeGreaterThanOrEqual(sheetBox.width - 2);
    expect(overlap(scrolledClose, scrolledBar)).toBe(true);
    expect(scrolledClose.y + scrolledClose.height).toBeLessThanOrEqual(scrolledBar.y + scrolledBar.height + 0.5);
    await expect(bar.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toMatch(/^rgb\(/);
    for (const { box, text } of await boxes(sheet.locator('thead th'))) expect(box.width, text).toBeGreaterThanOrEqual(28);

    await page.getByTestId('sheet-handle').click();
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBeLessThan(expanded);
    expect(errors).toEqual([]);
  });

  it('on a touch screen the drawing hints speak of taps, not of keys', async () => {
    const { page } = await open('', narrow, base, { hasTouch: true, isMobile: true });
    await page.locator('[data-tool="polygon"]').tap();
    const hint = (await page.getByTestId('tool-hint').textContent())!;
    expect(hint).toContain('轻点');
    expect(hint).not.toMatch(/Esc|回车|退格|Enter|Backspace|单击|双击/);
  });
});
