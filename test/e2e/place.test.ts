import proj4 from 'proj4';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mapCentre, pagePixelOf, pixelAt, waitForMapIdle } from './browser';
import { browserSession } from './session';

const base = inject('baseUrl');
const { open } = browserSession(base);

/** CGCS2000 3° Gauss–Krüger by proj4 (the EPSG definitions): an answer that does not ask the app. */
const gk = (cm: number, x0: number, lon: number, lat: number) =>
  proj4('EPSG:4326', `+proj=tmerc +lat_0=0 +lon_0=${cm} +k=1 +x_0=${x0} +y_0=0 +ellps=GRS80 +units=m +no_defs`, [lon, lat]) as [number, number];

const hashPart = (page: Page, key: string) => new URLSearchParams(new URL(page.url()).hash.slice(1)).get(key);

/** Types into the search box and takes the option whose text contains `option` (else the first). */
async function goTo(page: Page, text: string, option?: string) {
  const input = page.locator('#search-input');
  await input.fill(text);
  const list = page.getByTestId('place-options');
  await list.waitFor();
  if (option) await list.getByRole('option').filter({ hasText: option }).click();
  else await input.press('Enter');
  await page.waitForTimeout(1200); // the fly animation (800 ms), then idle
  await waitForMapIdle(page);
}

describe('finding a place', () => {
  it('each coordinate format flies to the right place and drops a marker there', async () => {
    const [eZone35, nZone35] = gk(105, 35_500_000, 106.5, 29.6);
    const [ePlain, nPlain] = gk(105, 500_000, 106.62, 29.5);
    const cases: { text: string; option?: string; lon: number; lat: number }[] = [
      { text: '29.56, 106.55', lon: 106.55, lat: 29.56 },
      { text: '106.58 29.57', lon: 106.58, lat: 29.57 },
      // 29°35′24″ = 29 + 35/60 + 24/3600 = 29.59; 106°34′48″ = 106.58.
      { text: '29°35′24″N 106°34′48″E', lon: 106.58, lat: 29.59 },
      // 29 31 48 = 29.53; 106 31 12 = 106.52.
      { text: '29 31 48 106 31 12', lon: 106.52, lat: 29.53 },
      { text: `${eZone35.toFixed(2)}, ${nZone35.toFixed(2)}`, lon: 106.5, lat: 29.6 },
      // Survey order (X = northing first), no zone prefix: the zone is asked for.
      { text: `X=${nPlain.toFixed(2)} Y=${ePlain.toFixed(2)}`, option: '中央经线 105°', lon: 106.62, lat: 29.5 },
    ];
    const { page, errors } = await open('#map=14/29.6000/106.6000');
    for (const c of cases) {
      await goTo(page, c.text, c.option);
      const [lat, lon] = hashPart(page, 'pin')!.split(',').map(Number) as [number, number];
      expect(lat, c.text).toBeCloseTo(c.lat, 5);
      expect(lon, c.text).toBeCloseTo(c.lon, 5);
      const [zoom, viewLat, viewLon] = hashPart(page, 'map')!.split('/').map(Number) as [number, number, number];
      expect(zoom).toBeGreaterThanOrEqual(15);
      expect(Math.abs(viewLat - c.lat), c.text).toBeLessThan(1e-4);
      expect(Math.abs(viewLon - c.lon), c.text).toBeLessThan(1e-4);
    }
    await page.locator('#search-input').fill('29°61′N 106°33′E');
    await expect(page.getByTestId('place-options').textContent()).resolves.toContain('不是有效的坐标');
    expect(errors).toEqual([]);
    // Six flights on software WebGL: longer than one navigation.
  }, 150_000);

  it('a pin= link shows the marker on its point, and “check this site” checks it', async () => {
    const view = { zoom: 14, lat: 29.56, lon: 106.58 };
    const { page, errors } = await open(`#map=${view.zoom}/${view.lat}/${view.lon}&pin=29.557,106.585`);
    const marker = await page.getByTestId('place-marker').boundingBox();
    const expected = await pagePixelOf(page, view, 106.585, 29.557);
    // The marker's tip sits on the point: bottom centre of its box, less the drawn shadow (≈7 px).
    expect(Math.abs(marker!.x + marker!.width / 2 - expected.x)).toBeLessThan(2);
    expect(Math.abs(marker!.y + marker!.height - expected.y)).toBeLessThan(10);
    await expect(page.getByTestId('place-card').textContent()).resolves.toContain('29.55700° N，106.58500° E');
    await page.getByRole('button', { name: '核查此地' }).click();
    await page.getByTestId('site-check').waitFor();
    expect(hashPart(page, 'site')).toBeTruthy();
    expect(errors).toEqual([]);
  });

  it('my location shows the position with its accuracy circle', async () => {
    const granted = { permissions: ['geolocation'], geolocation: { latitude: 29.55, longitude: 106.57, accuracy: 150 } };
    const { page, errors } = await open('#map=12/29.6000/106.6000', undefined, base, granted);
    await page.getByRole('button', { name: '我的位置' }).click();
    await expect.poll(() => hashPart(page, 'pin')).toBe('29.55,106.57');
    await page.waitForTimeout(1200);
    await waitForMapIdle(page);
    await expect(page.getByTestId('place-card').textContent()).resolves.toContain('定位精度约 150 米');
    // 150 m is ≈ 70 px at zoom 15 here: a point 40 px east of the marker is inside the circle.
    const c = await mapCentre(page);
    const withCircle = await pixelAt(page, c.x + 40, c.y);
    await page.getByRole('button', { name: '移除标记' }).click();
    await page.waitForTimeout(300);
    await waitForMapIdle(page);
    expect(await pixelAt(page, c.x + 40, c.y)).not.toEqual(withCircle);
    expect(errors).toEqual([]);
  });

  it('my location says when permission is denied, and when the position is outside the data', async () => {
    const { page, errors } = await open('#map=10/29.6000/106.6000');
    await page.getByRole('button', { name: '我的位置' }).click();
    await expect(page.getByTestId('map-note').textContent()).resolves.toContain('未获得定位权限');

    await page.context().grantPermissions(['geolocation']);
    await page.context().setGeolocation({ latitude: 39.9042, longitude: 116.4074, accuracy: 30 });
    await page.getByRole('button', { name: '我的位置' }).click();
    await expect(page.getByTestId('map-note').textContent()).resolves.toContain('不在本图数据范围');
    expect(errors).toEqual([]);
  });
});
