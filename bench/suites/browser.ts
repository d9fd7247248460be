/**
 * Browser suite (`npm run bench -- browser`): headless Chromium on the production build, the
 * bundled sample and the national set (geodata/out/national, built by `npm run geodata:national`
 * when missing), each beside bare MapLibre pages measured in the same run:
 *
 * - first idle (navigation → first map idle), bytes sent for it (server-side, headers included),
 *   JS heap after load (main thread, CDP), long tasks (> 50 ms) during a scripted pan/zoom;
 * - in the explorer: click-to-panel (click → inspector shows the unit's code; on the national set
 *   this includes the worker's Range reads), with the pointer resting on the point before the
 *   click and with the move and click at once; the site check of a ≈ 1 km² square drawn with the
 *   area tool, Enter → result once the outline is drawn, cold (units not yet read) and warm (the
 *   same place again); on the national set also the units-store calls as the page timed them
 *   (round trip, and the worker's share), the site check's own cold and warm.
 *
 * National baselines: bare MapLibre on the units GeoJSON (one file), on the same PMTiles with the
 * units only, and on the same PMTiles with the other layers and labels the explorer draws.
 *
 * Medians over `RUNS` fresh page loads; the pages of a data set take turns, run by run. The
 * machine is shared: compare figures to the baselines
 * of the same run, not across runs.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { PreloadManifest } from '../../build/data-preloads';
import { restampDataPreloads } from '../../build/prepaint';
import { launch } from '../../test/e2e/browser';
import { serveDist } from '../../test/e2e/server';
import { median, round } from '../stats';

const ROOT = resolve(import.meta.dirname, '../..');
const NATIONAL = join(ROOT, 'geodata/out/national');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** `BENCH_SETS=sample` measures one data set only (debugging); the default is both. */
const SETS = (process.env.BENCH_SETS ?? 'sample,national').split(',');
const VIEWPORT = { width: 1280, height: 800 };


/**
 * Every step in the page has a time limit: a tab that hangs (a renderer stuck in a huge parse
 * never answers `evaluate`) must cost a figure, not the whole run.
 */
const started = Date.now();
const step = (...what: unknown[]) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...what);

