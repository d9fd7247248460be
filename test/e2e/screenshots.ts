/**
 * Regenerates the screenshots in docs/screenshots/ from the production build (npm run screenshots).
 * Not a test: a way to look at what users see, at desktop and phone sizes.
 */
import { mkdirSync } from 'node:fs';
import { launch, openPage, waitForMapIdle } from './browser';
import { configureSite, TILE_COLOUR } from './configured-site';
import { serveDist } from './server';
import { serveTiles } from './tile-server';
import { encodeSite } from '../../src/state/site-link';

/** A ≈0.9 km² project polygon in 万州, near the Yangtze: the planner screenshots check it. */
const SITE = encodeURIComponent(
  encodeSite({
    type: 'Polygon',
    coordinates: [[[108.372, 30.79], [108.384, 30.79], [108.386, 30.797], [108.378, 30.803], [108.37, 30.798], [108.372, 30.79]]],
  }),
);

interface Shot {
  name: string;
  hash: string;
  viewport: { width: number; height: number };
  /** Runs after the map is idle, before the picture. */
  act?: (page: import('playwright-core').Page) => Promise<void>;
  /** The whole scrolling page rather than the viewport. */
  full?: boolean;
  /** Served from a deployment that configures basemaps (test/e2e/configured-site.ts). */
  basemaps?: boolean;
}

async function typeInSearch(page: import('playwright-core').Page, text: string) {
  await page.locator('#search-input').fill(text);
  await page.getByRole('option').first().waitFor();
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
  {
    name: 'glossary-desktop',
    hash: '#map=12/29.56/106.55',
    viewport: desktop,
    act: async (page) => {
      await page.locator('#sidebar [data-testid="glossary"] summary').click();
      await page.locator('#sidebar [data-testid="glossary"] dt').first().waitFor();
      await page.mouse.move(790, 440);
    },
  },
  { name: 'section-en-desktop', hash: '#lang=en&map=10/29.62/106.60&sel=section:CQ-S007', viewport: desktop },
  { name: 'upload-phone', hash: '', viewport: { width: 360, height: 740 }, act: (page) => page.locator('[data-tool="upload"]').click() },
  {
    name: 'sheet-phone',
    hash: '#map=10/29.62/106.60&sel=section:CQ-S007',
    viewport: { width: 360, height: 740 },
    act: (page) => page.getByTestId('sheet-handle').click(),
  },
  { name: 'search-desktop', hash: '', viewport: desktop, act: (page) => typeInSearch(page, '渝中') },
  { name: 'search-phone', hash: '#lang=en', viewport: phone, act: (page) => typeInSearch(page, 'yz') },
  { name: 'filter-desktop', hash: '#d=500103&cat=priority,key', viewport: desktop },
  { name: 'filter-phone', hash: '#d=500103', viewport: phone },
  {
    name: 'site-check-desktop',
    hash: `#map=12.5/30.79/108.40&site=${SITE}`,
    viewport: desktop,
    act: async (page) => {
      await page.getByTestId('site-check').waitFor();
      await waitForMapIdle(page);
    },
  },
  {
    name: 'site-check-phone',
    hash: `#map=12/30.79/108.39&site=${SITE}`,
    viewport: phone,
    act: async (page) => {
      await page.getByTestId('site-check').waitFor();
      await waitForMapIdle(page);
    },
  },
  {
    name: 'report-print',
    hash: `#map=12.5/30.79/108.40&site=${SITE}`,
    viewport: { width: 1500, height: 1000 },
    full: true,
    act: async (page) => {
      await page.getByTestId('site-check').waitFor();
      await page.getByRole('button', { name: '打印报告 / 导出' }).click();
      await page.getByTestId('report').waitFor();
      await page.emulateMedia({ media: 'print' });
    },
  },
  // The embed page as an article shows it (whole height, a unit's panel open), light and dark.
  ...(['light', 'dark'] as const).flatMap((theme) =>
    [
      ['desktop', desktop],
      ['phone', phone],
    ].map(([device, viewport]) => ({
      name: `embed-${device as string}${theme === 'dark' ? '-dark' : ''}`,
      hash: `embed.html#sel=unit:ZH50010320001&theme=${theme}`,
      viewport: viewport as Shot['viewport'],
      full: true,
      act: (page: import('playwright-core').Page) => page.getByTestId('inspector').waitFor(),
    })),
  ),
  // The feature list over the map, a section picked from it.
  ...[
    ['desktop', desktop],
    ['phone', phone],
  ].map(([device, viewport]) => ({
    name: `list-${device as string}`,
    hash: '#sel=section:CQ-S007',
    viewport: viewport as Shot['viewport'],
    act: async (page: import('playwright-core').Page) => {
      await page.getByTestId('list-toggle').click();
      await page.getByTestId('feature-list').locator('tr[aria-current="true"]').waitFor();
    },
  })),
  // Zoom 14 in central Chongqing with each basemap kind, a typed place marked.
  ...(['offline', 'city', 'raster', 'wmts'] as const).flatMap((bm) =>
    [
      ['desktop', desktop],
      ['phone', phone],
    ].map(([device, viewport]) => ({
      name: `basemap-${bm}-${device as string}`,
      hash: `#map=14/29.5600/106.5700&pin=29.557,106.575${bm === 'offline' ? '' : `&bm=${bm}`}`,
      viewport: viewport as Shot['viewport'],
      basemaps: true,
    })),
  ),
];

async function main() {
  const only = process.argv.slice(2);
  mkdirSync('docs/screenshots', { recursive: true });
  const { server, url } = await serveDist('dist');
  const tiles = await serveTiles(TILE_COLOUR);
  const configured = await serveDist(configureSite('dist', tiles.origin));
  const browser = await launch();
  try {
    for (const shot of SHOTS.filter((s) => !only.length || only.includes(s.name))) {
      const { page, errors } = await openPage(browser, (shot.basemaps ? configured.url : url) + shot.hash, shot.viewport);
      await waitForMapIdle(page);
      await shot.act?.(page);
      await page.waitForTimeout(500);
      await page.screenshot({ path: `docs/screenshots/${shot.name}.png`, fullPage: shot.full ?? false });
      console.log(`docs/screenshots/${shot.name}.png${errors.length ? `  page errors: ${errors.join('; ')}` : ''}`);
      await page.context().close();
    }
  } finally {
    await browser.close();
    for (const s of [server, configured.server, tiles.server]) s.close();
  }
}

void main();
