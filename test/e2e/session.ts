import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { launch, openPage, waitForMapIdle, type WatchedPage } from './browser';

/** One browser for the test file: launched before its tests, closed after them; read it in a test. */
export function fileBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/**
 * One browser per test file; each test's pages are closed after it, because software WebGL keeps
 * rendering open pages and slows the next test. `open(hash)` loads the site and waits for the map.
 */
export function browserSession(base: string) {
  const browser = fileBrowser();
  const opened: WatchedPage[] = [];
  afterEach(async () => {
    await Promise.all(opened.filter((o) => !o.page.isClosed()).map((o) => o.page.context().close()));
  });
  /**
   * `site` serves another deployment of the build (e.g. one that configures basemaps);
   * `context` sets browser context options (geolocation, permissions).
   */
  async function open(
    hash: string,
    viewport?: { width: number; height: number },
    site = base,
    context: BrowserContextOptions = {},
  ): Promise<WatchedPage> {
    const watched = await openPage(browser(), site + hash, viewport, undefined, context);
    opened.push(watched);
    await waitForMapIdle(watched.page);
    return watched;
  }
  /** The page as painted from its HTML alone: the app's module script is never delivered. */
  async function openShell(hash: string, viewport?: { width: number; height: number }): Promise<WatchedPage> {
    const watched = await openPage(browser(), base + hash, viewport, (page) =>
      page.route(/\/assets\/main-[^/]*\.js$/, (route) => route.abort()),
    );
    opened.push(watched);
    await watched.page.waitForLoadState('load');
    return watched;
  }
  return { open, openShell, opened };
}
