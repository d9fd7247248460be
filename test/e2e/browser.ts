/**
 * Shared browser fixture: Debian's Chromium (/usr/bin/chromium, or CHROME_PATH) through playwright-core.
 * Every page records errors and requests, so each test can assert zero page errors and zero
 * requests to other origins.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--disable-quic', '--lang=zh-CN'],
  });
}

export interface WatchedPage {
  page: Page;
  errors: string[];
  foreignRequests: string[];
  requests: string[];
  responses: { url: string; status: number }[];
}

export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
  /** Runs before navigation, e.g. to route requests. */
  prepare?: (page: Page) => Promise<unknown>,
  contextOptions: BrowserContextOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1, ...contextOptions });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const watched: WatchedPage = { page, errors: [], foreignRequests: [], requests: [], responses: [] };
  page.on('pageerror', (e) => watched.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') watched.errors.push(m.text());
  });
  page.on('request', (r) => {
    const u = r.url();
    watched.requests.push(u);
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) watched.foreignRequests.push(u);
  });
  await prepare?.(page);
  page.on('response', (r) => watched.responses.push({ url: r.url(), status: r.status() }));
  await page.goto(url);
  return watched;
}

/** Waits until the map has rendered everything it needs for the current view. */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('.map[data-map-idle="true"]', { timeout });
}

/** Centre of the map element in page coordinates. */
export async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('.map').boundingBox();
  if (!box) throw new Error('map not on the page');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}


/** The colour the user sees at a page pixel, read from a screenshot (so WebGL output counts). */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!] as [number, number, number];
  }, png.toString('base64'));
}

/** How many pixels of the map's canvas are within `tolerance` (sum of |Δr|+|Δg|+|Δb|) of `rgb`, from a screenshot. */
export async function mapPixelsNear(page: Page, rgb: [number, number, number], tolerance = 60): Promise<number> {
  const png = await page.locator('.map canvas').screenshot();
  return page.evaluate(
    async ([b64, [r, g, b], tol]) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const d = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - r) + Math.abs(d[i + 1]! - g) + Math.abs(d[i + 2]! - b) < tol) n++;
      return n;
    },
    [png.toString('base64'), rgb, tolerance] as const,
  );
}

/**
 * Page position of a lon/lat on a map showing `view` (zoom/lat/lon at the map's centre), by
 * Web Mercator with MapLibre's 512-px tiles: an answer that does not ask the app.
 */
export async function pagePixelOf(page: Page, view: { zoom: number; lat: number; lon: number }, lon: number, lat: number) {
  const centre = await mapCentre(page);
  const world = 512 * 2 ** view.zoom;
  const y = (la: number) => (world / 2) * (1 - Math.log(Math.tan(Math.PI / 4 + (la * Math.PI) / 360)) / Math.PI);
  return { x: centre.x + ((lon - view.lon) / 360) * world, y: centre.y + y(lat) - y(view.lat) };
}