function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${what}: no answer in ${ms / 1000} s`)), ms)));
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

/**
 * The sample's index.html with the data downloads a build from the national folder lists
 * (build/prepaint.ts). The sample's own would download `units.geojson`, which in the national
 * folder is the 233 MB comparison file. (The shell's legend counts stay the sample's; the app
 * replaces them when the manifest arrives.)
 */
function nationalHtml(dir: string): string {
  const html = readFileSync(join(dir, 'sample/index.html'), 'utf8');
  return restampDataPreloads(html, JSON.parse(readFileSync(join(NATIONAL, 'manifest.json'), 'utf8')) as PreloadManifest);
}

/**
 * A served tree: /sample = a copy of dist (a build during the run cannot change it), /national =
 * the same with data → the national folder, /bare = baseline pages.
 */
function siteTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-browser-'));
  cpSync(join(ROOT, 'dist'), join(dir, 'sample'), { recursive: true });
  mkdirSync(join(dir, 'national'));
  for (const f of readdirSync(join(dir, 'sample'))) if (f !== 'data' && f !== 'index.html') symlinkSync(join(dir, 'sample', f), join(dir, 'national', f));
  writeFileSync(join(dir, 'national', 'index.html'), nationalHtml(dir));
  symlinkSync(NATIONAL, join(dir, 'national', 'data'));
  mkdirSync(join(dir, 'bare'));
  symlinkSync(join(ROOT, 'bench/pages/bare.html'), join(dir, 'bare', 'index.html'));
  symlinkSync(join(ROOT, 'node_modules/maplibre-gl/dist'), join(dir, 'bare', 'maplibre'));
  symlinkSync(join(ROOT, 'node_modules/pmtiles/dist/pmtiles.js'), join(dir, 'bare', 'pmtiles.js'));
  return dir;
}

interface Load {
  firstIdleMs: number;
  bytes: number;
  heapMB: number;
  failed?: string;
}

const LONG_TASKS = `window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });`;

async function load(browser: Browser, url: string, idle: Idle, sent: { bytes: number }, timeoutMs = 120_000): Promise<{ page: Page; load: Load }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.addInitScript(LONG_TASKS);
  sent.bytes = 0;
  const t0 = Date.now();
  let failed: string | undefined;
  try {
    await within(timeoutMs + 5000, 'first idle', (async () => {
      await page.goto(url, { timeout: timeoutMs });
      await page.waitForFunction(idle, undefined, { timeout: timeoutMs, polling: 50 });
    })());
  } catch (e) {
    failed = e instanceof Error ? e.message.split('\n')[0] : String(e);
  }
  const firstIdleMs = failed ? NaN : Date.now() - t0;
  const bytes = sent.bytes;
  let heapMB = NaN;
  try {
    const cdp = await within(10_000, 'CDP session', context.newCDPSession(page));
    await within(10_000, 'heap', cdp.send('Performance.enable'));
    const { metrics } = await within(10_000, 'heap', cdp.send('Performance.getMetrics'));
    heapMB = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 2 ** 20;
  } catch {
    /* page crashed or hangs */
  }
  return { page, load: { firstIdleMs, bytes, heapMB, ...(failed ? { failed } : {}) } };
}

// functions, not strings: the explorer's CSP forbids evaluating strings
type Idle = () => boolean;
const APP_IDLE: Idle = () => !!document.querySelector('.map[data-map-idle="true"]');
const BARE_IDLE: Idle = () => {
  const w = window as unknown as { __idle?: number; __error?: string };
  return w.__idle !== undefined || w.__error !== undefined;
};

/** Scripted pan/zoom with the mouse; long tasks > 50 ms seen meanwhile. */
async function panZoom(page: Page, idle: Idle): Promise<{ longTasks: number; maxTaskMs: number }> {
  const from = await page.evaluate(() => performance.now());
  const box = { x: VIEWPORT.width / 2 + 150, y: VIEWPORT.height / 2 };
  for (const [dx, dy] of [[200, 0], [0, 150], [-250, -100]] as const) {
    await page.mouse.move(box.x, box.y);
    await page.mouse.down();
    // few steps: each mouse event waits for a renderer that may take seconds per frame
    await page.mouse.move(box.x + dx, box.y + dy, { steps: 4 });
    await page.mouse.up();
  }
  for (const dy of [-300, -300, 300]) {
    await page.mouse.move(box.x, box.y);
    await page.mouse.wheel(0, dy);
    await page.waitForTimeout(300);
  }
  await page.waitForFunction(idle, undefined, { timeout: 60_000, polling: 100 }).catch(() => undefined);
  await page.waitForTimeout(500);
  const tasks = await page.evaluate((t) => ((window as unknown as { __long: [number, number][] }).__long ?? []).filter(([s]) => s >= t).map(([, d]) => d), from);
  return { longTasks: tasks.length, maxTaskMs: round(Math.max(0, ...tasks)) };
}

/**
 * Click the map `n` times at spread-out points; ms from the click until the inspector shows a
 * unit code. `resting`: the pointer is moved to the point first and the map left to draw its
 * hover outline, as a hand moves, stops and clicks; otherwise the move and the click come at
 * once, and the time includes drawing the hover outline the move asked for.
 */
async function clicksToPanel(page: Page, n: number, resting: boolean): Promise<number[]> {
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    // close the panel first, so a click on the same unit again counts too
    await page.keyboard.press('Escape');
    await page.getByTestId('inspector').waitFor({ state: 'detached', timeout: 5000 }).catch(() => undefined);
    const x = VIEWPORT.width / 2 + 60 * (k - n / 2) + 100 + (resting ? 0 : 30);
    const y = VIEWPORT.height / 2 + 40 * ((k % 3) - 1);
    if (resting) {
      await page.mouse.move(x, y);
      await page.waitForFunction(APP_IDLE, undefined, { timeout: 20_000, polling: 50 }).catch(() => undefined);
    }
    const t0 = Date.now();
    await page.mouse.click(x, y);
    try {
      await page.waitForFunction(() => /ZH\d{11}/.test(document.querySelector('[data-testid=inspector]')?.textContent ?? ''), undefined, { timeout: 20_000, polling: 'raf' });
      out.push(Date.now() - t0);
    } catch {
      out.push(NaN);
    }
  }
  await page.keyboard.press('Escape');
  return out;
}

/** A site check: Enter to the result on the page, and its units-store call (tiled units only). */
interface SiteCheckTime {
  ms: number;
  storeMs?: number;
  storeWorkerMs?: number;
}

/**
 * Draw a ≈ 1 km square (zoom 13: ≈ 60 px at 30°N) with the area tool and press Enter once the
 * drawn outline is on the map (map idle), as a person presses it after seeing the shape; ms from
 * Enter to the result. With tiled units, also the store call's round trip as the page timed it:
 * the check itself, without drawing the result.
 */
async function siteCheck(page: Page, offsetPx: number): Promise<SiteCheckTime> {
  await page.getByRole('button', { name: '绘制范围' }).click();
  await page.locator('.toolbar button[aria-pressed="true"]').waitFor();
  const cx = VIEWPORT.width / 2 + 100 + offsetPx;
  const cy = VIEWPORT.height / 2;
  const prev = await page.getByTestId('site-centroid').textContent().catch(() => null);
  for (const [dx, dy] of [[-30, -30], [30, -30], [30, 30], [-30, 30]] as const) await page.mouse.click(cx + dx, cy + dy);
  await page.waitForFunction(APP_IDLE, undefined, { timeout: 20_000, polling: 50 }).catch(() => undefined);
  const before = (await storeCalls(page)).filter((c) => c.call === 'siteCheck').length;
  const t0 = Date.now();
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (p) => {
      const el = document.querySelector('[data-testid=site-centroid]');
      return !!el && el.textContent !== p && !!document.querySelector('[data-testid=site-units]');
    },
    prev,
    { timeout: 30_000, polling: 'raf' },
  );
  const ms = Date.now() - t0;
  const store = (await storeCalls(page)).filter((c) => c.call === 'siteCheck')[before];
  return store ? { ms, storeMs: round(store.ms, 1), storeWorkerMs: round(store.workerMs, 1) } : { ms };
}

/** A units-store call as the page timed it (`data/store/client.ts`): round trip, and the worker's share. */
type StoreCallTime = { call: string; ms: number; workerMs: number };

/** The store calls of the page so far (tiled units only; none for GeoJSON units). */
function storeCalls(page: Page): Promise<StoreCallTime[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('store '))
      .map((m) => ({ call: m.name.slice(6), ms: m.duration, workerMs: (m as PerformanceMeasure).detail?.workerMs ?? NaN })),
  );
}

/** Per call: how many, and the median round trip and worker time, in ms. */
function storeCallMedians(times: StoreCallTime[]): Record<string, { calls: number; ms: number; workerMs: number }> {
  const calls = [...new Set(times.map((t) => t.call))].sort();
  return Object.fromEntries(
    calls.map((call) => {
      const own = times.filter((t) => t.call === call);
      return [call, { calls: own.length, ms: round(median(own.map((t) => t.ms)), 1), workerMs: round(median(own.map((t) => t.workerMs)), 1) }];
    }),
  );
}

function gzipBytesOf(file: string): number {
  // streaming would be kinder on memory; one Buffer of a few hundred MB is fine on this machine
  return gzipSync(readFileSync(file), { level: 6 }).length;
}

export async function run(): Promise<Record<string, unknown>> {
  if (!existsSync(join(ROOT, 'dist/index.html'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (SETS.includes('national') && !existsSync(join(NATIONAL, 'manifest.json'))) execFileSync('npm', ['run', 'geodata:national'], { cwd: ROOT, stdio: 'inherit' });
  const loadAverageAtStart = loadavg().map((v) => round(v, 1));
  const tree = siteTree();
  const sent = { bytes: 0 };
  // gzip text as a real host should (docs/hosting.md); Range-read files are never compressed
  const { server, url } = await serveDist(tree, 0, { gzip: true, log: (_p, _s, b) => (sent.bytes += b) });
  const browser = await launch();
  const pages = {
    sample: { app: `${url}sample/`, bareGeojson: `${url}bare/?mode=geojson&data=../sample/data/` },
    national: {
      app: `${url}national/`,
      bareGeojson: `${url}bare/?mode=geojson&data=../national/data/&units=units.geojson`,
      barePmtiles: `${url}bare/?mode=pmtiles&data=../national/data/`,
      barePmtilesAllLayers: `${url}bare/?mode=pmtiles&layers=all&data=../national/data/`,
    },
  };
  const result: Record<string, unknown> = {};
  try {
    for (const [set, urls] of Object.entries(pages).filter(([set]) => SETS.includes(set))) {
      type Acc = { loads: Load[]; pan: { longTasks: number; maxTaskMs: number }[]; clicks: number[]; movingClicks: number[]; cold: SiteCheckTime[]; warm: SiteCheckTime[]; store: StoreCallTime[] };
      const acc: Record<string, Acc> = Object.fromEntries(Object.keys(urls).map((n) => [n, { loads: [], pan: [], clicks: [], movingClicks: [], cold: [], warm: [], store: [] }]));
      // pages take turns (app, baseline, app, …), so the machine's load falls on each alike
      for (let r = 0; r < RUNS; r++) {
        for (const [name, u] of Object.entries(urls)) {
          // the one-GeoJSON national page is measured once, with a time limit: it may not finish
          const once = name === 'bareGeojson' && set === 'national';
          if (once && r > 0) continue;
          const a = acc[name]!;
          const isApp = name === 'app';
          step(set, name, `run ${r + 1}: loading`);
          const { page, load: l } = await load(browser, u, isApp ? APP_IDLE : BARE_IDLE, sent, once ? 90_000 : 120_000);
          step(set, name, `run ${r + 1}:`, JSON.stringify(l));
          try {
            if (!isApp && !l.failed) {
              const err = await within(10_000, 'error check', page.evaluate(() => (window as unknown as { __error?: string }).__error));
              if (err) l.failed = err;
            }
            a.loads.push(l);
            if (!l.failed) {
              const p = await within(240_000, 'pan/zoom', panZoom(page, isApp ? APP_IDLE : BARE_IDLE)).catch((e: Error) => {
                step(set, name, e.message);
                return null;
              });
              if (p) a.pan.push(p);
            }
            if (isApp && !l.failed) {
              // a close view for clicks and sites: zoom 13 at the national set's densest part (east)
              const view = set === 'national' ? '13/31.23/117.30' : '13/29.56/106.55';
              step(set, name, 'clicks and site checks');
              await page.evaluate((v) => (location.hash = `#map=${v}`), view);
              await page.waitForFunction(APP_IDLE, undefined, { timeout: 60_000, polling: 100 });
              await page.waitForTimeout(1500);
              a.clicks.push(...(await within(150_000, 'clicks', clicksToPanel(page, 5, true))));
              a.movingClicks.push(...(await within(150_000, 'clicks', clicksToPanel(page, 5, false))));
              const failed = { ms: NaN };
              a.cold.push(await within(45_000, 'site check (cold)', siteCheck(page, 0)).catch(() => failed));
              a.warm.push(await within(45_000, 'site check (warm)', siteCheck(page, 2)).catch(() => failed));
              a.store.push(...(await within(10_000, 'store calls', storeCalls(page)).catch(() => [])));
            }
          } catch (e) {
            console.log(set, name, `run ${r + 1}:`, e instanceof Error ? e.message.split('\n')[0] : e);
          } finally {
            await within(20_000, 'closing the page', page.context().close()).catch(() => undefined);
          }
        }
      }
      const rows: Record<string, unknown> = {};
      for (const [name, a] of Object.entries(acc)) {
        const ok = a.loads.filter((l) => !l.failed);
        rows[name] = {
          runs: a.loads.length,
          ...(ok.length < a.loads.length ? { failed: a.loads.find((l) => l.failed)?.failed } : {}),
          firstIdleMs: median(ok.map((l) => l.firstIdleMs)),
          firstViewBytes: median(ok.map((l) => l.bytes)),
          // a failed load's bytes say how much it had pulled when it gave up
          ...(ok.length < a.loads.length ? { bytesWhenFailed: median(a.loads.filter((l) => l.failed).map((l) => l.bytes)) } : {}),
          heapMB: round(median(ok.map((l) => l.heapMB)), 1),
          panZoomLongTasks: median(a.pan.map((p) => p.longTasks)),
          panZoomMaxTaskMs: median(a.pan.map((p) => p.maxTaskMs)),
          ...(name === 'app'
            ? {
                clickToPanelMs: median(a.clicks),
                clickToPanelWithMoveMs: median(a.movingClicks),
                siteCheckColdMs: median(a.cold.map((c) => c.ms)),
                siteCheckWarmMs: median(a.warm.map((c) => c.ms)),
                ...(a.cold.some((c) => c.storeMs !== undefined)
                  ? {
                      siteCheckStoreColdMs: median(a.cold.map((c) => c.storeMs ?? NaN)),
                      siteCheckStoreWarmMs: median(a.warm.map((c) => c.storeMs ?? NaN)),
                      siteCheckWorkerColdMs: median(a.cold.map((c) => c.storeWorkerMs ?? NaN)),
                      siteCheckWorkerWarmMs: median(a.warm.map((c) => c.storeWorkerMs ?? NaN)),
                    }
                  : {}),
              }
            : {}),
          ...(a.store.length ? { storeCalls: storeCallMedians(a.store) } : {}),
        };
        console.log(set, name, JSON.stringify(rows[name]));
      }
      result[set] = rows;
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(tree, { recursive: true, force: true });
  }
  const nat = result.national as Record<string, Record<string, number>> | undefined;
  const smp = result.sample as Record<string, Record<string, number>> | undefined;
  const unitsGz = nat ? gzipBytesOf(join(NATIONAL, 'units.geojson')) : NaN;
  result.ratios = {
    nationalFirstViewShareOfGeojsonGzip: round((nat?.app?.firstViewBytes ?? NaN) / unitsGz, 4),
    nationalFirstIdleVsBarePmtiles: round((nat?.app?.firstIdleMs ?? NaN) / (nat?.barePmtiles?.firstIdleMs ?? NaN), 2),
    nationalFirstIdleVsBarePmtilesAllLayers: round((nat?.app?.firstIdleMs ?? NaN) / (nat?.barePmtilesAllLayers?.firstIdleMs ?? NaN), 2),
    sampleFirstIdleVsBareGeojson: round((smp?.app?.firstIdleMs ?? NaN) / (smp?.bareGeojson?.firstIdleMs ?? NaN), 2),
  };
  if (nat) {
    result.sizes = {
      nationalUnitsGeojsonBytes: statSync(join(NATIONAL, 'units.geojson')).size,
      nationalUnitsGeojsonGzipBytes: unitsGz,
      nationalPmtilesBytes: statSync(join(NATIONAL, 'units.pmtiles')).size,
      nationalIndexGzipBytes: statSync(join(NATIONAL, 'units.index.bin.gz')).size,
      nationalStoreBytes: statSync(join(NATIONAL, 'units.store.bin')).size,
    };
  }
  result.budgets = 'national first view ≤ 3 % of the GeoJSON (gzip); national first idle ≤ 1.2× bare PMTiles; click-to-panel ≤ 150 ms; site check ≤ 250 ms cold, ≤ 10 ms warm; no task > 50 ms in pan/zoom; heap ≤ 150 MB; sample first idle ≤ 1.2× bare GeoJSON with labels';
  result.machine = { cpus: cpus().length, model: cpus()[0]?.model, loadAverageAtStart, loadAverageAtEnd: loadavg().map((v) => round(v, 1)), runs: RUNS, date: new Date().toISOString().slice(0, 10) };
  return result;
}
