/**
 * Regenerates the screenshots in docs/screenshots/ from the production build (npm run screenshots).
 * Not a test: a way to look at what users see, at desktop and phone sizes.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
/** The narrowest phones in use, the width the newcomer issue asks every screen to fit. */
const narrow = { width: 360, height: 740 };

/** Opens the sample project file (two parcels 224 km apart): the dialog lists them. */
async function uploadProject(page: import('playwright-core').Page) {
  await page.locator('[data-tool="upload"]').click();
  await page.getByTestId('upload-input').setInputFiles('test/fixtures/upload/project-wgs84.geojson');
  await page.getByTestId('feature-choice').waitFor();
}

/** A CSV of plain Gauss–Krüger eastings: the dialog asks which 3° zone they are in. */
async function askForZone(page: import('playwright-core').Page) {
  await page.locator('[data-tool="upload"]').click();
  await page.getByRole('checkbox', { name: 'CSV 的点按顺序连成范围' }).check();
  await page.getByTestId('upload-input').setInputFiles('test/fixtures/upload/project-epsg4545.csv');
  await page.getByTestId('upload-dialog').getByRole('radio').first().waitFor();
}

/** The site of the link checked and framed on the map. */
async function siteChecked(page: import('playwright-core').Page) {
  await page.getByTestId('site-check').waitFor();
  await waitForMapIdle(page);
}

/** Three measure points in the upper half of the map (a phone's sheet takes the lower part). */
async function measureTriangle(page: import('playwright-core').Page) {
  await page.locator('[data-tool="measure"]').click();
  await page.getByTestId('measure').waitFor();
  const map = (await page.locator('.map').boundingBox())!;
  const at = (fx: number, fy: number) => page.mouse.click(map.x + map.width * fx, map.y + map.height * fy);
  await at(0.3, 0.25);
  await at(0.72, 0.3);
  await at(0.5, 0.55);
  await page.getByTestId('measure-points').filter({ hasText: /3/ }).waitFor();
}

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
  {
    name: 'glossary-phone',
    hash: '#map=12/29.56/106.55',
    viewport: narrow,
    act: async (page) => {
      await page.getByRole('button', { name: '图层' }).click();
      await page.locator('#sidebar [data-testid="glossary"] summary').click();
      await page.locator('#sidebar [data-testid="glossary"] dt').first().scrollIntoViewIfNeeded();
    },
  },
  { name: 'section-en-desktop', hash: '#lang=en&map=10/29.62/106.60&sel=section:CQ-S007', viewport: desktop },
  { name: 'section-en-phone', hash: '#lang=en&map=10/29.62/106.60&sel=section:CQ-S007', viewport: narrow },
  { name: 'sources-desktop', hash: '', viewport: desktop, act: (page) => page.getByTestId('illustrative-notice').locator('button.more').click() },
  { name: 'sources-phone', hash: '', viewport: narrow, act: (page) => page.getByTestId('illustrative-notice').locator('button.more').click() },
  { name: 'upload-desktop', hash: '', viewport: desktop, act: (page) => page.locator('[data-tool="upload"]').click() },
  { name: 'upload-phone', hash: '', viewport: narrow, act: (page) => page.locator('[data-tool="upload"]').click() },
  { name: 'zone-choice-desktop', hash: '', viewport: desktop, act: askForZone },
  { name: 'zone-choice-phone', hash: '', viewport: narrow, act: askForZone },
  { name: 'feature-choice-desktop', hash: '#map=9/30.2/107.5', viewport: desktop, act: uploadProject },
  { name: 'feature-choice-phone', hash: '#lang=en&map=9/30.2/107.5', viewport: narrow, act: uploadProject },
  { name: 'measure-desktop', hash: '#map=13/29.56/106.55', viewport: desktop, act: measureTriangle },
  { name: 'measure-phone', hash: '#map=13/29.56/106.55', viewport: narrow, act: measureTriangle },
  {
    name: 'sheet-phone',
    hash: '#map=10/29.62/106.60&sel=section:CQ-S007',
    viewport: narrow,
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
    act: siteChecked,
  },
  {
    name: 'site-check-phone',
    hash: `#map=12/30.79/108.39&site=${SITE}`,
    viewport: phone,
    act: siteChecked,
  },
  { name: 'site-check-desktop-dark', hash: `#map=12.5/30.79/108.40&site=${SITE}&theme=dark`, viewport: desktop, act: siteChecked },
  {
    name: 'site-check-phone-dark',
    hash: `#map=12/30.79/108.39&site=${SITE}&theme=dark`,
    viewport: narrow,
    act: siteChecked,
  },
  {
    name: 'report-phone',
    hash: `#map=12/30.79/108.39&site=${SITE}`,
    viewport: narrow,
    act: async (page) => {
      await page.getByTestId('site-check').waitFor();
      await page.getByRole('button', { name: '打印报告 / 导出' }).click();
      await page.getByTestId('report').waitFor();
      await page.getByTestId('report-units').scrollIntoViewIfNeeded();
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
      // A phone is a touch screen: its hints speak of taps (pointer: coarse).
      const touch = shot.viewport.width < 500 ? { hasTouch: true, isMobile: true } : {};
      const { page, errors } = await openPage(browser, (shot.basemaps ? configured.url : url) + shot.hash, shot.viewport, undefined, touch);
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

// Run as a script (npm run screenshots); test/unit/screenshots-docs.test.ts imports SHOTS only.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
