import { describe, expect, inject, it } from 'vitest';
import { mapCentre, openPage, waitForMapIdle } from './browser';
import { fileBrowser } from './session';
import { sections, units, unitsAt } from './data';

const base = inject('baseUrl');
const browser = fileBrowser();

const largest = units.features.reduce((a, b) => (b.properties.area_km2 > a.properties.area_km2 ? b : a)).properties;
const cuntan = sections.features.find((f) => f.properties.name === '寸滩')!.properties;

describe('feature list: the map as a table', () => {
  it('desktop: searchable, sortable, keyboard operable; a row selects on the map and a map click marks its row', async () => {
    const { page, errors } = await openPage(browser(), base + '#map=12/29.56/106.55');
    await waitForMapIdle(page);
    await page.getByTestId('list-toggle').click();
    const list = page.getByTestId('feature-list');
    await expect.poll(() => list.locator('.count').textContent()).toBe('818 / 818 项');

    // Sorting by area puts the largest unit first (descending), a second click reverses it.
    const area = list.locator('thead th.measure');
    await area.locator('button').click();
    expect(await area.getAttribute('aria-sort')).toBe('descending');
    expect(await list.locator('tbody tr').first().getAttribute('data-id')).toBe(largest.code);
    await area.locator('button').click();
    expect(await area.getAttribute('aria-sort')).toBe('ascending');

    // Sections, found by name; Enter on the row selects it and the inspector names it.
    await list.getByRole('button', { name: '国控断面' }).click();
    await expect.poll(() => list.locator('.count').textContent()).toBe('74 / 74 项');
    await list.getByTestId('list-search').fill('cuntan');
    await expect.poll(() => list.locator('.count').textContent()).toBe('0 / 74 项');
    await list.getByTestId('list-search').fill('寸滩');
    await expect.poll(() => list.locator('tbody tr').count()).toBe(1);
    await list.locator('button.pick').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#inspector-title').textContent()).toBe('寸滩');
    expect(page.url()).toContain(`sel=section:${cuntan.id}`);
    expect(await list.locator(`tr[data-id="${cuntan.id}"]`).getAttribute('aria-current')).toBe('true');

    // ↓ moves between rows.
    await list.getByTestId('list-search').fill('');
    await list.locator(`tr[data-id="${cuntan.id}"] button.pick`).focus();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.closest('tr')?.dataset.id);
    expect(focused).not.toBe(cuntan.id);
    expect(sections.features.some((f) => f.properties.id === focused)).toBe(true);

    // Close the inspector; a click on the map selects a unit: the list shows units and marks it.
    await page.keyboard.press('Escape');
    // The flight to the section must end first: its last move would write its own view back
    // over the link's.
    const atRest = () => page.evaluate(() => !(document.querySelector('.map') as unknown as { maplibre: import('maplibre-gl').Map }).maplibre.isMoving());
    await expect.poll(atRest, { timeout: 15_000 }).toBe(true);
    await page.evaluate(() => (location.hash = '#map=12/29.56/106.55'));
    // The map idles before the link's view reaches it too: wait for the view itself.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const map = (document.querySelector('.map') as unknown as { maplibre: import('maplibre-gl').Map }).maplibre;
            const { lng, lat } = map.getCenter();
            return !map.isMoving() && Math.abs(lng - 106.55) < 1e-4 && Math.abs(lat - 29.56) < 1e-4 && Math.abs(map.getZoom() - 12) < 1e-3;
          }),
        { timeout: 15_000 },
      )
      .toBe(true);
    await waitForMapIdle(page);
    const [expected] = unitsAt(106.55, 29.56);
    const centre = await mapCentre(page);
    await page.mouse.click(centre.x, centre.y);
    await expect.poll(() => page.getByTestId('unit-code').textContent()).toBe(expected!.properties.code);
    const row = list.locator(`tr[data-id="${expected!.properties.code}"]`);
    await expect.poll(() => row.getAttribute('aria-current')).toBe('true');
    const [rowBox, scrollBox] = [await row.boundingBox(), await list.locator('.scroll').boundingBox()];
    expect(rowBox!.y).toBeGreaterThanOrEqual(scrollBox!.y);
    expect(rowBox!.y + rowBox!.height).toBeLessThanOrEqual(scrollBox!.y + scrollBox!.height);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('phone at 360 px without WebGL: the list is the map, readable without sideways scrolling', async () => {
    const { page, errors } = await openPage(browser(), base + '#lang=en', { width: 360, height: 780 }, (p) =>
      p.addInitScript(() => {
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, id: string, ...rest: unknown[]) {
          return id.startsWith('webgl') ? null : getContext.apply(this, [id, ...rest] as Parameters<typeof getContext>);
        } as typeof getContext;
      }),
    );
    const list = page.getByTestId('feature-list');
    await expect.poll(() => list.locator('.count').textContent(), { timeout: 30_000 }).toBe('818 of 818');
    expect(await page.locator('.map canvas').count()).toBe(0);
    const scroll = list.locator('.scroll');
    const [scrollWidth, clientWidth] = await scroll.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await list.getByTestId('list-search').fill('Wanzhou');
    await list.locator('button.pick').first().click();
    await expect.poll(() => page.getByTestId('inspector').count()).toBe(1);
    expect(page.url()).toMatch(/sel=unit:ZH500101/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
