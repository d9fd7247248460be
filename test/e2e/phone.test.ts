import { describe, expect, inject, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { encodeSite } from '../../src/state/site-link';
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
/** A ≈1.58 km² pentagon in 万州 near the Yangtze. */
const SITE = encodeURIComponent(
  encodeSite({
    type: 'Polygon',
    coordinates: [[[108.372, 30.79], [108.384, 30.79], [108.386, 30.797], [108.378, 30.803], [108.37, 30.798], [108.372, 30.79]]],
  }),
);

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

  it('the zone question fits 360 px: all 21 unprefixed 3° zones, Chongqing\'s own first, each row a 44 px target; the answer lists the parcels', async () => {
    const { page, errors } = await open('', narrow);
    await page.locator('[data-tool="upload"]').click();
    const dialog = page.getByTestId('upload-dialog');
    await dialog.getByRole('checkbox', { name: 'CSV 的点按顺序连成范围' }).check();
    await page.getByTestId('upload-input').setInputFiles('test/fixtures/upload/project-epsg4545.csv');
    const radios = dialog.getByRole('radio');
    await radios.first().waitFor();
    await expect(radios.count()).resolves.toBe(21);
    // The file's eastings are in CM 108° (EPSG:4545), the zone of most of Chongqing.
    await expect(dialog.locator('.candidates label').first().innerText()).resolves.toMatch(/中央经线 108°/);
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(narrow.width);
    await expect(dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).resolves.toBe(0);
    for (const { box: row, text } of await boxes(dialog.locator('.candidates label'))) {
      expect(row.height, text).toBeGreaterThanOrEqual(TARGET);
      expect(row.x + row.width, text).toBeLessThanOrEqual(narrow.width);
    }
    await dialog.getByRole('radio', { name: /中央经线 108°/ }).check();
    await dialog.getByRole('button', { name: '使用所选坐标系' }).click();
    await page.getByTestId('feature-choice').waitFor();
    await expect(page.getByTestId('feature-choice').locator('li label').count()).resolves.toBe(2);
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
    // The map above the expanded sheet is short: nothing over the map hangs over the sheet.
    for (const control of await page.locator('.list-toggle:visible, .maplibregl-ctrl:visible, .locate:visible').all()) {
      expect(overlap((await control.boundingBox())!, (await sheet.boundingBox())!), (await control.getAttribute('class')) ?? '').toBe(false);
    }

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

  it('the site panel and the measure panel are bottom sheets with the same handle', async () => {
    const { page, errors } = await open(`#map=12/30.79/108.39&site=${SITE}`, narrow);
    const sheet = page.getByRole('complementary', { name: '场地核查' });
    await sheet.getByTestId('site-check').waitFor();
    const handle = sheet.getByTestId('sheet-handle');
    const collapsed = (await sheet.boundingBox())!.height;
    expect(collapsed).toBeLessThan(narrow.height * 0.6);
    const handleBox = (await handle.boundingBox())!;
    expect(handleBox.height).toBeGreaterThanOrEqual(TARGET);
    await expect(handle.getAttribute('aria-label')).resolves.toBe('展开详情');
    await handle.click();
    await expect(handle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBeGreaterThan(collapsed * 1.15);
    // The panel's own text starts below the handle, never under it.
    const heading = (await sheet.getByRole('heading', { name: '场地核查' }).boundingBox())!;
    const expandedHandle = (await handle.boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(expandedHandle.y + expandedHandle.height - 1);
    await handle.click();
    await expect.poll(async () => (await sheet.boundingBox())!.height).toBeLessThan(collapsed + 1);

    // Measuring with no site: its own sheet, with the handle.
    await page.getByRole('button', { name: '清除场地' }).click();
    await page.locator('[data-tool="measure"]').click();
    const measure = page.getByRole('complementary', { name: '测量' });
    await measure.getByTestId('measure').waitFor();
    const measureHandle = measure.getByTestId('sheet-handle');
    await expect(measureHandle.isVisible()).resolves.toBe(true);
    const before = (await measure.boundingBox())!.height;
    await measureHandle.click();
    await expect(measureHandle.getAttribute('aria-expanded')).resolves.toBe('true');
    // A short panel has nothing more to show: expanding lets it grow, it never shrinks or hides it.
    expect((await measure.boundingBox())!.height).toBeGreaterThanOrEqual(before);
    expect(errors).toEqual([]);
  });

  it('the report reads at 360 px: each table row is a card whose values are named and never a few characters wide', async () => {
    const { page, errors } = await open(`#map=12/30.79/108.39&site=${SITE}`, narrow);
    await page.getByTestId('site-check').waitFor();
    await page.getByRole('button', { name: '打印报告 / 导出' }).click();
    const report = page.getByTestId('report');
    await report.waitFor();
    // Nothing wider than the screen, nothing to scroll sideways.
    await expect(page.locator('.report-overlay').evaluate((el) => el.scrollWidth - el.clientWidth)).resolves.toBe(0);
    const cells = await report.locator('td').evaluateAll((tds) =>
      tds.map((td) => {
        const r = td.getBoundingClientRect();
        const label = getComputedStyle(td, '::before');
        return { width: r.width, right: r.right, height: r.height, text: td.textContent!.trim(), label: label.content, labelHeight: parseFloat(label.height) || 0 };
      }),
    );
    expect(cells.length).toBeGreaterThan(20);
    for (const c of cells) {
      expect(c.right, c.text).toBeLessThanOrEqual(narrow.width);
      // A clause number sits inline before its text; every other cell spans the card.
      if (!/^\d+$/.test(c.text)) expect(c.width, c.text).toBeGreaterThan(narrow.width / 2);
      // A name that wraps (最短距离（椭球面测地线）) makes its card taller, never runs into the next line.
      expect(c.labelHeight, c.text).toBeLessThanOrEqual(c.height + 0.5);
    }
    // The unit's row names its values: the column header is shown beside each one.
    const unitCells = await report
      .getByTestId('report-units')
      .locator('tbody td')
      .evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    expect(unitCells).toEqual(['"单元编码"', '"单元名称"', '"管控类别"', '"单元类型"', '"区县"', '"重叠面积"', '"占场地比例"']);
    // Print keeps the tables, with their header rows.
    await page.emulateMedia({ media: 'print' });
    await expect(report.getByTestId('report-units').locator('thead').evaluate((el) => getComputedStyle(el).display)).resolves.toBe('table-header-group');
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
