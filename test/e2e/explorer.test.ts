import { describe, expect, inject, it } from 'vitest';
import { mapCentre, waitForMapIdle } from './browser';
import { browserSession } from './session';
import { nearestStationM, sections, unitsAt } from './data';

const base = inject('baseUrl');
const { open, opened } = browserSession(base);

describe('explorer', () => {
  it('opens on the bundled data with the illustrative notice, legend counts and no foreign requests', async () => {
    const { page, errors, foreignRequests } = await open('');
    await expect(page.getByTestId('illustrative-notice').textContent()).resolves.toContain('示例数据');
    await expect(page.locator('.filters .shown').textContent()).resolves.toBe('显示 818 个单元、74 个断面');
    const mapCanvas = await page.locator('.map canvas').count();
    expect(mapCanvas).toBe(1);
    expect(errors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('clicking the map centre at #map=12/29.56/106.55 shows the unit containing that point; the link round-trips', async () => {
    const [expected, ...others] = unitsAt(106.55, 29.56);
    expect(expected).toBeDefined();
    expect(others).toEqual([]);
    // A station under the cursor would (rightly) win the click.
    expect(nearestStationM(106.55, 29.56)).toBeGreaterThan(400);

    const { page, errors } = await open('#map=12/29.56/106.55');
    const centre = await mapCentre(page);
    await page.mouse.click(centre.x, centre.y);
    const code = page.getByTestId('unit-code');
    await expect(code.textContent()).resolves.toBe(expected!.properties.code);
    await expect(page.locator('#inspector-title').textContent()).resolves.toBe(expected!.properties.name);

    const url = page.url();
    expect(url).toContain('#map=12/29.5600/106.5500');
    expect(url).toContain(`sel=unit:${expected!.properties.code}`);

    await page.reload();
    await waitForMapIdle(page);
    await expect(page.getByTestId('unit-code').textContent()).resolves.toBe(expected!.properties.code);
    expect(page.url()).toBe(url);
    expect(errors).toEqual([]);
  });

  it('clicking a section shows its name and monthly values; Escape clears the selection', async () => {
    const section = sections.features.find((f) => f.properties.name === '寸滩') ?? sections.features[0]!;
    const [lon, lat] = section.geometry.coordinates as [number, number];
    const { page, errors } = await open(`#map=11/${lat}/${lon}`);
    const centre = await mapCentre(page);
    await page.mouse.click(centre.x, centre.y);
    await expect(page.getByTestId('water-name').textContent()).resolves.toBe(section.properties.name);
    await expect(page.getByTestId('inspector').locator('tbody tr').count()).resolves.toBe(section.properties.monthly!.length);
    expect(page.url()).toContain(`sel=section:${section.properties.id}`);

    await page.keyboard.press('Escape');
    await expect(page.getByTestId('inspector').count()).resolves.toBe(0);
    expect(page.url()).not.toContain('sel=');
    expect(errors).toEqual([]);
  });

  it('search flies to a section and selects it', async () => {
    const section = sections.features.find((f) => f.properties.name === '北碚') ?? sections.features[1]!;
    const { page, errors } = await open('');
    await page.getByRole('combobox', { name: '搜索单元编码、名称、断面或区县' }).fill(section.properties.name);
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('water-name').textContent()).resolves.toBe(section.properties.name);
    await waitForMapIdle(page);
    expect(page.url()).toContain(`sel=section:${section.properties.id}`);
    const zoom = Number(/map=([\d.]+)\//.exec(page.url())?.[1]);
    expect(zoom).toBeGreaterThan(9);
    expect(errors).toEqual([]);
  });

  it('filters change the legend and the link; language switches to English', async () => {
    const { page, errors } = await open('');
    await page.getByRole('checkbox', { name: '优先保护' }).uncheck();
    await expect(page.locator('.filters .shown').textContent()).resolves.toMatch(/^显示 \d+ 个单元、74 个断面$/);
    const shown = Number(/显示 (\d+) 个单元/.exec((await page.locator('.filters .shown').textContent())!)?.[1]);
    expect(shown).toBeLessThan(818);
    expect(page.url()).toContain('cat=key,general');

    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.locator('h1').textContent()).resolves.toContain('Environmental zoning');
    expect(page.url()).toContain('lang=en');
    await expect(page.locator('.filters .shown').textContent()).resolves.toBe(`Showing ${shown} units, 74 sections`);
    expect(errors).toEqual([]);
  });

  it('a hidden section layer is not clickable: the unit below is selected instead', async () => {
    const section = sections.features[0]!;
    const [lon, lat] = section.geometry.coordinates as [number, number];
    const { page, errors } = await open(`#map=12/${lat}/${lon}&hide=sections,points`);
    const centre = await mapCentre(page);
    await page.mouse.click(centre.x, centre.y);
    const [unit] = unitsAt(lon, lat);
    await expect(page.getByTestId('unit-code').textContent()).resolves.toBe(unit!.properties.code);
    expect(errors).toEqual([]);
  });

  it('a link to a feature that does not exist says so and keeps the map usable', async () => {
    const { page, errors } = await open('#sel=unit:ZH50010119999');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('ZH50010119999');
    expect(page.url()).not.toContain('sel=');
    expect(errors).toEqual([]);
  });

  it('on a phone the selected unit opens as a bottom sheet', async () => {
    const [unit] = unitsAt(106.55, 29.56);
    const { page, errors } = await open(`#map=12/29.56/106.55&sel=unit:${unit!.properties.code}`, { width: 390, height: 844 });
    const sheet = await page.getByTestId('inspector').boundingBox();
    expect(sheet).not.toBeNull();
    expect(sheet!.width).toBe(390);
    expect(sheet!.y + sheet!.height).toBeCloseTo(844, 0);
    expect(sheet!.height).toBeLessThan(844 * 0.6);
    expect(errors).toEqual([]);
  });
  it('in dark mode every control over the map is dark, none left white', async () => {
    const { page, errors } = await open('#theme=dark');
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    const selectors = ['.toolbar', '.maplibregl-ctrl-group', '.locate', '[data-testid="list-toggle"]', '.maplibregl-ctrl-attrib'];
    for (const selector of selectors) {
      const background = await page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r, g, b] = background.match(/[\d.]+/g)!.map(Number);
      // Mean of the channels: the dark paper is #131d24 (≈ 24); white is 255.
      expect((r! + g! + b!) / 3, `${selector}: ${background}`).toBeLessThan(80);
    }
    expect(errors).toEqual([]);
  });
  it('no page ever asked another origin for anything', () => {
    expect(opened.length).toBeGreaterThan(5);
    expect(opened.flatMap((o) => o.foreignRequests)).toEqual([]);
  });
});
