/**
 * Shared browser fixture: Debian's Chromium through playwright-core (see shared/notes/browser.md).
 * Every page records errors and requests, so each test can assert zero page errors and zero
 * requests to other origins.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

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
}

export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const watched: WatchedPage = { page, errors: [], foreignRequests: [], requests: [] };
  page.on('pageerror', (e) => watched.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') watched.errors.push(m.text());
  });
  page.on('request', (r) => {
    const u = r.url();
    watched.requests.push(u);
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) watched.foreignRequests.push(u);
  });
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

