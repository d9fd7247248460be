/**
 * Regenerates the screenshots in docs/screenshots/ from the production build (npm run screenshots).
 * Not a test: a way to look at what users see, at desktop and phone sizes.
 */
import { mkdirSync } from 'node:fs';
import { launch, openPage, waitForMapIdle } from './browser';
import { serveDist } from './server';

interface Shot {
  name: string;
  hash: string;
  viewport: { width: number; height: number };
  /** Runs after the map is idle, before the picture. */
  act?: (page: import('playwright-core').Page) => Promise<void>;
}

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

export const SHOTS: Shot[] = [
  { name: 'explorer-desktop', hash: '', viewport: desktop },
  { name: 'unit-desktop', hash: '#map=11/30.81/108.39&sel=unit:ZH50010120003', viewport: desktop },
  { name: 'section-desktop', hash: '#map=10/29.62/106.60&sel=section:CQ-S007', viewport: desktop },
  { name: 'explorer-phone', hash: '', viewport: phone },
  { name: 'unit-phone', hash: '#map=11/29.56/106.55&sel=unit:ZH50010320001', viewport: phone },
  { name: 'section-phone', hash: '#map=10/29.62/106.60&sel=section:CQ-S007', viewport: phone },
];

async function main() {
  const only = process.argv.slice(2);
  mkdirSync('docs/screenshots', { recursive: true });
  const { server, url } = await serveDist('dist');
  const browser = await launch();
  try {
    for (const shot of SHOTS.filter((s) => !only.length || only.includes(s.name))) {
      const { page, errors } = await openPage(browser, url + shot.hash, shot.viewport);
      await waitForMapIdle(page);
      await shot.act?.(page);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `docs/screenshots/${shot.name}.png` });
      console.log(`docs/screenshots/${shot.name}.png${errors.length ? `  page errors: ${errors.join('; ')}` : ''}`);
      await page.context().close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
